package org.xms4j.smil;

/**
 * The rules {@link SmilChecker} applies, each with a stable id, a severity and the text it is
 * derived from. Ids are never reused.
 *
 * <p>Rules {@code SMIL-Rnn} judge a presentation as MMS SMIL ({@link SmilChecker#check}); rules
 * {@code OMS-Snn} judge it as the source of an [MS-OMS] {@code tMmsSlides} element
 * ({@link SmilChecker#checkMmsSlides}).
 *
 * <p>Specified by [SMIL 2.1] sections 5, 7, 9 and 10, OMA MMS SMIL, and [MS-OMS] sections 2.2.4.2
 * to 2.2.4.13.
 */
public enum SmilRule {
  /** The document has no {@code body}. */
  BODY_MISSING("SMIL-R01", Severity.ERROR, "[SMIL 2.1] section 9 (Structure: body)"),
  /** The body holds no slide. */
  NO_SLIDES("SMIL-R02", Severity.WARNING, "OMA MMS SMIL (a presentation has at least one par)"),
  /** There is no {@code head/layout/root-layout}. */
  ROOT_LAYOUT_MISSING("SMIL-R03", Severity.WARNING, "OMA MMS SMIL (layout with root-layout); [SMIL 2.1] section 5"),
  /** A region has no {@code id}. */
  REGION_ID_MISSING("SMIL-R04", Severity.ERROR, "[SMIL 2.1] section 5 (Layout: region id)"),
  /** Two regions have the same {@code id}. */
  REGION_ID_DUPLICATE("SMIL-R05", Severity.ERROR, "[XML] section 3.3.1 (ID uniqueness); [SMIL 2.1] section 5"),
  /** A position or size of the layout is not a length, or a size is negative. */
  LENGTH_INVALID("SMIL-R06", Severity.ERROR, "[SMIL 2.1] section 5 (Layout: positioning attributes)"),
  /** A media object refers to a region the layout does not define. */
  REGION_UNDEFINED("SMIL-R07", Severity.ERROR, "[SMIL 2.1] section 7 (Media Object: region)"),
  /** A {@code dur} is not a clock value, {@code indefinite} or {@code media}. */
  DURATION_INVALID("SMIL-R08", Severity.ERROR, "[SMIL 2.1] section 10 (Timing: dur)"),
  /** A {@code dur} is negative. */
  DURATION_NEGATIVE("SMIL-R09", Severity.ERROR, "[SMIL 2.1] section 10 (Timing: dur)"),
  /** A {@code begin} or {@code end} entry looks like an offset but is not one. */
  TIME_INVALID("SMIL-R10", Severity.ERROR, "[SMIL 2.1] section 10 (Timing: begin and end)"),
  /** A slide holds more than one image or video. */
  SLIDE_MULTIPLE_VISUAL("SMIL-R11", Severity.WARNING, "OMA MMS SMIL (at most one image or video per par)"),
  /** A slide holds more than one text. */
  SLIDE_MULTIPLE_TEXT("SMIL-R12", Severity.WARNING, "OMA MMS SMIL (at most one text per par)"),
  /** A slide holds more than one audio. */
  SLIDE_MULTIPLE_AUDIO("SMIL-R13", Severity.WARNING, "OMA MMS SMIL (at most one audio per par)"),
  /** A media object has no {@code src}. */
  MEDIA_SRC_MISSING("SMIL-R14", Severity.ERROR, "[SMIL 2.1] section 7 (Media Object: src)"),
  /** An image, video or text has no {@code region}. */
  MEDIA_REGION_MISSING("SMIL-R15", Severity.WARNING, "OMA MMS SMIL (visible media name their region)"),
  /** A media object stands in the body or a seq instead of in a par. */
  MEDIA_OUTSIDE_PAR("SMIL-R16", Severity.WARNING, "OMA MMS SMIL (media objects are children of par)"),
  /** A region reaches beyond the root layout. */
  REGION_OUTSIDE_ROOT_LAYOUT("SMIL-R17", Severity.WARNING, "[SMIL 2.1] section 5 (Layout: clipping to root-layout)"),

  /** There is no layout, so {@code mmsSlides} gets no {@code head}. */
  OMS_HEAD_MISSING("OMS-S01", Severity.WARNING, "[MS-OMS] section 2.2.4.9 (tMmsSlides: head)"),
  /** The layout has no {@code root-layout}, which {@code tLayout} requires. */
  OMS_ROOT_LAYOUT_MISSING("OMS-S02", Severity.ERROR, "[MS-OMS] section 2.2.4.7 (tLayout: root-layout)"),
  /** The root layout lacks a whole pixel {@code width} or {@code height}, or the height exceeds 255. */
  OMS_ROOT_LAYOUT_SIZE("OMS-S03", Severity.ERROR, "[MS-OMS] section 2.2.4.12 (tRoot-layout: width unsignedInt, "
      + "height unsignedByte)"),
  /** The root layout lacks a {@code background-color} of the form {@code #RRGGBB}. */
  OMS_BACKGROUND_COLOR("OMS-S04", Severity.ERROR, "[MS-OMS] section 2.2.4.12 (tRoot-layout: background-color)"),
  /** The layout has no region, or more than two (the others are left out). */
  OMS_REGION_COUNT("OMS-S05", Severity.ERROR, "[MS-OMS] section 2.2.4.7 (tLayout: 1 or 2 regions)"),
  /** A region's {@code id} is not {@code Image} or {@code Text}. */
  OMS_REGION_ID("OMS-S06", Severity.ERROR, "[MS-OMS] section 2.2.4.11 (tRegion: id)"),
  /** A region lacks one of {@code left}, {@code top}, {@code width}, {@code height}, {@code fit}. */
  OMS_REGION_ATTRIBUTE_MISSING("OMS-S07", Severity.ERROR, "[MS-OMS] section 2.2.4.11 (tRegion: required attributes)"),
  /** A region's {@code fit} is not {@code slice} or {@code stream}, the values [MS-OMS] names. */
  OMS_REGION_FIT("OMS-S08", Severity.WARNING, "[MS-OMS] section 2.2.4.11 (tRegion: fit)"),
  /** There is no slide; {@code tBody} requires at least one {@code par}. */
  OMS_NO_SLIDES("OMS-S09", Severity.ERROR, "[MS-OMS] section 2.2.4.2 (tBody: par)"),
  /** A slide has no duration in milliseconds, which {@code tPar/@dur} requires. */
  OMS_SLIDE_DURATION("OMS-S10", Severity.ERROR, "[MS-OMS] section 2.2.4.10 (tPar: dur)"),
  /** A slide has a second image, text or audio, which is left out. */
  OMS_SLIDE_DUPLICATE_MEDIA("OMS-S11", Severity.WARNING, "[MS-OMS] section 2.2.4.10 (tPar: one img, text, audio)"),
  /** A video, ref, animation or textstream, which {@code tPar} cannot hold, is left out. */
  OMS_MEDIA_NOT_SUPPORTED("OMS-S12", Severity.WARNING, "[MS-OMS] section 2.2.4.10 (tPar: img, text, audio only)"),
  /** A written media object has no {@code src}. */
  OMS_MEDIA_SRC_MISSING("OMS-S13", Severity.ERROR, "[MS-OMS] sections 2.2.4.1, 2.2.4.6, 2.2.4.13 (src)"),
  /** A written image or text has no {@code region}. */
  OMS_MEDIA_REGION_MISSING("OMS-S14", Severity.ERROR, "[MS-OMS] sections 2.2.4.6, 2.2.4.13 (region)"),
  /** Other content that {@code tMmsSlides} has no place for is left out. */
  OMS_NOT_REPRESENTED("OMS-S15", Severity.INFO, "[MS-OMS] section 2.2.4.9 and Appendix A (tMmsSlides schema)");

  /** How serious a finding is. */
  public enum Severity {
    /** The presentation breaks a requirement; players or servers are likely to fail. */
    ERROR,
    /** The presentation deviates from the profile; players usually cope. */
    WARNING,
    /** Information, for example content a conversion leaves out. */
    INFO
  }

  private final String id;
  private final Severity severity;
  private final String specReference;

  SmilRule(String id, Severity severity, String specReference) {
    this.id = id;
    this.severity = severity;
    this.specReference = specReference;
  }

  /**
   * Returns the stable id, for example {@code SMIL-R07}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the severity.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the text the rule is derived from, for example {@code [MS-OMS] section 2.2.4.10 (tPar: dur)}.
   *
   * @return the spec reference
   */
  public String specReference() {
    return specReference;
  }
}
