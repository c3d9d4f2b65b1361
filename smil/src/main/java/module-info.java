/**
 * The SMIL presentation of an MMS: an immutable model, a secure lenient parser, a deterministic writer
 * (MMS SMIL and the [MS-OMS] {@code tMmsSlides} form), a checker and a resolver that ties media
 * references to the parts of the message.
 *
 * <p>Depends on the JDK only ({@code java.xml} for StAX). Internal helpers live in
 * {@code org.xms4j.smil.internal}, which is not exported.
 */
module org.xms4j.smil {
  requires java.xml;

  exports org.xms4j.smil;
}
