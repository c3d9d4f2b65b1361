package org.xms4j.msg.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xms4j.message.Message;
import org.xms4j.msg.MsgReader;
import org.xms4j.path.MessagePath;
import org.xms4j.validation.FileResult;
import org.xms4j.validation.Finding;
import org.xms4j.validation.Profile;
import org.xms4j.validation.RuleCatalogue;
import org.xms4j.validation.RuleId;
import org.xms4j.validation.ValidationReport;
import org.xms4j.validation.Validator;

/**
 * Validates .msg files: the Message object each holds (read leniently with {@link MsgReader}, then
 * checked by {@link Validator#validate(Message, Profile)}) and the file's structure (checked by the
 * {@link MsgFileRules} on a {@link MsgStructure}), combined into one report.
 *
 * <pre>{@code
 * FileResult r = MsgValidator.validate(Path.of("sms.msg"), Profile.OUTLOOK);
 * r.report().ifPresent(report -> report.findings().forEach(System.out::println));
 * r.error().ifPresent(System.err::println);   // not a compound file, or unreadable
 * }</pre>
 *
 * <p>Validation never throws for the content of a file. A file that cannot be opened as a compound
 * file (not one, corrupt header or directory, larger than
 * {@link org.xms4j.msg.ReadLimits#maxFileSizeInBytes()}) is {@link FileResult#unreadable(String, String)}.
 * A file whose structure can be read but whose Message object cannot (the lenient reader still
 * throws, for example at a {@link org.xms4j.msg.ReadLimits} limit) gets the structure findings plus
 * one finding of {@link RuleCatalogue#INTERNAL_ERROR} saying why the Message-object rules did not
 * run; {@link ValidationReport#checkedRules()} then lists only the file-structure rules. Findings are
 * in the deterministic order of {@link ValidationReport}.
 *
 * <p>Specified by [MS-OXMSG] sections 2.1 to 2.4 and the specifications of each Message-object rule.
 */
public final class MsgValidator {

  private MsgValidator() {
  }

  /**
   * Validates a .msg file under {@link Profile#SPEC}.
   *
   * @param file the file
   * @return the report, or the reason the file is unreadable; named by {@code file.toString()}
   */
  public static FileResult validate(Path file) {
    return validate(file, Profile.SPEC);
  }

  /**
   * Validates a .msg file: its Message object and its structure.
   *
   * @param file the file
   * @param profile the rules to run
   * @return the report, or the reason the file is unreadable; named by {@code file.toString()}
   */
  public static FileResult validate(Path file, Profile profile) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(profile, "profile");
    return validate(file.toString(), profile, () -> MsgStructure.read(file),
        () -> MsgReader.lenient().read(file).message());
  }

  /**
   * Validates a .msg file held in memory: its Message object and its structure.
   *
   * @param bytes the file's bytes; not modified
   * @param name the name the result carries, for example the file name
   * @param profile the rules to run
   * @return the report, or the reason the bytes are unreadable
   */
  public static FileResult validate(byte[] bytes, String name, Profile profile) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(profile, "profile");
    return validate(name, profile, () -> MsgStructure.read(bytes),
        () -> MsgReader.lenient().read(new java.io.ByteArrayInputStream(bytes)).message());
  }

  /** Reads one view of a file: its structure or its Message object. */
  private interface Source<T> {
    T read() throws IOException;
  }

  /**
   * Reads the structure (unreadable when that fails), runs the structure rules, then reads the
   * Message object and adds its rules' findings, or one finding saying why it could not be read.
   */
  private static FileResult validate(String name, Profile profile, Source<MsgStructure> structureSource,
      Source<Message> messageSource) {
    MsgStructure s;
    try {
      s = structureSource.read();
    } catch (IOException | RuntimeException e) {
      return FileResult.unreadable(name, describe(e));
    }
    ValidationReport structure = validate(s, profile);
    try {
      Message m = messageSource.read();
      return FileResult.of(name, Validator.validate(m, profile).plus(structure));
    } catch (IOException | RuntimeException e) {
      return FileResult.of(name, structure.plus(readerFailed(profile, e)));
    }
  }

  /**
   * Runs the file-structure rules of a profile on a structure: {@link MsgFileRules#all()} through
   * {@link Validator#validate(Object, List, Profile)}.
   *
   * @param structure the structure of a .msg file
   * @param profile the rules to run: the XMS-R rules, plus OUTLOOK-R001 and OUTLOOK-R002 for
   *     {@link Profile#OUTLOOK}
   * @return the report of the structure alone
   */
  public static ValidationReport validate(MsgStructure structure, Profile profile) {
    return Validator.validate(structure, MsgFileRules.all(), profile);
  }

  private static ValidationReport readerFailed(Profile profile, Exception e) {
    List<Finding> f = new ArrayList<>();
    f.add(Finding.of(RuleCatalogue.require(RuleCatalogue.INTERNAL_ERROR.value()), MessagePath.ROOT,
        "expected the Message object to be readable for the Message-object rules, the lenient reader failed: "
            + describe(e) + "; only the file-structure rules ran"));
    return new ValidationReport(profile, f, List.<RuleId>of());
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.replaceAll("\\s+", " ").strip());
  }
}
