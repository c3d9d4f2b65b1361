package org.xms4j.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.PidName;
import org.xms4j.mapi.known.PidTag;

class MessageDumpTest {

  @Test
  void dumpsSortedCanonicalLines() {
    Message m = Message.builder().properties(PropertyBag.builder()
        .set(PidName.OMS_SERVICE_TYPE, 1)
        .set(PidTag.SUBJECT, "a\"b\n")
        .set(PidTag.MESSAGE_CLASS, "IPM.Note")
        .put(PropertyKey.tagged(0x6804, PropertyType.BINARY), new PropertyValue.Binary(Bytes.of((byte) 1, (byte) 0xAB)))
        .build())
        .addAttachment(Attachment.embedded(PropertyBag.builder().set(PidTag.ATTACH_METHOD, 5).build(),
            Message.builder().set(PidTag.SUBJECT, "inner").build()))
        .build();
    assertThat(MessageDump.toText(m)).isEqualTo(String.join("\n",
        "PidTagMessageClass 0x001A001F PtypString = \"IPM.Note\"",
        "PidTagSubject 0x0037001F PtypString = \"a\\\"b\\n\"",
        "0x68040102 PtypBinary = [2 bytes] 01AB",
        "PidNameOMSServiceType PS_PUBLIC_STRINGS:\"OMSServiceType\" PtypInteger32 = 0x00000001 (1)",
        "attachments[0]",
        "  PidTagAttachMethod 0x37050003 PtypInteger32 = 0x00000005 (5)",
        "  embedded",
        "    PidTagSubject 0x0037001F PtypString = \"inner\"",
        ""));
  }

  @Test
  void summarisesLargeBinaries() {
    Message m = Message.builder().set(PidTag.ATTACH_DATA_BINARY, Bytes.of(new byte[100])).build();
    assertThat(MessageDump.toText(m)).contains("[100 bytes] sha256 cd00e292c5970d3c5e2f0ffa5171e555bc46bfc4faddfb4a418b6840b86e79a3");
  }

  @Test
  void extraEntriesAreDumpedAndReplaceable() {
    Message m = Message.builder()
        .addExtraEntry(new CompoundEntry.Stream("Olk10SideProps_0001", Bytes.of((byte) 1, (byte) 2)))
        .build();
    assertThat(MessageDump.toText(m)).isEqualTo("extra\n  stream \"Olk10SideProps_0001\" [2 bytes] 0102\n");
    assertThat(m.toBuilder().extraEntries(java.util.List.of()).build().extraEntries()).isEmpty();
    assertThat(m.toBuilder().build()).isEqualTo(m);
  }
}
