package org.xms4j.msg.check;

import java.util.List;
import java.util.Objects;
import org.xms4j.validation.Reporter;
import org.xms4j.validation.Rule;
import org.xms4j.validation.RuleCatalogue;
import org.xms4j.validation.RuleInfo;

/**
 * The .msg file-structure rules ({@link org.xms4j.validation.Scope#MSG_FILE}) of the rule catalogue,
 * implemented on {@link MsgStructure}: XMS-R101 to XMS-R122 ([MS-OXMSG] requirement rows OXMSG-01
 * to OXMSG-20) and the Outlook-compatibility rules OUTLOOK-R001 (root CLSID) and OUTLOOK-R002
 * (named property mapping streams).
 *
 * <p>Each rule takes its entry from {@link RuleCatalogue#require(String)} and reports each defect at
 * the message path of the object storage holding it followed by the names of the storages and
 * streams below that storage (for example {@code /attachments[1]/__substg1.0_3707001F}), with the
 * expected and the actual value in hex where [MS-OXMSG] uses hex. Run them with
 * {@link org.xms4j.validation.Validator#validate(Object, List, org.xms4j.validation.Profile)}, or
 * validate a whole file with {@link MsgValidator}.
 *
 * <pre>{@code
 * ValidationReport r = Validator.validate(MsgStructure.read(file), MsgFileRules.all(), Profile.OUTLOOK);
 * }</pre>
 *
 * <p>Specified by [MS-OXMSG] sections 2.1 to 2.4.
 */
public final class MsgFileRules {

  private static final List<Rule<MsgStructure>> ALL = List.of(
      new FileRule("XMS-R101", PropertyStreamChecks::propertyStreamPresent),
      new FileRule("XMS-R102", PropertyStreamChecks::oneEntryPerProperty),
      new FileRule("XMS-R103", PropertyStreamChecks::headerSize),
      new FileRule("XMS-R104", PropertyStreamChecks::nextIdsZero),
      new FileRule("XMS-R105", PropertyStreamChecks::counts),
      new FileRule("XMS-R106", PropertyStreamChecks::fixedPadding),
      new FileRule("XMS-R107", PropertyStreamChecks::sizeFields),
      new FileRule("XMS-R108", PropertyStreamChecks::noEmptyStrings),
      new FileRule("XMS-R109", PropertyStreamChecks::valueStreamNames),
      new FileRule("XMS-R110", PropertyStreamChecks::unicodeConsistent),
      new FileRule("XMS-R111", PropertyStreamChecks::multiValued),
      new FileRule("XMS-R112", StorageChecks::objectStorageNames),
      new FileRule("XMS-R113", StorageChecks::objectStorageCounts),
      new FileRule("XMS-R114", StorageChecks::embeddedMessageStorage),
      new FileRule("XMS-R115", StorageChecks::customAttachmentStorage),
      new FileRule("XMS-R116", NameIdChecks::oneTopLevelNameId),
      new FileRule("XMS-R117", NameIdChecks::entryStream),
      new FileRule("XMS-R118", NameIdChecks::guidStream),
      new FileRule("XMS-R119", NameIdChecks::stringStream),
      new FileRule("XMS-R120", NameIdChecks::hashBuckets),
      new FileRule("XMS-R121", PropertyStreamChecks::unicodeStringLength),
      new FileRule("XMS-R122", PropertyStreamChecks::objectEntryReserved),
      new FileRule("OUTLOOK-R001", StorageChecks::rootClassId),
      new FileRule("OUTLOOK-R002", NameIdChecks::nameIdStreamsPresent));

  private MsgFileRules() {
  }

  /**
   * Returns every file-structure rule, in catalogue order (spec rules, then Outlook rules).
   *
   * @return an unmodifiable list; each rule's {@link Rule#info()} is the catalogue's entry
   */
  public static List<Rule<MsgStructure>> all() {
    return ALL;
  }

  /** What a rule checks. */
  interface Check {
    void check(MsgStructure s, Reporter r);
  }

  /** A rule: a catalogue entry and a check. */
  private static final class FileRule implements Rule<MsgStructure> {
    private final RuleInfo info;
    private final Check check;

    FileRule(String id, Check check) {
      this.info = RuleCatalogue.require(id);
      this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public RuleInfo info() {
      return info;
    }

    @Override
    public void check(MsgStructure context, Reporter reporter) {
      check.check(context, reporter);
    }

    @Override
    public String toString() {
      return "MsgFileRule[" + info.id() + "]";
    }
  }
}
