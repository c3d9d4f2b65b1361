package org.xms4j.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Renders the HTML and plain-text bodies of an MMS object from its items in presentation order, in
 * the shape of the sample MMS object of [MS-OXOSMMS] section 4.2.
 *
 * <p>HTML: an image is {@code <img src="cid:ID" border="0">} then {@code <br>}; a text is its
 * content, line breaks as {@code <br>}, then {@code <br>} and an empty link
 * {@code <a href="cid:ID"></a>} to the text part; any other part (audio, video, other files) is a link
 * {@code <a href="cid:ID">file name</a>} then {@code <br>}. The document is built with jsoup, so every
 * text is escaped. Plain text: the texts, and {@code [file name]} for every other part, separated by
 * CRLF.
 */
public final class MmsBodyRenderer {

  /** How an item is shown. */
  public enum Kind {
    /** An image, shown inline. */
    IMAGE,
    /** A text, shown inline and linked. */
    TEXT,
    /** Anything else, shown as a link. */
    LINK
  }

  /**
   * One thing to show.
   *
   * @param kind how to show it
   * @param contentId the Content-ID of its part, without angle brackets
   * @param fileName the file name of its part, shown for links
   * @param text the decoded text of a TEXT item; empty for others
   */
  public record Item(Kind kind, String contentId, String fileName, String text) {
    /**
     * Checks the arguments.
     *
     * @param kind the {@code kind} component
     * @param contentId the {@code contentId} component
     * @param fileName the {@code fileName} component
     * @param text the {@code text} component
     * @throws NullPointerException when an argument is null
     */
    public Item {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(contentId, "contentId");
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * The rendered bodies.
   *
   * @param html the HTML document
   * @param text the plain text
   */
  public record Bodies(String html, String text) {
    /**
     * Checks the arguments.
     *
     * @param html the {@code html} component
     * @param text the {@code text} component
     * @throws NullPointerException when an argument is null
     */
    public Bodies {
      Objects.requireNonNull(html, "html");
      Objects.requireNonNull(text, "text");
    }
  }

  private MmsBodyRenderer() {
  }

  /**
   * Renders the bodies.
   *
   * @param items the items in presentation order
   * @return the HTML and plain-text bodies; the same items always give the same strings
   */
  public static Bodies render(List<Item> items) {
    Document doc = Document.createShell("");
    doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base)
        .charset(java.nio.charset.StandardCharsets.UTF_8);
    Element body = doc.body();
    List<String> text = new ArrayList<>();
    for (Item it : items) {
      switch (it.kind()) {
        case IMAGE -> {
          body.appendElement("img").attr("src", "cid:" + it.contentId()).attr("border", "0");
          body.appendElement("br");
          text.add("[" + it.fileName() + "]");
        }
        case TEXT -> {
          String[] lines = it.text().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
          for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
              body.appendElement("br");
            }
            body.appendText(lines[i]);
          }
          body.appendElement("br");
          body.appendElement("a").attr("href", "cid:" + it.contentId());
          text.add(it.text());
        }
        case LINK -> {
          body.appendElement("a").attr("href", "cid:" + it.contentId()).text(it.fileName());
          body.appendElement("br");
          text.add("[" + it.fileName() + "]");
        }
      }
    }
    return new Bodies(doc.outerHtml(), String.join("\r\n", text));
  }
}
