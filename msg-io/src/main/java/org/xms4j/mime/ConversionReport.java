package org.xms4j.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a conversion did not carry over, or carried over only in another form, and why.
 *
 * <p>Every {@link MimeConverter} call returns one. An empty report means the conversion kept
 * everything it read. Each {@link Item} says where (a MIME location such as {@code part 1.2},
 * {@code header Subject} or {@code part 2 header Content-Type}, or a message path such as
 * {@code /attachments[0]/PidTagRenderingPosition}), what, why, and which {@link Action} was taken.
 * Items are in the order the converter met them, so the same input always gives the same report.
 *
 * <p>The report is bounded: after {@value #MAX_ITEMS} items one last item says how many more were
 * left out.
 */
public final class ConversionReport {

  /** The most items a report holds before it summarises the rest in one item. */
  public static final int MAX_ITEMS = 1000;

  /** What the converter did about something it could not carry over as it was. */
  public enum Action {
    /** Left out: the result does not contain it in any form. */
    DROPPED,
    /** Carried over in another form (another charset, a normalised line break, a substitute). */
    REPLACED,
    /** Malformed input interpreted leniently; the result holds the interpretation. */
    REPAIRED,
    /** Kept as raw bytes (for example an unreadable part kept as an attachment). */
    KEPT_RAW
  }

  /**
   * One thing the conversion did not carry over as it was.
   *
   * @param where the location: a MIME part path ({@code part 1.2}), a header ({@code header From},
   *     {@code part 1.2 header Content-Type}) or a message path ({@code /recipients[0]/PidTagEntryId})
   * @param what what it concerns, quoting the value when short
   * @param why why it was not carried over as it was
   * @param action what was done about it
   */
  public record Item(String where, String what, String why, Action action) {
    /**
     * Checks the components.
     *
     * @param where the {@code where} component
     * @param what the {@code what} component
     * @param why the {@code why} component
     * @param action the {@code action} component
     * @throws NullPointerException when a component is null
     */
    public Item {
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(why, "why");
      Objects.requireNonNull(action, "action");
    }

    /**
     * Returns the item in one line: {@code where: what [ACTION] why}.
     *
     * @return the line
     */
    @Override
    public String toString() {
      return where + ": " + what + " [" + action + "] " + why;
    }
  }

  private static final ConversionReport EMPTY = new ConversionReport(List.of());

  private final List<Item> items;

  ConversionReport(List<Item> items) {
    this.items = List.copyOf(items);
  }

  /**
   * Returns the empty report.
   *
   * @return a report without items
   */
  public static ConversionReport empty() {
    return EMPTY;
  }

  /**
   * Returns all items in the order they were found.
   *
   * @return an unmodifiable list
   */
  public List<Item> items() {
    return items;
  }

  /**
   * Returns the items with one action.
   *
   * @param action the action
   * @return the matching items in order
   */
  public List<Item> items(Action action) {
    List<Item> out = new ArrayList<>();
    for (Item i : items) {
      if (i.action() == action) {
        out.add(i);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the items whose location equals {@code where} or starts with it followed by a space or
   * {@code /} (so {@code part 1} finds {@code part 1 header Content-Type} but not {@code part 12}).
   *
   * @param where a location or location prefix
   * @return the matching items in order
   */
  public List<Item> itemsAt(String where) {
    List<Item> out = new ArrayList<>();
    for (Item i : items) {
      String w = i.where();
      if (w.equals(where) || (w.startsWith(where) && w.length() > where.length()
          && (w.charAt(where.length()) == ' ' || w.charAt(where.length()) == '/' || where.endsWith("/")))) {
        out.add(i);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Tells whether nothing was reported.
   *
   * @return true when the conversion carried everything over as it was
   */
  public boolean isEmpty() {
    return items.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConversionReport r && items.equals(r.items);
  }

  @Override
  public int hashCode() {
    return items.hashCode();
  }

  /**
   * Returns the items one per line, or {@code (nothing to report)}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    if (items.isEmpty()) {
      return "(nothing to report)";
    }
    StringBuilder sb = new StringBuilder();
    for (Item i : items) {
      sb.append(i).append('\n');
    }
    return sb.toString();
  }

  /** Collects items during one conversion; bounded by {@link #MAX_ITEMS}. */
  static final class Recorder {
    private final List<Item> items = new ArrayList<>();
    private int overflow;

    void add(String where, String what, String why, Action action) {
      if (items.size() < MAX_ITEMS) {
        items.add(new Item(where, what, why, action));
      } else {
        overflow++;
      }
    }

    int size() {
      return items.size() + overflow;
    }

    /** Tells whether an item is recorded at this location or below it. */
    boolean has(String where) {
      for (Item i : items) {
        String w = i.where();
        if (w.equals(where) || w.startsWith(where + "/")) {
          return true;
        }
      }
      return false;
    }

    ConversionReport build() {
      List<Item> out = new ArrayList<>(items);
      if (overflow > 0) {
        out.add(new Item("(report)", overflow + " more items", "the report holds at most " + MAX_ITEMS
            + " items", Action.DROPPED));
      }
      return out.isEmpty() ? EMPTY : new ConversionReport(out);
    }
  }
}
