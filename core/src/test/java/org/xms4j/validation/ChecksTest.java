package org.xms4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Attachment;
import org.xms4j.message.HtmlReferences;
import org.xms4j.smil.ContentIds;

/** The shared helpers of the Message-object rules. */
class ChecksTest {

  @Test
  void cidReferencesArePercentDecodedKeepingMalformedEscapesAsWritten() {
    // the rules take the cid: URLs from HtmlReferences and their ids from ContentIds (before: a
    // regex and a bracket stripper of their own in Checks)
    String html = "<img src=\"cid:caf%C3%A9@x\"><img src=\"CID:rate%20100%25\"><a href=\"cid:50%\">"
        + "<img src=\"cid:bad%FF%C3@x\"><img src=\"cid:caf%C3%A9@x\">";
    // %FF and the lone lead byte %C3 are not UTF-8: kept as written, not replaced by U+FFFD
    assertThat(HtmlReferences.of(html).cidUrls()).map(u -> ContentIds.ofCidUrl(u).get(0))
        .containsExactly("café@x", "rate 100%", "50%", "bad%FF%C3@x");
  }

  @Test
  void contentIdKeysIgnoreBracketsWhiteSpaceAndLetterCase() {
    List<Attachment> atts = List.of(withId(" <Logo@Example.COM> "), withId("<logo@example.com"), withId("<>"),
        Attachment.of(PropertyBag.builder().build()));
    assertThat(atts).map(Checks::contentIdKey).map(k -> k.orElse("-"))
        .containsExactly("logo@example.com", "logo@example.com", "-", "-");
  }

  private static Attachment withId(String id) {
    return Attachment.of(PropertyBag.builder().set(PidTag.ATTACH_CONTENT_ID, id).build());
  }
}
