package org.xms4j.smil.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xms4j.smil.Region;

/**
 * Choices shared by the [MS-OMS] {@code tMmsSlides} writer and its checker, so that what the checker
 * reports as left out is exactly what the writer leaves out.
 */
public final class OmsProfile {

  /** The most regions {@code tLayout} holds ([MS-OMS] section 2.2.4.7). */
  public static final int MAX_REGIONS = 2;

  private OmsProfile() {}

  /**
   * Chooses the regions to write: the first region named {@code Image} and the first named
   * {@code Text}, then other regions in document order until there are two; the chosen ones keep
   * their document order.
   *
   * @param regions the regions of the layout in document order
   * @return the positions (0-based) of the chosen regions in {@code regions}, ascending
   */
  public static List<Integer> chooseRegions(List<Region> regions) {
    boolean[] chosen = new boolean[regions.size()];
    int count = 0;
    for (String name : List.of(Region.IMAGE, Region.TEXT)) {
      for (int i = 0; i < regions.size(); i++) {
        Optional<String> id = regions.get(i).id();
        if (id.isPresent() && id.get().equals(name)) {
          chosen[i] = true;
          count++;
          break;
        }
      }
    }
    for (int i = 0; i < regions.size() && count < MAX_REGIONS; i++) {
      if (!chosen[i]) {
        chosen[i] = true;
        count++;
      }
    }
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < chosen.length; i++) {
      if (chosen[i]) {
        positions.add(i);
      }
    }
    return positions;
  }
}
