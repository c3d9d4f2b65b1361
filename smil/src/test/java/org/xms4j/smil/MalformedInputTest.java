package org.xms4j.smil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Documents that are not SMIL or not XML end in a typed exception with a position, never a hang. */
@Timeout(5)
class MalformedInputTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "truncated in an element    | <smil><body><par dur=\"5s\"><img src=\"a.jpg\"        | MALFORMED_XML | 1",
      "truncated in a tag         | '<smil>\n<body>\n<par dur=\"5'                       | MALFORMED_XML | 3",
      "mismatched end tag         | <smil><body></head></smil>                          | MALFORMED_XML | 1",
      "text after the root        | <smil/>trailing                                      | MALFORMED_XML | 1",
      "two roots                  | <smil/><smil/>                                       | MALFORMED_XML | 1",
      "bad character reference    | <smil><body>&#xFFFFFFFF;</body></smil>              | MALFORMED_XML | 1",
      "bad decimal reference      | <smil><body>&#99999999999;</body></smil>            | MALFORMED_XML | 1",
      "reference to U+0000        | <smil><body><text src=\"&#0;\"/></body></smil>      | MALFORMED_XML | 1",
      "undeclared entity          | '<smil>\n<body>&nbsp;</body></smil>'                 | MALFORMED_XML | 2",
      "unquoted attribute         | <smil><body><par dur=5s/></body></smil>             | MALFORMED_XML | 1",
      "duplicate attribute        | <smil><body><par dur=\"1s\" dur=\"2s\"/></body></smil> | MALFORMED_XML | 1",
      "undeclared prefix          | <smil><x:body/></smil>                               | MALFORMED_XML | 1",
      "wrong root element         | '<?xml version=\"1.0\"?>\n<html><body/></html>'       | NOT_SMIL      | 2",
      "prefixed wrong root        | <s:smiley xmlns:s=\"urn:s\"/>                        | NOT_SMIL      | 1",
  })
  void failsWithTypedExceptionAndPosition(String name, String doc, SmilParseException.Kind kind, int line) {
    assertThatThrownBy(() -> SmilParser.lenient().parse(doc)).isInstanceOfSatisfying(SmilParseException.class, e -> {
      assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
      assertThat(e.lineNumber()).as(e.getMessage()).isEqualTo(line);
      assertThat(e.columnNumber()).as(e.getMessage()).isPositive();
      assertThat(e.getMessage()).startsWith(line + ":" + e.columnNumber() + ": ");
      assertThat(e.originalMessage()).doesNotContain("ParseError at").isNotBlank();
    });
  }

  @Test
  void wrongRootNamesTheElement() {
    assertThatThrownBy(() -> SmilParser.lenient().parse("<html><body/></html>"))
        .isInstanceOfSatisfying(SmilParseException.class,
            e -> assertThat(e.originalMessage()).isEqualTo("root element is <html>, not <smil>"));
  }

  @Test
  void emptyAndBlankInputAreMalformed() {
    for (String doc : new String[] {"", "   \n", "not xml at all"}) {
      assertThatThrownBy(() -> SmilParser.lenient().parse(doc)).isInstanceOfSatisfying(SmilParseException.class,
          e -> assertThat(e.kind()).isEqualTo(SmilParseException.Kind.MALFORMED_XML));
    }
  }

  @Test
  void invalidUtf8IsReportedWithItsByteOffset() {
    byte[] bytes = "<smil>\n<body>\u00e9</body></smil>".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> SmilParser.lenient().parse(bytes)).isInstanceOfSatisfying(SmilParseException.class, e -> {
      assertThat(e.kind()).isEqualTo(SmilParseException.Kind.MALFORMED_XML);
      assertThat(e.originalMessage()).isEqualTo("bytes not valid in UTF-8 at byte offset 13");
      assertThat(e.lineNumber()).isEqualTo(2);
      assertThat(e.columnNumber()).isEqualTo(7);
    });
  }

  @Test
  void unknownDeclaredEncodingIsReported() {
    byte[] bytes = "<?xml version='1.0' encoding='x-no-such-charset'?><smil/>".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> SmilParser.lenient().parse(bytes)).isInstanceOfSatisfying(SmilParseException.class, e -> {
      assertThat(e.kind()).isEqualTo(SmilParseException.Kind.MALFORMED_XML);
      assertThat(e.originalMessage()).isEqualTo("unsupported encoding declared: \"x-no-such-charset\"");
    });
  }

  @Test
  void deepNestingIsRefusedQuickly() {
    String deep = "<smil><body>" + "<par>".repeat(50_000) + "</par>".repeat(50_000) + "</body></smil>";
    long start = System.nanoTime();
    assertThatThrownBy(() -> SmilParser.lenient().parse(deep)).isInstanceOfSatisfying(SmilParseException.class, e -> {
      assertThat(e.kind()).isEqualTo(SmilParseException.Kind.LIMIT_EXCEEDED);
      assertThat(e.originalMessage()).isEqualTo("elements nested deeper than 64 levels (SmilParser.Builder.maxDepth)");
      assertThat(e.lineNumber()).isEqualTo(1);
    });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    String ok = "<smil><body>" + "<par>".repeat(62) + "</par>".repeat(62) + "</body></smil>";
    assertThat(RealData.parse(ok).slides()).hasSize(1);
  }

  @Test
  void badAttributeNumbersAreKeptByTheLenientParser() throws Exception {
    SmilPresentation p = SmilParser.lenient().parse(
        "<smil><head><layout><root-layout width='wide'/></layout></head><body><par dur='x'/></body></smil>");
    assertThat(p.rootLayout().orElseThrow().width().orElseThrow().isValid()).isFalse();
    assertThat(p.slides().get(0).dur().orElseThrow().text()).isEqualTo("x");
    assertThat(SmilChecker.check(p)).extracting(SmilFinding::id).contains("SMIL-R06", "SMIL-R08");
  }
}
