package org.xms4j.smil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The slides, the media the resolver ties to parts and the media the checker judges come from one
 * walk of the timeline, so they agree on which media objects exist, in which slide, and where.
 */
class TimelineWalkTest {

  private static final String DOC = "<smil><head><layout><root-layout width='100' height='100'/>"
      + "<region id='Image' left='0' top='0' width='100' height='50'/>"
      + "<region id='Text' left='0' top='50' width='100' height='50'/></layout></head><body>"
      + "<par dur='1s'><img src='a.jpg' region='Image'/><seq><text src='b.txt' region='Text'/>"
      + "<par><audio src='c.amr'/></par></seq><foo><img src='hidden.jpg' region='Image'/></foo></par>"
      + "<seq><par dur='2s'><img src='d.jpg' region='Nope'/></par><text src='e.txt' region='Text'/></seq>"
      + "<img src='f.jpg' region='Image' dur='3s'/></body></smil>";

  @Test
  void slidesResolverAndCheckerSeeTheSameMediaAtTheSameLocations() {
    SmilPresentation p = RealData.parse(DOC);
    List<Slide> slides = p.slides();
    assertThat(slides).extracting(Slide::location).containsExactly("/smil/body[1]/par[1]",
        "/smil/body[1]/seq[1]/par[1]", "/smil/body[1]/seq[1]/text[1]", "/smil/body[1]/img[1]");
    assertThat(slides.get(0).media()).extracting(m -> m.src().orElseThrow())
        .containsExactly("a.jpg", "b.txt", "c.amr");
    List<MediaObject> inSlides = new ArrayList<>();
    slides.forEach(s -> inSlides.addAll(s.media()));
    assertThat(p.media()).containsExactlyElementsOf(inSlides);

    Resolution r = SmilResolver.resolve(p, List.of());
    assertThat(r.unresolved()).extracting(Resolution.Unresolved::media).containsExactlyElementsOf(inSlides);
    List<String> locations = r.unresolved().stream().map(Resolution.Unresolved::location).toList();
    assertThat(locations).containsExactly("/smil/body[1]/par[1]/img[1]", "/smil/body[1]/par[1]/seq[1]/text[1]",
        "/smil/body[1]/par[1]/seq[1]/par[1]/audio[1]", "/smil/body[1]/seq[1]/par[1]/img[1]",
        "/smil/body[1]/seq[1]/text[1]", "/smil/body[1]/img[1]");

    // the checker judges those media objects at those locations: the two outside a par, the undefined region
    List<SmilFinding> findings = SmilChecker.check(p);
    assertThat(findings).filteredOn(f -> f.rule() == SmilRule.MEDIA_OUTSIDE_PAR).extracting(SmilFinding::location)
        .containsExactly("/smil/body[1]/seq[1]/text[1]", "/smil/body[1]/img[1]");
    assertThat(findings).filteredOn(f -> f.rule() == SmilRule.REGION_UNDEFINED).extracting(SmilFinding::location)
        .containsExactly("/smil/body[1]/seq[1]/par[1]/img[1]/@region");
    assertThat(findings).extracting(SmilFinding::location).filteredOn(l -> l.contains("hidden")).isEmpty();
    // and the tMmsSlides check finds the media of each slide where the slides say they are
    assertThat(SmilChecker.checkMmsSlides(p)).filteredOn(f -> f.rule() == SmilRule.OMS_NOT_REPRESENTED
        && f.message().contains("inside a <par> of its own")).extracting(SmilFinding::location)
        .containsExactly("/smil/body[1]/seq[1]/text[1]", "/smil/body[1]/img[1]");
    assertThat(SmilChecker.checkMmsSlides(p)).filteredOn(f -> f.rule() == SmilRule.OMS_MEDIA_NOT_SUPPORTED
        || f.rule() == SmilRule.OMS_SLIDE_DUPLICATE_MEDIA).isEmpty();
  }
}
