package org.xms4j.msg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;
import org.xms4j.message.Message;
import org.xms4j.msg.internal.MessageWriter;
import org.xms4j.msg.internal.Normalization;

/**
 * Writes {@link Message} objects as Outlook .msg files.
 *
 * <pre>{@code
 * Message sms = SmsMessage.builder().body("What time is the meeting?").build().message();
 * MsgWriter.write(sms, Path.of("sms.msg"));            // atomic: temp file, then rename
 * byte[] bytes = MsgWriter.toBytes(sms);
 * }</pre>
 *
 * <p>What is written ([MS-OXMSG]): the root storage with CLSID {00020D0B-0000-0000-C000-000000000046};
 * {@code __properties_version1.0} in every storage with the 32-byte (top level), 24-byte (embedded
 * message) or 8-byte (recipient, attachment) header and 16-byte entries flagged READABLE|WRITABLE;
 * one {@code __substg1.0_PPPPTTTT} stream per variable-length value (size field +2 for PtypString,
 * +1 for PtypString8, 0xFFFFFFFF for the 0x3701000D object entry); multi-valued properties as one
 * stream (fixed-length) or a length stream plus one NUL-terminated value stream per value
 * (variable-length); recipient and attachment storages numbered from 0; embedded messages in
 * {@code __substg1.0_3701000D} at any depth; custom storages as they are; the storage CLSIDs and
 * extra entries of messages, recipients and attachments into the storage of the object that holds
 * them (a kept {@code __nameid_version1.0} storage merged into the mapping storage); and the
 * named property mapping {@code __nameid_version1.0} for the whole tree, with its GUID, entry and
 * string streams and the CRC-32 hash-bucket streams. Unparsed values are written back raw.
 *
 * <p>Before writing, the message is {@linkplain #normalize(Message) normalized}; the list of what
 * that changes is in {@link #normalize(Message)}. The same message always gives the same bytes.
 *
 * <p>Specified by [MS-OXMSG] sections 2.1 to 2.4.
 */
public final class MsgWriter {

  private MsgWriter() {
  }

  /**
   * Returns the message as writing it and reading it back gives it: {@code read(write(m))} equals
   * {@code normalize(m)}. The changes, applied to the message and every embedded message:
   *
   * <ol>
   *   <li>A single-valued PtypString or PtypString8 value ending in NUL loses that one NUL (MAPI
   *       strings cannot hold one; the reader drops a terminator stored in the stream).</li>
   *   <li>Empty single-valued PtypString and PtypString8 properties are removed: [MS-OXMSG] 2.4.2.2
   *       forbids zero-length string streams.</li>
   *   <li>When the message, its recipients and attachments hold no PtypString8 value, PidTagStoreSupportMask
   *       gets STORE_UNICODE_OK (0x00040000), added as 0x00040000 when absent. When they hold any,
   *       strings are written as held (PtypString8 with their original bytes, never converted) and
   *       the mask is left as it is. A message mixing both forms is written as it is, which
   *       [MS-OXMSG] 2.1.3 forbids; the validator reports it.</li>
   *   <li>Every PtypString8 value gets the code page the reader will assign: PidTagMessageCodepage,
   *       else the ANSI code page of PidTagMessageLocaleId, else PidTagInternetCodepage, else that of
   *       the containing message, else 1252.</li>
   *   <li>A custom (afStorage) storage is named {@code __substg1.0_3701000D}.</li>
   *   <li>Extra entries and the children of kept storages are sorted by name; a kept storage named
   *       like a recipient, attachment or {@code __nameid_version1.0} storage with no children and
   *       no class id is dropped.</li>
   * </ol>
   *
   * <p>Never kept because the model has no place for them: property flags, header reserved and
   * next-id fields, storage numbers, named-property ids and unused mapping entries, and the class ids
   * of the root storage (always {00020D0B-0000-0000-C000-000000000046}) and of embedded-message
   * storages (always none, as Outlook writes them).
   *
   * @param message the message
   * @return the normalized message
   */
  public static Message normalize(Message message) {
    return Normalization.normalize(message);
  }

  /**
   * Writes a message to a stream.
   *
   * @param message the message
   * @param out the target; not closed
   * @throws IllegalArgumentException when the message cannot be stored in a .msg file: more than
   *     2048 recipients or attachments in one message, more than 32767 distinct named properties,
   *     a tagged key with an id of 0x8000 or more, a raw fixed-length value that is not 8 bytes, an
   *     attachment with both an embedded object and a PidTagAttachDataObject value, an extra entry
   *     of a message, recipient or attachment that collides with a stream or storage the writer
   *     creates in that object's storage or with another extra entry of it (names compared
   *     ignoring case, as [MS-CFB] section 2.6.4 compares them), an extra entry named like a
   *     named-property value stream ({@code __substg1.0_8...} and up, either case), or an extra
   *     entry of a message named like a recipient or attachment storage (those entries belong to
   *     {@link org.xms4j.message.Recipient#withExtraEntries(java.util.List)} or
   *     {@link org.xms4j.message.Attachment#withExtraEntries(java.util.List)}); the exception
   *     message names the object's path
   * @throws IOException when writing fails
   */
  public static void write(Message message, OutputStream out) throws IOException {
    MessageWriter.write(message, out);
  }

  /**
   * Writes a message to a byte array.
   *
   * @param message the message
   * @return the .msg file
   * @throws IllegalArgumentException when the message cannot be stored in a .msg file (see
   *     {@link #write(Message, OutputStream)})
   */
  public static byte[] toBytes(Message message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      MessageWriter.write(message, out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("writing to memory failed", e);
    }
    return out.toByteArray();
  }

  /**
   * Writes a message to a file atomically: into a temporary file in the same directory, which then
   * replaces {@code file} in one atomic rename. If anything fails, {@code file} is left as it was
   * and the temporary file is deleted.
   *
   * @param message the message
   * @param file the target file; replaced when it exists
   * @throws IllegalArgumentException when the message cannot be stored in a .msg file (see
   *     {@link #write(Message, OutputStream)})
   * @throws java.nio.file.AtomicMoveNotSupportedException when the file system cannot rename
   *     atomically
   * @throws IOException when writing fails
   */
  public static void write(Message message, Path file) throws IOException {
    write(message, file, UnaryOperator.identity());
  }

  private static final java.util.concurrent.atomic.AtomicLong TEMP_COUNTER = new java.util.concurrent.atomic.AtomicLong();

  /** Writes through a wrapper of the output stream; tests use it to make writing fail midway. */
  static void write(Message message, Path file, UnaryOperator<OutputStream> wrap) throws IOException {
    Path abs = file.toAbsolutePath();
    Path dir = abs.getParent();
    // a new file with the default permissions (as an ordinary write would create; a temp file of
    // Files.createTempFile would be readable by its owner only), named after the target
    Path tmp = null;
    FileChannel created = null;
    for (int attempt = 0; created == null; attempt++) {
      tmp = dir.resolve("." + abs.getFileName() + "." + ProcessHandle.current().pid() + "-"
          + TEMP_COUNTER.incrementAndGet() + ".tmp");
      try {
        created = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
    boolean done = false;
    try {
      try (FileChannel ch = created;
          OutputStream out = wrap.apply(Channels.newOutputStream(ch))) {
        MessageWriter.write(message, out);
        out.flush();
        ch.force(true);
      }
      Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
