package org.xms4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shared helpers of the Message-object rules. */
class ChecksTest {

  @Test
  void cidReferencesArePercentDecodedKeepingMalformedEscapesAsWritten() {
    String html = "<img src=\"cid:caf%C3%A9@x\"><img src=\"CID:rate%20100%25\"><a href=\"cid:50%\">"
        + "<img src=\"cid:bad%FF%C3@x\"><img src=\"cid:caf%C3%A9@x\">";
    // %FF and the lone lead byte %C3 are not UTF-8: kept as written, not replaced by U+FFFD
    assertThat(Checks.cidReferences(html)).containsExactly("café@x", "rate 100%", "50%", "bad%FF%C3@x");
  }
}
