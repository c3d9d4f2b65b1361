package org.xms4j.mapi;

import java.util.Objects;

/**
 * A reference to a section of a Microsoft Open Specifications document (or another standard).
 *
 * @param document the document name without brackets, for example {@code "MS-OXCMSG"}
 * @param section the section number, for example {@code "2.2.1.3"}; empty when the document as a
 *     whole is meant (for example the MS-OXPROPS entry named by a canonical property name)
 */
public record SpecReference(String document, String section) {

  /**
   * Checks the arguments.
   *
   * @param document the {@code document} component
   * @param section the {@code section} component
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the document name is empty
   */
  public SpecReference {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(section, "section");
    if (document.isEmpty()) {
      throw new IllegalArgumentException("document must not be empty");
    }
  }

  /**
   * Returns a reference.
   *
   * @param document for example {@code "MS-OXOSMMS"}
   * @param section for example {@code "2.2.1.3"}
   * @return the reference
   */
  public static SpecReference of(String document, String section) {
    return new SpecReference(document, section);
  }

  /**
   * Returns the reference in the form {@code [MS-OXCMSG] 2.2.1.3}.
   *
   * @return the reference text; just {@code [MS-OXPROPS]} when the section is empty
   */
  @Override
  public String toString() {
    return section.isEmpty() ? "[" + document + "]" : "[" + document + "] " + section;
  }
}
