/**
 * Fixtures that xms4j makes itself, and the locator of the shared third-party test files, for the
 * tests of the other modules.
 */
module org.xms4j.testdata {
  exports org.xms4j.testdata;
}
