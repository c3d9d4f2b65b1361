/**
 * The xms4j command line: {@code xms4j import|convert|validate|dump|extract|rules|examples}.
 */
module org.xms4j.cli {
  requires org.xms4j.core;
  requires org.xms4j.msg;
  requires org.xms4j.smil;
  requires com.fasterxml.jackson.core;
  requires me.tongfei.progressbar;
  requires info.picocli;

  opens org.xms4j.cli to info.picocli;
}
