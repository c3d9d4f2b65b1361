package org.xms4j.smil;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link SmilResolver} needs to know about one part of an MMS: the names by which a SMIL
 * {@code src} may refer to it.
 *
 * <p>Values are kept as given; the resolver ignores surrounding white space, angle brackets around a
 * Content-ID ({@code <image_8.png>}) and double quotes around a Content-Location or name.
 *
 * <p>Specified by [RFC 2392] (Content-ID and the cid: URL scheme), [RFC 2557] (Content-Location)
 * and [MS-OXOSMMS] section 4.2 (PidTagAttachContentId, PidTagAttachLongFilename and
 * PidTagAttachMimeTag of the MMS attachments).
 *
 * @param contentId the Content-ID, with or without angle brackets
 * @param contentLocation the Content-Location
 * @param name the file name (for example PidTagAttachLongFilename or the {@code name} parameter)
 * @param mimeType the content type, for example {@code image/jpeg}
 */
public record MediaPart(Optional<String> contentId, Optional<String> contentLocation, Optional<String> name,
    Optional<String> mimeType) {

  /**
   * Checks the components.
   *
   * @param contentId the {@code contentId} component
   * @param contentLocation the {@code contentLocation} component
   * @param name the {@code name} component
   * @param mimeType the {@code mimeType} component
   * @throws NullPointerException when a component is null (use {@link Optional#empty()})
   */
  public MediaPart {
    Objects.requireNonNull(contentId, "contentId");
    Objects.requireNonNull(contentLocation, "contentLocation");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mimeType, "mimeType");
  }

  /**
   * Returns a part from values that may be null.
   *
   * @param contentId the Content-ID, or null
   * @param contentLocation the Content-Location, or null
   * @param name the file name, or null
   * @param mimeType the content type, or null
   * @return the part
   */
  public static MediaPart of(String contentId, String contentLocation, String name, String mimeType) {
    return new MediaPart(Optional.ofNullable(contentId), Optional.ofNullable(contentLocation),
        Optional.ofNullable(name), Optional.ofNullable(mimeType));
  }

  /**
   * Tells whether this part is a SMIL presentation ({@code application/smil}, ignoring letter case
   * and parameters).
   *
   * @return true for a SMIL part
   */
  public boolean isSmil() {
    return mimeType.map(t -> t.split(";", 2)[0].trim().equalsIgnoreCase("application/smil")).orElse(false);
  }
}
