/**
 * The [MS-OXMSG] codecs behind {@link org.xms4j.msg.MsgReader} and {@link org.xms4j.msg.MsgWriter}:
 * compound-file names, the property-stream codec, the named-property mapping codec with its CRC-32
 * hash buckets, and the POIFS access. Not exported; nothing here is API.
 *
 * <p>Specified by [MS-OXMSG] sections 2.1 to 2.4.
 */
@NullMarked
package org.xms4j.msg.internal;

import org.jspecify.annotations.NullMarked;
