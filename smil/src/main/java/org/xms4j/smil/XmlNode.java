package org.xms4j.smil;

/**
 * Markup this library does not interpret, kept so that a round trip loses nothing: an element
 * ({@link XmlElement}) or a run of character data ({@link XmlText}).
 *
 * <p>An {@code XmlNode} may stand wherever the SMIL structure allows children, which is why it is
 * also a {@link RootChild}, {@link HeadChild}, {@link LayoutChild} and {@link TimeChild}. Comments
 * and processing instructions are not kept; character data that is only XML white space is not
 * kept either.
 *
 * <p>Specified by [SMIL 2.1] section 13 (Language Profile: extending SMIL with other namespaces).
 */
public sealed interface XmlNode extends RootChild, HeadChild, LayoutChild, TimeChild
    permits XmlElement, XmlText {}
