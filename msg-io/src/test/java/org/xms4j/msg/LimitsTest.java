package org.xms4j.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.NamedPropertyId;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertySet;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Attachment;
import org.xms4j.message.CompoundEntry;
import org.xms4j.message.Message;
import org.xms4j.message.Recipient;
import org.xms4j.message.RecipientType;

/** Each {@link ReadLimits} setting stops a read, in both modes, with the setting named. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LimitsTest {

  private static LimitExceededException fails(byte[] msg, ReadLimits limits, String name) {
    LimitExceededException last = null;
    for (MsgReadOptions base : List.of(MsgReadOptions.STRICT, MsgReadOptions.LENIENT)) {
      MsgReader reader = MsgReader.withOptions(base.toBuilder().limits(limits).build());
      LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
          () -> reader.read(new ByteArrayInputStream(msg)));
      assertThat(e).as(base.toString()).isNotNull();
      assertThat(e.limitName()).isEqualTo(name);
      assertThat(e.getMessage()).contains("raise ReadLimits." + name);
      assertThat(e.actual()).isGreaterThan(e.limit());
      last = e;
    }
    return last;
  }

  private static ReadLimits.Builder limits() {
    return ReadLimits.DEFAULT.toBuilder();
  }

  @Test
  void defaultsAreDocumented() {
    ReadLimits d = ReadLimits.DEFAULT;
    assertThat(d.maxFileSizeInBytes()).isEqualTo(1L << 30);
    assertThat(d.maxStreamSizeInBytes()).isEqualTo(256L << 20);
    assertThat(d.maxTotalBytes()).isEqualTo(1L << 30);
    assertThat(d.maxRecipients()).isEqualTo(2048);
    assertThat(d.maxAttachments()).isEqualTo(2048);
    assertThat(d.maxEmbeddedDepth()).isEqualTo(32);
    assertThat(d.maxStorageDepth()).isEqualTo(64);
    assertThat(d.maxNamedProperties()).isEqualTo(32767);
    assertThat(d.maxPropertiesPerObject()).isEqualTo(65536);
    assertThat(d.maxValuesPerProperty()).isEqualTo(65536);
    assertThat(MsgReadOptions.LENIENT.maxIssues()).isEqualTo(1000);
  }

  @Test
  void streamSizeAndTotalBytes() {
    Message m = Message.builder().addAttachment(Attachment.byValue("a", "x/y", Bytes.of(new byte[50_000])))
        .addAttachment(Attachment.byValue("b", "x/y", Bytes.of(new byte[50_000]))).build();
    byte[] msg = MsgWriter.toBytes(m);
    LimitExceededException e = fails(msg, limits().maxStreamSizeInBytes(40_000).build(), "maxStreamSizeInBytes");
    assertThat(e.actual()).isEqualTo(50_000);
    assertThat(e.storagePath()).isEqualTo("/__attach_version1.0_#00000000/__substg1.0_37010102");
    fails(msg, limits().maxTotalBytes(80_000).build(), "maxTotalBytes");
  }

  @Test
  void fileSizeFromStreamAndPath(@TempDir Path dir) throws Exception {
    byte[] msg = MsgWriter.toBytes(Message.builder().set(PidTag.SUBJECT, "s").build());
    fails(msg, limits().maxFileSizeInBytes(1000).build(), "maxFileSizeInBytes");
    Path f = dir.resolve("a.msg");
    Files.write(f, msg);
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class, () ->
        MsgReader.withOptions(MsgReadOptions.LENIENT.toBuilder().limits(limits().maxFileSizeInBytes(1000).build())
            .build()).read(f));
    assertThat(e.limitName()).isEqualTo("maxFileSizeInBytes");
    assertThat(e.actual()).isEqualTo(msg.length);
  }

  @Test
  void recipientsAttachmentsAndEmbeddedDepth() {
    Message.Builder b = Message.builder();
    for (int i = 0; i < 3; i++) {
      b.addRecipient(Recipient.of(RecipientType.TO, "R", "SMTP", "r@x"));
      b.addAttachment(Attachment.byValue("a", "x/y", Bytes.of((byte) i)));
    }
    byte[] msg = MsgWriter.toBytes(b.build());
    assertThat(fails(msg, limits().maxRecipients(2).build(), "maxRecipients").actual()).isEqualTo(3);
    fails(msg, limits().maxAttachments(2).build(), "maxAttachments");

    Message m = Message.builder().set(PidTag.SUBJECT, "leaf").build();
    for (int i = 0; i < 3; i++) {
      m = Message.builder().addAttachment(Attachment.embedded(PropertyBag.builder().set(PidTag.ATTACH_METHOD, 5).build(), m))
          .build();
    }
    byte[] nested = MsgWriter.toBytes(m);
    LimitExceededException e = fails(nested, limits().maxEmbeddedDepth(2).build(), "maxEmbeddedDepth");
    assertThat(e.actual()).isEqualTo(3);
    assertThat(e.messagePath().toString()).isEqualTo("/attachments[0]/embedded/attachments[0]/embedded/attachments[0]");
  }

  @Test
  void storageDepth() {
    CompoundEntry.Storage s = new CompoundEntry.Storage("leaf", CompoundEntry.Storage.NO_CLASS,
        List.of(new CompoundEntry.Stream("x", Bytes.of((byte) 1))));
    for (int i = 0; i < 5; i++) {
      s = new CompoundEntry.Storage("s" + i, CompoundEntry.Storage.NO_CLASS, List.of(s));
    }
    Message m = Message.builder().addExtraEntry(s).build();
    fails(MsgWriter.toBytes(m), limits().maxStorageDepth(3).build(), "maxStorageDepth");
  }

  @Test
  void namedPropertiesPropertiesAndValues() {
    PropertyBag.Builder b = PropertyBag.builder();
    for (int i = 0; i < 20; i++) {
      b.put(PropertyKey.named(NamedPropertyId.lid(new PropertySet(new UUID(1, 1)), i), PropertyType.INTEGER32),
          new PropertyValue.Int32(i));
    }
    b.put(PropertyKey.tagged(0x6700, PropertyType.MULTIPLE_INTEGER32), new PropertyValue.Multi(
        PropertyType.MULTIPLE_INTEGER32, List.of(new PropertyValue.Int32(1), new PropertyValue.Int32(2),
            new PropertyValue.Int32(3))));
    b.put(PropertyKey.tagged(0x6701, PropertyType.MULTIPLE_STRING), new PropertyValue.Multi(
        PropertyType.MULTIPLE_STRING, List.of(new PropertyValue.Text("a"), new PropertyValue.Text("b"),
            new PropertyValue.Text("c"))));
    byte[] msg = MsgWriter.toBytes(Message.builder().properties(b.build()).build());
    assertThat(fails(msg, limits().maxNamedProperties(10).build(), "maxNamedProperties").actual()).isEqualTo(20);
    fails(msg, limits().maxPropertiesPerObject(10).build(), "maxPropertiesPerObject");
    fails(msg, limits().maxValuesPerProperty(2).build(), "maxValuesPerProperty");
  }

  @Test
  void builderRejectsNonsense() {
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> limits().maxStreamSizeInBytes(0)))
        .hasMessageContaining("maxStreamSizeInBytes must be positive");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> limits().maxRecipients(-1)))
        .hasMessageContaining("maxRecipients");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> limits().maxStreamSizeInBytes(1L << 40)))
        .hasMessageContaining("largest Java array");
  }
}
