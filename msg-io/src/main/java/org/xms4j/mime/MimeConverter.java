package org.xms4j.mime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.xms4j.mapi.Bytes;
import org.xms4j.message.Message;

/**
 * Converts between MIME messages and Message objects: [MS-OXCMAIL] for ordinary mail, [MS-OMS]
 * section 2.2.2.1 for SMS and MMS packaged as mail.
 *
 * <p>Reading ({@link #toMessage(byte[])}): {@code Content-class: MS-OMS-SMS} mail becomes an SMS
 * object and {@code MS-OMS-MMS} mail an MMS object ([MS-OMS] 3.2.4), built with the SMS and MMS
 * builders of xms4j; other mail becomes an {@code IPM.Note} with body, inline and regular attachments
 * and embedded messages per [MS-OXCMAIL] 2.2. Malformed input is read leniently and every repair is
 * in the report; only input that is not MIME at all, or too large, ends in a
 * {@link MimeConversionException}.
 *
 * <p>Writing ({@link #toMime(Message)}): SMS and MMS objects (by message class, content class or
 * service type) as [MS-OMS] 2.2.2.1 packages them; other messages per [MS-OXCMAIL] 2.1. The writer
 * reads its own output back and reports every property that does not survive, so the report of a
 * write lists exactly what a MIME round trip loses ({@link NotCarriedProperties} documents the known
 * ones).
 *
 * <p>Decisions where the specifications leave a choice, and where this converter departs from them:
 * <ul>
 *   <li>SMS mail: Subject is {@link org.xms4j.message.SmsMessage#abbreviate(String)} of the body (first
 *       line, at most 40 characters; [MS-OMS] 2.2.2.1.1.5); the text part is always quoted-printable.
 *   <li>MMS mail: Subject is the MMS subject followed by a space and
 *       {@code (open the message to view content)}, the SHOULD of [MS-OMS] 2.2.2.1.1.5, worded as
 *       there; readers remove such a reminder (also the "view its content" wording of the 4.5
 *       example). The SMIL part comes first as {@code application/smil; name="mmspresent.smil"}, its
 *       own file name in Content-Disposition. The HTML body of the MMS object is not written: readers
 *       render it from the parts, as {@code MmsMessage.Builder.renderBody()} does.
 *   <li>X-MS-Reply-To-Mobile is the number of the MOBILE sender, else of the first MOBILE recipient.
 *       Readers store it as the MOBILE PidTagSender* when the From address is the gateway's own
 *       SMTP address (PidTagSentRepresenting* stays the From address, [MS-OXCMAIL] 2.2.3.2.x).
 *   <li>A MOBILE party without an SMTP address is written in the [MS-ASMS] form
 *       {@code "Name" [MOBILE:+14255550123]}, which RFC 5322 does not define; readers accept it, a
 *       bare phone number, and in mobile mail an address whose local part is a phone number (that
 *       SMTP address is kept in PidTagSmtpAddress).
 *   <li>Dates are written in UTC; boundaries are {@code =_xms4j_} plus 24 hex digits of the SHA-256
 *       of the parts they enclose; no Message-ID or Date is made up when the properties are absent.
 *   <li>Content-Description is written only when PidTagDisplayName differs from the file name.
 *   <li>An RTF alternative is stored uncompressed in PidTagRtfCompressed ([MS-OXRTFCP] 2.1.3.1); RTF
 *       is never converted to text or HTML.
 *   <li>Reading a message with an HTML body and no RTF alternative also sets what Outlook shows an
 *       HTML body from: PidTagRtfCompressed holding the HTML encapsulated in RTF ([MS-OXRTFEX]),
 *       PidTagNativeBody 3 and PidTagRtfInSync ({@code Message.Builder.encapsulatedHtmlRtf}); every
 *       recipient gets PidTagRowid, its position in the recipient table.
 *   <li>PidTagMessageDeliveryTime is the date-time of the newest (first) Received field, when there
 *       is one; PidTagClientSubmitTime is the Date field.
 *   <li>A message read keeps at most 2048 recipients and 2048 attachments (MMS parts), what a .msg
 *       file holds ([MS-OXMSG] 2.2.1, 2.2.2), so that it can be written as one: the first ones in
 *       header and part order; each further address and part is reported as DROPPED.
 *   <li>Writing a message whose only HTML is the one PidTagRtfCompressed holds encapsulated
 *       ({@code \fromhtml1}, [MS-OXRTFEX]), as Outlook stores many messages, writes that HTML as the
 *       text/html part (reported as REPLACED); plain RTF is not converted (reported as DROPPED).
 * </ul>
 *
 * <pre>{@code
 * MimeConverter converter = MimeConverter.create();
 * ConversionResult<Message> read = converter.toMessage(Files.readAllBytes(Path.of("reply.eml")));
 * MobileMessage.from(read.value()).ifPresent(m -> System.out.println(m.sender()));
 * read.report().items().forEach(System.out::println);
 *
 * ConversionResult<Bytes> written = converter.toMime(read.value());
 * Files.write(Path.of("again.eml"), written.value().toByteArray());
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MimeConverter {

  /** The default for {@link Builder#maxDepth(int)}: 16 levels. */
  public static final int DEFAULT_MAX_DEPTH = 16;
  /** The default for {@link Builder#maxInputSizeInBytes(int)}: 64 MiB. */
  public static final int DEFAULT_MAX_INPUT_SIZE_IN_BYTES = 64 * 1024 * 1024;

  private final int maxDepth;
  private final int maxInputSizeInBytes;

  private MimeConverter(Builder b) {
    this.maxDepth = b.maxDepth;
    this.maxInputSizeInBytes = b.maxInputSizeInBytes;
  }

  /**
   * Returns a converter with the default limits.
   *
   * @return the converter
   */
  public static MimeConverter create() {
    return builder().build();
  }

  /**
   * Returns a builder for a converter with other limits.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Converts a MIME message to a Message object.
   *
   * @param mime the message bytes (RFC 5322 with MIME)
   * @return the Message object, an SMS or MMS object for mobile mail (view it with
   *     {@code MobileMessage.from}), and the report of what was not carried over
   * @throws MimeConversionException when the input is not a MIME message (no header field) or is
   *     larger than the limit
   */
  public ConversionResult<Message> toMessage(byte[] mime) throws MimeConversionException {
    Objects.requireNonNull(mime, "mime");
    if (mime.length > maxInputSizeInBytes) {
      throw new MimeConversionException("", "input of " + mime.length + " bytes is larger than "
          + "maxInputSizeInBytes " + maxInputSizeInBytes, null);
    }
    ConversionReport.Recorder report = new ConversionReport.Recorder();
    Message m = new MimeReader(maxDepth, report).read(mime);
    return new ConversionResult<>(m, report.build());
  }

  /**
   * Reads a MIME message from a stream (to its end; the stream is not closed) and converts it.
   *
   * @param in the stream
   * @return the Message object and the report
   * @throws MimeConversionException when the input is not a MIME message or is larger than the limit
   * @throws IOException when reading fails
   */
  public ConversionResult<Message> toMessage(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    byte[] data = in.readNBytes(maxInputSizeInBytes);
    if (data.length == maxInputSizeInBytes && in.read() >= 0) {
      throw new MimeConversionException("", "input is larger than maxInputSizeInBytes " + maxInputSizeInBytes,
          null);
    }
    return toMessage(data);
  }

  /**
   * Converts a Message object to MIME.
   *
   * @param message the message; SMS and MMS objects are packaged per [MS-OMS] 2.2.2.1
   * @return the MIME bytes and the report of every property a MIME reader would not get back
   * @throws MimeConversionException when the MIME library fails to write
   */
  public ConversionResult<Bytes> toMime(Message message) throws MimeConversionException {
    Objects.requireNonNull(message, "message");
    ConversionReport.Recorder report = new ConversionReport.Recorder();
    byte[] bytes = new MimeWriter(maxDepth, report).write(message);
    return new ConversionResult<>(Bytes.of(bytes), report.build());
  }

  /**
   * Converts a Message object to MIME and writes it to a stream (not closed).
   *
   * @param message the message
   * @param out the stream
   * @return the report of every property a MIME reader would not get back
   * @throws MimeConversionException when the MIME library fails to write
   * @throws IOException when writing to the stream fails
   */
  public ConversionReport toMime(Message message, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    ConversionResult<Bytes> r = toMime(message);
    r.value().writeTo(out);
    return r.report();
  }

  /** The builder of a {@link MimeConverter}. */
  public static final class Builder {
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxInputSizeInBytes = DEFAULT_MAX_INPUT_SIZE_IN_BYTES;

    private Builder() {
    }

    /**
     * Sets how deep multiparts and embedded messages may nest; deeper content is kept as raw
     * attachments when reading and left out when writing, and reported.
     *
     * @param levels 1 or more
     * @return this builder
     * @throws IllegalArgumentException when {@code levels} is less than 1
     */
    public Builder maxDepth(int levels) {
      if (levels < 1) {
        throw new IllegalArgumentException("levels < 1: " + levels);
      }
      this.maxDepth = levels;
      return this;
    }

    /**
     * Sets the largest MIME input accepted.
     *
     * @param bytes 1 or more
     * @return this builder
     * @throws IllegalArgumentException when {@code bytes} is less than 1
     */
    public Builder maxInputSizeInBytes(int bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("bytes < 1: " + bytes);
      }
      this.maxInputSizeInBytes = bytes;
      return this;
    }

    /**
     * Returns the converter.
     *
     * @return an immutable converter
     */
    public MimeConverter build() {
      return new MimeConverter(this);
    }
  }
}
