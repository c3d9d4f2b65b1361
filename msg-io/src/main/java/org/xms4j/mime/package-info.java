/**
 * Conversion between MIME messages (RFC 5322, RFC 2045-2049) and Message objects, per
 * [MS-OXCMAIL] and, for mobile messages packaged as mail, [MS-OMS] section 2.2.2.1.
 *
 * <p>{@link org.xms4j.mime.MimeConverter} is the entry point. No Jakarta Mail type appears on a
 * public signature; Jakarta's checked exceptions are wrapped in
 * {@link org.xms4j.mime.MimeConversionException}.
 */
@NullMarked
package org.xms4j.mime;

import org.jspecify.annotations.NullMarked;
