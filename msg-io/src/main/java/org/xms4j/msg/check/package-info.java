/**
 * Checks of the file structure of Outlook .msg files ([MS-OXMSG]) against the rule catalogue.
 *
 * <p>{@link org.xms4j.msg.check.MsgStructure} is a raw, bounded view of a .msg compound file built
 * from the storages and streams themselves, not from the decoded Message object, so that a file with
 * several defects shows all of them. {@link org.xms4j.msg.check.MsgFileRules} implements the
 * {@link org.xms4j.validation.Scope#MSG_FILE} rules of {@link org.xms4j.validation.RuleCatalogue}
 * (XMS-R101 to XMS-R122, OUTLOOK-R001 and OUTLOOK-R002) on that view, and
 * {@link org.xms4j.msg.check.MsgValidator} validates a file completely: the Message object it holds
 * and its structure, in one report.
 *
 * <p>Specified by [MS-OXMSG] sections 2.1 to 2.4 and the Outlook-compatibility notes of the
 * catalogue.
 */
@NullMarked
package org.xms4j.msg.check;

import org.jspecify.annotations.NullMarked;
