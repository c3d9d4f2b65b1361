package org.xms4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;
import org.xms4j.message.ProtocolExamples;
import org.xms4j.msg.MsgReader;

class ExtractCommandTest {

  private static final List<String> EVIL = List.of("../../evil.txt", "/etc/passwd", "C:\\x\\..\\y", "CON.txt", "",
      "x".repeat(300) + ".txt", "bell\u0007\nnew\rline\u0000.txt", "..", "a/..", "nul", "\u202Etxt.exe");

  @TempDir
  Path tmp;

  @Test
  void writesEveryAttachmentOfTheMmsExampleWithItsBytes() throws IOException {
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run("extract", Messages.mms(tmp).toString(), "-o", out.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    List<Attachment> atts = ProtocolExamples.mms().message().attachments();
    assertThat(Cli.names(out)).hasSize(atts.size());
    for (Attachment a : atts) {
      String name = a.longFilename().orElseThrow();
      assertThat(Files.readAllBytes(out.resolve(name))).as(name).isEqualTo(a.data().orElseThrow().toByteArray());
    }
    assertThat(r.out()).contains("hidden").contains(atts.get(0).longFilename().orElseThrow());
  }

  @Test
  void secondExtractDoesNotOverwrite() throws IOException {
    Path msg = Messages.mms(tmp);
    Path out = tmp.resolve("out");
    assertThat(Cli.run("extract", msg.toString(), "-o", out.toString()).code()).isZero();
    List<String> first = Cli.names(out);
    Path one = out.resolve(first.get(0));
    Files.writeString(one, "changed by the user");
    assertThat(Cli.run("extract", msg.toString(), "-o", out.toString()).code()).isZero();
    assertThat(Files.readString(one)).isEqualTo("changed by the user");
    assertThat(Cli.names(out)).hasSize(first.size() * 2);
    for (String n : first) {
      int dot = n.lastIndexOf('.');
      String copy = dot > 0 ? n.substring(0, dot) + " (1)" + n.substring(dot) : n + " (1)";
      assertThat(out.resolve(copy)).exists();
    }
  }

  @Test
  void hostileNamesStayInsideTheFolder() throws IOException {
    Message.Builder b = Message.builder().set(PidTag.MESSAGE_CLASS, "IPM.Note").set(PidTag.SUBJECT, "hostile");
    EVIL.forEach(n -> b.addAttachment(Messages.named(n)));
    Path msg = Messages.write(b.build(), tmp.resolve("hostile.msg"));
    Path root = Files.createDirectories(tmp.resolve("deep/er/out"));
    Cli.Result r = Cli.run("extract", msg.toString(), "-o", root.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    // nothing anywhere under tmp but the .msg and the files directly in the output folder
    try (Stream<Path> all = Files.walk(tmp)) {
      assertThat(all.filter(Files::isRegularFile).filter(f -> !f.equals(msg)))
          .hasSize(EVIL.size()).allMatch(f -> f.getParent().equals(root));
    }
    List<String> names = Cli.names(root);
    assertThat(names).contains("evil.txt", "passwd", "y", "_CON.txt", "_nul")
        .allMatch(n -> !n.isEmpty() && !n.startsWith(".") && n.getBytes(StandardCharsets.UTF_8).length <= 180)
        .allMatch(n -> n.chars().noneMatch(c -> c < 0x20 || c == '/' || c == '\\' || c == 0x202E));
    assertThat(names.stream().filter(n -> n.startsWith("xxxx"))).singleElement().asString().endsWith(".txt");
    // every attachment's content arrived, each in its own file
    List<String> contents = new java.util.ArrayList<>();
    for (String n : names) {
      contents.add(Files.readString(root.resolve(n)));
    }
    assertThat(contents).containsExactlyInAnyOrderElementsOf(EVIL.stream().map(n -> "content of [" + n + "]").toList());
  }

  @Test
  void embeddedMessageIsWrittenAsMsg() throws IOException {
    Path msg = Messages.write(Messages.withEmbedded(), tmp.resolve("outer.msg"));
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run("extract", msg.toString(), "-o", out.toString());
    assertThat(r.code()).isZero();
    assertThat(Cli.names(out)).containsExactly("Forwarded SMS.msg");
    Message inner = MsgReader.strict().read(out.resolve("Forwarded SMS.msg")).message();
    assertThat(inner.find(PidTag.BODY)).contains(ProtocolExamples.SMS_TEXT);
  }

  @Test
  void attachmentWithoutDataIsReportedAndExitsOne() throws IOException {
    Message m = Message.builder().set(PidTag.MESSAGE_CLASS, "IPM.Note")
        .addAttachment(Messages.byReference()).addAttachment(Messages.named("ok.txt")).build();
    Path msg = Messages.write(m, tmp.resolve("ref.msg"));
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run("extract", msg.toString(), "-o", out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errLines()).singleElement().asString()
        .isEqualTo("xms4j: " + msg + ": attachments[0]: not extracted: no data in the file (afByReference)"
            + " (\\\\server\\share\\report.pdf)");
    assertThat(Cli.names(out)).containsExactly("ok.txt");
  }

  @Test
  void unreadableInputAndMissingOutputOption() throws IOException {
    Path junk = Files.writeString(tmp.resolve("junk.msg"), "junk");
    Cli.Result r = Cli.run("extract", junk.toString(), "-o", tmp.resolve("out").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().startsWith("xms4j: " + junk + ": ");
    assertThat(tmp.resolve("out")).doesNotExist();
    Cli.Result noOut = Cli.run("extract", junk.toString());
    assertThat(noOut.code()).isEqualTo(2);
    assertThat(noOut.errLines()).singleElement().asString().contains("--output");
  }
}
