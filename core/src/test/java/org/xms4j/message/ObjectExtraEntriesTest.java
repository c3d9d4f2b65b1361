package org.xms4j.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.known.PidTag;

/** The extra entries and storage CLSID of recipients and attachments. */
class ObjectExtraEntriesTest {

  private static final UUID CLSID = new UUID(0x1122334455667788L, 0x99AABBCCDDEEFF00L);
  private static final CompoundEntry STREAM = new CompoundEntry.Stream("Unknown", Bytes.of((byte) 0xAB));
  private static final CompoundEntry STORAGE = new CompoundEntry.Storage("Box", CLSID,
      List.of(new CompoundEntry.Stream("in", Bytes.EMPTY)));

  @Test
  void recipientsBuiltInCodeHaveNoneAndTheOldConstructorStillWorks() {
    Recipient r = Recipient.of(RecipientType.TO, "Ann", "SMTP", "ann@example.com");
    assertThat(r.extraEntries()).isEmpty();
    assertThat(r.storageClassId()).isEqualTo(CompoundEntry.Storage.NO_CLASS);
    Recipient same = new Recipient(r.properties());
    assertThat(same).isEqualTo(r).hasSameHashCodeAs(r);
    assertThat(new Recipient(r.properties(), CompoundEntry.Storage.NO_CLASS, List.of())).isEqualTo(r);
  }

  @Test
  void recipientExtrasAreImmutableAndPartOfEquality() {
    Recipient r = Recipient.of(RecipientType.TO, "Ann", "SMTP", "ann@example.com");
    List<CompoundEntry> list = new ArrayList<>(List.of(STREAM));
    Recipient x = r.withExtraEntries(list).withStorageClassId(CLSID);
    list.add(STORAGE);
    assertThat(x.extraEntries()).containsExactly(STREAM);
    assertThatThrownBy(() -> x.extraEntries().add(STORAGE)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(x).isNotEqualTo(r);
    assertThat(x.withExtraEntries(List.of()).withStorageClassId(CompoundEntry.Storage.NO_CLASS)).isEqualTo(r);
    assertThat(r.withStorageClassId(CLSID)).isNotEqualTo(r);
    assertThat(r.withExtraEntries(List.of(STREAM))).isEqualTo(r.withExtraEntries(List.of(STREAM)))
        .hasSameHashCodeAs(r.withExtraEntries(List.of(STREAM)));
    // other properties, same extras
    Recipient renamed = x.withProperties(x.properties().toBuilder().set(PidTag.DISPLAY_NAME, "Bo").build());
    assertThat(renamed.displayName()).contains("Bo");
    assertThat(renamed.extraEntries()).containsExactly(STREAM);
    assertThat(renamed.storageClassId()).isEqualTo(CLSID);
    assertThatThrownBy(() -> r.withExtraEntries(java.util.Arrays.asList(STREAM, null)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> r.withStorageClassId(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("storageClassId");
  }

  @Test
  void attachmentExtrasSurviveEveryCopyAndArePartOfEquality() {
    Attachment plain = Attachment.byValue("a.txt", "text/plain", Bytes.of((byte) 1));
    assertThat(plain.extraEntries()).isEmpty();
    assertThat(plain.storageClassId()).isEqualTo(CompoundEntry.Storage.NO_CLASS);
    Attachment x = plain.withExtraEntries(List.of(STORAGE, STREAM)).withStorageClassId(CLSID);
    assertThat(x.extraEntries()).containsExactly(STORAGE, STREAM);
    assertThat(x.storageClassId()).isEqualTo(CLSID);
    assertThat(x).isNotEqualTo(plain).isNotEqualTo(plain.withExtraEntries(List.of(STORAGE, STREAM)));
    assertThat(x).isEqualTo(plain.withStorageClassId(CLSID).withExtraEntries(List.of(STORAGE, STREAM)))
        .hasSameHashCodeAs(plain.withStorageClassId(CLSID).withExtraEntries(List.of(STORAGE, STREAM)));
    Attachment renamed = x.withProperties(x.properties().toBuilder().set(PidTag.ATTACH_LONG_FILENAME, "b.txt").build());
    assertThat(renamed.extraEntries()).containsExactly(STORAGE, STREAM);
    assertThat(renamed.storageClassId()).isEqualTo(CLSID);
    assertThat(x.withExtraEntries(List.of()).withStorageClassId(CompoundEntry.Storage.NO_CLASS)).isEqualTo(plain);
    // embedded and custom-storage attachments keep their object alongside the extras
    Attachment embedded = Attachment.embedded(PropertyBag.EMPTY, Message.builder().build())
        .withExtraEntries(List.of(STREAM));
    assertThat(embedded.embeddedMessage()).isPresent();
    assertThat(embedded.extraEntries()).containsExactly(STREAM);
    Attachment custom = Attachment.storage(PropertyBag.EMPTY, (CompoundEntry.Storage) STORAGE)
        .withStorageClassId(CLSID);
    assertThat(custom.customStorage()).contains((CompoundEntry.Storage) STORAGE);
    assertThat(custom.storageClassId()).isEqualTo(CLSID);
  }

  @Test
  void dumpPrintsTheClassIdAndExtrasUnderTheirObject() {
    Message m = Message.builder()
        .addRecipient(new Recipient(PropertyBag.builder().set(PidTag.RECIPIENT_TYPE, 1).build(), CLSID,
            List.of(STREAM)))
        .addAttachment(Attachment.embedded(PropertyBag.builder().set(PidTag.ATTACH_METHOD, 5).build(),
            Message.builder().addExtraEntry(new CompoundEntry.Stream("InnerMsg", Bytes.EMPTY)).build())
            .withExtraEntries(List.of(STORAGE)))
        .addExtraEntry(new CompoundEntry.Stream("Root", Bytes.of((byte) 1)))
        .build();
    assertThat(MessageDump.toText(m)).isEqualTo(String.join("\n",
        "recipients[0]",
        "  PidTagRecipientType 0x0C150003 PtypInteger32 = 0x00000001 (1)",
        "  clsid 11223344-5566-7788-99AA-BBCCDDEEFF00",
        "  extra",
        "    stream \"Unknown\" [1 bytes] AB",
        "attachments[0]",
        "  PidTagAttachMethod 0x37050003 PtypInteger32 = 0x00000005 (5)",
        "  embedded",
        "    extra",
        "      stream \"InnerMsg\" [0 bytes] ",
        "  extra",
        "    storage \"Box\" clsid 11223344-5566-7788-99AA-BBCCDDEEFF00",
        "      stream \"in\" [0 bytes] ",
        "extra",
        "  stream \"Root\" [1 bytes] 01",
        ""));
  }

  @Test
  void numberingRowsOfAMobileMessageKeepsTheRecipientsExtras() {
    Recipient kept = Recipient.mobile(RecipientType.TO, MobileAddress.ofNumber("+14255550123"))
        .withExtraEntries(List.of(STREAM)).withStorageClassId(CLSID);
    Message read = Message.builder().set(PidTag.MESSAGE_CLASS, "IPM.Note.Mobile.SMS").addRecipient(kept).build();
    SmsMessage edited = SmsMessage.of(read).toBuilder()
        .addRecipient(RecipientType.CC, MobileAddress.ofNumber("+14255550124")).build();
    Recipient first = edited.message().recipients().get(0);
    assertThat(first.find(PidTag.ROWID)).contains(0);
    assertThat(first.extraEntries()).containsExactly(STREAM);
    assertThat(first.storageClassId()).isEqualTo(CLSID);
  }
}
