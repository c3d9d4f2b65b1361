/**
 * The validator of SMS and MMS objects and of ordinary Message objects: the rule catalogue, the
 * checks, the findings and the report formats.
 *
 * <p>Entry points: {@link org.xms4j.validation.Validator} checks a
 * {@link org.xms4j.message.Message} or {@link org.xms4j.message.MobileMessage} and returns a
 * {@link org.xms4j.validation.ValidationReport} of {@link org.xms4j.validation.Finding}s;
 * {@link org.xms4j.validation.RuleCatalogue} lists every rule with its level, spec section, scope
 * and the requirement rows it covers; {@link org.xms4j.validation.ReportFormat} writes reports as
 * text, JSON, SARIF 2.1.0 or JUnit XML.
 *
 * <p>Rules check the Message object ({@link org.xms4j.validation.Scope#MESSAGE}) here; rules of the
 * .msg file structure ({@link org.xms4j.validation.Scope#MSG_FILE}) and of MIME messages
 * ({@link org.xms4j.validation.Scope#MIME}) are catalogued here and implemented by the modules that
 * read those formats, as {@link org.xms4j.validation.Rule}s run through
 * {@link org.xms4j.validation.Validator#validate(Object, java.util.List, Profile)}.
 *
 * <p>Specified by [MS-OXOSMMS] section 2.2, [MS-OXCMSG] section 2.2, [MS-OXCMAIL] section 2.1.3,
 * [MS-OXMSG] section 2 and [MS-OMS] section 2.2.2.1.
 */
@NullMarked
package org.xms4j.validation;

import org.jspecify.annotations.NullMarked;
