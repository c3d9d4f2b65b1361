package org.xms4j.smil;

/**
 * A child of the {@code head} element: {@link Meta}, {@link Layout} or uninterpreted markup.
 *
 * <p>Specified by [SMIL 2.1] section 9 (Structure: the head element).
 */
public sealed interface HeadChild permits Meta, Layout, XmlNode {}
