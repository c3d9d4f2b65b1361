package org.xms4j.mime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.xms4j.message.Message;
import org.xms4j.validation.FileResult;
import org.xms4j.validation.Profile;
import org.xms4j.validation.RuleInfo;
import org.xms4j.validation.ValidationReport;
import org.xms4j.validation.Validator;

/**
 * Checks MIME messages against the {@link org.xms4j.validation.Scope#MIME} rules of the catalogue,
 * XMS-R201 to XMS-R228: the [MS-OMS] 2.2.2.1 packaging of SMS and MMS mail, the [MS-OXCMAIL]
 * conversion rules and the RFC 2046 multipart structure.
 *
 * <p>The rules see the parts {@link MimeConverter} reads: the validator splits a message the same
 * way, with the same repairs of malformed input (delimiter lines without the leading {@code --}, a
 * missing closing delimiter, a transfer-encoded multipart), and XMS-R228 reports each of those
 * repairs as a MUST finding at the multipart it was made on.
 *
 * <p>Three entry points, by what is at hand:
 * <ul>
 *   <li>{@link #validate(byte[], Profile)}: a MIME message. The rules about MIME alone run, and the
 *       reader rules run on the Message object {@link MimeConverter} reads from it, so they check this
 *       library's reading of that message.
 *   <li>{@link #validateRead(byte[], Message, Profile)}: a MIME message and a Message object some
 *       reader made of it; the rules about MIME alone and the reader rules.
 *   <li>{@link #validateWritten(Message, byte[], Profile)}: a Message object and the MIME some writer
 *       made of it; the rules about MIME alone and the writer rules.
 * </ul>
 * Findings name a MIME part ({@code /part 1.2}; the top-level entity is {@code part 1}, its children
 * {@code part 1}, {@code part 2} ...) or a top-level header ({@code /header Subject}).
 * {@link ValidationReport#checkedRules()} lists the rules that ran.
 *
 * <pre>{@code
 * ValidationReport report = MimeValidator.validate(Files.readAllBytes(Path.of("sms.eml")), Profile.SPEC);
 * report.findings(Level.MUST).forEach(System.out::println);
 * }</pre>
 *
 * <p>Specified by [MS-OMS] section 2.2.2.1, [MS-OXCMAIL] sections 2.1 and 2.2 and [RFC 2046] section
 * 5.1.1 (each rule's {@link RuleInfo#spec()}).
 */
public final class MimeValidator {

  private MimeValidator() {
  }

  /**
   * Returns the catalogue entries of every MIME rule implemented here.
   *
   * @return XMS-R201 to XMS-R228 in id order
   */
  public static List<RuleInfo> rules() {
    return MimeRules.all().stream().map(MimeRules.MimeRule::info).toList();
  }

  /**
   * Validates a MIME message, with the reader rules applied to this library's reading of it.
   *
   * @param mime the message bytes
   * @param profile the rules to run
   * @return the report
   * @throws MimeConversionException when the bytes are not a MIME message (no header field) or are
   *     larger than {@link MimeConverter#DEFAULT_MAX_INPUT_SIZE_IN_BYTES}
   */
  public static ValidationReport validate(byte[] mime, Profile profile) throws MimeConversionException {
    Objects.requireNonNull(mime, "mime");
    Message read = MimeConverter.create().toMessage(mime).value();
    return validateRead(mime, read, profile);
  }

  /**
   * Validates a MIME message and the Message object read from it.
   *
   * @param mime the message bytes
   * @param read the Message object a reader made of them
   * @param profile the rules to run
   * @return the report
   * @throws MimeConversionException when the bytes are not a MIME message
   */
  public static ValidationReport validateRead(byte[] mime, Message read, Profile profile)
      throws MimeConversionException {
    Objects.requireNonNull(read, "read");
    return run(MimeCheck.of(Objects.requireNonNull(mime, "mime"), MimeCheck.Direction.READ, read), profile);
  }

  /**
   * Validates the MIME written for a Message object.
   *
   * @param source the Message object
   * @param mime the MIME a writer made of it
   * @param profile the rules to run
   * @return the report
   * @throws MimeConversionException when the bytes are not a MIME message
   */
  public static ValidationReport validateWritten(Message source, byte[] mime, Profile profile)
      throws MimeConversionException {
    Objects.requireNonNull(source, "source");
    return run(MimeCheck.of(Objects.requireNonNull(mime, "mime"), MimeCheck.Direction.WRITTEN, source), profile);
  }

  /**
   * Validates a MIME file ({@code .eml}) as {@link #validate(byte[], Profile)} does.
   *
   * @param file the file
   * @param profile the rules to run
   * @return the report, or the reason the file cannot be read or is not MIME
   */
  public static FileResult validate(Path file, Profile profile) {
    Objects.requireNonNull(file, "file");
    try {
      return FileResult.of(file.toString(), validate(Files.readAllBytes(file), profile));
    } catch (MimeConversionException e) {
      return FileResult.unreadable(file.toString(), e.getMessage());
    } catch (IOException e) {
      return FileResult.unreadable(file.toString(), "cannot read the file: " + e.getMessage());
    }
  }

  private static ValidationReport run(MimeCheck check, Profile profile) {
    Objects.requireNonNull(profile, "profile");
    return Validator.validate(check, MimeRules.forDirection(check.direction()), profile);
  }
}
