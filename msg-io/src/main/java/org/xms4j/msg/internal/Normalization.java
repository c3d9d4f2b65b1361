package org.xms4j.msg.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.message.Attachment;
import org.xms4j.message.CompoundEntry;
import org.xms4j.message.Message;
import org.xms4j.message.Recipient;

/**
 * The one list of changes writing makes to a message: {@code read(write(m))} equals
 * {@code normalize(m)} for every message the writer accepts. Each rule is applied to the top-level
 * message and to every embedded message.
 *
 * <ol>
 *   <li><b>No trailing NUL in single-valued strings.</b> A PtypString or PtypString8 value ending in
 *       NUL loses that one NUL: MAPI strings cannot hold a trailing NUL, and the reader drops a
 *       terminator some writers store in the stream.</li>
 *   <li><b>Empty strings are omitted.</b> A PtypString or PtypString8 property whose value is empty
 *       (including an {@code Unparsed} one with no bytes) is removed, because [MS-OXMSG] 2.4.2.2
 *       forbids zero-length string streams and Outlook will not open such files. Empty strings inside
 *       multi-valued properties are kept (their streams hold the NUL terminator).</li>
 *   <li><b>Unicode flag.</b> When a message, its recipients and its attachments hold no PtypString8
 *       or PtypMultipleString8 value, PidTagStoreSupportMask gets STORE_UNICODE_OK (0x00040000):
 *       OR-ed into an existing PtypInteger32 value, or added as 0x00040000 ([MS-OXMSG] 2.1.1.1).
 *       When they hold any, nothing is added or removed: strings are always written in the form the
 *       model holds them (PtypString8 with their original bytes), never converted.</li>
 *   <li><b>String8 code page.</b> A .msg file stores no code page per value; every PtypString8
 *       value of a message, its recipients and attachments gets the code page the reader assigns
 *       ({@link CodePages#resolve(PropertyBag, int)}).</li>
 *   <li><b>Custom storage name.</b> The storage of an afStorage attachment is always named
 *       {@code __substg1.0_3701000D} ([MS-OXMSG] 2.2.2.2).</li>
 *   <li><b>Compound-file order.</b> The extra entries of messages, recipients and attachments and
 *       the children of kept storages are sorted by name, the order the reader returns them in; a
 *       kept {@code __nameid_version1.0} storage among a message's extra entries that has no
 *       children and no class id disappears (there is nothing of it to write).</li>
 * </ol>
 *
 * <p>Not part of the model and therefore not kept: the property flags of each entry (written as
 * READABLE|WRITABLE), the reserved bytes and next-id fields of headers (written as 0 and as the
 * counts), the class ids of the root storage (written as {00020D0B-0000-0000-C000-000000000046}) and
 * of embedded-message storages (written as none, like Outlook), the storage numbers of recipients and attachments
 * (renumbered from 0 in list order), and the named-property ids and mapping entries (rebuilt from the
 * properties in use).
 *
 * <p>Specified by [MS-OXMSG] sections 2.1.1.1, 2.1.3, 2.2.2.2 and 2.4.2.2.
 */
public final class Normalization {

  /** PidTagStoreSupportMask. */
  public static final PropertyKey STORE_SUPPORT_MASK = PropertyKey.tagged(0x340D, PropertyType.INTEGER32);
  /** STORE_UNICODE_OK. */
  public static final int STORE_UNICODE_OK = 0x00040000;

  private Normalization() {
  }

  /**
   * Returns the message as writing and reading it back gives it.
   *
   * @param m the message
   * @return the normalized message; equal to {@code m} when nothing applies
   */
  public static Message normalize(Message m) {
    return normalize(m, CodePages.DEFAULT);
  }

  private static Message normalize(Message m, int inheritedCp) {
    int cp = CodePages.resolve(m.properties(), inheritedCp);
    PropertyBag props = clean(m.properties(), cp);
    List<Recipient> recips = new ArrayList<>();
    boolean string8 = hasString8(props);
    for (Recipient r : m.recipients()) {
      PropertyBag b = clean(r.properties(), cp);
      string8 |= hasString8(b);
      recips.add(new Recipient(b, r.storageClassId(), sorted(r.extraEntries())));
    }
    List<Attachment> atts = new ArrayList<>();
    for (Attachment a : m.attachments()) {
      PropertyBag b = clean(a.properties(), cp);
      string8 |= hasString8(b);
      Attachment na;
      if (a.embeddedMessage().isPresent()) {
        na = Attachment.embedded(b, normalize(a.embeddedMessage().get(), cp));
      } else if (a.customStorage().isPresent()) {
        CompoundEntry.Storage s = a.customStorage().get();
        na = Attachment.storage(b, new CompoundEntry.Storage(CfbNames.ATTACH_OBJECT, s.classId(),
            sorted(s.children())));
      } else {
        na = Attachment.of(b);
      }
      atts.add(na.withStorageClassId(a.storageClassId()).withExtraEntries(sorted(a.extraEntries())));
    }
    if (!string8) {
      PropertyValue mask = props.get(STORE_SUPPORT_MASK).orElse(null);
      if (mask == null) {
        props = props.toBuilder().put(STORE_SUPPORT_MASK, new PropertyValue.Int32(STORE_UNICODE_OK)).build();
      } else if (mask instanceof PropertyValue.Int32 i && (i.value() & STORE_UNICODE_OK) == 0) {
        props = props.toBuilder().put(STORE_SUPPORT_MASK, new PropertyValue.Int32(i.value() | STORE_UNICODE_OK)).build();
      }
    }
    List<CompoundEntry> extras = new ArrayList<>();
    for (CompoundEntry e : sorted(m.extraEntries())) {
      if (e instanceof CompoundEntry.Storage s && s.children().isEmpty()
          && s.classId().equals(CompoundEntry.Storage.NO_CLASS) && s.name().equals(CfbNames.NAMEID)) {
        continue;
      }
      extras.add(e);
    }
    Message.Builder mb = Message.builder().properties(props).recipients(recips).attachments(atts);
    extras.forEach(mb::addExtraEntry);
    return mb.build();
  }

  private static List<CompoundEntry> sorted(List<CompoundEntry> entries) {
    List<CompoundEntry> out = new ArrayList<>();
    for (CompoundEntry e : entries) {
      out.add(e instanceof CompoundEntry.Storage s
          ? new CompoundEntry.Storage(s.name(), s.classId(), sorted(s.children())) : e);
    }
    out.sort(Comparator.comparing(CompoundEntry::name));
    return out;
  }

  private static PropertyBag clean(PropertyBag bag, int cp) {
    PropertyBag.Builder b = null;
    for (Map.Entry<PropertyKey, PropertyValue> e : bag.asMap().entrySet()) {
      PropertyValue v = e.getValue();
      PropertyValue nv = v;
      PropertyValue unterminated = withoutTerminator(v);
      if (emptyString(unterminated)) {
        nv = null;
      } else if (unterminated != v) {
        nv = unterminated instanceof PropertyValue.String8 s && s.codePage() != cp
            ? new PropertyValue.String8(s.bytes(), cp) : unterminated;
      } else if (emptyString(v)) {
        nv = null;
      } else if (v instanceof PropertyValue.String8 s && s.codePage() != cp) {
        nv = new PropertyValue.String8(s.bytes(), cp);
      } else if (v instanceof PropertyValue.Multi mv && mv.type() == PropertyType.MULTIPLE_STRING8) {
        List<PropertyValue> vs = new ArrayList<>();
        boolean changed = false;
        for (PropertyValue x : mv.values()) {
          if (x instanceof PropertyValue.String8 s && s.codePage() != cp) {
            vs.add(new PropertyValue.String8(s.bytes(), cp));
            changed = true;
          } else {
            vs.add(x);
          }
        }
        if (changed) {
          nv = new PropertyValue.Multi(mv.type(), vs);
        }
      }
      if (nv != v) {
        if (b == null) {
          b = bag.toBuilder();
        }
        if (nv == null) {
          b.remove(e.getKey());
        } else {
          b.put(e.getKey(), nv);
        }
      }
    }
    return b == null ? bag : b.build();
  }

  private static PropertyValue withoutTerminator(PropertyValue v) {
    if (v instanceof PropertyValue.Text t && t.value().endsWith("\0")) {
      return new PropertyValue.Text(t.value().substring(0, t.value().length() - 1));
    }
    if (v instanceof PropertyValue.String8 s && !s.bytes().isEmpty() && s.bytes().byteAt(s.bytes().size() - 1) == 0) {
      return new PropertyValue.String8(s.bytes().slice(0, s.bytes().size() - 1), s.codePage());
    }
    return v;
  }

  /**
   * Tells whether a value is an empty single-valued string, which is never written.
   *
   * @param v the value
   * @return true for an empty PtypString or PtypString8 value, raw or decoded
   */
  public static boolean emptyString(PropertyValue v) {
    if (v instanceof PropertyValue.Text t) {
      return t.value().isEmpty();
    }
    if (v instanceof PropertyValue.String8 s) {
      return s.bytes().isEmpty();
    }
    return v instanceof PropertyValue.Unparsed u && u.type().isString() && u.raw().isEmpty();
  }

  private static boolean hasString8(PropertyBag bag) {
    for (PropertyKey k : bag.keys()) {
      if (k.type() == PropertyType.STRING8 || k.type() == PropertyType.MULTIPLE_STRING8) {
        return true;
      }
    }
    return false;
  }
}
