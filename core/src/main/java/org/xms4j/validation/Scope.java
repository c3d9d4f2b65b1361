package org.xms4j.validation;

/**
 * What a rule looks at.
 *
 * <p>Only {@link #MESSAGE} rules are implemented in this package. {@link #MSG_FILE} and
 * {@link #MIME} rules are catalogued here and implemented by the modules that read those formats;
 * {@link #PROTOCOL} rows describe protocol exchanges and are catalogued as not applicable.
 */
public enum Scope {
  /** The Message object with its recipients, attachments and embedded messages. */
  MESSAGE,
  /** The structure of a .msg file: storages, streams, headers and the named-property map. */
  MSG_FILE,
  /** A MIME message, alone or with the Message object it is converted from or to. */
  MIME,
  /** A protocol exchange or server behaviour (ROPs, web-service XML, ActiveSync), never a stored object. */
  PROTOCOL
}
