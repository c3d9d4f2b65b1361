package org.xms4j.msg.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * A new, empty POIFS compound file for writing, which grows its backing array without throwing.
 *
 * <p>{@link POIFSFileSystem#createBlockIfNeeded(int)} finds out that a sector does not exist yet by
 * catching the {@link IndexOutOfBoundsException} its data source throws, once for every new
 * 512-byte sector; filling in the two stack traces was the largest single cost of writing a small
 * .msg file. This subclass asks the data source for its size instead, through the protected
 * {@code _data} field POI provides for subclasses (as its own {@code TempFilePOIFSFileSystem}
 * does). Everything else, including the sector allocation tables and the mini stream, is POI's.
 *
 * <p>Specified by [MS-CFB] section 2.2: sector n (from 0) starts at byte {@code (n + 1) * 512}
 * of a version 3 file, after the 512-byte header.
 */
final class WritableCfb extends POIFSFileSystem {

  @Override
  protected ByteBuffer createBlockIfNeeded(int offset) throws IOException {
    int sector = getBigBlockSize();
    long end = (offset + 2L) * sector;
    if (_data.size() < end) {
      _data.write(ByteBuffer.allocate(sector), end - sector);
    }
    return getBlockAt(offset);
  }
}
