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
  void countsEveryCharOfLongTextsAndOfOtherCharSequences() {
    // count copies the text out in chunks: texts longer than one chunk, and a StringBuilder, count as char by char.
    StringBuilder mixed = new StringBuilder();
    java.util.Random random = new java.util.Random(11);
    String alphabet = "abcXYZ أبجد ١٢٣ 123 ؟!\u00e9\u0130\u06CC\u06A9\u200C\u4e2d\uD835\uDC00Ω";
    for (int k = 0; k < 30_000; k++) {
      mixed.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    int arabic = 0;
    int latin = 0;
    for (int i = 0; i < mixed.length(); i++) {
      Character.UnicodeScript script = ScriptDetector.scriptOf(mixed.charAt(i));
      arabic += script == Character.UnicodeScript.ARABIC ? 1 : 0;
      latin += script == Character.UnicodeScript.LATIN ? 1 : 0;
    }
    assertThat(arabic).isPositive();
    assertThat(latin).isPositive();
    assertThat(ScriptDetector.count(mixed.toString())).isEqualTo(new ScriptDetector.ScriptCounts(arabic, latin));
    assertThat(ScriptDetector.count(mixed)).isEqualTo(new ScriptDetector.ScriptCounts(arabic, latin));
    assertThat(ScriptDetector.count("")).isEqualTo(new ScriptDetector.ScriptCounts(0, 0));
  }

  @Test
  void countsOnlyLetters() {
    assertThat(ScriptDetector.dominant("2026-01-26 22:02 ... 3.5%")).isEmpty();
    assertThat(ScriptDetector.count("١٢٣ 123 ؟ ! Россия").letters()).isZero();
  }
}
