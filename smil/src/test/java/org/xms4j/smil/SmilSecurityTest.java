package org.xms4j.smil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parser never fetches anything and never expands declared entities: documents that declare
 * entities are refused before parsing, a plain external DTD is ignored. A local server counts every
 * connection made to it (and answers with an entity that would leak a secret), so "nothing fetched"
 * is observed, not assumed.
 */
@Timeout(10)
class SmilSecurityTest {

  private static final String SECRET = "TOP-SECRET-7f3a";

  private ServerSocket server;
  private Thread acceptor;
  private final AtomicInteger requests = new AtomicInteger();
  private String base;

  @TempDir
  Path temp;

  @BeforeEach
  void startServer() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try (Socket s = server.accept()) {
          requests.incrementAndGet();
          byte[] body = ("<!ENTITY leak '" + SECRET + "'>").getBytes(StandardCharsets.UTF_8);
          s.getOutputStream().write(("HTTP/1.0 200 OK\r\nContent-Length: " + body.length + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
          s.getOutputStream().write(body);
        } catch (IOException closed) {
          return;
        }
      }
    }, "smil-security-test-server");
    acceptor.setDaemon(true);
    acceptor.start();
    base = "http://127.0.0.1:" + server.getLocalPort() + "/";
  }

  @AfterEach
  void stopServer() throws Exception {
    server.close();
    acceptor.join(2000);
  }

  @Test
  void publicSmilDoctypeParsesWithoutFetchingTheDtd() throws Exception {
    String doc = "<!DOCTYPE smil PUBLIC \"-//W3C//DTD SMIL 1.0//EN\" \"" + base + "SMIL10.dtd\">\n"
        + "<smil><body><par dur=\"5000ms\"><text src=\"a.txt\" region=\"Text\"/></par></body></smil>";
    SmilPresentation p = SmilParser.lenient().parse(doc);
    assertThat(p.slides()).singleElement().satisfies(s -> assertThat(s.durationMillis()).hasValue(5000));
    assertThat(SmilParser.strict().parse(doc.getBytes(StandardCharsets.UTF_8))).isEqualTo(p);
    assertThat(requests).hasValue(0);
  }

  @Test
  void systemDoctypeIsIgnoredAndItsEntitiesAreNotDefined() {
    String doc = "<!DOCTYPE smil SYSTEM \"" + base + "evil.dtd\"><smil><body><text src=\"&leak;\"/></body></smil>";
    assertThatThrownBy(() -> SmilParser.lenient().parse(doc)).isInstanceOfSatisfying(SmilParseException.class, e -> {
      assertThat(e.kind()).isEqualTo(SmilParseException.Kind.MALFORMED_XML);
      assertThat(e.originalMessage()).isEqualTo("reference to entity \"leak\", which is not declared "
          + "(only lt, gt, amp, quot and apos are supported)");
      assertThat(e.lineNumber()).isEqualTo(1);
      assertThat(e.columnNumber()).isEqualTo(doc.indexOf("&leak;") + 1);
    });
    String inContent = "<!DOCTYPE smil SYSTEM \"" + base + "evil.dtd\">\n<smil><body>&leak;</body></smil>";
    assertThatThrownBy(() -> SmilParser.lenient().parse(inContent)).isInstanceOfSatisfying(SmilParseException.class,
        e -> assertThat(e.lineNumber()).isEqualTo(2));
    assertThat(requests).hasValue(0);
  }

  @Test
  void externalEntityToALocalFileIsRefused() throws Exception {
    Path secret = temp.resolve("secret.txt");
    Files.writeString(secret, SECRET);
    String doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE smil [\n  <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n]>\n"
        + "<smil><body><text src=\"&xxe;\"/></body></smil>";
    assertThatThrownBy(() -> SmilParser.lenient().parse(doc)).isInstanceOfSatisfying(SmilParseException.class, e -> {
      assertThat(e.kind()).isEqualTo(SmilParseException.Kind.FORBIDDEN_DTD);
      assertThat(e.lineNumber()).isEqualTo(3);
      assertThat(e.columnNumber()).isEqualTo(3);
      assertThat(e.getMessage()).startsWith("3:3: entity declaration in the internal DTD subset")
          .doesNotContain(SECRET);
    });
  }

  @Test
  void externalEntityOverHttpIsRefusedWithoutARequest() {
    String doc = "<!DOCTYPE smil [<!ENTITY xxe SYSTEM \"" + base + "secret\">]><smil><body>&xxe;</body></smil>";
    assertThatThrownBy(() -> SmilParser.lenient().parse(doc.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(SmilParseException.class,
            e -> assertThat(e.kind()).isEqualTo(SmilParseException.Kind.FORBIDDEN_DTD));
    assertThat(requests).hasValue(0);
  }

  @Test
  void billionLaughsIsRefusedQuickly() {
    StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE smil [\n <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      doc.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
          .append("\">\n");
    }
    doc.append("]>\n<smil><body><text src=\"&lol9;\"/></body></smil>");
    long start = System.nanoTime();
    assertThatThrownBy(() -> SmilParser.lenient().parse(doc.toString()))
        .isInstanceOfSatisfying(SmilParseException.class, e -> {
          assertThat(e.kind()).isEqualTo(SmilParseException.Kind.FORBIDDEN_DTD);
          assertThat(e.lineNumber()).isEqualTo(3);
        });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void quadraticBlowupIsRefused() {
    String doc = "<!DOCTYPE smil [<!ENTITY a \"" + "x".repeat(50_000) + "\">]><smil><body>" + "&a;".repeat(10_000)
        + "</body></smil>";
    assertThatThrownBy(() -> SmilParser.lenient().parse(doc)).isInstanceOfSatisfying(SmilParseException.class,
        e -> assertThat(e.kind()).isEqualTo(SmilParseException.Kind.FORBIDDEN_DTD));
  }

  @Test
  void externalDtdPulledInThroughAParameterEntityIsRefused() {
    String doc = "<!DOCTYPE smil SYSTEM \"" + base + "a.dtd\" [\n<!ENTITY % remote SYSTEM \"" + base
        + "b.dtd\">\n%remote;\n]><smil><body>&leak;</body></smil>";
    assertThatThrownBy(() -> SmilParser.lenient().parse(doc)).isInstanceOfSatisfying(SmilParseException.class, e -> {
      assertThat(e.kind()).isEqualTo(SmilParseException.Kind.FORBIDDEN_DTD);
      assertThat(e.lineNumber()).isEqualTo(2);
    });
    String reference = "<!DOCTYPE smil [ %undeclared; ]><smil/>";
    assertThatThrownBy(() -> SmilParser.lenient().parse(reference)).isInstanceOfSatisfying(SmilParseException.class,
        e -> assertThat(e.originalMessage()).startsWith("parameter-entity reference in the internal DTD subset"));
    assertThat(requests).hasValue(0);
  }

  @Test
  void entityDeclarationsAreFoundInEveryEncodingAndAfterOtherProlog() {
    String doc = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!-- x --><?pi data?>"
        + "<!DOCTYPE smil [<!ENTITY x SYSTEM \"" + base + "s\">]><smil>&x;</smil>";
    byte[] utf16 = ("\uFEFF" + doc).getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> SmilParser.lenient().parse(utf16)).isInstanceOfSatisfying(SmilParseException.class,
        e -> assertThat(e.kind()).isEqualTo(SmilParseException.Kind.FORBIDDEN_DTD));
    assertThat(requests).hasValue(0);
  }

  @Test
  void internalSubsetWithoutEntitiesIsAcceptedAndIgnored() throws Exception {
    String doc = "<!DOCTYPE smil [\n<!-- an <!ENTITY in a comment is only text -->\n"
        + "<!ELEMENT smil ANY>\n<!ATTLIST par dur CDATA \"9s\" note CDATA '50%'>\n]>\n"
        + "<smil><body><par/></body></smil>";
    SmilPresentation p = SmilParser.lenient().parse(doc);
    assertThat(p.slides()).singleElement().satisfies(s -> assertThat(s.dur()).isEmpty());
  }
}
