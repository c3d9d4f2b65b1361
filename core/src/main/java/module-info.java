/**
 * The MAPI property model and the SMS/MMS Message object model of xms4j.
 *
 * <p>Exports the property vocabulary ({@code org.xms4j.mapi}), the canonical property definitions
 * ({@code org.xms4j.mapi.known}), the Message object model with its typed SMS and MMS views
 * ({@code org.xms4j.message}), the location type shared by diagnostics ({@code org.xms4j.path}),
 * compressed RTF and HTML encapsulated in RTF ({@code org.xms4j.rtf}) and the validator with its
 * rule catalogue and reports ({@code org.xms4j.validation}).
 */
module org.xms4j.core {
  requires static transitive org.jspecify;
  requires java.xml;
  requires com.fasterxml.jackson.core;
  requires org.jsoup;
  requires transitive org.xms4j.smil;

  exports org.xms4j.mapi;
  exports org.xms4j.mapi.known;
  exports org.xms4j.message;
  exports org.xms4j.path;
  exports org.xms4j.rtf;
  exports org.xms4j.validation;
}
