package org.xms4j.backup;

import java.util.List;
import java.util.Objects;
import org.xms4j.message.MobileMessage;

/**
 * One message of a backup, converted: the SMS or MMS object and where it came from.
 *
 * @param message the SMS or MMS object
 * @param index the 0-based index of the record among all {@code <sms>} and {@code <mms>} elements
 * @param line the 1-based line of the record's start tag, or -1 when unknown
 * @param notes what the conversion could not carry over or had to decide, one sentence each (for
 *     example an unknown {@code type} value); empty when nothing
 */
public record BackupRecord(MobileMessage message, int index, int line, List<String> notes) {

  /**
   * Checks the arguments and copies the notes.
   *
   * @param message the {@code message} component
   * @param index the {@code index} component
   * @param line the {@code line} component
   * @param notes the {@code notes} component
   * @throws NullPointerException when an argument is null
   */
  public BackupRecord {
    Objects.requireNonNull(message, "message");
    notes = List.copyOf(notes);
  }
}
