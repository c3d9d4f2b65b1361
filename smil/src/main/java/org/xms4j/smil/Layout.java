package org.xms4j.smil;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xms4j.smil.internal.Names;
import org.xms4j.smil.internal.Tree;

/**
 * The {@code layout} element: the root layout and the regions of the presentation.
 *
 * <p>Specified by [SMIL 2.1] section 5 (Layout: the layout element) and [MS-OMS] section 2.2.4.7
 * (tLayout).
 *
 * @param attributes all attributes in document order (for example {@code type})
 * @param children the root layout, regions and uninterpreted children in document order
 */
public record Layout(List<XmlAttribute> attributes, List<LayoutChild> children) implements HeadChild, SmilElement {

  /**
   * Copies the lists.
   *
   * @param attributes the {@code attributes} component
   * @param children the {@code children} component
   * @throws NullPointerException when a list or list element is null
   */
  public Layout {
    attributes = List.copyOf(attributes);
    children = List.copyOf(children);
  }

  /**
   * Returns a layout without attributes holding a root layout followed by regions.
   *
   * @param rootLayout the root layout, or null for none
   * @param regions the regions in order
   * @return the layout
   */
  public static Layout of(RootLayout rootLayout, List<Region> regions) {
    List<LayoutChild> c = new ArrayList<>();
    if (rootLayout != null) {
      c.add(rootLayout);
    }
    c.addAll(regions);
    return new Layout(List.of(), c);
  }

  @Override
  public String elementName() {
    return "layout";
  }

  /**
   * Returns the first {@code root-layout} child.
   *
   * @return the root layout, or empty when there is none
   */
  public Optional<RootLayout> rootLayout() {
    for (LayoutChild c : children) {
      if (c instanceof RootLayout r) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the {@code region} children in document order.
   *
   * @return the regions, unmodifiable
   */
  public List<Region> regions() {
    return Tree.ofType(children, Region.class);
  }

  /**
   * Finds the first region whose name equals {@code id} exactly (XML names are case-sensitive).
   *
   * @param id the region name, for example {@link Region#IMAGE}
   * @return the region, or empty when none has this name
   */
  public Optional<Region> region(String id) {
    for (Region r : regions()) {
      if (r.id().filter(id::equals).isPresent()) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a copy with the attribute set (replaced in place, or appended).
   *
   * @param name the attribute name
   * @param value the value
   * @return the new layout
   */
  public Layout withAttribute(String name, String value) {
    return new Layout(Names.with(attributes, name, value), children);
  }
}
