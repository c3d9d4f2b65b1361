package org.xms4j.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.rtf.CompressedRtf;
import org.xms4j.rtf.EncapsulatedHtml;
import org.xms4j.rtf.RtfFormatException;

/** Message.Builder: recipient row ids, the RTF body of an HTML body. */
class MessageBuilderTest {

  private static Recipient recipient(String name, @Nullable Integer rowId) {
    Recipient r = Recipient.of(RecipientType.TO, name, "SMTP", name.toLowerCase(java.util.Locale.ROOT) + "@example.com");
    return rowId == null ? r : r.withProperties(r.properties().toBuilder().set(PidTag.ROWID, rowId).build());
  }

  private static List<Integer> rowIds(Integer... given) {
    Message.Builder b = Message.builder();
    for (int i = 0; i < given.length; i++) {
      b.addRecipient(recipient("R" + i, given[i]));
    }
    return b.numberRecipientRows().build().recipients().stream().map(r -> r.find(PidTag.ROWID).orElseThrow()).toList();
  }

  @Test
  void displayListsJoinNamesOrAddressesPerTypeAndRemoveEmptyLists() {
    Message m = Message.builder()
        .set(PidTag.DISPLAY_BCC, "stale")
        .addRecipient(Recipient.of(RecipientType.TO, "Ann", "SMTP", "ann@x"))
        .addRecipient(Recipient.of(RecipientType.CC, "Carol", "SMTP", "carol@x"))
        .addRecipient(new Recipient(org.xms4j.mapi.PropertyBag.builder()
            .set(PidTag.RECIPIENT_TYPE, RecipientType.TO.value()).set(PidTag.EMAIL_ADDRESS, "bob@x").build()))
        .displayLists()
        .build();
    assertThat(m.find(PidTag.DISPLAY_TO)).hasValue("Ann; bob@x");
    assertThat(m.find(PidTag.DISPLAY_CC)).hasValue("Carol");
    assertThat(m.find(PidTag.DISPLAY_BCC)).isEmpty();
  }

  @Test
  void recipientsWithoutRowIdsAreNumberedByPosition() {
    assertThat(rowIds()).isEmpty();
    assertThat(rowIds(null, null, null)).containsExactly(0, 1, 2);
    assertThat(rowIds(5, null)).containsExactly(5, 1);
    assertThat(rowIds(null, 1)).containsExactly(0, 1);
  }

  @Test
  void aPositionAnotherRecipientHasGivesTheSmallestFreeId() {
    assertThat(rowIds(null, 0)).containsExactly(1, 0);
    assertThat(rowIds(null, null, 0)).containsExactly(2, 1, 0);
    assertThat(rowIds(1, null, null)).containsExactly(1, 0, 2);
    assertThat(rowIds(null, 0, 1, 2, null)).containsExactly(3, 0, 1, 2, 4);
    assertThat(rowIds(-1, null, 0)).containsExactly(-1, 1, 0);
  }

  @Test
  void numberingTwiceChangesNothing() {
    Message once = Message.builder().addRecipient(recipient("A", null)).addRecipient(recipient("B", 0))
        .numberRecipientRows().build();
    assertThat(once.toBuilder().numberRecipientRows().build()).isEqualTo(once);
  }

  @Test
  void mixedTablesGetDistinctIdsAndKeepTheGivenOnes() {
    Random r = new Random(11);
    for (int n = 0; n < 300; n++) {
      int size = r.nextInt(12);
      Integer[] given = new Integer[size];
      Set<Integer> distinct = new HashSet<>();
      for (int i = 0; i < size; i++) {
        int id = r.nextInt(size + 2);
        given[i] = r.nextBoolean() && distinct.add(id) ? id : null;
      }
      List<Integer> ids = rowIds(given);
      assertThat(new HashSet<>(ids)).as("%s gives %s", Arrays.asList(given), ids).hasSize(size);
      for (int i = 0; i < size; i++) {
        if (given[i] != null) {
          assertThat(ids.get(i)).isEqualTo(given[i]);
        }
      }
    }
  }

  @Test
  void encapsulatedHtmlRtfSyncsWithTheBodyAsItIsAtTheCall() throws RtfFormatException {
    Message.Builder b = Message.builder().set(PidTag.BODY, "Hello");
    b.encapsulatedHtmlRtf("<p>Hello</p>");
    Message m = b.build();
    assertThat(m.find(PidTag.NATIVE_BODY)).contains(NativeBody.HTML.value()).contains(3);
    assertThat(m.find(PidTag.RTF_IN_SYNC)).contains(true);
    assertThat(EncapsulatedHtml.extract(CompressedRtf.decompress(m.find(PidTag.RTF_COMPRESSED).orElseThrow()
        .toByteArray()))).contains("<p>Hello</p>");
    // changing PidTagBody afterwards leaves the flag as it was until updateRtfInSync
    b.set(PidTag.BODY, "Bye");
    assertThat(b.build().find(PidTag.RTF_IN_SYNC)).contains(true);
    assertThat(b.updateRtfInSync().build().properties().has(PidTag.RTF_IN_SYNC)).isFalse();
    assertThatThrownBy(() -> b.encapsulatedHtmlRtf(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("html");
  }

  /** A {@code <body} inside a comment starts no body: the text after it is what the RTF shows. */
  @Test
  void aCommentedOutBodyTagKeepsTheRtfInSync() {
    Message m = Message.builder().set(PidTag.BODY, "x").encapsulatedHtmlRtf("<!-- <body> --><p>x</p>").build();
    assertThat(m.find(PidTag.RTF_IN_SYNC)).contains(true);
  }

  @Test
  void nativeBodyValuesAreThoseOfTheSpec() {
    assertThat(NativeBody.values()).extracting(NativeBody::value).containsExactly(0, 1, 2, 3, 4);
    assertThat(NativeBody.fromValue(3)).contains(NativeBody.HTML);
    assertThat(NativeBody.fromValue(5)).isEmpty();
  }
}
