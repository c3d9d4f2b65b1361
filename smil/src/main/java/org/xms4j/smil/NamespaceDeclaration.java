package org.xms4j.smil;

import java.util.Objects;
import org.xms4j.smil.internal.XmlChars;

/**
 * A prefixed namespace declaration ({@code xmlns:prefix="uri"}) found in a document.
 *
 * <p>The parser collects the first declaration of each prefix anywhere in the document, in document
 * order, and the writer declares them all on the root element; elements and attributes carry their
 * own namespace URI, so a prefix re-bound deeper in the document is declared again where it is used.
 * The default namespace of the SMIL elements is {@link SmilPresentation#namespaceUri()}.
 *
 * <p>Specified by [XML Namespaces] section 3 (declaring namespaces).
 *
 * @param prefix the prefix, not empty and not {@code xml} or {@code xmlns}
 * @param namespaceUri the namespace URI, not empty
 */
public record NamespaceDeclaration(String prefix, String namespaceUri) {

  /**
   * Checks the components.
   *
   * @param prefix the {@code prefix} component
   * @param namespaceUri the {@code namespaceUri} component
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException when the prefix is not an XML name, is {@code xml} or
   *     {@code xmlns}, or the URI is empty
   */
  public NamespaceDeclaration {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(namespaceUri, "namespaceUri");
    if (!XmlChars.isNcName(prefix) || prefix.equals("xml") || prefix.equals("xmlns")) {
      throw new IllegalArgumentException("not a declarable prefix: \"" + prefix + "\"");
    }
    if (namespaceUri.isEmpty()) {
      throw new IllegalArgumentException("namespaceUri must not be empty for prefix " + prefix);
    }
  }
}
