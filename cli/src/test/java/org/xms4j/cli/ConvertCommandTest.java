package org.xms4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Message;
import org.xms4j.message.ProtocolExamples;
import org.xms4j.msg.MsgReader;

class ConvertCommandTest {

  @TempDir
  Path tmp;

  @Test
  void msgToEmlAndBackKeepsTheSmsAndValidates() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Messages.sms(in);
    Messages.mms(in);
    Path eml = tmp.resolve("eml");
    Cli.Result r = Cli.run("convert", in.toString(), "-o", eml.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("2 files: 2 converted, 0 unchanged, 0 failed");
    assertThat(Cli.names(eml)).containsExactly("mms.eml", "sms.eml");
    assertThat(Files.readString(eml.resolve("sms.eml"))).contains(ProtocolExamples.SMS_TEXT);
    assertThat(Cli.run("validate", eml.toString()).code()).isZero();

    Path back = tmp.resolve("back");
    Cli.Result r2 = Cli.run("convert", eml.resolve("sms.eml").toString(), "-o", back.toString());
    assertThat(r2.code()).as(r2.err()).isZero();
    Message m = MsgReader.strict().read(back.resolve("sms.msg")).message();
    assertThat(m.messageClass()).contains("IPM.Note.Mobile.SMS");
    assertThat(m.find(PidTag.BODY).orElse("").strip()).isEqualTo(ProtocolExamples.SMS_TEXT);
  }

  @Test
  void outputIsDeterministicAndNeverOverwritten() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in/sub"));
    for (int i = 0; i < 12; i++) {
      // a submit time, so the .eml Date field comes from the message and not from the clock
      Messages.write(ProtocolExamples.sms().toBuilder().body("message " + i)
          .submitTime(java.time.Instant.parse("2024-05-01T10:15:30Z").plusSeconds(i)).build().message(),
          in.resolve("m" + i + ".msg"));
    }
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    Cli.Result ra = Cli.run("convert", tmp.resolve("in").toString(), "-o", a.toString());
    Cli.Result rb = Cli.run("convert", tmp.resolve("in").toString(), "-o", b.toString());
    assertThat(ra.code()).isZero();
    assertThat(ra.out().replace(a.toString(), "OUT")).isEqualTo(rb.out().replace(b.toString(), "OUT"));
    List<String> names = Cli.names(a.resolve("sub"));
    assertThat(names).hasSize(12).isEqualTo(Cli.names(b.resolve("sub")));
    for (String n : names) {
      assertThat(Files.readAllBytes(a.resolve("sub").resolve(n))).isEqualTo(Files.readAllBytes(b.resolve("sub").resolve(n)));
    }
    Cli.Result again = Cli.run("convert", tmp.resolve("in").toString(), "-o", a.toString());
    assertThat(again.out()).contains("12 files: 0 converted, 12 unchanged");
    Files.writeString(a.resolve("sub/m0.eml"), "edited");
    Cli.Result third = Cli.run("convert", tmp.resolve("in/sub/m0.msg").toString(), "-o", a.resolve("sub").toString());
    assertThat(third.code()).isZero();
    assertThat(Files.readString(a.resolve("sub/m0.eml"))).isEqualTo("edited");
    assertThat(a.resolve("sub/m0 (1).eml")).exists();
  }

  @Test
  void unreadableInputsExitTwoAndTheRestIsConverted() throws IOException {
    Path junk = Files.writeString(tmp.resolve("junk.msg"), "junk");
    Path sms = Messages.sms(tmp);
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run("convert", junk.toString(), tmp.resolve("missing.eml").toString(), sms.toString(), "-o", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(2);
    assertThat(r.errLines().get(0)).startsWith("xms4j: " + junk + ": ");
    assertThat(r.errLines().get(1)).isEqualTo("xms4j: " + tmp.resolve("missing.eml") + ": no such file or folder");
    assertThat(Cli.names(out)).containsExactly("sms.eml");
  }
}
