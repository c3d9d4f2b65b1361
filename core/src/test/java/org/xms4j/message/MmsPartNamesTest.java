package org.xms4j.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.Bytes;

/** The one table of content types and file-name extensions, and the naming of parts read from other formats. */
class MmsPartNamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "application/smil, .smil",
      "text/plain, .txt",
      "text/html, .html",
      "text/x-vCard, .vcf",
      "image/jpeg, .jpg",
      "image/jpg, .jpg",
      "image/pjpeg, .jpg",
      "image/gif, .gif",
      "image/png, .png",
      "audio/amr, .amr",
      "audio/mid, .mid",
      "audio/midi, .mid",
      "audio/mp3, .mp3",
      "video/3gpp, .3gp",
      "video/mp4, .mp4",
      "application/octet-stream, .bin",
  })
  void knownTypesHaveTheirExtension(String type, String extension) {
    assertThat(MmsPart.extensionFor(type)).contains(extension);
  }

  @Test
  void letterCaseWhiteSpaceAndParametersAreIgnored() {
    assertThat(MmsPart.extensionFor(" Image/JPEG ; name=\"x\"")).contains(".jpg");
    assertThat(MmsPart.extensionFor("text/plain;charset=utf-8")).contains(".txt");
  }

  @Test
  void unknownTypesHaveNoExtension() {
    // no extension is made up: neither the MIME reader's "" nor the importer's ".bin" of before
    assertThat(MmsPart.extensionFor("application/pdf")).isEmpty();
    assertThat(MmsPart.extensionFor("application/vnd.example")).isEmpty();
    assertThat(MmsPart.extensionFor("image")).isEmpty();
    assertThat(MmsPart.extensionFor("")).isEmpty();
    assertThatThrownBy(() -> MmsPart.extensionFor(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void fileNamesComeFromTheNameThenTheLocationWithoutDirectories() {
    assertThat(MmsPart.fileNameFor("photo.jpg", "other.jpg", 0, "image/jpeg")).isEqualTo("photo.jpg");
    assertThat(MmsPart.fileNameFor(" C:\\Users\\ann\\photo.jpg ", null, 0, "image/jpeg")).isEqualTo("photo.jpg");
    assertThat(MmsPart.fileNameFor(null, "http://example.com/media/clip.3gp", 1, "video/3gpp")).isEqualTo("clip.3gp");
    assertThat(MmsPart.fileNameFor("  ", "text_0.txt", 2, "text/plain")).isEqualTo("text_0.txt");
    assertThat(MmsPart.fileNameFor("dir/", "smil.xml", 0, "application/smil")).isEqualTo("smil.xml");
  }

  @Test
  void partsWithoutANameAreNumberedWithTheExtensionOfTheirType() {
    assertThat(MmsPart.fileNameFor(null, null, 3, "image/JPEG")).isEqualTo("part3.jpg");
    assertThat(MmsPart.fileNameFor("", "/", 0, "application/smil")).isEqualTo("part0.smil");
    assertThat(MmsPart.fileNameFor(null, null, 4, "application/x-unknown")).isEqualTo("part4");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "clip.3gp, video/3gpp",
      "CLIP.3GPP, video/3gpp",
      "tune.amr, audio/amr",
      "tune.awb, audio/amr-wb",
      "mmspresent.smil, application/smil",
      "a.smi, application/smil",
      "card.vcf, text/x-vcard",
      "photo.JPEG, image/jpeg",
      "song.mid, audio/midi",
      "C:\\dir.x\\pic.wbmp, image/vnd.wap.wbmp",
      "note.txt, text/plain",
  })
  void fileNamesGiveTheTypeOfTheirExtension(String name, String type) {
    assertThat(MmsPart.typeFor(name)).contains(type);
  }

  @Test
  void everyTypeOfAnExtensionGivesThatExtensionBack() {
    for (String name : new String[] {"a.smil", "a.bin", "a.txt", "a.html", "a.vcf", "a.vcs", "a.ics", "a.jpg", "a.gif",
        "a.png", "a.bmp", "a.wbmp", "a.webp", "a.heic", "a.amr", "a.awb", "a.mid", "a.mp3", "a.m4a", "a.aac", "a.ogg",
        "a.3gp", "a.3g2", "a.mp4"}) {
      String type = MmsPart.typeFor(name).orElseThrow(() -> new AssertionError(name));
      assertThat(MmsPart.extensionFor(type)).as(name).contains(name.substring(1));
    }
  }

  @Test
  void namesWithoutAKnownExtensionHaveNoType() {
    assertThat(MmsPart.typeFor("report.pdf")).isEmpty();
    assertThat(MmsPart.typeFor("README")).isEmpty();
    assertThat(MmsPart.typeFor("dir.jpg/file")).isEmpty();
    assertThat(MmsPart.typeFor("photo.")).isEmpty();
    assertThat(MmsPart.typeFor("")).isEmpty();
    assertThatThrownBy(() -> MmsPart.typeFor(null)).isInstanceOf(NullPointerException.class);
  }

  /** One reading of a content type for the extension table, generated Content-IDs and the SMIL test. */
  @Test
  void typesAreComparedWithoutParametersWhiteSpaceAndCase() {
    assertThat(MmsPart.baseType(" Image/JPEG ; name=\"x;y\"")).isEqualTo("image/jpeg");
    assertThat(MmsPart.baseType("APPLICATION/SMIL")).isEqualTo("application/smil");
    assertThat(MmsPart.baseType("\ttext/plain\t")).isEqualTo("text/plain");
    assertThat(MmsPart.baseType("; charset=utf-8")).isEmpty();
    assertThatThrownBy(() -> MmsPart.baseType(null)).isInstanceOf(NullPointerException.class);
    Bytes data = Bytes.encode("xyz", java.nio.charset.StandardCharsets.UTF_8);
    for (String type : List.of(" Application/SMIL ; charset=utf-8", "\tIMAGE/jpg\t;x", "audio/AMR", "text/plain;")) {
      String base = MmsPart.baseType(type);
      assertThat(MmsPart.extensionFor(type)).as(type).isEqualTo(MmsPart.extensionFor(base));
      assertThat(MmsPart.contentIdFor(0, type, "a", data)).as(type).isEqualTo(MmsPart.contentIdFor(0, base, "a", data));
      assertThat(MmsMessage.isSmil(type)).as(type).isEqualTo(base.equals("application/smil"));
    }
    assertThat(MmsMessage.isSmil("\tApplication/SMIL ; charset=utf-8")).isTrue();
    assertThat(MmsMessage.isSmil("application/smil-x")).isFalse();
    assertThatThrownBy(() -> MmsMessage.isSmil(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void generatedContentIdsAreAddrSpecsThatDependOnlyOnThePart() {
    Bytes data = Bytes.encode("xyz", java.nio.charset.StandardCharsets.UTF_8);
    String id = MmsPart.contentIdFor(1, "image/jpg", "part1.jpg", data);
    // RFC 5322 dot-atom "@" dot-atom, so <id> is a Content-ID and cid:id a URL needing no escapes
    assertThat(id).matches("Att1\\.jpg@[0-9A-F]{16}\\.[0-9A-F]{16}")
        .matches("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*");
    // deterministic; letter case and parameters of the type do not matter
    assertThat(MmsPart.contentIdFor(1, " Image/JPG; name=x", "part1.jpg", data)).isEqualTo(id);
    // position, name, type and data each change it
    assertThat(MmsPart.contentIdFor(2, "image/jpg", "part1.jpg", data)).startsWith("Att2.jpg@").isNotEqualTo(id);
    assertThat(MmsPart.contentIdFor(1, "image/jpg", "other.jpg", data).substring(9)).isNotEqualTo(id.substring(9));
    assertThat(MmsPart.contentIdFor(1, "image/png", "part1.jpg", data)).startsWith("Att1.png@");
    assertThat(MmsPart.contentIdFor(1, "image/jpg", "part1.jpg", Bytes.EMPTY).substring(9)).isNotEqualTo(id.substring(9));
    // a type without extension gives none
    assertThat(MmsPart.contentIdFor(0, "application/x-unknown", "part0", data)).startsWith("Att0@");
    assertThatThrownBy(() -> MmsPart.contentIdFor(-1, "image/jpg", "a.jpg", data))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }
}
