package org.xms4j.smil;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xms4j.smil.internal.Names;

/**
 * A {@code region} of the layout: a named rectangle where media objects are drawn.
 *
 * <p>MMS SMIL names its regions {@code Image} and {@code Text}; positions and sizes are given in
 * pixels or percent of the root layout, and {@code fit} says how media is scaled into the region
 * ({@code meet}, {@code slice}, {@code fill}, {@code hidden} or {@code scroll}).
 *
 * <p>Specified by [SMIL 2.1] section 5 (Layout: the region element and its positioning attributes)
 * and [MS-OMS] section 2.2.4.11 (tRegion).
 *
 * @param attributes all attributes in document order
 * @param children uninterpreted children in document order (normally none)
 */
public record Region(List<XmlAttribute> attributes, List<XmlNode> children) implements LayoutChild, SmilElement {

  /** The region name MMS SMIL uses for images and video. */
  public static final String IMAGE = "Image";

  /** The region name MMS SMIL uses for text. */
  public static final String TEXT = "Text";

  /**
   * Copies the lists.
   *
   * @param attributes the {@code attributes} component
   * @param children the {@code children} component
   * @throws NullPointerException when a list or list element is null
   */
  public Region {
    attributes = List.copyOf(attributes);
    children = List.copyOf(children);
  }

  /**
   * Returns a region with the attributes {@code id}, {@code left}, {@code top}, {@code width},
   * {@code height} and {@code fit}, in that order; a null length or fit is left out.
   *
   * @param id the region name, for example {@link #IMAGE}
   * @param left the distance from the left edge of the root layout, or null
   * @param top the distance from the top edge of the root layout, or null
   * @param width the width, or null
   * @param height the height, or null
   * @param fit the fit value, for example {@code meet}, or null
   * @return the region
   */
  public static Region of(String id, Length left, Length top, Length width, Length height, String fit) {
    Objects.requireNonNull(id, "id");
    List<XmlAttribute> a = new ArrayList<>();
    a.add(XmlAttribute.of("id", id));
    if (left != null) {
      a.add(XmlAttribute.of("left", left.text()));
    }
    if (top != null) {
      a.add(XmlAttribute.of("top", top.text()));
    }
    if (width != null) {
      a.add(XmlAttribute.of("width", width.text()));
    }
    if (height != null) {
      a.add(XmlAttribute.of("height", height.text()));
    }
    if (fit != null) {
      a.add(XmlAttribute.of("fit", fit));
    }
    return new Region(a, List.of());
  }

  @Override
  public String elementName() {
    return "region";
  }

  /**
   * Returns the {@code id} attribute (SMIL 1.0 and MMS) or, failing that, {@code regionName}
   * (SMIL 2.x), the name media objects refer to.
   *
   * @return the region name, or empty when absent
   */
  public Optional<String> id() {
    Optional<String> id = attribute("id");
    return id.isPresent() ? id : attribute("regionName");
  }

  /**
   * Returns the {@code left} attribute.
   *
   * @return the left position, or empty when absent
   */
  public Optional<Length> left() {
    return attribute("left").map(Length::new);
  }

  /**
   * Returns the {@code top} attribute.
   *
   * @return the top position, or empty when absent
   */
  public Optional<Length> top() {
    return attribute("top").map(Length::new);
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
   * Returns the {@code fit} attribute.
   *
   * @return the fit value as written, for example {@code meet}, or empty when absent
   */
  public Optional<String> fit() {
    return attribute("fit");
  }

  /**
   * Returns a copy with the attribute set (replaced in place, or appended).
   *
   * @param name the attribute name
   * @param value the value
   * @return the new region
   */
  public Region withAttribute(String name, String value) {
    return new Region(Names.with(attributes, name, value), children);
  }
}
