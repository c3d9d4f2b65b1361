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
 */
public record MmsPart(String fileName, String mimeType, String contentId, @Nullable String contentLocation,
    Bytes data) {

  /**
   * Checks the arguments.
   *
   * @param fileName the {@code fileName} component
   * @param mimeType the {@code mimeType} component
   * @param contentId the {@code contentId} component
   * @param contentLocation the {@code contentLocation} component
   * @param data the {@code data} component
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
    return new MmsPart(fileName, mimeType, contentId, null, data);
  }
}
