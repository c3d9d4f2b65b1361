package org.xms4j.message;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.xms4j.mapi.Bytes;
import org.xms4j.smil.MediaKind;

/**
 * One item of an MMS slide, given to {@link MmsMessage.Builder#slide(java.time.Duration, MmsMedia...)}:
 * an image, a text, an audio or a video clip.
 *
 * @param kind the SMIL media kind: {@link MediaKind#IMG}, {@link MediaKind#TEXT},
 *     {@link MediaKind#AUDIO} or {@link MediaKind#VIDEO}
 * @param fileName the file name of the part; for texts a name is assigned on build ({@code 1.txt},
 *     {@code 2.txt}, ...) and this is empty
 * @param mimeType the content type, for example {@code image/jpeg}; {@code text/plain} for texts
 * @param data the contents; for texts the UTF-16LE bytes of the text ("Unicode text", as in
 *     [MS-OXOSMMS] 4.2)
 */
public record MmsMedia(MediaKind kind, String fileName, String mimeType, Bytes data) {

  /**
   * Checks the arguments.
   *
   * @param kind the {@code kind} component
   * @param fileName the {@code fileName} component
   * @param mimeType the {@code mimeType} component
   * @param data the {@code data} component
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the kind is not IMG, TEXT, AUDIO or VIDEO, or a non-text
   *     item has an empty file name or mime type
   */
  public MmsMedia {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mimeType, "mimeType");
    Objects.requireNonNull(data, "data");
    if (kind != MediaKind.IMG && kind != MediaKind.TEXT && kind != MediaKind.AUDIO && kind != MediaKind.VIDEO) {
      throw new IllegalArgumentException("kind must be IMG, TEXT, AUDIO or VIDEO, was " + kind);
    }
    if (kind != MediaKind.TEXT && (fileName.isEmpty() || mimeType.isEmpty())) {
      throw new IllegalArgumentException("a " + kind + " item needs a file name and a mime type");
    }
  }

  /**
   * Returns an image item.
   *
   * @param fileName for example {@code photo.jpg}
   * @param mimeType for example {@code image/jpeg}
   * @param data the image bytes
   * @return the item
   */
  public static MmsMedia image(String fileName, String mimeType, Bytes data) {
    return new MmsMedia(MediaKind.IMG, fileName, mimeType, data);
  }

  /**
   * Returns an audio item.
   *
   * @param fileName for example {@code tune.amr}
   * @param mimeType for example {@code audio/amr}
   * @param data the audio bytes
   * @return the item
   */
  public static MmsMedia audio(String fileName, String mimeType, Bytes data) {
    return new MmsMedia(MediaKind.AUDIO, fileName, mimeType, data);
  }

  /**
   * Returns a video item.
   *
   * @param fileName for example {@code clip.mp4}
   * @param mimeType for example {@code video/mp4}
   * @param data the video bytes
   * @return the item
   */
  public static MmsMedia video(String fileName, String mimeType, Bytes data) {
    return new MmsMedia(MediaKind.VIDEO, fileName, mimeType, data);
  }

  /**
   * Returns a text item, stored as UTF-16LE ("Unicode text").
   *
   * @param text the text
   * @return the item
   */
  public static MmsMedia text(String text) {
    return new MmsMedia(MediaKind.TEXT, "", "text/plain", Bytes.encode(text, StandardCharsets.UTF_16LE));
  }
}
