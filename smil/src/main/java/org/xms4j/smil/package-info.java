/**
 * The SMIL presentation of an MMS: which image, text and sound of a message play together, where on
 * the screen and for how long.
 *
 * <p>Entry points:
 * <ul>
 *   <li>{@link org.xms4j.smil.SmilParser} reads SMIL 1.0, 2.x and MMS SMIL as real phones write it,
 *       securely (no DTD or entity is ever fetched or expanded) and leniently;</li>
 *   <li>{@link org.xms4j.smil.SmilPresentation} is the immutable model, with
 *       {@link org.xms4j.smil.SmilPresentation#builder()} to make one from slides and accessors for a
 *       summary ({@link org.xms4j.smil.SmilPresentation#slides()},
 *       {@link org.xms4j.smil.SmilPresentation#regions()});</li>
 *   <li>{@link org.xms4j.smil.SmilWriter} writes MMS SMIL, or the [MS-OMS] {@code tMmsSlides}
 *       element;</li>
 *   <li>{@link org.xms4j.smil.SmilChecker} reports problems as {@link org.xms4j.smil.SmilFinding}s;</li>
 *   <li>{@link org.xms4j.smil.SmilResolver} ties each media {@code src} to a part of the message.</li>
 * </ul>
 *
 * <p>The model keeps every attribute and every element of a document, interpreted or not, so writing
 * a parsed presentation loses nothing but comments, processing instructions, the document type
 * declaration and white space between elements. Model types are records that compare by value;
 * their lists are unmodifiable copies. Nothing here knows about MAPI or MIME: the core module links
 * a presentation to the attachments of an MMS object.
 *
 * <p>Specified by [SMIL 2.1] (W3C Synchronized Multimedia Integration Language 2.1) as profiled for
 * MMS by OMA MMS SMIL, referenced by [MS-OXOSMMS] section 4.2, and [MS-OMS] sections 2.2.4.5 to
 * 2.2.4.13 ({@code tMmsSlides}).
 */
package org.xms4j.smil;
