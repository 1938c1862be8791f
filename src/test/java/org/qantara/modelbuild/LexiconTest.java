package org.qantara.modelbuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

  private static final Lexicon LEXICON = Lexicon.of(
      List.of(new FreeDict.Entry("قاعدة", List.of("Base", "Rule")),
          new FreeDict.Entry("قاعدتها", List.of("Its rule")),
          new FreeDict.Entry("روسي", List.of("Russian")),
          new FreeDict.Entry("روس", List.of("Russians"))),
      List.of(new FreeDict.Entry("Rescue workers", List.of("عمال الإنقاذ"))));

  @Test
  void multiWordEntriesSpreadTheirWeightOverTheirContentWords() {
    assertThat(LEXICON.arabicToEnglish.get("عمال")).containsOnlyKeys("rescu", "worker");
    assertThat(LEXICON.arabicToEnglish.get("عمال").get("worker")).isEqualTo(0.25);
    assertThat(LEXICON.arabicToEnglish.get("قاعده")).containsOnlyKeys("base", "rule");
  }

  @Test
  void pronounSuffixedKeysReadTheirStemsRowButNisbaAdjectivesKeepTheirOwn() {
    assertThat(LEXICON.arabicRowKey("قاعدتها")).isEqualTo("قاعده");
    assertThat(LEXICON.arabicRowKey("روسي")).isEqualTo("روسي");
    assertThat(LEXICON.arabicRowKey("قاعده")).isEqualTo("قاعده");
  }
}
