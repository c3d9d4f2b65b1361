/**
 * Implementation helpers of core, not exported: the MMS body renderer.
 */
@NullMarked
package org.xms4j.core.internal;

import org.jspecify.annotations.NullMarked;
