package org.xms4j.msg.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.PropertySet;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.message.Message;
import org.xms4j.message.Recipient;
import org.xms4j.message.RecipientType;
import org.xms4j.msg.MsgReader;
import org.xms4j.msg.MsgWriter;
import org.xms4j.msg.ReadIssue;
import org.xms4j.msg.ReadResult;
import org.xms4j.validation.Finding;
import org.xms4j.validation.Profile;
import org.xms4j.validation.Rule;
import org.xms4j.validation.RuleCatalogue;
import org.xms4j.validation.Scope;
import org.xms4j.validation.ValidationReport;

/** One conforming and one violating file per file-structure rule; exactly that rule fires. */
class MsgFileRulesTest {

  private static final String PROPS = "__properties_version1.0";
  private static final String RECIP0 = "__recip_version1.0_#00000000";
  private static final String ATT0 = "__attach_version1.0_#00000000";
  private static final String NAMEID = "__nameid_version1.0";

  static ValidationReport report(byte[] file) {
    try {
      return MsgValidator.validate(MsgStructure.read(file), Profile.OUTLOOK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> ids(byte[] file) {
    return report(file).findings().stream().map(f -> f.ruleId().toString()).distinct().sorted()
        .collect(Collectors.toList());
  }

  static Finding only(byte[] file, String rule) {
    ValidationReport r = report(file);
    assertThat(r.findings()).as(r.toString()).isNotEmpty()
        .allSatisfy(f -> assertThat(f.ruleId().toString()).as(f.toString()).isEqualTo(rule));
    return r.findings().get(0);
  }

  @Test
  void rulesAreTheCataloguesMsgFileRules() {
    assertThat(MsgFileRules.all()).extracting(r -> r.info()).allSatisfy(i -> {
      assertThat(i).isEqualTo(RuleCatalogue.require(i.id().toString()));
      assertThat(i.scope()).isEqualTo(Scope.MSG_FILE);
    });
    List<String> catalogued = RuleCatalogue.all().stream().filter(i -> i.scope() == Scope.MSG_FILE && i.applicable())
        .map(i -> i.id().toString()).sorted().collect(Collectors.toList());
    assertThat(MsgFileRules.all().stream().map(Rule::info).map(i -> i.id().toString()).sorted())
        .containsExactlyElementsOf(catalogued);
  }

  @Test
  void conformingFilesHaveNoFindings() {
    for (byte[] f : List.of(Fixtures.sms(), Fixtures.mms(), Fixtures.plain(), Fixtures.multiValued(),
        Fixtures.embedded(), Fixtures.customStorage())) {
      assertThat(report(f).findings()).isEmpty();
    }
  }

  // ------------------------------------------------------------------ property streams

  @Test
  void r101MissingPropertyStream() {
    byte[] f = Fixtures.edit(Fixtures.multiValued(), root -> Fixtures.delete(root, RECIP0 + "/" + PROPS));
    Finding x = only(f, "XMS-R101");
    assertThat(x.path().toString()).isEqualTo("/recipients[0]/__properties_version1.0");
    assertThat(x.message()).contains("found none");
  }

  @Test
  void r101PropertyStreamNotHeaderPlusWholeEntries() {
    byte[] f = Fixtures.edit(Fixtures.sms(), root -> Fixtures.editStream(root, PROPS,
        (s, le) -> Arrays.copyOf(s, s.length + 4)));
    assertThat(only(f, "XMS-R101").message()).contains("4 more than whole entries");
  }

  @Test
  void r102DuplicateEntry() {
    byte[] f = Fixtures.edit(Fixtures.sms(), root -> Fixtures.editStream(root, PROPS, (s, le) -> {
      int off = Fixtures.entryOffset(s, 32, 0x340D0003);
      byte[] out = Arrays.copyOf(s, s.length + 16);
      System.arraycopy(s, off, out, s.length, 16);
      return out;
    }));
    assertThat(only(f, "XMS-R102").message()).contains("expected one entry for property id 0x340D, found 2");
  }

  @Test
  void r102ValueStreamWithoutEntry() {
    byte[] f = Fixtures.edit(Fixtures.sms(), root -> Fixtures.write(root, "__substg1.0_7FF0001F",
        new byte[] {65, 0}));
    Finding x = only(f, "XMS-R102");
    assertThat(x.path().toString()).isEqualTo("/__substg1.0_7FF0001F");
  }

  @Test
  void r103ReservedHeaderBytes() {
    byte[] f = Fixtures.edit(Fixtures.sms(), root -> Fixtures.editStream(root, PROPS, (s, le) -> {
      s[28] = 7;
      return s;
    }));
    assertThat(only(f, "XMS-R103").message()).contains("expected reserved header bytes 24 to 31 to be 0");
  }

  @Test
  void r103EmbeddedMessageWith32ByteHeader() {
    String path = ATT0 + "/__substg1.0_3701000D/" + PROPS;
    byte[] f = Fixtures.edit(Fixtures.embedded(), root -> Fixtures.editStream(root, path, (s, le) -> {
      byte[] out = new byte[s.length + 8];
      System.arraycopy(s, 0, out, 0, 24);
      System.arraycopy(s, 24, out, 32, s.length - 24);
      return out;
    }));
    Finding x = only(f, "XMS-R103");
    assertThat(x.path().toString()).isEqualTo("/attachments[0]/embedded/__properties_version1.0");
    assertThat(x.message()).contains("expected a 24-byte header (embedded message), found a 32-byte header");
  }

  @Test
  void r104NextRecipientIdWithoutRecipients() {
    byte[] f = Fixtures.edit(Fixtures.plain(), root -> Fixtures.editStream(root, PROPS, (s, le) -> {
      le.putInt(8, 3);
      return s;
    }));
    assertThat(only(f, "XMS-R104").message()).isEqualTo(
        "expected Next Recipient ID 0x00000000 as the file has no recipient storages, was 0x00000003");
  }

  @Test
  void r105RecipientCount() {
    byte[] f = Fixtures.edit(Fixtures.multiValued(), root -> Fixtures.editStream(root, PROPS, (s, le) -> {
      le.putInt(16, 2);
      return s;
    }));
    assertThat(only(f, "XMS-R105").message()).contains("expected Recipient Count 1").endsWith("was 2");
  }

  @Test
  void r106FixedPadding() {
    byte[] f = Fixtures.edit(Fixtures.sms(), root -> Fixtures.editStream(root, PROPS, (s, le) -> {
      int off = Fixtures.entryOffset(s, 32, 0x340D0003);
      s[off + 8 + 6] = (byte) 0xAB;
      return s;
    }));
    assertThat(only(f, "XMS-R106").message()).contains("0x340D0003").endsWith("were 00 00 AB 00");
  }

  @Test
  void r107StringSizeField() {
    byte[] f = Fixtures.edit(Fixtures.sms(), root -> Fixtures.editStream(root, PROPS, (s, le) -> {
      int off = Fixtures.entryOffset(s, 32, 0x1000001F);
      le.putInt(off + 8, le.getInt(off + 8) - 2);
      return s;
    }));
    assertThat(only(f, "XMS-R107").message()).contains("+ 2 for PtypString").contains("0x1000001F");
  }

  @Test
  void r107ObjectSizeField() {
    byte[] f = Fixtures.edit(Fixtures.embedded(), root -> Fixtures.editStream(root, ATT0 + "/" + PROPS, (s, le) -> {
      int off = Fixtures.entryOffset(s, 8, 0x3701000D);
      le.putInt(off + 8, 0);
      return s;
    }));
    assertThat(only(f, "XMS-R107").message()).contains("expected size field 0xFFFFFFFF").endsWith("was 0x00000000");
  }

  @Test
  void r122ObjectEntryReserved() {
    for (byte[] clean : List.of(Fixtures.embedded(), Fixtures.customStorage())) {
      byte[] f = Fixtures.edit(clean, root -> Fixtures.editStream(root, ATT0 + "/" + PROPS, (s, le) -> {
        le.putInt(Fixtures.entryOffset(s, 8, 0x3701000D) + 12, 0);
        return s;
      }));
      Finding x = only(f, "XMS-R122");
      assertThat(x.path().toString()).isEqualTo("/attachments[0]/__properties_version1.0");
      assertThat(x.message()).contains("0x3701000D").endsWith("was 0x00000000");
    }
    byte[] f = Fixtures.edit(Fixtures.embedded(), root -> Fixtures.editStream(root, ATT0 + "/" + PROPS, (s, le) -> {
      le.putInt(Fixtures.entryOffset(s, 8, 0x3701000D) + 12, 4);
      return s;
    }));
    assertThat(only(f, "XMS-R122").message()).contains("expected Reserved 0x00000001").contains("afEmbeddedMessage (5)")
        .endsWith("was 0x00000004");
  }

  @Test
  void r108ZeroLengthStringStream() {
    byte[] f = Fixtures.edit(Fixtures.sms(), root -> {
      Fixtures.write(root, "__substg1.0_1000001F", new byte[0]);
      Fixtures.editStream(root, PROPS, (s, le) -> {
        le.putInt(Fixtures.entryOffset(s, 32, 0x1000001F) + 8, 2);
        return s;
      });
    });
    Finding x = only(f, "XMS-R108");
    assertThat(x.path().toString()).isEqualTo("/__substg1.0_1000001F");
    assertThat(x.message()).contains("zero-length stream");
  }

  @Test
  void r109LowerCaseStreamName() {
    byte[] f = Fixtures.edit(Fixtures.sms(), root -> Fixtures.rename(root, "__substg1.0_1000001F",
        "__substg1.0_1000001f"));
    assertThat(only(f, "XMS-R109").message()).endsWith("found __substg1.0_1000001f");
  }

  @Test
  void r109MissingValueStream() {
    byte[] f = Fixtures.edit(Fixtures.sms(), root -> Fixtures.delete(root, "__substg1.0_1000001F"));
    assertThat(only(f, "XMS-R109").message()).endsWith("found none");
  }

  @Test
  void r121OddLengthPtypStringStream() throws IOException {
    byte[] clean = Fixtures.sms();
    assertThat(report(clean).findings()).isEmpty();
    byte[] f = Fixtures.edit(clean, root -> {
      byte[] body = Fixtures.read(root, "__substg1.0_1000001F");
      byte[] odd = Arrays.copyOf(body, body.length + 1);
      odd[body.length] = 0x41;
      Fixtures.write(root, "__substg1.0_1000001F", odd);
      // the size field stays consistent (stream size + 2), so only the byte count is wrong
      Fixtures.editStream(root, PROPS, (s, le) -> {
        le.putInt(Fixtures.entryOffset(s, 32, 0x1000001F) + 8, odd.length + 2);
        return s;
      });
    });
    Finding x = only(f, "XMS-R121");
    int size = Fixtures.readStream(f, "__substg1.0_1000001F").length;
    assertThat(size % 2).isEqualTo(1);
    assertThat(x.path().toString()).isEqualTo("/__substg1.0_1000001F");
    assertThat(x.message()).contains("0x1000001F").endsWith("of " + size + " bytes");
    // the reader cannot decode the value either: kept raw, for the same reason
    ReadResult read = MsgReader.lenient().read(new ByteArrayInputStream(f));
    assertThat(read.issues()).singleElement().satisfies(i -> {
      assertThat(i.action()).isEqualTo(ReadIssue.Action.KEPT_RAW);
      assertThat(i.reason()).contains("odd byte count " + size);
    });
  }

  @Test
  void r110String8InUnicodeMessage() {
    byte[] f = Fixtures.edit(Fixtures.sms(), root -> {
      byte[] body = Fixtures.read(root, "__substg1.0_1000001F");
      Fixtures.delete(root, "__substg1.0_1000001F");
      byte[] ascii = new byte[body.length / 2];
      for (int i = 0; i < ascii.length; i++) {
        ascii[i] = body[2 * i];
      }
      Fixtures.write(root, "__substg1.0_1000001E", ascii);
      Fixtures.editStream(root, PROPS, (s, le) -> {
        int off = Fixtures.entryOffset(s, 32, 0x1000001F);
        le.putInt(off, 0x1000001E);
        le.putInt(off + 8, ascii.length + 1);
        return s;
      });
    });
    assertThat(only(f, "XMS-R110").message()).contains("expected only PtypString (0x001F)").endsWith("0x1000001E");
  }

  @Test
  void r110UnicodeStringsWithoutStoreUnicodeOk() {
    byte[] f = Fixtures.edit(Fixtures.plain(), root -> Fixtures.editStream(root, PROPS, (s, le) -> {
      le.putInt(Fixtures.entryOffset(s, 32, 0x340D0003) + 8, 0);
      return s;
    }));
    assertThat(only(f, "XMS-R110").message()).contains("without STORE_UNICODE_OK");
  }

  @Test
  void r111MissingValueStreamAndTerminator() {
    byte[] clean = Fixtures.multiValued();
    ValueStreamNames n = ValueStreamNames.of(clean, 0x101F);
    byte[] f = Fixtures.edit(clean, root -> {
      Fixtures.delete(root, n.base + "-00000001");
      byte[] v0 = Fixtures.read(root, n.base + "-00000000");
      Fixtures.write(root, n.base + "-00000000", Arrays.copyOf(v0, v0.length - 2));
    });
    ValidationReport r = report(f);
    assertThat(r.findings()).extracting(x -> x.ruleId().toString()).containsOnly("XMS-R111");
    assertThat(r.findings()).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("found none"))
        .anySatisfy(m -> assertThat(m).contains("to end with a NUL terminator"))
        .anySatisfy(m -> assertThat(m).contains("expected length entry 0"));
  }

  @Test
  void r111BinaryLengthEntryReserved() {
    byte[] clean = Fixtures.multiValued();
    ValueStreamNames n = ValueStreamNames.of(clean, 0x1102);
    byte[] f = Fixtures.edit(clean, root -> Fixtures.editStream(root, n.base, (s, le) -> {
      le.putInt(4, 9);
      return s;
    }));
    assertThat(only(f, "XMS-R111").message()).contains("reserved 4 bytes of length entry 0");
  }

  /** Finds the stream name of the named multi-valued property of a type in a written file. */
  record ValueStreamNames(String base) {
    static ValueStreamNames of(byte[] file, int type) {
      try {
        MsgStructure s = MsgStructure.read(file);
        return new ValueStreamNames(s.objects().get(0).entries().stream().filter(e -> e.typeCode() == type)
            .findFirst().orElseThrow().expectedStreamName());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  // ------------------------------------------------------------------ storages

  @Test
  void r112LowerCaseRecipientStorageName() {
    byte[] f = Fixtures.edit(Fixtures.multiValued(), root -> Fixtures.rename(root, RECIP0,
        "__recip_version1.0_#0000000a"));
    assertThat(only(f, "XMS-R112").message()).endsWith("found __recip_version1.0_#0000000a");
  }

  @Test
  void r113TooManyRecipients() {
    // MsgWriter refuses more than 2048 recipients, so the storages are copied with POIFS
    byte[] many = Fixtures.edit(Fixtures.multiValued(), root -> {
      org.apache.poi.poifs.filesystem.DirectoryEntry r0 = Fixtures.dir(root, RECIP0);
      for (int i = 1; i <= 2048; i++) {
        org.apache.poi.poifs.filesystem.DirectoryEntry d = root.createDirectory(
            String.format(java.util.Locale.ROOT, "__recip_version1.0_#%08X", i));
        for (String n : r0.getEntryNames()) {
          d.createDocument(n, new java.io.ByteArrayInputStream(Fixtures.read(root, RECIP0 + "/" + n)));
        }
      }
      Fixtures.editStream(root, PROPS, (s, le) -> {
        le.putInt(8, 2049).putInt(16, 2049);
        return s;
      });
    });
    assertThat(only(many, "XMS-R113").message()).isEqualTo(
        "expected at most 2048 recipient storages in the file, found 2049");
    assertThat(MsgValidator.validate(many, "many.msg", Profile.SPEC).readable()).isTrue();
  }

  @Test
  void r114NameIdInsideEmbeddedMessage() {
    byte[] f = Fixtures.edit(Fixtures.embedded(), root -> Fixtures.dir(root, ATT0 + "/__substg1.0_3701000D")
        .createDirectory(NAMEID));
    Finding x = only(f, "XMS-R114");
    assertThat(x.path().toString()).isEqualTo("/attachments[0]/embedded/__nameid_version1.0");
  }

  @Test
  void r114EmbeddedMessageWithoutItsStorage() {
    byte[] f = Fixtures.edit(Fixtures.embedded(), root -> Fixtures.delete(root, ATT0 + "/__substg1.0_3701000D"));
    assertThat(only(f, "XMS-R114").message()).contains("afEmbeddedMessage").endsWith("found none");
  }

  @Test
  void r115CustomStorageMissing() {
    byte[] f = Fixtures.edit(Fixtures.customStorage(), root -> Fixtures.delete(root, ATT0 + "/__substg1.0_3701000D"));
    assertThat(only(f, "XMS-R115").message()).contains("afStorage").endsWith("found none");
  }

  // ------------------------------------------------------------------ named property mapping

  @Test
  void r116NoNameIdStorage() {
    byte[] f = Fixtures.edit(Fixtures.plain(), root -> Fixtures.delete(root, NAMEID));
    assertThat(only(f, "XMS-R116").message()).endsWith("found none");
  }

  @Test
  void r116NameIdInRecipient() {
    byte[] f = Fixtures.edit(Fixtures.multiValued(), root -> Fixtures.dir(root, RECIP0).createDirectory(NAMEID));
    assertThat(only(f, "XMS-R116").path().toString()).isEqualTo("/recipients[0]/__nameid_version1.0");
  }

  @Test
  void r117NamedIdWithoutMapping() {
    byte[] f = Fixtures.edit(Fixtures.sms(), root -> Fixtures.editStream(root, PROPS, (s, le) -> {
      byte[] out = Arrays.copyOf(s, s.length + 16);
      ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).putInt(s.length, 0x81230003).putInt(s.length + 4, 6);
      return out;
    }));
    assertThat(only(f, "XMS-R117").message()).endsWith("for the ids 0x8123");
  }

  @Test
  void r117PropertyIndexNotPosition() {
    byte[] f = Fixtures.edit(Fixtures.plain(), root -> {
      Fixtures.write(root, NAMEID + "/__substg1.0_00030102", new byte[] {0x10, 0, 0, 0, 2, 0, 5, 0});
    });
    ValidationReport r = report(f);
    assertThat(r.findings()).filteredOn(x -> x.ruleId().toString().equals("XMS-R117")).singleElement()
        .satisfies(x -> assertThat(x.message()).contains("expected property index 0").contains("was 5"));
  }

  @Test
  void r118PsMapiInGuidStream() {
    byte[] f = Fixtures.edit(Fixtures.sms(), root -> {
      byte[] g = Fixtures.read(root, NAMEID + "/__substg1.0_00020102");
      byte[] out = Arrays.copyOf(g, g.length + 16);
      System.arraycopy(PropertyValue.Guid.toWireBytes(PropertySet.PS_MAPI.guid()), 0, out, g.length, 16);
      Fixtures.write(root, NAMEID + "/__substg1.0_00020102", out);
    });
    assertThat(only(f, "XMS-R118").message()).contains("expected neither PS_MAPI nor PS_PUBLIC_STRINGS");
  }

  @Test
  void r119OddNameLength() {
    byte[] f = Fixtures.edit(Fixtures.sms(), root -> Fixtures.editStream(root, NAMEID + "/__substg1.0_00040102",
        (s, le) -> {
          le.putInt(0, le.getInt(0) + 1);
          return s;
        }));
    assertThat(only(f, "XMS-R119").message()).contains("expected the name of entry");
  }

  @Test
  void r118AndR119BothFireForAnEntryWithABadGuidIndexAndABadName() {
    // one string entry: GUID index 9 of no GUID stream entry, name offset 0x40 beyond the string stream
    byte[] f = Fixtures.edit(Fixtures.plain(), root -> Fixtures.write(root, NAMEID + "/__substg1.0_00030102",
        new byte[] {0x40, 0, 0, 0, 0x13, 0, 0, 0}));
    ValidationReport r = report(f);
    assertThat(r.findings()).extracting(x -> x.ruleId().toString()).containsExactlyInAnyOrder("XMS-R118", "XMS-R119");
    assertThat(r.findings()).extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("found GUID index 9"))
        .anySatisfy(m -> assertThat(m).contains("found string offset 64"));
  }

  @Test
  void r119NulInAName() {
    byte[] f = Fixtures.edit(Fixtures.sms(), root -> Fixtures.editStream(root, NAMEID + "/__substg1.0_00040102",
        (s, le) -> {
          s[4 + 2] = 0;
          s[4 + 3] = 0;
          return s;
        }));
    assertThat(report(f).findings()).filteredOn(x -> x.ruleId().toString().equals("XMS-R119")).singleElement()
        .satisfies(x -> assertThat(x.message()).contains("without NUL characters, found U+0000 at offset 0x00000006"));
  }

  @Test
  void r120MissingBucketEntry() {
    byte[] f = Fixtures.edit(Fixtures.sms(), root -> {
      List<String> buckets = new java.util.ArrayList<>();
      Fixtures.dir(root, NAMEID).getEntryNames().forEach(n -> {
        if (n.startsWith("__substg1.0_10")) {
          buckets.add(n);
        }
      });
      Fixtures.delete(root, NAMEID + "/" + new TreeSet<>(buckets).first());
    });
    assertThat(only(f, "XMS-R120").message()).contains("found no such stream");
  }

  @Test
  void r120NoBucketsAtAll() {
    byte[] f = Fixtures.edit(Fixtures.sms(), root -> {
      for (String n : new TreeSet<>(Fixtures.dir(root, NAMEID).getEntryNames())) {
        if (n.startsWith("__substg1.0_10")) {
          Fixtures.delete(root, NAMEID + "/" + n);
        }
      }
    });
    assertThat(only(f, "XMS-R120").message()).contains("found no hash-bucket streams");
    assertThat(report(f).findings()).hasSize(1);
  }

  @Test
  void outlookR001RootClassId() {
    byte[] f = Fixtures.edit(Fixtures.sms(), root -> Fixtures.classId(root, new UUID(0, 0)));
    assertThat(only(f, "OUTLOOK-R001").message()).endsWith("was {00000000-0000-0000-0000-000000000000}");
    assertThat(ids(f)).containsExactly("OUTLOOK-R001");
    try {
      assertThat(MsgValidator.validate(MsgStructure.read(f), Profile.SPEC).findings()).isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void outlookR002MissingStringStream() {
    byte[] f = Fixtures.edit(Fixtures.plain(), root -> Fixtures.delete(root, NAMEID + "/__substg1.0_00040102"));
    assertThat(only(f, "OUTLOOK-R002").message()).contains("string stream __substg1.0_00040102");
  }
}
