package org.xms4j.smil;

import java.util.List;
import java.util.Optional;
import org.xms4j.smil.internal.Names;

/**
 * The {@code root-layout} element: the size and background colour of the whole presentation
 * window (the phone screen in MMS).
 *
 * <p>MMS senders write it with pixel sizes ({@code width="160" height="120"}), with percentages, or
 * without any attribute ({@code <root-layout/>}). The background colour is read from
 * {@code background-color} (SMIL 1.0 and MMS SMIL) or {@code backgroundColor} (SMIL 2.x).
 *
 * <p>Specified by [SMIL 2.1] section 5 (Layout: the root-layout element) and [MS-OMS] section
 * 2.2.4.12 (tRoot-layout).
 *
 * @param attributes all attributes in document order
 * @param children uninterpreted children in document order (normally none)
 */
public record RootLayout(List<XmlAttribute> attributes, List<XmlNode> children)
    implements LayoutChild, SmilElement {

  /**
   * Copies the lists.
   *
   * @param attributes the {@code attributes} component
   * @param children the {@code children} component
   * @throws NullPointerException when a list or list element is null
   */
  public RootLayout {
    attributes = List.copyOf(attributes);
    children = List.copyOf(children);
  }

  /**
   * Returns a root layout without attributes: {@code <root-layout/>}.
   *
   * @return the element
   */
  public static RootLayout empty() {
    return new RootLayout(List.of(), List.of());
  }

  /**
   * Returns a root layout of the given size in pixels: {@code <root-layout width=".." height=".."/>}.
   *
   * @param widthPixels the width in pixels
   * @param heightPixels the height in pixels
   * @return the element
   */
  public static RootLayout ofPixels(long widthPixels, long heightPixels) {
    return new RootLayout(List.of(
        XmlAttribute.of("width", Long.toString(widthPixels)),
        XmlAttribute.of("height", Long.toString(heightPixels))), List.of());
  }

  @Override
  public String elementName() {
    return "root-layout";
  }

  /**
   * Returns the {@code width} attribute.
   *
   * @return the width, or empty when absent
   */
  public Optional<Length> width() {
    return attribute("width").map(Length::new);
  }

  /**
   * Returns the {@code height} attribute.
   *
   * @return the height, or empty when absent
   */
  public Optional<Length> height() {
    return attribute("height").map(Length::new);
  }

  /**
   * Returns the background colour from {@code background-color} or {@code backgroundColor}, for
   * example {@code #FFFFFF}.
   *
   * @return the colour as written, or empty when absent
   */
  public Optional<String> backgroundColor() {
    return attribute("background-color");
  }

  /**
   * Returns a copy with the attribute set (replaced in place, or appended).
   *
   * @param name the attribute name
   * @param value the value
   * @return the new element
   */
  public RootLayout withAttribute(String name, String value) {
    return new RootLayout(Names.with(attributes, name, value), children);
  }

  /**
   * Returns a copy with {@code background-color} set.
   *
   * @param color the colour, for example {@code #FFFFFF}
   * @return the new element
   */
  public RootLayout withBackgroundColor(String color) {
    return withAttribute("background-color", color);
  }
}
