package org.xms4j.message;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.xms4j.mapi.Bytes;

/**
 * A stream or storage of a compound file ([MS-CFB]) kept as is: the custom storage of an afStorage
 * attachment, or storages and streams of a .msg file that no property describes.
 *
 * <p>Keeping them lets a .msg be read and written back without loss.
 */
public sealed interface CompoundEntry permits CompoundEntry.Stream, CompoundEntry.Storage {

  /**
   * Returns the entry name within its parent storage.
   *
   * @return the name, 1 to 31 UTF-16 code units in a compound file
   */
  String name();

  /**
   * A stream: a name and its bytes.
   *
   * @param name the stream name
   * @param data the stream contents
   */
  record Stream(String name, Bytes data) implements CompoundEntry {
    /**
     * Checks the arguments.
     *
     * @param name the {@code name} component
     * @param data the {@code data} component
     * @throws NullPointerException when an argument is null
     */
    public Stream {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(data, "data");
    }
  }

  /**
   * A storage: a name, a class id and its children in order.
   *
   * @param name the storage name
   * @param classId the storage CLSID; the nil UUID when none is set
   * @param children the streams and storages inside, in order
   */
  record Storage(String name, UUID classId, List<CompoundEntry> children) implements CompoundEntry {
    /** The nil CLSID, meaning "no class". */
    public static final UUID NO_CLASS = new UUID(0, 0);

    /**
     * Checks the arguments and copies the list.
     *
     * @param name the {@code name} component
     * @param classId the {@code classId} component
     * @param children the {@code children} component
     * @throws NullPointerException when an argument is null
     */
    public Storage {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(classId, "classId");
      children = List.copyOf(children);
    }
  }
}
