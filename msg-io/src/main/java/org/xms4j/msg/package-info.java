/**
 * Outlook .msg files ([MS-OXMSG]): {@link org.xms4j.msg.MsgReader} reads a file into a
 * {@link org.xms4j.message.Message}, {@link org.xms4j.msg.MsgWriter} writes one.
 *
 * <p>Reading has two modes on one code path ({@link org.xms4j.msg.MsgReadOptions#STRICT} and
 * {@link org.xms4j.msg.MsgReadOptions#LENIENT}): the first anomaly either throws a
 * {@link org.xms4j.msg.MsgFormatException} or becomes a {@link org.xms4j.msg.ReadIssue} saying what was
 * wrong, where, and what was done about it. {@link org.xms4j.msg.ReadLimits} bound what a file can
 * make the reader allocate. Nothing is logged.
 *
 * <p>Specified by [MS-OXMSG] (Outlook Item (.msg) File Format) on [MS-CFB] (Compound File Binary).
 */
@NullMarked
package org.xms4j.msg;

import org.jspecify.annotations.NullMarked;
