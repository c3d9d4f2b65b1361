package org.xms4j.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MobileAddressTest {

  @Test
  void parsesTheAsmsForm() {
    MobileAddress a = MobileAddress.parse("\"Sender's Name\" [MOBILE:+14255550123]");
    assertThat(a.name()).contains("Sender's Name");
    assertThat(a.number()).isEqualTo("+14255550123");
    assertThat(a.format()).isEqualTo("\"Sender's Name\" [MOBILE:+14255550123]");
  }

  @Test
  void nameIsOptional() {
    MobileAddress a = MobileAddress.parse("[MOBILE:+14255550123]");
    assertThat(a.name()).isEmpty();
    assertThat(a.displayName()).isEqualTo("+14255550123");
    assertThat(a.format()).isEqualTo("[MOBILE:+14255550123]");
    assertThat(MobileAddress.parse("  [mobile:0123]  ").number()).isEqualTo("0123");
  }

  @Test
  void namesWithQuotesCommasAndBackslashesRoundTrip() {
    for (String name : List.of("Smith, John", "Ann \"Annie\" Lee", "back\\slash", "O'Brien; Pat", "名前 😀", "[MOBILE:x]")) {
      MobileAddress a = MobileAddress.of(name, "+1 425 555 0123");
      MobileAddress b = MobileAddress.parse(a.format());
      assertThat(b).as(name).isEqualTo(a);
      assertThat(b.name()).contains(name);
    }
    assertThat(MobileAddress.of("Ann \"Annie\" Lee", "1").format()).isEqualTo("\"Ann \\\"Annie\\\" Lee\" [MOBILE:1]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+1 (425) 555-0123", "425-555-0123", "(0) 20 7946 0958", "+44 20 [7946] 0958", "*121#", "12345"})
  void numbersAreKeptExactly(String number) {
    MobileAddress a = MobileAddress.parse("\"X\" [MOBILE:" + number + "]");
    assertThat(a.number()).isEqualTo(number);
    assertThat(MobileAddress.parse(a.format())).isEqualTo(a);
  }

  @Test
  void unquotedNamesAreAccepted() {
    MobileAddress a = MobileAddress.parse("Ann Lee [MOBILE:+1 425 555 0100]");
    assertThat(a.name()).contains("Ann Lee");
    assertThat(a.number()).isEqualTo("+1 425 555 0100");
  }

  @Test
  void parsesLists() {
    List<MobileAddress> l = MobileAddress.parseList("\"Smith, John\" [MOBILE:+1 425 555 0100]; [MOBILE:0123], Bo [MOBILE:(0) 456]");
    assertThat(l).containsExactly(MobileAddress.of("Smith, John", "+1 425 555 0100"), MobileAddress.ofNumber("0123"),
        MobileAddress.of("Bo", "(0) 456"));
    assertThat(MobileAddress.parseList("  ")).isEmpty();
  }

  @Test
  void rejectsMalformedText() {
    assertThatThrownBy(() -> MobileAddress.parse("\"unterminated [MOBILE:1]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unterminated");
    assertThatThrownBy(() -> MobileAddress.parse("+14255550123")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[MOBILE:");
    assertThatThrownBy(() -> MobileAddress.parse("\"A\" x [MOBILE:1]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unexpected text \"x\"");
    assertThatThrownBy(() -> MobileAddress.parse("[MOBILE:  ]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty phone number");
    assertThatThrownBy(() -> MobileAddress.parse("[MOBILE:1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("']'");
    assertThatThrownBy(() -> MobileAddress.of("x", " ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recipientsCarryMobileAddresses() {
    Recipient r = Recipient.mobile(RecipientType.CC, MobileAddress.of("Ann", "+1 (425) 555-0100"));
    assertThat(r.type()).contains(RecipientType.CC);
    assertThat(r.addressType()).contains("MOBILE");
    assertThat(r.emailAddress()).contains("+1 (425) 555-0100");
    assertThat(r.displayName()).contains("Ann");
    assertThat(r.mobileAddress()).contains(MobileAddress.of("Ann", "+1 (425) 555-0100"));
    Recipient noName = Recipient.mobile(RecipientType.TO, MobileAddress.ofNumber("0123"));
    assertThat(noName.displayName()).contains("0123");
    assertThat(noName.mobileAddress()).contains(MobileAddress.ofNumber("0123"));
    assertThat(Recipient.of(RecipientType.TO, "A", "SMTP", "a@example.com").mobileAddress()).isEmpty();
    assertThat(RecipientType.fromValue(0x10000001)).contains(RecipientType.TO);
    assertThat(RecipientType.fromValue(7)).isEmpty();
  }
}
