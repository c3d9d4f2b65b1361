package org.xms4j.msg;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Raw edits of a compound file's sectors ([MS-CFB]), to build corrupt containers for tests. */
final class RawCfb {

  final byte[] b;
  final ByteBuffer le;
  final int sectorSize;

  RawCfb(byte[] file) {
    this.b = file.clone();
    this.le = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    this.sectorSize = 1 << le.getShort(0x1E);
  }

  int sectorOffset(int sector) {
    return (sector + 1) * sectorSize;
  }

  /** The file offset of the FAT entry of a sector (first 109 FAT sectors only). */
  int fatEntryOffset(int sector) {
    int perSector = sectorSize / 4;
    int fatSector = le.getInt(0x4C + 4 * (sector / perSector));
    return sectorOffset(fatSector) + 4 * (sector % perSector);
  }

  int next(int sector) {
    return le.getInt(fatEntryOffset(sector));
  }

  void setNext(int sector, int next) {
    le.putInt(fatEntryOffset(sector), next);
  }

  int firstDirectorySector() {
    return le.getInt(0x30);
  }

  /** File offsets of all 128-byte directory entries. */
  List<Integer> directoryEntries() {
    List<Integer> out = new ArrayList<>();
    int s = firstDirectorySector();
    int guard = 0;
    while (s >= 0 && guard++ < 10_000) {
      for (int off = 0; off < sectorSize; off += 128) {
        out.add(sectorOffset(s) + off);
      }
      s = next(s);
    }
    return out;
  }

  /** The file offset of the directory entry with a name. */
  int entry(String name) {
    for (int off : directoryEntries()) {
      int len = le.getShort(off + 0x40);
      if (len >= 2 && new String(b, off, len - 2, StandardCharsets.UTF_16LE).equals(name)) {
        return off;
      }
    }
    throw new IllegalArgumentException("no directory entry " + name);
  }

  int startSector(String name) {
    return le.getInt(entry(name) + 0x74);
  }

  void setSize(String name, int size) {
    le.putInt(entry(name) + 0x78, size);
  }
}
