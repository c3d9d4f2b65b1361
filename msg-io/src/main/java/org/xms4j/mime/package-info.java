/**
 * Conversion between MIME messages (RFC 5322, RFC 2045-2049) and Message objects, per
 * [MS-OXCMAIL] and, for mobile messages packaged as mail, [MS-OMS] section 2.2.2.1.
 *
 * <p>{@link org.xms4j.mime.MimeConverter} is the entry point for conversion;
 * {@link org.xms4j.mime.MimeValidator} checks MIME messages against the MIME-scope rules of the
 * catalogue (XMS-R201 to XMS-R228). No Jakarta Mail type appears on a
 * public signature; Jakarta's checked exceptions are wrapped in
 * {@link org.xms4j.mime.MimeConversionException}.
 */
@NullMarked
package org.xms4j.mime;

import org.jspecify.annotations.NullMarked;
