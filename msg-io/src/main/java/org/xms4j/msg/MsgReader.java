package org.xms4j.msg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.xms4j.message.Message;
import org.xms4j.msg.internal.Anomalies;
import org.xms4j.msg.internal.CfbFile;
import org.xms4j.msg.internal.MessageReader;

/**
 * Reads Outlook .msg files into {@link Message} objects.
 *
 * <pre>{@code
 * ReadResult r = MsgReader.lenient().read(Path.of("mail.msg"));
 * Message m = r.message();
 * r.issues().forEach(System.out::println);
 *
 * Message strict = MsgReader.strict().read(Path.of("mail.msg")).message();   // throws MsgFormatException
 * }</pre>
 *
 * <p>What is read, without loss: every property of the message, its recipients and attachments
 * (unknown ones included; values that cannot be decoded as {@link org.xms4j.mapi.PropertyValue.Unparsed}
 * with their bytes), multi-valued properties, named properties resolved to their (property set, LID
 * or name) identity, embedded messages at any depth, custom (afStorage) attachment storages as
 * {@link org.xms4j.message.CompoundEntry} trees, and every storage or stream no property describes as
 * {@linkplain Message#extraEntries() extra entries}. PtypString values are decoded from UTF-16LE code
 * unit by code unit, so unpaired surrogates survive; PtypString8 values keep their bytes with the
 * code page of PidTagMessageCodepage, else the ANSI code page of PidTagMessageLocaleId, else
 * PidTagInternetCodepage, else that of the containing message, else 1252. What a recipient or
 * attachment storage holds beyond its properties (and its embedded message or custom storage) is
 * kept on that object: {@link org.xms4j.message.Recipient#extraEntries()},
 * {@link org.xms4j.message.Attachment#extraEntries()} and the storage CLSID as
 * {@code storageClassId()}, so it stays with its object when recipients or attachments are removed or
 * reordered. Unknown children of {@code __nameid_version1.0} and its CLSID are kept among the extra
 * entries of the top-level message as a storage of that name. {@link MsgWriter} writes all of them
 * back where they were. What the writer could not write back is reported as
 * {@link ReadIssue.Action#SKIPPED} instead of kept, so that a message read leniently can always be
 * written: a value stream of a named property id that no entry describes (named property ids are
 * reassigned when writing); an entry whose name equals that of an entry read or kept before it
 * ignoring case, which [MS-CFB] section 2.6.4 does not allow (the first in name order is kept); and
 * in a message storage, an entry named like a recipient or attachment storage that is not read as
 * one, such as a stream of that name, or like the named property mapping storage but not the one at
 * the top level (the writer writes those storages itself).
 *
 * <p>Anomalies: in strict mode the first one throws {@link MsgFormatException}; in lenient mode each
 * becomes a {@link ReadIssue} and reading goes on: a property with an unknown type code or an
 * unmapped named id is skipped and the rest of the property stream is still read; a value stream
 * whose size disagrees with its entry keeps the bytes present; an odd-sized PtypString is kept raw.
 * A file that is not a compound file or whose container structure (header, directory) is corrupt
 * throws in both modes; a stream whose sector chain is broken is an anomaly of that stream.
 *
 * <p>Not anomalies, because Outlook and other common writers produce them: zero-length string
 * streams (read as the empty string; [MS-OXMSG] 2.4.2.2 forbids them, Outlook writes them for
 * PidTagDisplayCc and others), and string size fields without the terminator allowance or with the
 * terminator stored in the stream (one stored terminator is not part of the value). Hash-bucket
 * streams are not needed for reading; whether each named property is listed in its bucket is
 * reported in {@link ReadResult#namedPropertyMappings()}, not as an anomaly. Storage and stream names
 * are matched as [MS-CFB] section 2.6.4 compares them, ignoring case ({@code __substg1.0_0037001f} is
 * the stream {@code __substg1.0_0037001F}).
 *
 * <p>The substorage {@code __substg1.0_3701000D} of an attachment is read as an embedded message
 * when PidTagAttachMethod is afEmbeddedMessage (5), or, without PidTagAttachMethod, when it holds a
 * property stream; with any other attach method it is kept as a storage
 * ({@link org.xms4j.message.Attachment#customStorage()}). The file-structure checker
 * ({@link org.xms4j.msg.check.MsgStructure}) decides the same way, and reads property streams,
 * stream names and the named property mapping with the reader's code.
 *
 * <p>Limits: every size and count is checked against {@link ReadLimits} before it is allocated, so
 * a hostile file ends in {@link LimitExceededException} or {@link MsgFormatException}, never in
 * {@link OutOfMemoryError} or a hang.
 *
 * <p>Memory: each stream is read once into one array of its size ({@link org.xms4j.mapi.Bytes}), and
 * the result holds nothing else of that size. Reading from a {@link Path}, POIFS reads the file
 * sector by sector into short-lived buffers, so the heap retains about the size of the streams read
 * (roughly the file size) and about twice that is allocated in all, never live at once (measured by
 * {@code MemoryTest} for a 20 MiB attachment: 21 MiB retained, 44 MiB allocated). Reading from an
 * {@link InputStream}, the input is first buffered in chunks (64 KiB, doubling up to 1 MiB) and
 * POIFS copies it into one array of the file's size, so about three times the file size is allocated (measured: 66 MiB for
 * the same file) and up to twice the file size is live until the read returns; prefer a path for
 * large files.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p>Specified by [MS-OXMSG] sections 2.1 to 2.4.
 */
public final class MsgReader {

  private static final MsgReader STRICT = new MsgReader(MsgReadOptions.STRICT);
  private static final MsgReader LENIENT = new MsgReader(MsgReadOptions.LENIENT);

  private final MsgReadOptions options;

  private MsgReader(MsgReadOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Returns a reader with {@link MsgReadOptions#STRICT}.
   *
   * @return the reader
   */
  public static MsgReader strict() {
    return STRICT;
  }

  /**
   * Returns a reader with {@link MsgReadOptions#LENIENT}.
   *
   * @return the reader
   */
  public static MsgReader lenient() {
    return LENIENT;
  }

  /**
   * Returns a reader with the given options.
   *
   * @param options the options
   * @return the reader
   */
  public static MsgReader withOptions(MsgReadOptions options) {
    return new MsgReader(options);
  }

  /**
   * Returns the options.
   *
   * @return the options
   */
  public MsgReadOptions options() {
    return options;
  }

  /**
   * Reads a .msg file.
   *
   * @param file the file
   * @return the message, the issues (lenient mode) and the named property mapping
   * @throws LimitExceededException when the file exceeds a {@link ReadLimits} setting
   * @throws MsgFormatException when the file is not a compound file, its container is corrupt, or
   *     (strict mode) at the first anomaly
   * @throws IOException when reading the file fails
   */
  public ReadResult read(Path file) throws IOException {
    try (CfbFile cfb = CfbFile.open(file, options.limits().maxFileSizeInBytes())) {
      return read(cfb);
    }
  }

  /**
   * Reads a .msg file from a stream, to its end. Costs more memory than {@link #read(Path)}: see the
   * class documentation.
   *
   * @param in the stream; not closed
   * @return the message, the issues (lenient mode) and the named property mapping
   * @throws LimitExceededException when the stream exceeds a {@link ReadLimits} setting
   * @throws MsgFormatException when the bytes are not a compound file, the container is corrupt,
   *     or (strict mode) at the first anomaly
   * @throws IOException when reading the stream fails
   */
  public ReadResult read(InputStream in) throws IOException {
    try (CfbFile cfb = CfbFile.open(in, options.limits().maxFileSizeInBytes())) {
      return read(cfb);
    }
  }

  private ReadResult read(CfbFile cfb) throws IOException {
    Anomalies an = new Anomalies(options.strict(), options.maxIssues());
    MessageReader r = new MessageReader(cfb, options.limits(), an);
    Message m = r.read();
    return new ReadResult(m, an.issues(), an.suppressed(), r.mappings());
  }

  @Override
  public String toString() {
    return "MsgReader[" + options + "]";
  }
}
