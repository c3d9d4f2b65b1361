/**
 * {@link org.xms4j.testdata.TestData}: access to the project's own fixtures (class-path resources
 * under {@code org/xms4j/testdata/}) and to the real third-party files in
 * {@code ../shared/testdata-real}.
 */
package org.xms4j.testdata;
