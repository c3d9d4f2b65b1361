package org.xms4j.message;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.xms4j.mapi.Bytes;

/**
 * One part of an MMS: the SMIL presentation, a text or a media object, stored on an MMS object as a
 * hidden by-value attachment.
 *
 * <p>Readers that build parts from other formats (the MIME reader, the phone-backup importer) name
 * a part with {@link #fileNameFor} and {@link #extensionFor}, the one table of content types and
 * file-name extensions.
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

  /** The file-name extension of each content type an MMS carries, keyed by the lower-case type. */
  private static final Map<String, String> EXTENSIONS = Map.ofEntries(
      Map.entry("application/smil", ".smil"),
      Map.entry("application/octet-stream", ".bin"),
      Map.entry("text/plain", ".txt"),
      Map.entry("text/html", ".html"),
      Map.entry("text/x-vcard", ".vcf"),
      Map.entry("text/vcard", ".vcf"),
      Map.entry("text/x-vcalendar", ".vcs"),
      Map.entry("text/calendar", ".ics"),
      Map.entry("image/jpeg", ".jpg"),
      Map.entry("image/jpg", ".jpg"),
      Map.entry("image/pjpeg", ".jpg"),
      Map.entry("image/gif", ".gif"),
      Map.entry("image/png", ".png"),
      Map.entry("image/x-png", ".png"),
      Map.entry("image/bmp", ".bmp"),
      Map.entry("image/x-ms-bmp", ".bmp"),
      Map.entry("image/vnd.wap.wbmp", ".wbmp"),
      Map.entry("image/webp", ".webp"),
      Map.entry("image/heic", ".heic"),
      Map.entry("audio/amr", ".amr"),
      Map.entry("audio/amr-wb", ".awb"),
      Map.entry("audio/mid", ".mid"),
      Map.entry("audio/midi", ".mid"),
      Map.entry("audio/x-midi", ".mid"),
      Map.entry("audio/sp-midi", ".mid"),
      Map.entry("audio/mpeg", ".mp3"),
      Map.entry("audio/mp3", ".mp3"),
      Map.entry("audio/mp4", ".m4a"),
      Map.entry("audio/aac", ".aac"),
      Map.entry("audio/ogg", ".ogg"),
      Map.entry("audio/3gpp", ".3gp"),
      Map.entry("video/3gpp", ".3gp"),
      Map.entry("video/3gpp2", ".3g2"),
      Map.entry("video/mp4", ".mp4"));

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

  /**
   * Returns the usual file-name extension of a content type: the one table the MIME reader and the
   * phone-backup importer name parts by. It covers the SMIL, text, vCard, vCalendar, image, audio
   * and video types of MMS (for example {@code image/jpeg}, {@code image/jpg} and {@code image/pjpeg}
   * give {@code .jpg}, {@code audio/amr} gives {@code .amr}, {@code video/3gpp} gives {@code .3gp})
   * and {@code application/octet-stream} ({@code .bin}).
   *
   * @param mimeType a content type; letter case, surrounding white space and parameters
   *     ({@code ; charset=utf-8}) are ignored
   * @return the extension with its leading dot, for example {@code .jpg}; empty for a type not in
   *     the table, so that no extension is made up for content of unknown type
   * @throws NullPointerException when the type is null
   */
  public static Optional<String> extensionFor(String mimeType) {
    Objects.requireNonNull(mimeType, "mimeType");
    int semi = mimeType.indexOf(';');
    String base = (semi >= 0 ? mimeType.substring(0, semi) : mimeType).strip().toLowerCase(Locale.ROOT);
    return Optional.ofNullable(EXTENSIONS.get(base));
  }

  /**
   * Returns the file name of a part read from another format: the last path segment (after the
   * last {@code /} or {@code \}) of the given name, else of the Content-Location; when neither
   * gives a non-blank name, {@code part} followed by the index and the {@link #extensionFor
   * extension} of the type, for example {@code part2.jpg}, or {@code part2} for a type of unknown
   * extension. Directory parts are dropped because a sender's path says nothing about the part
   * (RFC 2183 section 2.3).
   *
   * @param name the file name the part was sent with (for example the {@code filename} or
   *     {@code name} parameter), or null
   * @param contentLocation the Content-Location of the part, or null
   * @param index the 0-based position of the part in the message
   * @param mimeType the content type of the part
   * @return a non-empty file name, white space around it removed
   * @throws NullPointerException when the type is null
   */
  public static String fileNameFor(@Nullable String name, @Nullable String contentLocation, int index,
      String mimeType) {
    Objects.requireNonNull(mimeType, "mimeType");
    for (String candidate : new String[] {name, contentLocation}) {
      if (candidate != null) {
        String t = candidate.strip();
        String last = t.substring(Math.max(t.lastIndexOf('/'), t.lastIndexOf('\\')) + 1).strip();
        if (!last.isEmpty()) {
          return last;
        }
      }
    }
    return "part" + index + extensionFor(mimeType).orElse("");
  }
}
