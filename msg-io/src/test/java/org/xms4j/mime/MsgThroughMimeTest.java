package org.xms4j.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.KnownProperties;
import org.xms4j.message.Message;
import org.xms4j.message.ProtocolExamples;
import org.xms4j.msg.MsgReader;
import org.xms4j.msg.MsgWriter;
import org.xms4j.testdata.TestData;

/**
 * Issue 6: .msg to MIME to .msg keeps every property MIME can carry. A property that does not come
 * back must be reported by {@link MimeConverter#toMime}, and the report item must be explained: by
 * {@link NotCarriedProperties}, by being a property xms4j does not know (the generic reason), or by
 * the per-input list below. Whatever comes back survives the second .msg unchanged.
 */
class MsgThroughMimeTest {

  /** Reasons not in NotCarriedProperties that the writer gives, each asserted where it occurs. */
  private static final Map<String, Set<String>> JUSTIFIED = Map.of(
      // PidTagBody stored with LF; MIME text has CRLF (RFC 2046 4.1.1). The .msg stores an X.500 (EX)
      // sender and recipient; MIME carries the SMTP address the transport headers give for the DN.
      // PidTagDisplayTo says "Joseph Q Bloggs" while the only recipient is "Embedded File Email";
      // readers rebuild it from the recipients.
      "charset", Set.of("/PidTagBody", "/PidTagSentRepresentingAddressType", "/PidTagSentRepresentingEmailAddress",
          "/PidTagSenderAddressType", "/PidTagSenderEmailAddress", "/PidTagDisplayTo",
          "/recipients[0]/PidTagAddressType", "/recipients[0]/PidTagEmailAddress"),
      "plain_jpeg_attached", Set.of(),
      // a sent-representing name with an empty address: no mailbox to write in From
      "plain_unsent", Set.of("/PidTagSentRepresentingEmailAddress", "/PidTagSentRepresentingName",
          "/PidTagSentRepresentingAddressType"),
      "plain_uc_unsent", Set.of("/PidTagSentRepresentingEmailAddress", "/PidTagSentRepresentingName",
          "/PidTagSentRepresentingAddressType"),
      // the SMS Subject is the body abbreviation [MS-OMS] 2.2.2.1.1.5, not a stored subject; the MMS
      // HTML body is rendered from the parts by readers; PidTagMessageFlags of the MMS example has
      // mfUnsent/mfRead-type bits MIME has no header for (NotCarriedProperties) - see OmsExamplesTest
      "sms", Set.of(),
      "mms", Set.of("/PidTagHtml"));

  private static void check(String name, Message m) throws IOException {
    ConversionResult<Bytes> w = Fixtures.write(m);
    Message back = Fixtures.read(w.value().toByteArray()).value();
    Set<String> justified = new TreeSet<>();
    for (ConversionReport.Item i : w.report().items()) {
      String where = i.where();
      String last = where.substring(where.lastIndexOf('/') + 1);
      boolean listed = NotCarriedProperties.all().stream()
          .anyMatch(e -> e.definition().canonicalName().equals(last) && e.reason().equals(i.why()));
      boolean unknown = i.why().equals("no MIME header or part carries this property")
          && KnownProperties.all().stream().noneMatch(d -> d.canonicalName().equals(last));
      if (!listed && !unknown) {
        justified.add(where);
      }
    }
    assertThat(justified).as(name + ": report items explained by neither NotCarriedProperties nor an unknown"
        + " property\n" + w.report()).isEqualTo(JUSTIFIED.get(name));
    // everything that came back through MIME survives the .msg again
    Message again = MsgReader.strict().read(new ByteArrayInputStream(MsgWriter.toBytes(back))).message();
    assertThat(again).isEqualTo(MsgWriter.normalize(back));
    // and every property not in the report came back with its value
    for (Map.Entry<PropertyKey, PropertyValue> e : m.properties().asMap().entrySet()) {
      String where = "/" + KnownProperties.find(e.getKey()).map(d -> d.canonicalName()).orElse("?");
      if (w.report().itemsAt(org.xms4j.path.MessagePath.ROOT.property(e.getKey()).toString()).isEmpty()
          && !where.equals("/PidTagSubjectPrefix") && !where.startsWith("/PidTagDisplay")) {
        Optional<PropertyValue> b = back.properties().get(e.getKey());
        if (b.isEmpty() && HeaderRules.text(e.getValue()).isPresent()) {
          b = back.properties().get(e.getKey().withType(e.getKey().type() == org.xms4j.mapi.PropertyType.STRING8
              ? org.xms4j.mapi.PropertyType.STRING : org.xms4j.mapi.PropertyType.STRING8));
        }
        assertThat(b).as(name + " " + where + " " + e.getKey()).isPresent();
        assertThat(MimeWriter.sameValue(e.getValue(), b.get())).as(name + " " + where).isTrue();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"charset", "plain_jpeg_attached", "plain_unsent", "plain_uc_unsent"})
  void perlMsgFilesKeepEveryPropertyMimeCarries(String name) throws IOException {
    Optional<Path> root = TestData.realRoot();
    assumeTrue(root.isPresent(), "shared/testdata-real is absent: " + name + ".msg skipped");
    Path p = root.get().resolve("email-outlook-message-perl/t/files/" + name + ".msg");
    check(name, MsgReader.strict().read(p).message());
  }

  @Test
  void protocolExamplesKeepEveryPropertyMimeCarries() throws IOException {
    Map<String, Message> examples = Map.of("sms", ProtocolExamples.sms().message(), "mms",
        ProtocolExamples.mms().message());
    for (Map.Entry<String, Message> e : examples.entrySet()) {
      check(e.getKey(), MsgReader.strict().read(new ByteArrayInputStream(MsgWriter.toBytes(e.getValue()))).message());
    }
  }
}
