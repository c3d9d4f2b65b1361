package org.xms4j.smil;

/**
 * A child of a time container ({@code body}, {@code par} or {@code seq}): {@link Par}, {@link Seq},
 * a {@link MediaObject} or uninterpreted markup.
 *
 * <p>Specified by [SMIL 2.1] section 10 (Timing and Synchronization: time containers).
 */
public sealed interface TimeChild permits Par, Seq, MediaObject, XmlNode {}
