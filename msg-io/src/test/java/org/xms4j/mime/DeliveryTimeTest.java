package org.xms4j.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Message;

/** PidTagMessageDeliveryTime comes from the newest Received field (RFC 5321 4.4, RFC 5322 3.6.7). */
class DeliveryTimeTest {

  private static Message read(String traceFields) {
    return Fixtures.read(traceFields + "From: a@example.com\nTo: b@example.com\nSubject: s\n"
        + "Date: Wed, 01 May 2024 10:15:30 +0000\n\nbody\n").value();
  }

  @Test
  void theFirstReceivedFieldGivesTheDeliveryTime() {
    Message m = read("Received: from mx.example.com by mail.example.org with ESMTP id 42;\n"
        + "\tWed, 01 May 2024 12:15:32 +0200\n"
        + "Received: from client by mx.example.com; Wed, 01 May 2024 10:15:31 +0000\n");
    assertThat(m.find(PidTag.MESSAGE_DELIVERY_TIME)).hasValue(Instant.parse("2024-05-01T10:15:32Z"));
    assertThat(m.find(PidTag.CLIENT_SUBMIT_TIME)).hasValue(Instant.parse("2024-05-01T10:15:30Z"));
  }

  @Test
  void noReceivedFieldOrNoDateInItGivesNoDeliveryTime() {
    assertThat(read("").find(PidTag.MESSAGE_DELIVERY_TIME)).isEmpty();
    assertThat(read("Received: from a by b with SMTP\n").find(PidTag.MESSAGE_DELIVERY_TIME)).isEmpty();
    assertThat(read("Received: from a by b; not a date\n").find(PidTag.MESSAGE_DELIVERY_TIME)).isEmpty();
  }
}
