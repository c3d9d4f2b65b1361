package org.xms4j.msg.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading the whole real corpus (every real .msg file both readers open) with our reader, walking
 * every property, named property, recipient, attachment and embedded message, against POI HSMF
 * reading subject, bodies (text, HTML, RTF), recipients and attachment data of the same files.
 *
 * <p>One operation is one pass over the corpus; the auxiliary counter {@code files} gives the
 * files read per second directly. The files are loaded into byte arrays in setup, so the disk is
 * not measured, and both readers read the same arrays through a {@code ByteArrayInputStream}. See
 * README.md for how to run it and the figures measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReadCorpusBenchmark {

  private List<byte[]> files;

  /** Counts the files read, reported by JMH as files per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Files {
    /** Files read in this iteration. */
    public long files;

    /** Resets the count before each iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      files = 0;
    }
  }

  /**
   * Loads the corpus into memory.
   *
   * @throws IOException when a file cannot be read
   */
  @Setup(Level.Trial)
  public void load() throws IOException {
    files = BenchCorpus.load();
    System.out.println("\n# corpus: " + files.size() + " files, "
        + files.stream().mapToLong(b -> b.length).sum() + " bytes");
  }

  /**
   * One pass over the corpus with our reader.
   *
   * @param bh the sink of the walked sizes
   * @param count the files counter
   * @throws IOException when a file cannot be read
   */
  @Benchmark
  public void xms4j(Blackhole bh, Files count) throws IOException {
    for (byte[] f : files) {
      bh.consume(BenchCorpus.readOurs(f));
    }
    count.files += files.size();
  }

  /**
   * One pass over the corpus with POI HSMF.
   *
   * @param bh the sink of the read sizes
   * @param count the files counter
   * @throws IOException when a file cannot be read
   */
  @Benchmark
  public void hsmf(Blackhole bh, Files count) throws IOException {
    for (byte[] f : files) {
      bh.consume(BenchCorpus.readHsmf(f));
    }
    count.files += files.size();
  }
}
