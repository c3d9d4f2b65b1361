package org.xms4j.backup.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.xms4j.backup.BackupReader;
import org.xms4j.backup.BackupRecord;
import org.xms4j.msg.MsgWriter;

/**
 * Imports a generated backup (default 1 GiB, mostly MMS with media) into .msg files with a 256 MiB
 * heap, next to a StAX pass that only parses the same file: the ratio of the two times is the cost
 * of converting and writing. One operation is one whole file; MB/s = file size / time per
 * operation. See README.md beside this file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ImportBenchmark {

  /** The size of the generated backup in MiB. */
  @Param("1024")
  public int sizeMiB;

  private Path backup;
  private Path outDir;

  /** Generates the backup once (reused across runs from target/bench). */
  @Setup(Level.Trial)
  public void generate() throws IOException {
    backup = Paths.get("target", "bench", "backup-" + sizeMiB + "MiB.xml");
    BackupGenerator.generate(backup, (long) sizeMiB << 20);
    outDir = Files.createTempDirectory(Paths.get("target", "bench"), "import-");
  }

  /** Removes the .msg files of an iteration. */
  @TearDown(Level.Iteration)
  public void clean() throws IOException {
    try (Stream<Path> s = Files.list(outDir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Files.delete(p);
      }
    }
  }

  /** Removes the output folder. */
  @TearDown(Level.Trial)
  public void removeOutput() throws IOException {
    try (Stream<Path> s = Files.walk(outDir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Imports every record: convert, serialise to .msg, write the file. */
  @Benchmark
  public long importToMsg(Blackhole bh) throws IOException {
    long n = 0;
    try (BackupReader r = BackupReader.open(new BufferedInputStream(Files.newInputStream(backup), 1 << 16))) {
      for (Optional<BackupRecord> rec = r.next(); rec.isPresent(); rec = r.next()) {
        byte[] msg = MsgWriter.toBytes(rec.get().message().message());
        Files.write(outDir.resolve(n + ".msg"), msg);
        bh.consume(msg.length);
        n++;
      }
    }
    return n;
  }

  /** Parses the same file with StAX, touching every attribute value, and nothing else. */
  @Benchmark
  public long staxParseOnly() throws IOException, XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    long chars = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(backup), 1 << 16)) {
      XMLStreamReader x = f.createXMLStreamReader(in);
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT) {
          for (int i = 0; i < x.getAttributeCount(); i++) {
            chars += x.getAttributeValue(i).length();
          }
        }
      }
      x.close();
    }
    return chars;
  }
}
