package org.qantara.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptDetectorTest {
  @Test
  void findsEnglishAndArabicInTheSeedsAndGold() {
    assertThat(ScriptDetector.dominant(Seeds.text(Seeds.S000))).contains(Lang.EN);
    assertThat(ScriptDetector.dominant(Seeds.text(Seeds.S003))).contains(Lang.EN);
    assertThat(ScriptDetector.dominant(Seeds.text(Seeds.GOLD_AR))).contains(Lang.AR);
  }

  @Test
  void seesNoDominantScriptInTheBilingualSeed() {
    String bilingual = Seeds.text(Seeds.S001);
    ScriptDetector.ScriptCounts counts = ScriptDetector.count(bilingual);
    assertThat(counts.arabic()).isPositive();
    assertThat(counts.latin()).isPositive();
    assertThat(ScriptDetector.dominant(bilingual)).isEmpty();
  }

  @Test
  void latinNamesAndNumbersDoNotOutweighArabic() {
    String arabicWithNames =
        Seeds.lines(Seeds.GOLD_AR).get(3).replace("أحمد الشرع", "Ahmad al-Shara").replace("فلاديمير بوتين", "Vladimir Putin") + " (Reuters, 2026)";
    assertThat(arabicWithNames).contains("Ahmad al-Shara", "Vladimir Putin");
    assertThat(ScriptDetector.dominant(arabicWithNames)).contains(Lang.AR);
  }

  @Test
  void countsOnlyLetters() {
    assertThat(ScriptDetector.dominant("2026-01-26 22:02 ... 3.5%")).isEmpty();
    assertThat(ScriptDetector.count("١٢٣ 123 ؟ ! Россия").letters()).isZero();
  }
}
