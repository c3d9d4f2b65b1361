/**
 * The Message object model: {@link org.xms4j.message.Message} with its
 * {@link org.xms4j.message.Recipient}s and {@link org.xms4j.message.Attachment}s, and the typed SMS and
 * MMS views {@link org.xms4j.message.SmsMessage} and {@link org.xms4j.message.MmsMessage} with
 * builders that make conformant objects by default.
 *
 * <p>Specified by [MS-OXCMSG] (Message and Attachment objects), [MS-OXOMSG] (e-mail properties) and
 * [MS-OXOSMMS] (SMS and MMS objects). Model types are immutable and compare by value; builders are
 * the only mutable types and check structure only (non-null, value types), never spec rules, so a
 * real non-conforming message can be held and reported by the validator.
 */
@NullMarked
package org.xms4j.message;

import org.jspecify.annotations.NullMarked;
