package org.xms4j.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.NamedPropertyId;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertySet;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.known.PidName;
import org.xms4j.mapi.known.PidTag;

class MessagePathTest {

  @Test
  void printsCanonicalNamesTagsAndNamedIdentities() {
    assertThat(MessagePath.ROOT).hasToString("/");
    assertThat(MessagePath.ROOT.attachment(0).property(PidTag.ATTACH_MIME_TAG.key())).hasToString("/attachments[0]/PidTagAttachMimeTag");
    assertThat(MessagePath.ROOT.recipient(1)).hasToString("/recipients[1]");
    assertThat(MessagePath.ROOT.property(PropertyKey.tagged(0x6804, PropertyType.STRING))).hasToString("/0x6804001F");
    assertThat(MessagePath.ROOT.property(PropertyKey.named(NamedPropertyId.lid(PropertySet.PSETID_COMMON, 0x8580), PropertyType.STRING)))
        .hasToString("/PSETID_Common:0x00008580");
    assertThat(MessagePath.ROOT.property(PidName.OMS_SERVICE_TYPE.key())).hasToString("/PidNameOMSServiceType");
    assertThat(MessagePath.ROOT.property(PropertyKey.named(NamedPropertyId.name(PropertySet.PS_PUBLIC_STRINGS, "Other"), PropertyType.STRING)))
        .hasToString("/PS_PUBLIC_STRINGS:\"Other\"");
    assertThat(MessagePath.ROOT.attachment(2).embedded().recipient(0)).hasToString("/attachments[2]/embedded/recipients[0]");
  }

  @Test
  void ordersIndexesNumerically() {
    List<MessagePath> l = new ArrayList<>(List.of(MessagePath.ROOT.attachment(10), MessagePath.ROOT.attachment(2),
        MessagePath.ROOT, MessagePath.ROOT.attachment(2).property(PidTag.SUBJECT.key())));
    l.sort(null);
    assertThat(l).extracting(MessagePath::toString)
        .containsExactly("/", "/attachments[2]", "/attachments[2]/PidTagSubject", "/attachments[10]");
  }

  @Test
  void rejectsBadSegments() {
    assertThatThrownBy(() -> MessagePath.ROOT.child("a/b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MessagePath.ROOT.child("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MessagePath.ROOT.attachment(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
