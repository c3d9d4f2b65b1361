package org.xms4j.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

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
}
