package org.xms4j.message;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
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
 * file-name extensions, and give a part sent without Content-ID the one made by
 * {@link #contentIdFor}; writers guess the type of a part sent without one with {@link #typeFor}.
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
   * The content types an MMS carries and their file-name extensions, one row a kind of content: the
   * extensions (the first is the one {@link #extensionFor} gives) and the types, lower case (the first
   * is the one {@link #typeFor} gives).
   */
  private static final String[][] TABLE = {
      {".smil .smi", "application/smil"},
      {".bin", "application/octet-stream"},
      {".txt", "text/plain"},
      {".html .htm", "text/html"},
      {".vcf", "text/x-vcard text/vcard"},
      {".vcs", "text/x-vcalendar"},
      {".ics", "text/calendar"},
      {".jpg .jpeg .jpe", "image/jpeg image/jpg image/pjpeg"},
      {".gif", "image/gif"},
      {".png", "image/png image/x-png"},
      {".bmp", "image/bmp image/x-ms-bmp"},
      {".wbmp", "image/vnd.wap.wbmp"},
      {".webp", "image/webp"},
      {".heic", "image/heic"},
      {".amr", "audio/amr"},
      {".awb", "audio/amr-wb"},
      {".mid .midi", "audio/midi audio/mid audio/x-midi audio/sp-midi"},
      {".mp3", "audio/mpeg audio/mp3"},
      {".m4a", "audio/mp4"},
      {".aac", "audio/aac"},
      {".ogg", "audio/ogg"},
      {".3gp .3gpp", "video/3gpp audio/3gpp"},
      {".3g2", "video/3gpp2"},
      {".mp4", "video/mp4"},
  };

  /** The extension of each type of {@link #TABLE}. */
  private static final Map<String, String> EXTENSIONS = new HashMap<>();

  /** The type of each extension of {@link #TABLE}, keyed without the dot. */
  private static final Map<String, String> TYPES = new HashMap<>();

  static {
    for (String[] row : TABLE) {
      String[] extensions = row[0].split(" ");
      String[] types = row[1].split(" ");
      for (String t : types) {
        EXTENSIONS.put(t, extensions[0]);
      }
      for (String x : extensions) {
        TYPES.put(x.substring(1), types[0]);
      }
    }
  }

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
    return Optional.ofNullable(EXTENSIONS.get(baseType(mimeType)));
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
        String last = lastSegment(candidate);
        if (!last.isEmpty()) {
          return last;
        }
      }
    }
    return "part" + index + extensionFor(mimeType).orElse("");
  }

  /**
   * Returns the content type of a file name's extension in the table of {@link #extensionFor}: the
   * types of MMS ({@code .amr}, {@code .3gp}, {@code .smil}, {@code .vcf}, {@code .jpg} ...) that the
   * JDK's table of {@link java.net.URLConnection#guessContentTypeFromName} partly lacks. Where a
   * table row has several types, the first is given: {@code .jpg} gives {@code image/jpeg},
   * {@code .3gp} {@code video/3gpp}, {@code .mid} {@code audio/midi}, {@code .vcf}
   * {@code text/x-vcard}.
   *
   * @param fileName a file name or path; the extension is what follows the last {@code .} of its
   *     last segment (after the last {@code /} or {@code \}), in any letter case
   * @return the type in lower case; empty when the name has no extension or one not in the table
   * @throws NullPointerException when the name is null
   */
  public static Optional<String> typeFor(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    String last = lastSegment(fileName);
    int dot = last.lastIndexOf('.');
    if (dot < 0 || dot == last.length() - 1) {
      return Optional.empty();
    }
    return Optional.ofNullable(TYPES.get(last.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  /**
   * Returns the Content-ID given to a part read from another format without one: {@code Att}, the
   * index, the {@link #extensionFor extension} of the type, {@code @}, and a SHA-256 over the part
   * as two groups of 16 upper-case hex digits separated by a period (the shape of the
   * [MS-OXOSMMS] 4.2 sample's {@code Att0.txt@AB1B43B2B0594564.B94EF7ABB12B49BA}). The hash covers
   * the lower-case content type without parameters, the file name and the data, so the id depends
   * only on the part and its position: the MIME reader, the MIME writer and the phone-backup
   * importer give the same part the same id, every time.
   *
   * <p>The id is an addr-spec whose local part and domain are dot-atoms ([RFC 5322] sections 3.2.3
   * and 3.4.1), so {@code "<" id ">"} is a valid Content-ID ([RFC 2392] section 2, [RFC 2045]
   * section 7) and {@code cid:} followed by the id a valid URL without any percent-encoding.
   *
   * @param index the 0-based position of the part in the message, not negative
   * @param mimeType the content type of the part; letter case, white space and parameters are ignored
   * @param fileName the file name of the part (see {@link #fileNameFor})
   * @param data the contents of the part
   * @return the id without angle brackets, for example {@code Att2.jpg@3F0C...71A2.9B4D...E810}
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the index is negative
   */
  public static String contentIdFor(int index, String mimeType, String fileName, Bytes data) {
    Objects.requireNonNull(mimeType, "mimeType");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(data, "data");
    if (index < 0) {
      throw new IllegalArgumentException("part index must not be negative: " + index);
    }
    String base = baseType(mimeType);
    MessageDigest md = sha256();
    md.update(base.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    md.update((byte) 0);
    md.update(fileName.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    md.update((byte) 0);
    md.update(data.asReadOnlyBuffer());
    return "Att" + index + extensionFor(base).orElse("") + "@" + idDomain(md.digest());
  }

  /**
   * Returns a content type as the type tables compare it: without its parameters (from the first
   * {@code ;}), white space around it removed, in lower case; {@code " Image/JPEG; name=x"} gives
   * {@code "image/jpeg"}.
   *
   * @throws NullPointerException when the type is null
   */
  static String baseType(String mimeType) {
    Objects.requireNonNull(mimeType, "mimeType");
    int semi = mimeType.indexOf(';');
    return (semi >= 0 ? mimeType.substring(0, semi) : mimeType).strip().toLowerCase(Locale.ROOT);
  }

  /** Returns what follows the last {@code /} or {@code \} of a path, white space around it removed. */
  private static String lastSegment(String path) {
    String t = path.strip();
    return t.substring(Math.max(t.lastIndexOf('/'), t.lastIndexOf('\\')) + 1).strip();
  }

  /**
   * Returns the domain of a generated Content-ID: the first 16 bytes of a digest as two groups of
   * 16 upper-case hex digits separated by a period.
   */
  static String idDomain(byte[] digest) {
    String hex = Bytes.of(digest).hex();
    return hex.substring(0, 16) + "." + hex.substring(16, 32);
  }

  /** Returns a new SHA-256 digest. */
  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
