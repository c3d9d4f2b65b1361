package org.xms4j.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xms4j.mime.Fixtures.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Message;
import org.xms4j.message.MobileMessage;
import org.xms4j.message.SmsMessage;
import org.xms4j.mime.ConversionReport.Action;

/** Malformed, unusual and hostile MIME: a typed exception or a report entry, never a hang. */
@Timeout(10)
class MalformedInputTest {

  @Test
  void inputWithoutHeadersIsATypedException() {
    assertThatThrownBy(() -> Fixtures.CONVERTER.toMessage(new byte[0]))
        .isInstanceOf(MimeConversionException.class).hasMessageContaining("no header field");
    assertThatThrownBy(() -> Fixtures.CONVERTER.toMessage(new byte[] {0, 1, 2, (byte) 0xFF, '\n', 7}))
        .isInstanceOfSatisfying(MimeConversionException.class, e -> assertThat(e.partPath()).isEmpty());
  }

  @Test
  void inputOverTheLimitIsATypedException() {
    MimeConverter small = MimeConverter.builder().maxInputSizeInBytes(10).build();
    assertThatThrownBy(() -> small.toMessage(Fixtures.ascii("Subject: far too long for ten bytes\n\nx")))
        .isInstanceOf(MimeConversionException.class).hasMessageContaining("maxInputSizeInBytes 10");
    assertThatThrownBy(() -> small.toMessage(new java.io.ByteArrayInputStream(new byte[11])))
        .isInstanceOf(MimeConversionException.class);
  }

  @Test
  void brokenHeaderLinesKeepTheRestOfTheMessage() {
    ConversionResult<Message> r = read("""
        Subject: =?utf-8?Q?caf=C3=A9?=
        To : ann@example.com
        X-Custom: one
        this line has no field name
        X-Late: two

        """);
    Message m = r.value();
    assertThat(m.subject()).contains("café");
    assertThat(m.recipients()).singleElement().satisfies(x -> assertThat(x.emailAddress()).contains("ann@example.com"));
    assertThat(m.find(HeaderRules.internetHeader("X-Custom"))).contains("one");
    assertThat(m.find(PidTag.BODY)).hasValueSatisfying(b -> assertThat(b).startsWith("this line has no field name"));
    assertThat(r.report().itemsAt("header To")).singleElement()
        .satisfies(i -> assertThat(i.action()).isEqualTo(Action.REPAIRED));
    assertThat(r.report().itemsAt("header block")).singleElement()
        .satisfies(i -> assertThat(i.why()).contains("first line of the body"));
  }

  @Test
  void headerBlockWithoutEndIsReported() {
    ConversionResult<Message> r = read("Subject: only headers\nX-A: 1");
    assertThat(r.value().subject()).contains("only headers");
    assertThat(r.report().itemsAt("header block")).singleElement()
        .satisfies(i -> assertThat(i.what()).contains("no empty line"));
  }

  @Test
  void badBase64IsDecodedAsFarAsPossibleAndReported() {
    ConversionResult<Message> r = read("""
        Subject: b64
        Content-Type: multipart/mixed; boundary=b

        --b
        Content-Type: text/plain

        body
        --b
        Content-Type: application/octet-stream; name=a.bin
        Content-Transfer-Encoding: base64

        AQID!!BAUG*B
        --b--
        """);
    assertThat(r.value().attachments()).singleElement()
        .satisfies(a -> assertThat(a.data()).contains(Bytes.fromHex("010203040506")));
    assertThat(r.report().itemsAt("part 2")).extracting(ConversionReport.Item::what)
        .anySatisfy(w -> assertThat(w).contains("3 characters outside the base64 alphabet"))
        .anySatisfy(w -> assertThat(w).contains("single sextet"));
  }

  @Test
  void unknownWrongAndMissingCharsets() {
    byte[] utf8 = "Subject: x\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n\r\nGrüße\r\n"
        .getBytes(StandardCharsets.UTF_8);
    ConversionResult<Message> unknown = read(utf8);
    assertThat(unknown.value().find(PidTag.BODY)).contains("Grüße\r\n");
    assertThat(unknown.report().itemsAt("part 1")).singleElement()
        .satisfies(i -> assertThat(i.why()).contains("unknown charset; decoded as utf-8"));

    byte[] latin = "Subject: x\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nGr\u00fc\u00dfe\r\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    ConversionResult<Message> wrong = read(latin);
    assertThat(wrong.value().find(PidTag.BODY)).contains("Grüße\r\n");
    assertThat(wrong.value().find(PidTag.INTERNET_CODEPAGE)).contains(1252);
    assertThat(wrong.report().items()).singleElement().satisfies(i -> assertThat(i.action()).isEqualTo(Action.REPLACED));

    ConversionResult<Message> missing = read("Subject: x\r\n\r\nGr\u00fc\u00dfe\r\n"
        .getBytes(StandardCharsets.UTF_8));
    assertThat(missing.value().find(PidTag.BODY)).contains("Grüße\r\n");
    assertThat(missing.report().items()).singleElement()
        .satisfies(i -> assertThat(i.what()).contains("without a charset parameter"));
  }

  @Test
  void eastAsianAndWindowsCharsetsMapToTheirCodePages() {
    Charset jis = Charset.forName("ISO-2022-JP");
    byte[] jp = concat("Subject: =?ISO-2022-JP?B?GyRCRnxLXDhsGyhC?=\r\nContent-Type: text/plain; charset=iso-2022-jp\r\n\r\n",
        "日本語のテキスト".getBytes(jis));
    Message m = read(jp).value();
    assertThat(m.subject()).contains("日本語");
    assertThat(m.find(PidTag.BODY)).contains("日本語のテキスト");
    assertThat(m.find(PidTag.INTERNET_CODEPAGE)).contains(50220);

    byte[] gb = concat("Subject: x\r\nContent-Type: text/html; charset=gb2312\r\n\r\n",
        "<p>你好</p>".getBytes(Charset.forName("GB2312")));
    Message g = read(gb).value();
    assertThat(g.find(PidTag.INTERNET_CODEPAGE)).contains(936);
    assertThat(g.find(PidTag.HTML)).contains(Bytes.of("<p>你好</p>".getBytes(Charset.forName("GB2312"))));

    byte[] cyr = concat("Subject: x\r\nContent-Type: text/plain; charset=windows-1251\r\n"
        + "Content-Transfer-Encoding: quoted-printable\r\n\r\n", "=CF=F0=E8=E2=E5=F2 soft=\r\nbreak\r\n"
        .getBytes(StandardCharsets.US_ASCII));
    Message c = read(cyr).value();
    assertThat(c.find(PidTag.BODY)).contains("Привет softbreak\r\n");
    assertThat(c.find(PidTag.INTERNET_CODEPAGE)).contains(1251);
  }

  @Test
  void rfc2231FileNamesAreDecoded() {
    Message m = read("""
        Subject: x
        Content-Type: multipart/mixed; boundary=b

        --b
        Content-Type: text/plain

        body
        --b
        Content-Type: text/plain
        Content-Disposition: attachment; filename*=utf-8''%E2%82%AC%20rates.txt

        1.08
        --b--
        """).value();
    assertThat(m.attachments()).singleElement().satisfies(a -> {
      assertThat(a.longFilename()).contains("€ rates.txt");
      assertThat(a.find(PidTag.ATTACH_EXTENSION)).contains(".txt");
    });
  }

  @Test
  void malformedPercentEscapesInHtmlCidUrlsAreKeptNotThrown() {
    // "cid:100%" made URLDecoder throw out of the reader; now the escape is kept as written and the
    // well-formed escapes of the other URL still decode, so that image is found and marked inline
    ConversionResult<Message> r = read("""
        Subject: refs
        Content-Type: multipart/related; boundary=b

        --b
        Content-Type: text/html; charset=us-ascii

        <p><a href="cid:100%">x</a><img src="cid:rate%20100%25%G1@x"></p>
        --b
        Content-Type: image/gif
        Content-ID: <rate 100%%G1@x>

        GIF89a
        --b--
        """);
    assertThat(r.value().attachments()).singleElement()
        .satisfies(a -> assertThat(a.find(PidTag.ATTACH_FLAGS)).contains(0x4));
  }

  @Test
  void contentLocationsMatchHtmlReferencesWhetherOrNotEitherIsPercentEncoded() {
    ConversionResult<Message> r = read("""
        Subject: refs
        Content-Type: multipart/related; boundary=b

        --b
        Content-Type: text/html; charset=us-ascii

        <p><img src="my photo.gif"><img src="a%20b.gif"></p>
        --b
        Content-Type: image/gif
        Content-Location: my%20photo.gif

        GIF89a
        --b
        Content-Type: image/gif
        Content-Location: a b.gif

        GIF89a
        --b--
        """);
    assertThat(r.value().attachments()).hasSize(2)
        .allSatisfy(a -> assertThat(a.find(PidTag.ATTACH_FLAGS)).contains(0x4));
  }

  @Test
  void truncatedMultipartKeepsThePartsFound() {
    ConversionResult<Message> r = read("""
        Subject: cut
        Content-Type: multipart/mixed; boundary=b

        --b
        Content-Type: text/plain

        first
        --b
        Content-Type: application/pdf; name=x.pdf
        Content-Transfer-Encoding: base64

        JVBERi0x""");
    assertThat(r.value().find(PidTag.BODY)).contains("first");
    assertThat(r.value().attachments()).singleElement()
        .satisfies(a -> assertThat(a.data()).contains(Bytes.encode("%PDF-1", StandardCharsets.US_ASCII)));
    assertThat(r.report().itemsAt("message")).singleElement()
        .satisfies(i -> assertThat(i.why()).contains("truncated"));
  }

  @Test
  void multipartWithoutDelimitersIsKeptRaw() {
    ConversionResult<Message> r = read("""
        Subject: no parts
        Content-Type: multipart/mixed; boundary=zz

        no delimiter anywhere
        """);
    assertThat(r.value().attachments()).singleElement()
        .satisfies(a -> assertThat(a.data().orElseThrow().decode(StandardCharsets.US_ASCII)).contains("no delimiter"));
    assertThat(r.report().items()).extracting(ConversionReport.Item::action).contains(Action.KEPT_RAW);
  }

  @Test
  void deepNestingStopsAtTheLimit() {
    StringBuilder sb = new StringBuilder("Subject: deep\r\n");
    int levels = 200;
    for (int i = 0; i < levels; i++) {
      sb.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\r\n\r\n--b").append(i).append("\r\n");
    }
    sb.append("Content-Type: text/plain\r\n\r\ninnermost\r\n");
    for (int i = levels - 1; i >= 0; i--) {
      sb.append("--b").append(i).append("--\r\n");
    }
    ConversionResult<Message> r = read(sb.toString().getBytes(StandardCharsets.US_ASCII));
    assertThat(r.report().items()).anySatisfy(i -> assertThat(i.what()).contains("nested deeper than 16 levels"));

    StringBuilder nested = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      nested.append("Subject: level ").append(i).append("\r\nContent-Type: message/rfc822\r\n\r\n");
    }
    nested.append("Subject: bottom\r\n\r\nbottom\r\n");
    ConversionResult<Message> e = read(nested.toString().getBytes(StandardCharsets.US_ASCII));
    assertThat(e.report().items()).anySatisfy(i -> assertThat(i.what()).contains("embedded message nested deeper"));
  }

  @Test
  void rtfOnlyBodyIsStoredUncompressedAndReported() {
    ConversionResult<Message> r = read("""
        Subject: rtf
        Content-Type: application/rtf

        {\\rtf1\\ansi hello}
        """);
    assertThat(r.value().find(PidTag.RTF_COMPRESSED)).hasValueSatisfying(b ->
        assertThat(b.slice(8, 12).decode(StandardCharsets.US_ASCII)).isEqualTo("MELA"));
    assertThat(r.value().find(PidTag.BODY)).isEmpty();
    assertThat(r.report().itemsAt("part 1")).singleElement()
        .satisfies(i -> assertThat(i.what()).contains("RTF-only body"));
    assertThat(Fixtures.write(r.value()).report().itemsAt("/PidTagRtfCompressed")).singleElement()
        .satisfies(i -> assertThat(i.action()).isEqualTo(Action.DROPPED));
  }

  @Test
  void gatewayAndMobileAddressFormsInSmsMail() {
    Message m = read("""
        From: +14255550100@tmomail.net
        To: "Ann" [MOBILE:+14255550123], +1 425 555 0199
        Cc: someone@example.com
        Content-Class: MS-OMS-SMS
        Content-Type: text/plain; charset=utf-8

        hi
        """).value();
    SmsMessage sms = (SmsMessage) MobileMessage.from(m).orElseThrow();
    assertThat(sms.sender()).hasValueSatisfying(s -> assertThat(s.number()).isEqualTo("+14255550100"));
    assertThat(m.find(PidTag.SENT_REPRESENTING_SMTP_ADDRESS)).contains("+14255550100@tmomail.net");
    assertThat(m.recipients()).extracting(r -> r.addressType().orElse(""))
        .containsExactly("MOBILE", "MOBILE", "SMTP");
    assertThat(m.recipients()).extracting(r -> r.emailAddress().orElse(""))
        .containsExactly("+14255550123", "+1 425 555 0199", "someone@example.com");
    assertThat(m.recipients().get(0).displayName()).contains("Ann");
    assertThat(sms.body()).contains("hi\r\n");
    assertThat(sms.normalizedSubject()).contains("hi");
  }

  @Test
  void unparseableDateIsKeptAsAnInternetHeader() {
    ConversionResult<Message> r = read("Subject: d\nDate: yesterday-ish\n\nx\n");
    assertThat(r.value().find(PidTag.CLIENT_SUBMIT_TIME)).isEmpty();
    assertThat(r.value().find(HeaderRules.internetHeader("Date"))).contains("yesterday-ish");
    assertThat(r.report().itemsAt("header Date")).singleElement()
        .satisfies(i -> assertThat(i.action()).isEqualTo(Action.REPAIRED));
    assertThat(Fixtures.text(Fixtures.write(r.value()).value())).contains("Date: yesterday-ish\r\n");
  }

  @Test
  void importanceTables() {
    assertThat(read("Subject: a\nX-Priority: 1 (Highest)\n\nx").value().find(PidTag.IMPORTANCE)).contains(2);
    assertThat(read("Subject: a\nX-MSMail-Priority: Low\n\nx").value().find(PidTag.IMPORTANCE)).contains(0);
    Message p = read("Subject: a\nPriority: non-urgent\nImportance: high\n\nx").value();
    assertThat(p.find(PidTag.IMPORTANCE)).contains(2);
    assertThat(p.find(PidTag.PRIORITY)).contains(-1);
  }

  private static byte[] concat(String head, byte[] body) {
    byte[] h = head.getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[h.length + body.length];
    System.arraycopy(h, 0, out, 0, h.length);
    System.arraycopy(body, 0, out, h.length, body.length);
    return out;
  }

  /** A mail with a text body, then {@code count} attachments a0.txt, a1.txt ... . */
  private static String withAttachments(String headers, int count) {
    StringBuilder b = new StringBuilder(headers).append("Content-Type: multipart/mixed; boundary=P\n\n")
        .append("--P\nContent-Type: text/plain\n\nbody\n");
    for (int i = 0; i < count; i++) {
      b.append("--P\nContent-Type: text/plain; name=a").append(i).append(".txt\n")
          .append("Content-Disposition: attachment; filename=a").append(i).append(".txt\n\n").append(i).append('\n');
    }
    return b.append("--P--\n").toString();
  }

  @Test
  void moreAttachmentsAndRecipientsThanAMsgFileHoldsAreDroppedAndReported() throws java.io.IOException {
    StringBuilder to = new StringBuilder("To: ");
    for (int i = 0; i < 2050; i++) {
      to.append(i == 0 ? "" : ",\n ").append("r").append(i).append("@example.com");
    }
    ConversionResult<Message> r = read(withAttachments("From: a@example.com\n" + to + "\nSubject: many\n", 2050));
    Message m = r.value();
    assertThat(m.attachments()).hasSize(2048);
    assertThat(m.attachments().get(2047).find(PidTag.ATTACH_LONG_FILENAME)).hasValue("a2047.txt");
    assertThat(m.recipients()).hasSize(2048);
    assertThat(m.recipients().get(2047).emailAddress()).hasValue("r2047@example.com");
    assertThat(r.report().items()).filteredOn(i -> i.action() == Action.DROPPED).extracting(i -> i.where() + ": "
        + i.what()).containsExactly(
            "header To: recipient r2048@example.com", "header To: recipient r2049@example.com",
            "part 2050: attachment text/plain \"a2048.txt\"", "part 2051: attachment text/plain \"a2049.txt\"");
    assertThat(r.report().items()).filteredOn(i -> i.where().equals("part 2050")).singleElement()
        .satisfies(i -> assertThat(i.why()).isEqualTo("the message already has 2048 attachments, the most a .msg "
            + "file holds ([MS-OXMSG] 2.2.2)"));
    // what was read can be written as a .msg file
    Message back = org.xms4j.msg.MsgReader.strict().read(new java.io.ByteArrayInputStream(
        org.xms4j.msg.MsgWriter.toBytes(m))).message();
    assertThat(back.attachments()).hasSize(2048);
    // an MMS keeps as many parts, its text part among them: of 2050 parts the last two are dropped
    ConversionResult<Message> mms = read(withAttachments("From: a@example.com\nContent-Class: MS-OMS-MMS\n", 2049));
    assertThat(mms.value().attachments()).hasSize(2048);
    assertThat(mms.report().items()).filteredOn(i -> i.action() == Action.DROPPED)
        .extracting(ConversionReport.Item::where).containsExactly("part 2049", "part 2050");
  }
}
