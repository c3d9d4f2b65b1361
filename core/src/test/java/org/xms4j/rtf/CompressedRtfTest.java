package org.xms4j.rtf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** [MS-OXRTFCP]: the spec's examples byte for byte, round trips, and typed errors for bad data. */
class CompressedRtfTest {

  /** [MS-OXRTFCP] 3.1.1: "{\rtf1\ansi\ansicpg1252\pard hello world}" CR LF, compressed. */
  static final byte[] EXAMPLE_1 = hex("2d0000002b0000004c5a4675f1c5c7a7"
      + "03000a007263706731323542320af320" + "68656c090020627705b06c647d0a800f" + "a0");
  static final byte[] EXAMPLE_1_RTF = ascii("{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n");
  /** [MS-OXRTFCP] 3.1.2: "{\rtf1 WXYZWXYZWXYZWXYZWXYZ}", a reference that crosses the write offset. */
  static final byte[] EXAMPLE_2 = hex("1a0000001c0000004c5a4675e2d44b51" + "410004205758595a0d6e7d010eb0");
  static final byte[] EXAMPLE_2_RTF = ascii("{\\rtf1 WXYZWXYZWXYZWXYZWXYZ}");

  static byte[] hex(String s) {
    return HexFormat.of().parseHex(s);
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void compressesTheSpecExamplesByteForByte() {
    assertThat(CompressedRtf.compress(EXAMPLE_1_RTF)).containsExactly(EXAMPLE_1);
    assertThat(CompressedRtf.compress(EXAMPLE_2_RTF)).containsExactly(EXAMPLE_2);
  }

  @Test
  void decompressesTheSpecExamples() throws RtfFormatException {
    assertThat(CompressedRtf.decompress(EXAMPLE_1)).containsExactly(EXAMPLE_1_RTF);
    assertThat(CompressedRtf.decompress(EXAMPLE_2)).containsExactly(EXAMPLE_2_RTF);
  }

  @Test
  void headerAndCrcOfTheSpecExample() throws RtfFormatException {
    CompressedRtf.Header h = CompressedRtf.header(EXAMPLE_1);
    assertThat(h).isEqualTo(new CompressedRtf.Header(0x2D, 0x2B, CompressedRtf.COMPRESSED, 0xA7C7C5F1));
    assertThat(h.compressed()).isTrue();
    assertThat(CompressedRtf.crc(EXAMPLE_1, 16, EXAMPLE_1.length)).isEqualTo(0xA7C7C5F1);
    assertThat(CompressedRtf.crc(EXAMPLE_2, 16, EXAMPLE_2.length)).isEqualTo(0x514BD4E2);
    assertThat(CompressedRtf.crc(new byte[0], 0, 0)).isZero();
  }

  @Test
  void initialDictionaryIs207BytesWithCrLfAt168() {
    assertThat(CompressedRtf.INITIAL_DICTIONARY).hasSize(207);
    assertThat(CompressedRtf.INITIAL_DICTIONARY[168]).isEqualTo((byte) '\r');
    assertThat(CompressedRtf.INITIAL_DICTIONARY[169]).isEqualTo((byte) '\n');
    // the CR LF of example 1 is the reference 0x0A80: offset 168, length 2
    assertThat(Arrays.copyOfRange(EXAMPLE_1, 45, 47)).containsExactly(0x0A, 0x80);
  }

  @Test
  void emptyInputIsOneRunWithTheEndReference() throws RtfFormatException {
    byte[] c = CompressedRtf.compress(new byte[0]);
    // control byte 0x01, then the reference to the write offset 207 (0xCF) with length 0
    assertThat(Arrays.copyOfRange(c, 16, c.length)).containsExactly(0x01, 0x0C, 0xF0);
    assertThat(CompressedRtf.header(c)).isEqualTo(new CompressedRtf.Header(15, 0, CompressedRtf.COMPRESSED,
        CompressedRtf.crc(c, 16, c.length)));
    assertThat(CompressedRtf.decompress(c)).isEmpty();
  }

  @Test
  void endReferenceStartsANewRunAfterEightTokens() throws RtfFormatException {
    byte[] eight = ascii("01234567");
    byte[] c = CompressedRtf.compress(eight);
    // one full run of 8 literals (control 0x00), then a run holding only the end reference
    assertThat(c[16]).isZero();
    assertThat(Arrays.copyOfRange(c, 25, c.length)).containsExactly(0x01, 0x0D, 0x70);
    assertThat(CompressedRtf.decompress(c)).containsExactly(eight);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 17, 18, 100, 4095, 4096, 4097, 8000, 20000, 70000})
  void roundTripsRandomText(int size) throws RtfFormatException {
    Random r = new Random(size);
    String alphabet = "{}\\ abcrtf1\r\npar\u0000\u00ff";
    byte[] data = new byte[size];
    for (int i = 0; i < size; i++) {
      data[i] = (byte) alphabet.charAt(r.nextInt(alphabet.length()));
    }
    assertThat(CompressedRtf.decompress(CompressedRtf.compress(data))).containsExactly(data);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 4096, 30000})
  void roundTripsRandomBytesAndRuns(int size) throws RtfFormatException {
    Random r = new Random(31L * size + 7);
    byte[] random = new byte[size];
    r.nextBytes(random);
    byte[] same = new byte[size];
    Arrays.fill(same, (byte) 'x');
    for (byte[] data : new byte[][] {random, same}) {
      byte[] c = CompressedRtf.compress(data);
      assertThat(CompressedRtf.decompress(c)).containsExactly(data);
      assertThat(CompressedRtf.compress(data)).as("deterministic").containsExactly(c);
    }
  }

  @Test
  void repetitionCompressesWell() throws RtfFormatException {
    byte[] rtf = ascii("{\\rtf1\\ansi " + "hello world ".repeat(2000) + "}");
    byte[] c = CompressedRtf.compress(rtf);
    assertThat(c.length).isLessThan(rtf.length / 6);
    assertThat(CompressedRtf.decompress(c)).containsExactly(rtf);
  }

  /**
   * The cost of compression is bounded (what MimeReader relies on for any mail's HTML): in random a/b text
   * about 2048 dictionary offsets hold each byte, yet no search tries more than 256 of them, and every
   * token costs at most 256 x 17 byte comparisons. Counted, not timed.
   */
  @Test
  void aSearchTriesAtMost256OffsetsWhateverTheInput() throws RtfFormatException {
    Random r = new Random(5);
    byte[] ab = new byte[100_000];
    for (int i = 0; i < ab.length; i++) {
      ab[i] = (byte) (r.nextBoolean() ? 'a' : 'b');
    }
    CompressedRtf.Compressor c = new CompressedRtf.Compressor(ab);
    byte[] contents = c.run();
    assertThat(CompressedRtf.MAX_CANDIDATES).isEqualTo(256);
    assertThat(c.mostCandidates()).as("offsets tried by one search").isEqualTo(256);
    assertThat(c.searches()).as("one search per token").isBetween(1L, (long) ab.length);
    assertThat(c.bytesCompared()).isLessThanOrEqualTo(c.searches() * 256 * 17);
    byte[] value = CompressedRtf.compress(ab);
    assertThat(Arrays.copyOfRange(value, 16, value.length)).containsExactly(contents);
    assertThat(CompressedRtf.decompress(value)).containsExactly(ab);
  }

  @Test
  void textWithoutLineBreaksNeverRefersToTheCrLfOfTheDictionary() {
    // what readers holding LF CR at 168 (Apache POI, MSGReader) would misread
    byte[] rtf = ascii("{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\\par \\pard\\plain\\f0\\fs20\\b\\i");
    byte[] c = CompressedRtf.compress(rtf);
    for (int[] ref : references(c)) {
      assertThat(ref[0] + ref[1] <= 168 || ref[0] >= 170).as("reference %s", Arrays.toString(ref)).isTrue();
    }
  }

  /** Returns the (offset, length) of every dictionary reference but the end reference. */
  private static java.util.List<int[]> references(byte[] value) {
    java.util.List<int[]> refs = new java.util.ArrayList<>();
    int i = 16;
    while (true) {
      int control = value[i++] & 0xFF;
      for (int bit = 0; bit < 8; bit++) {
        if ((control & (1 << bit)) == 0) {
          i++;
          continue;
        }
        int ref = (value[i] & 0xFF) << 8 | (value[i + 1] & 0xFF);
        i += 2;
        if (i >= value.length) {
          return refs;
        }
        refs.add(new int[] {ref >>> 4, (ref & 0xF) + 2});
      }
    }
  }

  @Test
  void melaIsWrappedAndUnwrapped() throws RtfFormatException {
    byte[] rtf = ascii("{\\rtf1 plain}");
    byte[] v = CompressedRtf.wrapUncompressed(rtf);
    assertThat(Arrays.copyOfRange(v, 0, 16)).containsExactly(hex("19000000" + "0d000000" + "4d454c41" + "00000000"));
    assertThat(CompressedRtf.header(v).compressed()).isFalse();
    assertThat(CompressedRtf.decompress(v)).containsExactly(rtf);
  }

  // --- bad input: typed errors with the offset concerned

  @Test
  void shortValueIsRefusedAtOffset0() {
    assertFails(new byte[15], 0, "expected a 16-byte [MS-OXRTFCP] header and data, was 15 bytes");
  }

  @Test
  void wrongCompSizeIsRefusedAtOffset0() {
    byte[] v = EXAMPLE_1.clone();
    v[0] = 0x2C;
    assertFails(v, 0, "expected COMPSIZE 45 (the size less 4 bytes), was 44");
    assertFails(Arrays.copyOf(EXAMPLE_1, EXAMPLE_1.length + 3), 0, "expected COMPSIZE 48 (the size less 4 bytes), was 45");
  }

  @Test
  void unknownCompTypeIsRefusedAtOffset8() {
    byte[] v = EXAMPLE_1.clone();
    v[8] = 'X';
    assertFails(v, 8, "expected COMPTYPE LZFu (0x75465A4C) or MELA (0x414C454D), was 0x75465A58");
  }

  @Test
  void wrongCrcIsRefusedAtOffset12() {
    byte[] v = EXAMPLE_1.clone();
    v[20] ^= 1;
    assertFails(v, 12, String.format("expected CRC 0x%08X (of the compressed data), was 0xA7C7C5F1",
        CompressedRtf.crc(v, 16, v.length)));
    byte[] mela = CompressedRtf.wrapUncompressed(ascii("{\\rtf1}"));
    mela[12] = 1;
    assertFails(mela, 12, "expected CRC 0x00000000 for uncompressed (MELA) RTF, was 0x00000001");
  }

  @Test
  void melaRawSizeMustBeTheContentSize() {
    byte[] mela = CompressedRtf.wrapUncompressed(ascii("{\\rtf1}"));
    mela[4] = 9;
    assertFails(mela, 4, "expected RAWSIZE 7 (the bytes after the header) for uncompressed (MELA) RTF, was 9");
  }

  @Test
  void hugeRawSizeIsRefusedBeforeAnyAllocation() {
    // more than the contents can hold is a fault of the data, checked before the reader's limit
    byte[] v = withHeader(EXAMPLE_1, 0xFFFFFFFFL);
    assertFails(v, 4, "RAWSIZE 4294967295 is more than 33 bytes of compressed data can hold (264 bytes)");
    byte[] big = withHeader(EXAMPLE_1, 1_000_000);
    assertFails(big, 4, "RAWSIZE 1000000 is more than 33 bytes of compressed data can hold (264 bytes)");
    assertThatThrownBy(() -> CompressedRtf.decompress(EXAMPLE_1, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theReadersLimitIsNotAFaultOfTheData() throws RtfFormatException {
    assertThatThrownBy(() -> CompressedRtf.decompress(EXAMPLE_1, 10))
        .isInstanceOfSatisfying(RtfLimitExceededException.class, e -> {
          assertThat(e.rawSize()).isEqualTo(43);
          assertThat(e.limit()).isEqualTo(10);
          assertThat(e.byteOffset()).isEqualTo(4);
          assertThat(e).hasMessage("at byte 4: RAWSIZE 43 exceeds this reader's limit of 10 bytes");
        });
    assertThatThrownBy(() -> CompressedRtf.decompress(CompressedRtf.wrapUncompressed(EXAMPLE_1_RTF), 42))
        .isInstanceOf(RtfLimitExceededException.class);
    // validate checks the same data without any limit
    CompressedRtf.validate(EXAMPLE_1);
    CompressedRtf.validate(EXAMPLE_2);
    CompressedRtf.validate(CompressedRtf.wrapUncompressed(EXAMPLE_1_RTF));
    assertThat(CompressedRtf.decompress(EXAMPLE_1, 43)).containsExactly(EXAMPLE_1_RTF);
  }

  @Test
  void rawSizeMustMatchTheDecodedSize() {
    assertFails(withHeader(EXAMPLE_1, 44), 4, "expected RAWSIZE 43 (the bytes the data decodes to), was 44");
    // the reference 0x0A80 (CR LF) at offset 45 would go past RAWSIZE 42
    assertFails(withHeader(EXAMPLE_1, 42), 45, "expected no data beyond RAWSIZE 42, was a reference to 2 bytes with 1 left");
    assertFails(withHeader(EXAMPLE_2, 6), 19, "expected no data beyond RAWSIZE 6, was a literal");
    assertFails(withHeader(EXAMPLE_2, 5), 17, "expected no data beyond RAWSIZE 5, was a reference to 6 bytes with 5 left");
  }

  @Test
  void dataWithoutTheEndReferenceIsRefused() {
    byte[] cut = rebuild(Arrays.copyOf(EXAMPLE_1, EXAMPLE_1.length - 2), 0x2B);
    assertFails(cut, 47, "expected a token, was the end of the data (no end reference)");
    byte[] half = rebuild(Arrays.copyOf(EXAMPLE_1, EXAMPLE_1.length - 1), 0x2B);
    assertFails(half, 47, "expected a 2-byte dictionary reference, was 1 byte before the end of the data");
    byte[] none = rebuild(Arrays.copyOf(EXAMPLE_1, 16), 0);
    assertFails(none, 16, "expected a control byte, was the end of the data (no end reference)");
  }

  @Test
  void paddingAfterTheEndReferenceIsAllowed() throws RtfFormatException {
    byte[] padded = rebuild(Arrays.copyOf(EXAMPLE_1, EXAMPLE_1.length + 5), 0x2B);
    assertThat(CompressedRtf.decompress(padded)).containsExactly(EXAMPLE_1_RTF);
  }

  @Test
  void garbageNeverHangsAndFailsOnlyWithTheTypedError() {
    Random r = new Random(2024);
    int[] failed = new int[2];
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      for (int n = 0; n < 3000; n++) {
        byte[] contents = new byte[r.nextInt(300)];
        r.nextBytes(contents);
        // one value in ten is genuine, so that both outcomes are exercised
        boolean genuine = n % 10 == 0;
        byte[] v = genuine ? CompressedRtf.compress(contents) : rebuild(concat(new byte[16], contents), r.nextInt(2400));
        String validated = null;
        try {
          CompressedRtf.validate(v);
        } catch (RtfFormatException e) {
          validated = e.getMessage();
        }
        try {
          byte[] out = CompressedRtf.decompress(v);
          assertThat(out.length).isEqualTo(CompressedRtf.header(v).rawSize());
          assertThat(validated).as("validate agrees").isNull();
        } catch (RtfFormatException e) {
          assertThat(e.byteOffset()).isBetween(-1L, (long) v.length);
          assertThat(e.getMessage()).as("validate agrees").isEqualTo(validated);
          failed[genuine ? 1 : 0]++;
        }
      }
    });
    // random contents almost never decode to exactly the random RAWSIZE: a reader must refuse them
    assertThat(failed[0]).as("garbage values refused of 2700").isGreaterThan(2600);
    assertThat(failed[1]).as("genuine values refused").isZero();
  }

  private static void assertFails(byte[] value, long offset, String reason) {
    assertThatThrownBy(() -> CompressedRtf.decompress(value)).isInstanceOfSatisfying(RtfFormatException.class, e -> {
      assertThat(e.reason()).isEqualTo(reason);
      assertThat(e.byteOffset()).isEqualTo(offset);
      assertThat(e.getMessage()).isEqualTo("at byte " + offset + ": " + reason);
    });
    assertThatThrownBy(() -> CompressedRtf.validate(value)).as("validate agrees")
        .isInstanceOfSatisfying(RtfFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.byteOffset()).isEqualTo(offset);
        });
  }

  /** Sets RAWSIZE, keeps the rest. */
  private static byte[] withHeader(byte[] value, long rawSize) {
    byte[] v = value.clone();
    putLe32(v, 4, (int) rawSize);
    return v;
  }

  /** Sets COMPSIZE to fit, RAWSIZE, COMPTYPE LZFu and the right CRC for the contents. */
  static byte[] rebuild(byte[] value, int rawSize) {
    byte[] v = value.clone();
    putLe32(v, 0, v.length - 4);
    putLe32(v, 4, rawSize);
    putLe32(v, 8, CompressedRtf.COMPRESSED);
    putLe32(v, 12, CompressedRtf.crc(v, 16, v.length));
    return v;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static void putLe32(byte[] b, int off, int v) {
    b[off] = (byte) v;
    b[off + 1] = (byte) (v >>> 8);
    b[off + 2] = (byte) (v >>> 16);
    b[off + 3] = (byte) (v >>> 24);
  }
}
