package org.xms4j.msg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.message.Attachment;
import org.xms4j.message.CompoundEntry;
import org.xms4j.message.Message;
import org.xms4j.message.Recipient;

/** Each rule of {@link MsgWriter#normalize(Message)}, and that writing then reading applies exactly it. */
class NormalizationTest {

  private static final PropertyKey MASK = PropertyKey.tagged(0x340D, PropertyType.INTEGER32);
  private static final PropertyKey SUBJECT = PropertyKey.tagged(0x0037, PropertyType.STRING);
  private static final PropertyKey SUBJECT8 = PropertyKey.tagged(0x0037, PropertyType.STRING8);
  private static final PropertyKey MSG_CP = PropertyKey.tagged(0x3FFD, PropertyType.INTEGER32);
  private static final PropertyKey INET_CP = PropertyKey.tagged(0x3FDE, PropertyType.INTEGER32);

  private static Message of(PropertyBag bag) {
    return Message.builder().properties(bag).build();
  }

  private static Message written(Message m) throws Exception {
    return MsgReader.strict().read(new ByteArrayInputStream(MsgWriter.toBytes(m))).message();
  }

  private static void assertRoundTripIsNormalize(Message m) throws Exception {
    assertThat(written(m)).isEqualTo(MsgWriter.normalize(m));
  }

  @Test
  void unicodeFlagIsAddedOrOredInWhenThereIsNoString8() throws Exception {
    Message none = of(PropertyBag.builder().put(SUBJECT, new PropertyValue.Text("s")).build());
    assertThat(MsgWriter.normalize(none).properties().get(MASK)).contains(new PropertyValue.Int32(0x00040000));
    Message some = of(PropertyBag.builder().put(MASK, new PropertyValue.Int32(0x00000E79)).build());
    assertThat(MsgWriter.normalize(some).properties().get(MASK)).contains(new PropertyValue.Int32(0x00040E79));
    Message already = of(PropertyBag.builder().put(MASK, new PropertyValue.Int32(0x00040E79)).build());
    assertThat(MsgWriter.normalize(already)).isEqualTo(already);
    assertRoundTripIsNormalize(none);
    assertRoundTripIsNormalize(some);
  }

  @Test
  void string8MessagesAreNotMarkedUnicodeAndKeepTheirBytes() throws Exception {
    Bytes bytes = Bytes.of((byte) 0xC0, (byte) 0xE9);
    Message ansi = of(PropertyBag.builder().put(SUBJECT8, new PropertyValue.String8(bytes, 1252)).build());
    assertThat(MsgWriter.normalize(ansi)).isEqualTo(ansi);
    assertThat(written(ansi).properties().get(SUBJECT8)).contains(new PropertyValue.String8(bytes, 1252));
    // a String8 on a recipient counts too
    Message viaRecipient = Message.builder().addRecipient(new Recipient(PropertyBag.builder()
        .put(PropertyKey.tagged(0x3001, PropertyType.STRING8), new PropertyValue.String8(bytes, 1252)).build())).build();
    assertThat(MsgWriter.normalize(viaRecipient).properties().contains(MASK)).isFalse();
  }

  @Test
  void string8ValuesTakeTheCodePageTheReaderAssigns() throws Exception {
    Bytes bytes = Bytes.of((byte) 0xC0);
    Message m = of(PropertyBag.builder().put(SUBJECT8, new PropertyValue.String8(bytes, 932))
        .put(INET_CP, new PropertyValue.Int32(1251)).build());
    assertThat(MsgWriter.normalize(m).properties().get(SUBJECT8)).contains(new PropertyValue.String8(bytes, 1251));
    Message both = of(PropertyBag.builder().put(SUBJECT8, new PropertyValue.String8(bytes, 932))
        .put(INET_CP, new PropertyValue.Int32(1251)).put(MSG_CP, new PropertyValue.Int32(1250)).build());
    assertThat(MsgWriter.normalize(both).properties().get(SUBJECT8)).contains(new PropertyValue.String8(bytes, 1250));
    Message neither = of(PropertyBag.builder().put(SUBJECT8, new PropertyValue.String8(bytes, 932)).build());
    assertThat(MsgWriter.normalize(neither).properties().get(SUBJECT8)).contains(new PropertyValue.String8(bytes, 1252));
    // an embedded message without code page properties inherits its container's
    Message inner = of(PropertyBag.builder().put(SUBJECT8, new PropertyValue.String8(bytes, 0)).build());
    Message outer = m.toBuilder().addAttachment(Attachment.embedded(PropertyBag.EMPTY, inner)).build();
    assertThat(MsgWriter.normalize(outer).attachments().get(0).embeddedMessage().orElseThrow().properties().get(SUBJECT8))
        .contains(new PropertyValue.String8(bytes, 1251));
    assertRoundTripIsNormalize(outer);
    assertRoundTripIsNormalize(both);
  }

  @Test
  void emptyAndTerminatedStringsAreNormalized() throws Exception {
    PropertyKey body = PropertyKey.tagged(0x1000, PropertyType.STRING);
    PropertyKey prefix = PropertyKey.tagged(0x003D, PropertyType.STRING);
    PropertyKey raw = PropertyKey.tagged(0x0E1D, PropertyType.STRING);
    Message m = of(PropertyBag.builder()
        .put(SUBJECT, new PropertyValue.Text("s\0"))
        .put(body, new PropertyValue.Text("\0"))
        .put(prefix, new PropertyValue.Text(""))
        .put(raw, new PropertyValue.Unparsed(PropertyType.STRING, Bytes.EMPTY, "empty"))
        .put(MASK, new PropertyValue.Int32(0x00040000))
        .build());
    Message n = MsgWriter.normalize(m);
    assertThat(n.properties().get(SUBJECT)).contains(new PropertyValue.Text("s"));
    assertThat(n.properties().keys()).containsExactly(SUBJECT, MASK);
    assertRoundTripIsNormalize(m);
  }

  @Test
  void customStorageIsRenamedAndExtrasAreSorted() throws Exception {
    CompoundEntry.Storage custom = new CompoundEntry.Storage("MyStorage", new UUID(1, 2), List.of(
        new CompoundEntry.Stream("z", Bytes.of((byte) 1)), new CompoundEntry.Stream("a", Bytes.of((byte) 2))));
    Message m = Message.builder()
        .addAttachment(Attachment.storage(PropertyBag.EMPTY, custom))
        .addExtraEntry(new CompoundEntry.Stream("zeta", Bytes.EMPTY))
        .addExtraEntry(new CompoundEntry.Stream("alpha", Bytes.EMPTY))
        .addExtraEntry(new CompoundEntry.Storage("__nameid_version1.0", CompoundEntry.Storage.NO_CLASS, List.of()))
        .build();
    Message n = MsgWriter.normalize(m);
    CompoundEntry.Storage s = n.attachments().get(0).customStorage().orElseThrow();
    assertThat(s.name()).isEqualTo("__substg1.0_3701000D");
    assertThat(s.children()).extracting(CompoundEntry::name).containsExactly("a", "z");
    assertThat(n.extraEntries()).extracting(CompoundEntry::name).containsExactly("alpha", "zeta");
    assertRoundTripIsNormalize(m);
  }

  @Test
  void extrasOfRecipientsAndAttachmentsAreSortedAndKeepTheirClassIdThroughEveryAttachmentKind() throws Exception {
    List<CompoundEntry> unsorted = List.of(new CompoundEntry.Stream("zeta", Bytes.EMPTY),
        new CompoundEntry.Storage("beta", CompoundEntry.Storage.NO_CLASS, List.of(
            new CompoundEntry.Stream("y", Bytes.EMPTY), new CompoundEntry.Stream("x", Bytes.EMPTY))),
        new CompoundEntry.Stream("alpha", Bytes.EMPTY));
    UUID clsid = new UUID(7, 8);
    PropertyBag embed = PropertyBag.builder().put(PropertyKey.tagged(0x3705, PropertyType.INTEGER32),
        new PropertyValue.Int32(5)).build();
    Message m = Message.builder()
        .addRecipient(new Recipient(PropertyBag.EMPTY, clsid, unsorted))
        .addAttachment(Attachment.of(PropertyBag.EMPTY).withExtraEntries(unsorted).withStorageClassId(clsid))
        .addAttachment(Attachment.embedded(embed, Message.builder().build()).withExtraEntries(unsorted)
            .withStorageClassId(clsid))
        .addAttachment(Attachment.storage(PropertyBag.EMPTY, new CompoundEntry.Storage("s",
            CompoundEntry.Storage.NO_CLASS, List.of())).withExtraEntries(unsorted).withStorageClassId(clsid))
        .build();
    Message n = MsgWriter.normalize(m);
    List<CompoundEntry> sorted = List.of(new CompoundEntry.Stream("alpha", Bytes.EMPTY),
        new CompoundEntry.Storage("beta", CompoundEntry.Storage.NO_CLASS, List.of(
            new CompoundEntry.Stream("x", Bytes.EMPTY), new CompoundEntry.Stream("y", Bytes.EMPTY))),
        new CompoundEntry.Stream("zeta", Bytes.EMPTY));
    assertThat(n.recipients().get(0).extraEntries()).isEqualTo(sorted);
    assertThat(n.recipients().get(0).storageClassId()).isEqualTo(clsid);
    assertThat(n.attachments()).allSatisfy(a -> {
      assertThat(a.extraEntries()).isEqualTo(sorted);
      assertThat(a.storageClassId()).isEqualTo(clsid);
    });
    assertThat(n.attachments().get(1).embeddedMessage()).isPresent();
    assertThat(n.attachments().get(2).customStorage()).isPresent();
    assertRoundTripIsNormalize(m);
  }

  @Test
  void normalizeIsIdempotent() throws Exception {
    for (var f : RoundTripTest.realFiles().toList()) {
      Message n = MsgWriter.normalize(MsgReader.lenient().read(f).message());
      assertThat(MsgWriter.normalize(n)).as(f.toString()).isEqualTo(n);
    }
  }
}
