/**
 * {@link org.xms4j.path.MessagePath}: where in a Message object something is, shared by validator
 * findings, .msg read issues and conversion reports.
 */
@NullMarked
package org.xms4j.path;

import org.jspecify.annotations.NullMarked;
