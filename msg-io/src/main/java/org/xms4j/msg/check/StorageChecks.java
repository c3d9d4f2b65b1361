package org.xms4j.msg.check;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.xms4j.msg.check.MsgStructure.Node;
import org.xms4j.msg.check.MsgStructure.ObjectKind;
import org.xms4j.msg.check.MsgStructure.ObjectStorage;
import org.xms4j.msg.internal.AttachMethods;
import org.xms4j.msg.internal.CfbNames;
import org.xms4j.path.MessagePath;
import org.xms4j.validation.Reporter;

/** The storage rules XMS-R112 to XMS-R115 and OUTLOOK-R001 ([MS-OXMSG] 2.2.1, 2.2.2). */
final class StorageChecks {

  private static final Pattern RECIP = Pattern.compile("__recip_version1\\.0_#[0-9A-F]{8}");
  private static final Pattern ATTACH = Pattern.compile("__attach_version1\\.0_#[0-9A-F]{8}");

  private StorageChecks() {
  }

  // ------------------------------------------------------------------ XMS-R112

  static void objectStorageNames(MsgStructure s, Reporter r) {
    for (ObjectStorage o : s.objects()) {
      if (!o.kind().isMessage()) {
        continue;
      }
      for (Node n : o.children()) {
        String lower = n.name().toLowerCase(Locale.ROOT);
        boolean recip = lower.startsWith("__recip_version1.0_");
        boolean attach = lower.startsWith("__attach_version1.0_");
        if (!recip && !attach) {
          continue;
        }
        Pattern p = recip ? RECIP : ATTACH;
        String prefix = recip ? CfbNames.RECIP_PREFIX : CfbNames.ATTACH_PREFIX;
        if (!n.storage()) {
          r.report(Where.at(s, n.path()), "expected a " + (recip ? "recipient" : "attachment") + " storage named "
              + prefix + "XXXXXXXX, found a stream " + n.name());
        } else if (!p.matcher(n.name()).matches()) {
          r.report(Where.at(s, n.path()), "expected the " + (recip ? "recipient" : "attachment") + " storage name "
              + prefix + " followed by 8 upper-case hex digits, found " + n.name());
        }
      }
    }
  }

  // ------------------------------------------------------------------ XMS-R113

  static void objectStorageCounts(MsgStructure s, Reporter r) {
    int recips = 0;
    int atts = 0;
    for (ObjectStorage o : s.objects()) {
      if (o.kind() == ObjectKind.RECIPIENT) {
        recips++;
      } else if (o.kind() == ObjectKind.ATTACHMENT) {
        atts++;
      }
    }
    int max = CfbNames.MAX_RECIPIENTS_OR_ATTACHMENTS;
    if (recips > max) {
      r.report(MessagePath.ROOT, "expected at most " + max + " recipient storages in the file, found " + recips);
    }
    if (atts > max) {
      r.report(MessagePath.ROOT, "expected at most " + max + " attachment storages in the file, found " + atts);
    }
  }

  // ------------------------------------------------------------------ XMS-R114, XMS-R115

  static void embeddedMessageStorage(MsgStructure s, Reporter r) {
    for (ObjectStorage o : s.objects()) {
      if (o.kind() == ObjectKind.ATTACHMENT) {
        OptionalInt m = o.attachMethod();
        if (m.isPresent() && m.getAsInt() == AttachMethods.AF_EMBEDDED_MESSAGE) {
          dataStorage(s, r, o, "the embedded message (PidTagAttachMethod afEmbeddedMessage, 0x00000005)");
        }
      } else if (o.kind() == ObjectKind.EMBEDDED_MESSAGE) {
        Optional<Node> n = o.childIgnoreCase(CfbNames.NAMEID);
        n.ifPresent(x -> r.report(Where.at(s, x.path()), "expected no named property mapping storage in an "
            + "embedded message (its mappings are in the top-level " + CfbNames.NAMEID + "), found " + x.name()));
      }
    }
  }

  static void customAttachmentStorage(MsgStructure s, Reporter r) {
    for (ObjectStorage o : s.objects()) {
      if (o.kind() != ObjectKind.ATTACHMENT) {
        continue;
      }
      OptionalInt m = o.attachMethod();
      if (m.isPresent() && m.getAsInt() == AttachMethods.AF_STORAGE) {
        dataStorage(s, r, o, "the custom attachment storage (PidTagAttachMethod afStorage, 0x00000006)");
      }
    }
  }

  private static void dataStorage(MsgStructure s, Reporter r, ObjectStorage o, String what) {
    Optional<Node> n = o.child(CfbNames.ATTACH_OBJECT);
    if (n.isPresent() && n.get().storage()) {
      return;
    }
    Optional<Node> other = o.childIgnoreCase(CfbNames.ATTACH_OBJECT);
    String found = n.isPresent() ? "a stream of that name"
        : other.isPresent() ? (other.get().storage() ? "a storage " : "a stream ") + other.get().name() : "none";
    r.report(Where.at(s, o.childPath(CfbNames.ATTACH_OBJECT)), "expected " + what + " in the substorage "
        + CfbNames.ATTACH_OBJECT + " of the attachment storage, found " + found);
  }

  // ------------------------------------------------------------------ OUTLOOK-R001

  static void rootClassId(MsgStructure s, Reporter r) {
    if (!s.rootClassId().equals(CfbNames.MESSAGE_CLSID)) {
      r.report(MessagePath.ROOT, "expected root storage CLSID " + Where.guid(CfbNames.MESSAGE_CLSID) + ", was "
          + Where.guid(s.rootClassId()));
    }
  }
}
