package org.xms4j.msg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.NamedPropertyId;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertySet;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.message.Attachment;
import org.xms4j.message.CompoundEntry;
import org.xms4j.message.Message;
import org.xms4j.message.ProtocolExamples;
import org.xms4j.message.Recipient;
import org.xms4j.message.RecipientType;

/** read(write(m)) equals normalize(m): for the protocol examples, every value type, and every real file. */
class RoundTripTest {

  private static Message roundTrip(Message m) throws Exception {
    byte[] b = MsgWriter.toBytes(m);
    ReadResult r = MsgReader.strict().read(new ByteArrayInputStream(b));
    assertThat(r.issues()).isEmpty();
    return r.message();
  }

  @Test
  void smsProtocolExampleRoundTrips() throws Exception {
    Message sms = ProtocolExamples.sms().message();
    Message back = roundTrip(sms);
    assertThat(back).isEqualTo(MsgWriter.normalize(sms));
    // the only normalization the sample needs is the Unicode flag
    assertThat(back.properties().toBuilder().remove(org.xms4j.msg.internal.Normalization.STORE_SUPPORT_MASK).build())
        .isEqualTo(sms.properties());
  }

  @Test
  void mmsProtocolExampleRoundTrips() throws Exception {
    Message mms = ProtocolExamples.mms().message();
    Message back = roundTrip(mms);
    assertThat(back).isEqualTo(MsgWriter.normalize(mms));
    assertThat(back.attachments()).hasSize(3);
    assertThat(back.attachments().get(2).data()).contains(ProtocolExamples.photo());
  }

  @Test
  void everyValueTypeRoundTrips() throws Exception {
    PropertyBag.Builder b = PropertyBag.builder();
    int id = 0x6600;
    List<PropertyValue> values = List.of(
        new PropertyValue.Int16((short) -2), new PropertyValue.Int32(Integer.MIN_VALUE),
        new PropertyValue.Int64(Long.MAX_VALUE), new PropertyValue.Float32(1.5f), new PropertyValue.Float64(-0.25),
        new PropertyValue.Currency(123456789L), new PropertyValue.FloatingTime(45000.5),
        new PropertyValue.ErrorCode(0x8004010F), new PropertyValue.Bool(true), new PropertyValue.Bool(false),
        new PropertyValue.Time(-1L), new PropertyValue.Time(0L),
        new PropertyValue.Guid(UUID.fromString("00062008-0000-0000-c000-000000000046")),
        new PropertyValue.Binary(Bytes.EMPTY), new PropertyValue.Binary(Bytes.of((byte) 0, (byte) 255)),
        new PropertyValue.Text("x\uD800y\uDFFFz"),
        new PropertyValue.Text("nul\0inside"), new PropertyValue.Text("terminated\0"),
        new PropertyValue.Multi(PropertyType.MULTIPLE_INTEGER16, List.of(new PropertyValue.Int16((short) 1))),
        new PropertyValue.Multi(PropertyType.MULTIPLE_INTEGER64, List.of(new PropertyValue.Int64(-5))),
        new PropertyValue.Multi(PropertyType.MULTIPLE_FLOATING32, List.of(new PropertyValue.Float32(2f))),
        new PropertyValue.Multi(PropertyType.MULTIPLE_FLOATING64, List.of(new PropertyValue.Float64(3d))),
        new PropertyValue.Multi(PropertyType.MULTIPLE_CURRENCY, List.of(new PropertyValue.Currency(4))),
        new PropertyValue.Multi(PropertyType.MULTIPLE_FLOATING_TIME, List.of(new PropertyValue.FloatingTime(5))),
        new PropertyValue.Multi(PropertyType.MULTIPLE_TIME, List.of(new PropertyValue.Time(6), new PropertyValue.Time(7))),
        new PropertyValue.Multi(PropertyType.MULTIPLE_GUID, List.of(new PropertyValue.Guid(new UUID(1, 2)))),
        new PropertyValue.Multi(PropertyType.MULTIPLE_STRING, List.of(new PropertyValue.Text("\uDC00"),
            new PropertyValue.Text(""), new PropertyValue.Text("a\0")) ),
        new PropertyValue.Multi(PropertyType.MULTIPLE_BINARY, List.of()),
        new PropertyValue.Multi(PropertyType.MULTIPLE_INTEGER32, List.of()),
        new PropertyValue.Unparsed(PropertyType.SERVER_ID, Bytes.of((byte) 1, (byte) 2, (byte) 3), "no value record for PtypServerId; the stream is kept"),
        new PropertyValue.Unparsed(PropertyType.STRING, Bytes.of((byte) 0x41, (byte) 0, (byte) 0x42),
            "odd byte count 3 for PtypString"),
        new PropertyValue.Unparsed(PropertyType.BOOLEAN, Bytes.of((byte) 2, (byte) 0, (byte) 0, (byte) 0, (byte) 0,
            (byte) 0, (byte) 0, (byte) 0), "PtypBoolean byte 0x02 is neither 0 nor 1"));
    for (PropertyValue v : values) {
      b.put(PropertyKey.tagged(id++, v.type()), v);
    }
    b.put(PropertyKey.named(NamedPropertyId.name(PropertySet.PS_INTERNET_HEADERS, "X-Custom"), PropertyType.STRING),
        new PropertyValue.Text("v"));
    b.put(PropertyKey.named(NamedPropertyId.name(PropertySet.PS_PUBLIC_STRINGS, "Keywords"), PropertyType.MULTIPLE_STRING),
        new PropertyValue.Multi(PropertyType.MULTIPLE_STRING, List.of(new PropertyValue.Text("TODO"))));
    b.put(PropertyKey.named(NamedPropertyId.lid(new PropertySet(new UUID(7, 7)), 0x8000_0001), PropertyType.INTEGER32),
        new PropertyValue.Int32(1));
    Message m = Message.builder().properties(b.build()).build();
    ReadResult r = MsgReader.lenient().read(new ByteArrayInputStream(MsgWriter.toBytes(m)));
    Message back = r.message();
    assertThat(back).isEqualTo(MsgWriter.normalize(m));
    // the two raw values are anomalies again when read back, and are kept raw again
    assertThat(r.issues()).extracting(ReadIssue::action).containsExactly(ReadIssue.Action.KEPT_RAW,
        ReadIssue.Action.KEPT_RAW);
    assertThat(back.properties().get(PropertyKey.tagged(0x660F, PropertyType.STRING)))
        .contains(new PropertyValue.Text("x\uD800y\uDFFFz"));
  }

  @Test
  void deepEmbeddedMessagesCustomStoragesAndExtrasRoundTrip() throws Exception {
    Message leaf = Message.builder().set(org.xms4j.mapi.known.PidTag.SUBJECT, "leaf")
        .addRecipient(Recipient.of(RecipientType.BCC, "B", "SMTP", "b@x"))
        .addAttachment(Attachment.byValue("l.bin", "application/octet-stream", Bytes.of((byte) 3))).build();
    Message m = leaf;
    for (int depth = 0; depth < 5; depth++) {
      PropertyBag ap = PropertyBag.builder().set(org.xms4j.mapi.known.PidTag.ATTACH_METHOD, 5).build();
      m = Message.builder().set(org.xms4j.mapi.known.PidTag.SUBJECT, "level " + depth)
          .addAttachment(Attachment.embedded(ap, m)).build();
    }
    CompoundEntry.Storage custom = new CompoundEntry.Storage("__substg1.0_3701000D", new UUID(3, 4), List.of(
        new CompoundEntry.Stream("b", Bytes.of((byte) 2)), new CompoundEntry.Storage("a", CompoundEntry.Storage.NO_CLASS,
            List.of(new CompoundEntry.Stream("deep", Bytes.EMPTY)))));
    m = m.toBuilder()
        .addAttachment(Attachment.storage(PropertyBag.builder().set(org.xms4j.mapi.known.PidTag.ATTACH_METHOD, 6).build(), custom))
        .addRecipient(Recipient.of(RecipientType.TO, "T", "SMTP", "t@x").withStorageClassId(new UUID(5, 6))
            .withExtraEntries(List.of(new CompoundEntry.Stream("x", Bytes.of((byte) 1)))))
        .addExtraEntry(new CompoundEntry.Stream("Olk10SideProps_0001", Bytes.of((byte) 9)))
        .build();
    Message back = roundTrip(m);
    assertThat(back).isEqualTo(MsgWriter.normalize(m));
    Message inner = back;
    for (int depth = 4; depth >= 0; depth--) {
      assertThat(inner.subject()).contains("level " + depth);
      inner = inner.attachments().get(0).embeddedMessage().orElseThrow();
    }
    assertThat(inner.subject()).contains("leaf");
    assertThat(back.attachments().get(1).customStorage()).contains(MsgWriter.normalize(m).attachments().get(1)
        .customStorage().orElseThrow());
    assertThat(back.recipients().get(0).storageClassId()).isEqualTo(new UUID(5, 6));
    assertThat(back.recipients().get(0).extraEntries()).containsExactly(new CompoundEntry.Stream("x", Bytes.of((byte) 1)));
  }

  static Stream<Path> realFiles() {
    List<Path> l = new ArrayList<>();
    for (Path p : RealFiles.allMsg()) {
      if (!RealFiles.robustness(p)) {
        l.add(p);
      }
    }
    return l.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realFiles")
  void everyRealFileRoundTrips(Path file) throws Exception {
    ReadResult first = MsgReader.lenient().read(file);
    Message back = roundTrip(first.message());
    assertThat(back).isEqualTo(MsgWriter.normalize(first.message()));
    // reading from a stream gives the same message as reading from the path
    try (InputStream in = Files.newInputStream(file)) {
      assertThat(MsgReader.lenient().read(in).message()).isEqualTo(first.message());
    }
    // writing the re-read message again gives the same bytes
    assertThat(MsgWriter.toBytes(back)).isEqualTo(MsgWriter.toBytes(first.message()));
  }

  @Test
  void realFilesArePresentAndAllRoundTrip() {
    RealFiles.root();
    assertThat(realFiles().count()).isEqualTo(56);
  }
}
