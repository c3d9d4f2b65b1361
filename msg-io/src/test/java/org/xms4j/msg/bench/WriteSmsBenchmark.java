package org.xms4j.msg.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.xms4j.message.Message;
import org.xms4j.message.MobileAddress;
import org.xms4j.message.OmsSourceType;
import org.xms4j.message.SmsMessage;
import org.xms4j.msg.MsgReader;
import org.xms4j.msg.MsgWriter;

/**
 * Writing an SMS .msg file to a byte array against reading that file back (strict reader, from a
 * {@code ByteArrayInputStream}), in the same run. Average time per operation. See README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WriteSmsBenchmark {

  private Message sms;
  private byte[] file;

  /** Builds the SMS (sender, one recipient, times, OMS named properties) and writes it once. */
  @Setup
  public void build() {
    sms = SmsMessage.builder()
        .accountGuid("{01234567-0123-0123-0123-0123456789AB}")
        .sourceType(OmsSourceType.XMS_INSPECTOR)
        .body("What time is the meeting? Let's say 10:30 in room 4, bring the slides.")
        .sender(MobileAddress.of("Ann Lee", "+14255550100"))
        .to(MobileAddress.of("Bob Roe", "+14255550123"))
        .submitTime(Instant.parse("2024-05-01T10:15:30Z"))
        .deliveryTime(Instant.parse("2024-05-01T10:15:32Z"))
        .read(true)
        .build().message();
    file = MsgWriter.toBytes(sms);
  }

  /**
   * Writes the SMS.
   *
   * @return the file
   */
  @Benchmark
  public byte[] writeSms() {
    return MsgWriter.toBytes(sms);
  }

  /**
   * Reads the SMS file back.
   *
   * @return the message
   * @throws IOException never for this file
   */
  @Benchmark
  public Message readSms() throws IOException {
    return MsgReader.strict().read(new ByteArrayInputStream(file)).message();
  }
}
