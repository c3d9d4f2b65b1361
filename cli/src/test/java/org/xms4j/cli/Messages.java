package org.xms4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.AttachMethod;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;
import org.xms4j.message.ProtocolExamples;
import org.xms4j.msg.MsgWriter;
import org.xms4j.validation.Validator;

/** Test messages written as .msg files with {@link MsgWriter}. */
final class Messages {

  private Messages() {
  }

  static Path write(Message m, Path file) throws IOException {
    Files.write(file, MsgWriter.toBytes(m));
    return file;
  }

  /** The [MS-OXOSMMS] 4.1 sample SMS object. */
  static Path sms(Path dir) throws IOException {
    return write(ProtocolExamples.sms().message(), dir.resolve("sms.msg"));
  }

  /** The [MS-OXOSMMS] 4.2 sample MMS object with its three hidden attachments. */
  static Path mms(Path dir) throws IOException {
    return write(ProtocolExamples.mms().message(), dir.resolve("mms.msg"));
  }

  /** The sample SMS with PidTagIconIndex changed, which breaks a MUST of [MS-OXOSMMS]. */
  static Message nonConformant() {
    Message bad = ProtocolExamples.sms().message().toBuilder().set(PidTag.ICON_INDEX, 0x00000100).build();
    if (Validator.validate(bad).conforms()) {
      throw new IllegalStateException("the test message was expected to break a MUST rule");
    }
    return bad;
  }

  /** A by-value attachment named {@code name} whose content is the name itself, in UTF-8. */
  static Attachment named(String name) {
    return Attachment.byValue(name, "text/plain", Bytes.encode("content of [" + name + "]", StandardCharsets.UTF_8));
  }

  /** A by-reference attachment: PidTagAttachMethod afByReference and a path, no data. */
  static Attachment byReference() {
    return Attachment.of(PropertyBag.builder()
        .set(PidTag.ATTACH_METHOD, AttachMethod.BY_REFERENCE.value())
        .set(PidTag.ATTACH_LONG_FILENAME, "report.pdf")
        .set(PidTag.ATTACH_LONG_PATHNAME, "\\\\server\\share\\report.pdf")
        .build());
  }

  /** A message with the sample SMS as an embedded message attachment. */
  static Message withEmbedded() {
    Attachment embedded = Attachment.embedded(PropertyBag.builder()
        .set(PidTag.ATTACH_METHOD, AttachMethod.EMBEDDED_MESSAGE.value())
        .set(PidTag.DISPLAY_NAME, "Forwarded SMS")
        .build(), ProtocolExamples.sms().message());
    return Message.builder()
        .set(PidTag.MESSAGE_CLASS, "IPM.Note")
        .set(PidTag.SUBJECT, "Fwd: the meeting")
        .addAttachment(embedded)
        .build();
  }
}
