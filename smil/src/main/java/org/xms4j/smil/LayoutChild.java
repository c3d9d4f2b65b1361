package org.xms4j.smil;

/**
 * A child of the {@code layout} element: {@link RootLayout}, {@link Region} or uninterpreted markup.
 *
 * <p>Specified by [SMIL 2.1] section 5 (Layout: the layout element).
 */
public sealed interface LayoutChild permits RootLayout, Region, XmlNode {}
