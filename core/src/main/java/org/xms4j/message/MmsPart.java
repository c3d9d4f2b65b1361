package org.xms4j.message;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.xms4j.mapi.Bytes;

/**
 * One part of an MMS: the SMIL presentation, a text or a media object, stored on an MMS object as a
 * hidden by-value attachment.
 *
 * <p>Specified by [MS-OXOSMMS] section 4.2 (the attachments of the sample MMS object).
 *
 * @param fileName the file name, stored as PidTagAttachLongFilename, for example {@code photo.jpg}
 * @param mimeType the content type, stored as PidTagAttachMimeTag, for example {@code image/jpeg}
 * @param contentId the Content-ID without angle brackets, stored as PidTagAttachContentId
 * @param contentLocation the Content-Location, stored as PidTagAttachContentLocation; null for none
 * @param data the contents, stored as PidTagAttachDataBinary
 * @param charset the charset of a text part, for example {@code utf-8}, stored as
 *     PidTagTextAttachmentCharset; null when not given
 */
public record MmsPart(String fileName, String mimeType, String contentId, @Nullable String contentLocation,
    Bytes data, @Nullable String charset) {

  /**
   * Checks the arguments.
   *
   * @param fileName the {@code fileName} component
   * @param mimeType the {@code mimeType} component
   * @param contentId the {@code contentId} component
   * @param contentLocation the {@code contentLocation} component
   * @param data the {@code data} component
   * @param charset the {@code charset} component
   * @throws NullPointerException when a required argument is null
   * @throws IllegalArgumentException when file name, mime type or content id is empty
   */
  public MmsPart {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mimeType, "mimeType");
    Objects.requireNonNull(contentId, "contentId");
    Objects.requireNonNull(data, "data");
    if (fileName.isEmpty() || mimeType.isEmpty() || contentId.isEmpty()) {
      throw new IllegalArgumentException("fileName, mimeType and contentId must not be empty");
    }
  }

  /**
   * Returns a part without Content-Location.
   *
   * @param fileName the file name
   * @param mimeType the content type
   * @param contentId the Content-ID without angle brackets
   * @param data the contents
   * @return the part
   */
  public static MmsPart of(String fileName, String mimeType, String contentId, Bytes data) {
    return new MmsPart(fileName, mimeType, contentId, null, data, null);
  }

  /**
   * Returns a text part encoded in UTF-8, with charset {@code utf-8}.
   *
   * @param fileName the file name, for example {@code text_0.txt}
   * @param contentId the Content-ID without angle brackets
   * @param text the text
   * @return the part, of type {@code text/plain}
   */
  public static MmsPart text(String fileName, String contentId, String text) {
    return new MmsPart(fileName, "text/plain", contentId, null,
        Bytes.encode(text, java.nio.charset.StandardCharsets.UTF_8), "utf-8");
  }
}
