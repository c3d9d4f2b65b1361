package org.xms4j.msg.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The entries of one storage by name, built once: the one lookup of the reader ({@link CfbFile.Dir})
 * and the file-structure checker, so that both pick the same entry when names differ only in case.
 *
 * <p>[MS-CFB] section 2.6.4 compares entry names ignoring case ({@link CfbNames#upperCase(String)}),
 * so a well-formed storage cannot hold two names that differ only in case; a hostile or broken file
 * can. A lookup returns the entry of exactly the name asked for, else the first entry in the given
 * order whose name equals it ignoring case. Building costs one pass over the entries, the first
 * lookup that no exact name answers a second one (the upper-cased names), and each lookup a hash
 * look-up, so a storage of many entries is not scanned once per name asked for. Not thread-safe.
 *
 * @param <T> the type of the entries
 */
public final class NameIndex<T> {

  private final List<? extends T> entries;
  private final Function<? super T, String> name;
  private final Map<String, T> exact;
  /** Built on the first lookup that the exact names do not answer. */
  private @Nullable Map<String, T> anyCase;

  private NameIndex(List<? extends T> entries, Function<? super T, String> name, Map<String, T> exact) {
    this.entries = entries;
    this.name = name;
    this.exact = exact;
  }

  /**
   * Indexes entries by name.
   *
   * @param <T> the type of the entries
   * @param entries the entries of one storage, in name order ({@link String#compareTo(String)}), so
   *     that the first of names equal ignoring case is the first in that order; not copied, so it
   *     must not change afterwards
   * @param name returns an entry's name
   * @return the index; of several entries with exactly the same name (a broken file), the first
   */
  public static <T> NameIndex<T> of(List<? extends T> entries, Function<? super T, String> name) {
    Map<String, T> exact = new HashMap<>(entries.size() * 2);
    for (T e : entries) {
      exact.putIfAbsent(name.apply(e), e);
    }
    return new NameIndex<>(entries, name, exact);
  }

  /**
   * Returns the entry of exactly a name.
   *
   * @param entryName the name
   * @return the entry, or null
   */
  public @Nullable T exact(String entryName) {
    return exact.get(entryName);
  }

  /**
   * Returns the entry of a name as [MS-CFB] section 2.6.4 compares names: of exactly that name,
   * else the first in name order whose name equals it ignoring case.
   *
   * @param entryName the name
   * @return the entry, or null
   */
  public @Nullable T anyCase(String entryName) {
    T e = exact.get(entryName);
    if (e != null) {
      return e;
    }
    Map<String, T> folded = anyCase;
    if (folded == null) {
      folded = new HashMap<>(entries.size() * 2);
      for (T x : entries) {
        folded.putIfAbsent(CfbNames.upperCase(name.apply(x)), x);
      }
      anyCase = folded;
    }
    return folded.get(CfbNames.upperCase(entryName));
  }
}
