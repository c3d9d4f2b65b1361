package org.xms4j.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.hmef.CompressedRTF;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.util.LZWDecompresser;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;
import org.xms4j.message.MmsMessage;
import org.xms4j.message.MmsPart;
import org.xms4j.message.ProtocolExamples;
import org.xms4j.rtf.CompressedRtf;
import org.xms4j.rtf.EncapsulatedHtml;
import org.xms4j.rtf.RtfFormatException;

/**
 * Our compressed RTF read by Apache POI (an independent [MS-OXRTFCP] decompressor, and HSMF on the
 * .msg files we write), and real Outlook RTF read by our decompressor.
 *
 * <p>POI holds LF CR where [MS-OXRTFCP] puts CR LF in the initial dictionary (PROVENANCE note 4 of
 * {@code shared/testdata-real}), so its {@code CompressedRTF} differs from us wherever a dictionary
 * reference copies those bytes; for real files its decoding loop is run with the spec's dictionary.
 */
class RtfInteropTest {

  /** The one real file whose compressed RTF is wrong: an uncompressed (MELA) value with a wrong RAWSIZE. */
  private static final String BAD_MELA = "msg-parser-rs/data/ascii.msg";

  /** Decompresses with POI's {@code org.apache.poi.hmef.CompressedRTF}, cut to RAWSIZE. */
  private static byte[] poi(byte[] value) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CompressedRTF().decompress(new ByteArrayInputStream(value), out);
    long raw = Integer.toUnsignedLong((value[4] & 0xFF) | (value[5] & 0xFF) << 8 | (value[6] & 0xFF) << 16
        | (value[7] & 0xFF) << 24);
    byte[] all = out.toByteArray();
    assertThat((long) all.length).as("POI output covers RAWSIZE").isGreaterThanOrEqualTo(raw);
    return Arrays.copyOf(all, (int) raw);
  }

  /**
   * POI's LZFu decoding loop ({@code org.apache.poi.util.LZWDecompresser}, which {@code CompressedRTF}
   * runs) given the initial dictionary as [MS-OXRTFCP] prints it, CR LF at 168, instead of POI's.
   */
  private static final class PoiLoopWithSpecDictionary extends LZWDecompresser {
    /** The initial dictionary of [MS-OXRTFCP], typed in again here so that the check is independent. */
    private static final byte[] SPEC_DICTIONARY = ("{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil "
        + "\\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier"
        + "{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx")
        .getBytes(StandardCharsets.US_ASCII);

    PoiLoopWithSpecDictionary() {
      super(true, 2, true);
    }

    @Override
    protected int populateDictionary(byte[] dict) {
      System.arraycopy(SPEC_DICTIONARY, 0, dict, 0, SPEC_DICTIONARY.length);
      return SPEC_DICTIONARY.length;
    }

    @Override
    protected int adjustDictionaryOffset(int offset) {
      return offset;
    }

    static byte[] decompress(byte[] value, int rawSize) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new PoiLoopWithSpecDictionary().decompress(new ByteArrayInputStream(value, 16, value.length - 16), out);
      return Arrays.copyOf(out.toByteArray(), rawSize);
    }
  }

  @Test
  void poiReadsOurCompressionOfTextWithoutLineBreaksExactly() throws IOException {
    Random r = new Random(5);
    String alphabet = "{}\\ abcdefrtf1par\t\u00e9";
    for (int size : new int[] {0, 1, 16, 207, 4000, 4096, 5000, 40000}) {
      byte[] data = new byte[size];
      for (int i = 0; i < size; i++) {
        data[i] = (byte) alphabet.charAt(r.nextInt(alphabet.length()));
      }
      assertThat(poi(CompressedRtf.compress(data))).as("size %d", size).containsExactly(data);
    }
    for (String html : List.of(ProtocolExamples.MMS_HTML, "<p>\u4f60\u597d \ud83d\ude00 C:\\x {y}</p>\r\n")) {
      byte[] rtf = EncapsulatedHtml.encapsulate(html).getBytes(StandardCharsets.US_ASCII);
      assertThat(poi(CompressedRtf.compress(rtf))).containsExactly(rtf);
    }
  }

  @Test
  void poiReadsTheSpecExamplesWithItsSwappedDictionary() throws IOException {
    byte[] example1 = HexFormat.of().parseHex("2d0000002b0000004c5a4675f1c5c7a703000a007263706731323542320af320"
        + "68656c090020627705b06c647d0a800fa0");
    byte[] example2 = HexFormat.of().parseHex("1a0000001c0000004c5a4675e2d44b51410004205758595a0d6e7d010eb0");
    assertThat(new String(poi(example2), StandardCharsets.US_ASCII)).isEqualTo("{\\rtf1 WXYZWXYZWXYZWXYZWXYZ}");
    // example 1 ends with the reference 0x0A80, the dictionary's CR LF
    assertThat(new String(poi(example1), StandardCharsets.US_ASCII))
        .isEqualTo("{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\n\r");
    assertThat(new String(CompressedRtf.decompress(example1), StandardCharsets.US_ASCII))
        .isEqualTo("{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n");
  }

  @Test
  void realOutlookRtfDecompressesAsPoisLoopDoesWithTheSpecDictionary() throws IOException {
    int count = 0;
    int lzfu = 0;
    for (Path f : RealFiles.allMsg()) {
      if (RealFiles.robustness(f)) {
        continue;
      }
      Message m;
      try {
        m = MsgReader.lenient().read(f).message();
      } catch (MsgFormatException e) {
        continue;
      }
      for (Bytes value : rtfValues(m)) {
        byte[] v = value.toByteArray();
        if (RealFiles.name(f).equals(BAD_MELA)) {
          // a writer that put COMPSIZE (302) into RAWSIZE
          assertThatThrownBy(() -> CompressedRtf.decompress(v)).isInstanceOf(RtfFormatException.class)
              .hasMessage("at byte 4: expected RAWSIZE 290 (the bytes after the header) for uncompressed (MELA) RTF, "
                  + "was 302");
          continue;
        }
        byte[] ours = CompressedRtf.decompress(v);
        if (CompressedRtf.header(v).compressed()) {
          assertThat(PoiLoopWithSpecDictionary.decompress(v, ours.length)).as(RealFiles.name(f)).containsExactly(ours);
          lzfu++;
        }
        // and every one is RTF our reader can parse
        EncapsulatedHtml.displayedText(ours);
        count++;
      }
    }
    if (!RealFiles.allMsg().isEmpty()) {
      assertThat(count).as("compressed RTF values among the real files").isGreaterThan(20);
      assertThat(lzfu).as("LZFu values among them").isGreaterThan(20);
    }
  }

  @Test
  void realOutlookRtfMatchesTheSpecConformantExpectedFiles() throws IOException {
    // kenjiuno/msgreader's expected .rtf files are MS-OXRTFCP-conformant (CR LF), byte for byte
    for (String name : List.of("msgInMsg", "nonUnicodeCP932", "nonUnicodeMail", "test1", "test2")) {
      Path msg = RealFiles.file("kenjiuno-msgreader/test/" + name + ".msg");
      byte[] expected = Files.readAllBytes(RealFiles.file("kenjiuno-msgreader/test/" + name + ".rtf"));
      Bytes value = MsgReader.strict().read(msg).message().find(PidTag.RTF_COMPRESSED).orElseThrow();
      assertThat(CompressedRtf.decompress(value.toByteArray())).as(name).containsExactly(expected);
    }
  }

  private static List<Bytes> rtfValues(Message m) {
    List<Bytes> out = new ArrayList<>();
    m.find(PidTag.RTF_COMPRESSED).ifPresent(out::add);
    for (Attachment a : m.attachments()) {
      a.embeddedMessage().ifPresent(e -> out.addAll(rtfValues(e)));
    }
    return out;
  }

  // --- task: an MMS written by MsgWriter, opened with HSMF

  @Test
  void hsmfShowsTheRtfOfOurMmsAndItHoldsTheHtml() throws Exception {
    MmsMessage cjk = MmsMessage.builder()
        .addPart(MmsPart.text("1.txt", "t@x", "\u4f60\u597d\u3001\u4e16\u754c \ud83d\ude00 a\\b {c} <d> & e"))
        .addPart(MmsPart.of("photo.jpg", "image/jpeg", "p@x", ProtocolExamples.photo()))
        .renderBody()
        .build();
    for (MmsMessage mms : List.of(ProtocolExamples.mms(), cjk)) {
      MAPIMessage msg = new MAPIMessage(new ByteArrayInputStream(MsgWriter.toBytes(mms.message())));
      String rtf = msg.getRtfBody();
      assertThat(rtf).startsWith("{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 ");
      Optional<String> html = EncapsulatedHtml.extract(rtf.getBytes(StandardCharsets.ISO_8859_1));
      assertThat(html).isPresent().isEqualTo(mms.html());
    }
  }
}
