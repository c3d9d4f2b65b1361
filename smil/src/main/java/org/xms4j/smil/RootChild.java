package org.xms4j.smil;

/**
 * A child of the {@code smil} root element: {@link Head}, {@link Body} or uninterpreted markup.
 *
 * <p>Specified by [SMIL 2.1] section 9 (Structure: the smil, head and body elements).
 */
public sealed interface RootChild permits Head, Body, XmlNode {}
