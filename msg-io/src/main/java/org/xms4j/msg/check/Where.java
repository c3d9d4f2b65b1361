package org.xms4j.msg.check;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.known.KnownProperties;
import org.xms4j.msg.check.MsgStructure.ObjectStorage;
import org.xms4j.path.MessagePath;

/** Finding paths and value texts shared by the rules. */
final class Where {

  private Where() {
  }

  /**
   * Returns the path of a finding at a compound-file path: the message path of the deepest object
   * storage holding it, then the names of the storages and streams below that storage.
   */
  static MessagePath at(MsgStructure s, String cfbPath) {
    ObjectStorage owner = null;
    for (ObjectStorage o : s.objects()) {
      if (within(cfbPath, o.path()) && (owner == null || o.path().length() > owner.path().length())) {
        owner = o;
      }
    }
    MessagePath mp = owner == null ? MessagePath.ROOT : owner.messagePath();
    String base = owner == null ? "/" : owner.path();
    String rel = cfbPath.length() <= base.length() ? "" : cfbPath.substring(base.equals("/") ? 1 : base.length() + 1);
    for (String seg : rel.split("/")) {
      if (!seg.isEmpty()) {
        mp = mp.child(seg);
      }
    }
    return mp;
  }

  private static boolean within(String path, String storage) {
    return storage.equals("/") || path.equals(storage) || path.startsWith(storage + "/");
  }

  /** Returns the path of the storage holding an entry. */
  static String parent(String path) {
    int i = path.lastIndexOf('/');
    return i <= 0 ? "/" : path.substring(0, i);
  }

  /** Returns a tag as 0xXXXXXXXX, with the canonical name when known. */
  static String tag(int tag) {
    String hex = hex(tag);
    Optional<PropertyType> t = PropertyType.fromCode(tag & 0xFFFF);
    int id = tag >>> 16;
    if (t.isPresent() && id < 0x8000 && id != 0) {
      try {
        return KnownProperties.find(PropertyKey.tagged(id, t.get()))
            .map(d -> hex + " (" + d.canonicalName() + ")").orElse(hex);
      } catch (IllegalArgumentException e) {
        return hex;
      }
    }
    return hex;
  }

  /** Returns 0x and 8 upper-case hex digits. */
  static String hex(long v) {
    return String.format(Locale.ROOT, "0x%08X", v & 0xFFFFFFFFL);
  }

  /** Returns 0x and 4 upper-case hex digits. */
  static String hex4(int v) {
    return String.format(Locale.ROOT, "0x%04X", v & 0xFFFF);
  }

  /** Returns bytes as space-separated upper-case hex pairs. */
  static String bytes(byte[] b, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(String.format(Locale.ROOT, "%02X", b[i] & 0xFF));
    }
    return sb.toString();
  }

  /** Returns a GUID in registry form, upper case. */
  static String guid(UUID u) {
    return "{" + u.toString().toUpperCase(Locale.ROOT) + "}";
  }

  /** Returns the name of an object kind for messages. */
  static String kind(MsgStructure.ObjectKind k) {
    switch (k) {
      case MESSAGE:
        return "top-level message";
      case EMBEDDED_MESSAGE:
        return "embedded message";
      case RECIPIENT:
        return "recipient";
      default:
        return "attachment";
    }
  }
}
