/**
 * The xms4j command line: {@code xms4j import|convert|validate|dump|extract|rules|examples}.
 */
module org.xms4j.cli {
  requires org.xms4j.core;
  requires info.picocli;

  opens org.xms4j.cli to info.picocli;
}
