package org.xms4j.smil;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.xms4j.smil.internal.ClockValues;
import org.xms4j.smil.internal.Decoding;
import org.xms4j.smil.internal.Names;
import org.xms4j.smil.internal.Screening;
import org.xms4j.smil.internal.ValueRules;

/**
 * Reads SMIL presentations as real phones and servers write them: SMIL 1.0 and 2.x, with the SMIL
 * namespace, another namespace or none, MMS SMIL and the OMA conformance documents.
 *
 * <p><b>Lenient</b> where real documents vary: the SMIL elements are those in the namespace of the
 * root element (whatever it is); element and attribute names match ignoring letter case and hyphens
 * ({@code <Par>}, {@code rootLayout}); {@code head}, {@code layout} and {@code root-layout} may be
 * missing; media may stand directly in the body; white space between elements, a byte-order mark
 * and white space before the XML declaration are ignored; values are kept as written and checked
 * only on demand ({@link SmilChecker}). A SMIL element where MMS does not expect it, and every
 * element or attribute this library does not interpret, is kept as written.
 *
 * <p><b>Secure</b>: no external entity, DTD or schema is ever fetched, and no entity is expanded
 * beyond the five predefined ones. Exactly:
 * <ul>
 *   <li>a document type declaration with only an external identifier is accepted and its external
 *       subset ignored, so {@code <!DOCTYPE smil PUBLIC "-//W3C//DTD SMIL 1.0//EN"
 *       "http://www.w3.org/TR/REC-smil/SMIL10.dtd">} parses without any network access;</li>
 *   <li>an internal subset that declares an entity ({@code <!ENTITY}, general or parameter, internal
 *       or external) or refers to a parameter entity is refused before parsing starts
 *       ({@link SmilParseException.Kind#FORBIDDEN_DTD}) — this covers XXE, external DTDs pulled in
 *       through parameter entities and "billion laughs";</li>
 *   <li>an internal subset with other declarations only is accepted and ignored (no attribute
 *       defaults are applied);</li>
 *   <li>a reference to an entity that is not predefined (including one the ignored external subset
 *       would declare), in content or in an attribute value, is refused as not well-formed
 *       ({@link SmilParseException.Kind#MALFORMED_XML}).</li>
 * </ul>
 * Inputs are bounded: at most {@link #DEFAULT_MAX_INPUT_BYTES} bytes (chars for text input) and
 * {@link #DEFAULT_MAX_DEPTH} levels of element nesting unless configured otherwise.
 *
 * <p>Instances are immutable and thread-safe. Presets: {@link #lenient()} keeps values that do not
 * parse; {@link #strict()} refuses the document on the first timing value or length that does not
 * parse, with its position.
 * <pre>{@code
 * SmilPresentation p = SmilParser.lenient().parse(smilBytes);
 * p.slides().size();
 * }</pre>
 *
 * <p>Specified by [SMIL 2.1] section 13 (Language Profile) and, for the markup, [XML] and
 * [XML Namespaces]; the MMS profile of SMIL is OMA MMS SMIL.
 */
public final class SmilParser {

  /** The default limit on the input size: 1 MiB (1,048,576 bytes, or chars for text input). */
  public static final int DEFAULT_MAX_INPUT_BYTES = 1 << 20;

  /** The default limit on element nesting: 64 levels, the root element being level 1. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  private static final SmilParser LENIENT = new SmilParser(false, DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_DEPTH);
  private static final SmilParser STRICT = new SmilParser(true, DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_DEPTH);
  private static final Pattern STAX_PREFIX =
      Pattern.compile("(?s)^ParseError at \\[row,col\\]:\\[-?\\d+,-?\\d+\\]\\s*Message:\\s*");

  private final boolean strictValues;
  private final int maxInputBytes;
  private final int maxDepth;

  private SmilParser(boolean strictValues, int maxInputBytes, int maxDepth) {
    this.strictValues = strictValues;
    this.maxInputBytes = maxInputBytes;
    this.maxDepth = maxDepth;
  }

  /**
   * Returns the lenient parser with default limits: values that do not parse are kept as written.
   *
   * @return the parser
   */
  public static SmilParser lenient() {
    return LENIENT;
  }

  /**
   * Returns the strict parser with default limits: the first {@code dur}, {@code begin} or
   * {@code end} value or layout length ({@code left}, {@code top}, {@code width}, {@code height}) that
   * does not parse refuses the document with {@link SmilParseException.Kind#INVALID_VALUE}.
   *
   * @return the parser
   */
  public static SmilParser strict() {
    return STRICT;
  }

  /**
   * Returns a builder starting from the lenient parser with default limits.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a presentation from text.
   *
   * @param text the document
   * @return the presentation
   * @throws SmilParseException when the document is refused or is not a SMIL presentation
   */
  public SmilPresentation parse(String text) throws SmilParseException {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxInputBytes) {
      throw new SmilParseException(SmilParseException.Kind.LIMIT_EXCEEDED, "document of " + text.length()
          + " chars exceeds the limit of " + maxInputBytes + " (SmilParser.Builder.maxInputBytes)", -1, -1, -1, null);
    }
    Screening.screenProlog(text);
    Screening.screenReferences(text);
    return convert(readTree(Screening.prepare(text)));
  }

  /**
   * Reads a presentation from bytes, detecting the encoding from a byte-order mark or the XML
   * declaration (UTF-8 when neither says otherwise).
   *
   * @param bytes the document
   * @return the presentation
   * @throws SmilParseException when the document is refused, cannot be decoded or is not a SMIL
   *     presentation
   */
  public SmilPresentation parse(byte[] bytes) throws SmilParseException {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length > maxInputBytes) {
      throw tooLarge();
    }
    return parse(Decoding.decode(bytes));
  }

  /**
   * Reads a presentation from a stream, which is read to its end but not closed.
   *
   * @param in the document
   * @return the presentation
   * @throws SmilParseException when the document is refused, too large, cannot be decoded or is not a
   *     SMIL presentation
   * @throws IOException when reading the stream fails
   */
  public SmilPresentation parse(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    int n;
    while ((n = in.read(chunk)) != -1) {
      if (buffer.size() + (long) n > maxInputBytes) {
        throw tooLarge();
      }
      buffer.write(chunk, 0, n);
    }
    return parse(buffer.toByteArray());
  }

  /**
   * Reads a presentation from a reader, which is read to its end but not closed.
   *
   * @param reader the document
   * @return the presentation
   * @throws SmilParseException when the document is refused, too large or is not a SMIL presentation
   * @throws IOException when reading fails
   */
  public SmilPresentation parse(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    StringBuilder b = new StringBuilder();
    char[] chunk = new char[8192];
    int n;
    while ((n = reader.read(chunk)) != -1) {
      if (b.length() + (long) n > maxInputBytes) {
        throw tooLarge();
      }
      b.append(chunk, 0, n);
    }
    return parse(b.toString());
  }

  private SmilParseException tooLarge() {
    return new SmilParseException(SmilParseException.Kind.LIMIT_EXCEEDED, "document exceeds the limit of "
        + maxInputBytes + " bytes (SmilParser.Builder.maxInputBytes)", -1, -1, -1, null);
  }

  // ---------------------------------------------------------------- reading the element tree

  /** An element as read, before it is interpreted. */
  private static final class Raw {
    final String uri;
    final String prefix;
    final String local;
    final List<XmlAttribute> attributes;
    final List<Object> children = new ArrayList<>();
    final int line;
    final int column;
    final long offset;

    Raw(String uri, String prefix, String local, List<XmlAttribute> attributes, Location at) {
      this.uri = uri;
      this.prefix = prefix;
      this.local = local;
      this.attributes = attributes;
      this.line = at == null ? -1 : at.getLineNumber();
      this.column = at == null ? -1 : at.getColumnNumber();
      this.offset = at == null ? -1 : at.getCharacterOffset();
    }
  }

  /** The element tree and the namespace declarations of a document. */
  private record Tree(Raw root, List<NamespaceDeclaration> namespaces) {}

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.TRUE);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("external resource refused: " + systemId);
    });
    return f;
  }

  private Tree readTree(String doc) throws SmilParseException {
    XMLStreamReader r = null;
    try {
      r = factory().createXMLStreamReader(new StringReader(doc));
      Deque<Raw> open = new ArrayDeque<>();
      Raw root = null;
      List<NamespaceDeclaration> namespaces = new ArrayList<>();
      Set<String> declared = new HashSet<>();
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT: {
            if (open.size() >= maxDepth) {
              throw at(SmilParseException.Kind.LIMIT_EXCEEDED, "elements nested deeper than " + maxDepth
                  + " levels (SmilParser.Builder.maxDepth)", r.getLocation());
            }
            Raw e = new Raw(nz(r.getNamespaceURI()), nz(r.getPrefix()), r.getLocalName(), attributes(r),
                r.getLocation());
            for (int i = 0; i < r.getNamespaceCount(); i++) {
              String prefix = nz(r.getNamespacePrefix(i));
              String uri = nz(r.getNamespaceURI(i));
              if (!prefix.isEmpty() && !uri.isEmpty() && declared.add(prefix)) {
                namespaces.add(new NamespaceDeclaration(prefix, uri));
              }
            }
            if (open.isEmpty()) {
              if (!Names.fold(e.local).equals("smil")) {
                throw at(SmilParseException.Kind.NOT_SMIL, "root element is <" + qualified(e)
                    + ">, not <smil>", r.getLocation());
              }
              root = e;
            } else {
              open.peek().children.add(e);
            }
            open.push(e);
            break;
          }
          case XMLStreamConstants.END_ELEMENT:
            open.pop();
            break;
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE:
            if (!open.isEmpty()) {
              List<Object> c = open.peek().children;
              if (!c.isEmpty() && c.get(c.size() - 1) instanceof StringBuilder text) {
                text.append(r.getText());
              } else {
                c.add(new StringBuilder(r.getText()));
              }
            }
            break;
          case XMLStreamConstants.ENTITY_REFERENCE:
            throw at(SmilParseException.Kind.MALFORMED_XML, "unresolved entity reference &" + r.getLocalName()
                + ";", r.getLocation());
          default:
            break;
        }
      }
      if (root == null) {
        throw new SmilParseException(SmilParseException.Kind.MALFORMED_XML, "no root element", -1, -1, -1, null);
      }
      return new Tree(root, namespaces);
    } catch (XMLStreamException e) {
      Location l = e.getLocation();
      String message = STAX_PREFIX.matcher(String.valueOf(e.getMessage())).replaceFirst("").trim();
      throw new SmilParseException(SmilParseException.Kind.MALFORMED_XML, message,
          l == null ? -1 : l.getLineNumber(), l == null ? -1 : l.getColumnNumber(),
          l == null ? -1 : l.getCharacterOffset(), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing was opened that needs closing: the source is a StringReader
        }
      }
    }
  }

  private static List<XmlAttribute> attributes(XMLStreamReader r) {
    List<XmlAttribute> a = new ArrayList<>(r.getAttributeCount());
    for (int i = 0; i < r.getAttributeCount(); i++) {
      a.add(new XmlAttribute(nz(r.getAttributeNamespace(i)), nz(r.getAttributePrefix(i)),
          r.getAttributeLocalName(i), r.getAttributeValue(i)));
    }
    return a;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String qualified(Raw e) {
    return e.prefix.isEmpty() ? e.local : e.prefix + ":" + e.local;
  }

  private static SmilParseException at(SmilParseException.Kind kind, String message, Location l) {
    return new SmilParseException(kind, message, l == null ? -1 : l.getLineNumber(),
        l == null ? -1 : l.getColumnNumber(), l == null ? -1 : l.getCharacterOffset(), null);
  }

  // ---------------------------------------------------------------- interpreting it

  private SmilPresentation convert(Tree tree) throws SmilParseException {
    Raw root = tree.root();
    String ns = root.uri;
    List<RootChild> children = new ArrayList<>();
    for (Object c : root.children) {
      Raw e = c instanceof Raw raw ? raw : null;
      if (e != null && e.uri.equals(ns) && Names.fold(e.local).equals("head")) {
        children.add(new Head(e.attributes, headChildren(e, ns)));
      } else if (e != null && e.uri.equals(ns) && Names.fold(e.local).equals("body")) {
        children.add(new Body(e.attributes, timeChildren(e, ns)));
      } else {
        generic(c).ifPresent(children::add);
      }
    }
    return new SmilPresentation(ns, tree.namespaces(), root.attributes, children);
  }

  private List<HeadChild> headChildren(Raw head, String ns) throws SmilParseException {
    List<HeadChild> children = new ArrayList<>();
    for (Object c : head.children) {
      Raw e = c instanceof Raw raw ? raw : null;
      if (e != null && e.uri.equals(ns) && Names.fold(e.local).equals("layout")) {
        children.add(new Layout(e.attributes, layoutChildren(e, ns)));
      } else if (e != null && e.uri.equals(ns) && Names.fold(e.local).equals("meta")) {
        children.add(new Meta(e.attributes, genericChildren(e)));
      } else {
        generic(c).ifPresent(children::add);
      }
    }
    return children;
  }

  private List<LayoutChild> layoutChildren(Raw layout, String ns) throws SmilParseException {
    List<LayoutChild> children = new ArrayList<>();
    for (Object c : layout.children) {
      Raw e = c instanceof Raw raw ? raw : null;
      if (e != null && e.uri.equals(ns) && Names.fold(e.local).equals("rootlayout")) {
        checkLengths(e);
        children.add(new RootLayout(e.attributes, genericChildren(e)));
      } else if (e != null && e.uri.equals(ns) && Names.fold(e.local).equals("region")) {
        checkLengths(e);
        children.add(new Region(e.attributes, genericChildren(e)));
      } else {
        generic(c).ifPresent(children::add);
      }
    }
    return children;
  }

  private List<TimeChild> timeChildren(Raw container, String ns) throws SmilParseException {
    List<TimeChild> children = new ArrayList<>();
    for (Object c : container.children) {
      Raw e = c instanceof Raw raw ? raw : null;
      String name = e == null ? "" : Names.fold(e.local);
      Optional<MediaKind> kind = e == null ? Optional.empty() : MediaKind.forElementName(e.local);
      if (e != null && e.uri.equals(ns) && name.equals("par")) {
        checkTiming(e);
        children.add(new Par(e.attributes, timeChildren(e, ns)));
      } else if (e != null && e.uri.equals(ns) && name.equals("seq")) {
        checkTiming(e);
        children.add(new Seq(e.attributes, timeChildren(e, ns)));
      } else if (e != null && e.uri.equals(ns) && kind.isPresent()) {
        checkTiming(e);
        children.add(new MediaObject(kind.get(), e.attributes, genericChildren(e)));
      } else {
        generic(c).ifPresent(children::add);
      }
    }
    return children;
  }

  private static List<XmlNode> genericChildren(Raw e) {
    List<XmlNode> children = new ArrayList<>();
    for (Object c : e.children) {
      generic(c).ifPresent(children::add);
    }
    return children;
  }

  private static Optional<XmlNode> generic(Object node) {
    if (node instanceof Raw e) {
      return Optional.of(new XmlElement(e.uri, e.prefix, e.local, e.attributes, genericChildren(e)));
    }
    String text = node.toString();
    return ClockValues.strip(text).isEmpty() ? Optional.empty() : Optional.of(new XmlText(text));
  }

  private void checkLengths(Raw e) throws SmilParseException {
    if (!strictValues) {
      return;
    }
    for (String name : List.of("left", "top", "width", "height")) {
      Optional<String> v = Names.find(e.attributes, name);
      if (v.isPresent() && !ValueRules.isValidLength(new Length(v.get()), name.equals("width")
          || name.equals("height"))) {
        throw invalid(e, name, v.get(), "is not a length in pixels or percent");
      }
    }
  }

  private void checkTiming(Raw e) throws SmilParseException {
    if (!strictValues) {
      return;
    }
    Optional<String> dur = Names.find(e.attributes, "dur");
    if (dur.isPresent() && ValueRules.durProblem(new TimeValue(dur.get())).isPresent()) {
      throw invalid(e, "dur", dur.get(), "is not a non-negative clock value, \"indefinite\" or \"media\"");
    }
    for (String name : List.of("begin", "end")) {
      Optional<String> v = Names.find(e.attributes, name);
      if (v.isPresent() && !ValueRules.isValidTimeList(v.get())) {
        throw invalid(e, name, v.get(), "is not a valid time value list");
      }
    }
  }

  private static SmilParseException invalid(Raw e, String attribute, String value, String problem) {
    return new SmilParseException(SmilParseException.Kind.INVALID_VALUE, "<" + qualified(e) + "> " + attribute
        + "=\"" + value + "\" " + problem, e.line, e.column, e.offset, null);
  }

  /**
   * Configures a parser: value strictness and input limits. Starts from {@link #lenient()}.
   */
  public static final class Builder {

    private boolean strictValues;
    private int maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
    private int maxDepth = DEFAULT_MAX_DEPTH;

    private Builder() {}

    /**
     * Sets whether values that do not parse refuse the document (see {@link SmilParser#strict()}).
     *
     * @param strict true for strict values; false (the default) keeps them as written
     * @return this builder
     */
    public Builder strictValues(boolean strict) {
      this.strictValues = strict;
      return this;
    }

    /**
     * Sets the largest document accepted, in bytes for byte and stream input and in chars for text
     * and reader input.
     *
     * @param maxInputBytes the limit, at least 1; default {@link SmilParser#DEFAULT_MAX_INPUT_BYTES}
     * @return this builder
     * @throws IllegalArgumentException when the limit is below 1
     */
    public Builder maxInputBytes(int maxInputBytes) {
      if (maxInputBytes < 1) {
        throw new IllegalArgumentException("maxInputBytes < 1: " + maxInputBytes);
      }
      this.maxInputBytes = maxInputBytes;
      return this;
    }

    /**
     * Sets how deeply elements may nest, the root element being level 1.
     *
     * @param maxDepth the limit, at least 1; default {@link SmilParser#DEFAULT_MAX_DEPTH}
     * @return this builder
     * @throws IllegalArgumentException when the limit is below 1
     */
    public Builder maxDepth(int maxDepth) {
      if (maxDepth < 1) {
        throw new IllegalArgumentException("maxDepth < 1: " + maxDepth);
      }
      this.maxDepth = maxDepth;
      return this;
    }

    /**
     * Builds the parser.
     *
     * @return the parser
     */
    public SmilParser build() {
      return new SmilParser(strictValues, maxInputBytes, maxDepth);
    }
  }
}
