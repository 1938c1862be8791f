package org.qantara.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qantara.core.QantaraException;

class BilingualSplitterTest {
  private static final String ARABIC = String.join(" ", Seeds.lines(Seeds.GOLD_AR));
  private static final String ENGLISH = String.join(" ", Seeds.lines(Seeds.GOLD_EN));

  @Test
  void splitsTheBilingualSeedWhereTheEnglishStarts() {
    String text = Seeds.text(Seeds.S001);
    BilingualSplit split = BilingualSplitter.split(text);

    int englishStart = text.indexOf(Seeds.lines(Seeds.GOLD_EN).getFirst());
    assertThat(split.arabic().of(text)).isEqualTo(ARABIC);
    assertThat(split.english().of(text)).isEqualTo(ENGLISH);
    assertThat(split.english().start()).isEqualTo(englishStart);
    assertThat(split.description())
        .isEqualTo(
            "split at character " + englishStart + " (line 1, column " + (englishStart + 1) + "): " + englishStart
                + " chars Arabic before, " + (text.length() - englishStart) + " chars English after");
  }

  @Test
  void splitsEnglishFollowedByArabicAcrossLines() {
    String text = ENGLISH + "\n\n" + ARABIC + "\n";
    BilingualSplit split = BilingualSplitter.split(text);
    assertThat(split.english().of(text)).isEqualTo(ENGLISH);
    assertThat(split.arabic().of(text)).isEqualTo(ARABIC);
    assertThat(split.description()).startsWith("split at character " + (ENGLISH.length() + 2) + " (line 3, column 1)").contains("English before");
  }

  @Test
  void latinNamesAndNumbersInsideTheArabicDoNotMoveTheCut() {
    String arabic =
        "ذكرت وكالة Reuters أن القوات الروسية بدأت الانسحاب من مطار Qamishli في 2026. "
            + "وقال مسؤول في وزارة الدفاع إن العملية ستستغرق أياماً. وأكد مصدر آخر أن المعدات نقلت إلى قاعدة Hmeimim.";
    String english =
        "Reuters reported that Russian forces began withdrawing from Qamishli airport in 2026. "
            + "A defence ministry official said the operation would take days. Another source confirmed that the equipment was moved to Hmeimim.";
    String text = arabic + " " + english;
    BilingualSplit split = BilingualSplitter.split(text);
    assertThat(split.arabic().of(text)).isEqualTo(arabic);
    assertThat(split.english().of(text)).isEqualTo(english);
  }

  @Test
  void refusesAnEnglishOnlyText() {
    assertThatThrownBy(() -> BilingualSplitter.split(Seeds.text(Seeds.S003)))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("does not hold one language after the other").hasMessageContaining("both parts are English")
        .hasMessageContaining("Arabic text followed by its English translation");
  }

  @Test
  void refusesInterleavedLanguages() {
    StringBuilder interleaved = new StringBuilder();
    for (int i = 0; i < 7; i++) {
      interleaved.append(Seeds.lines(Seeds.GOLD_AR).get(i)).append('\n').append(Seeds.lines(Seeds.GOLD_EN).get(i)).append('\n');
    }
    assertThatThrownBy(() -> BilingualSplitter.split(interleaved.toString()))
        .hasMessage("text does not hold one language after the other: it switches between Arabic and English 13 "
            + "times (line 2 English, line 3 Arabic, line 4 English, …) — put the Arabic and the English in two "
            + "files, or all of the Arabic before all of the English");
  }

  @Test
  void refusesATinySecondLanguage() {
    String text = ENGLISH + "\nشكراً لكم.";
    assertThatThrownBy(() -> BilingualSplitter.split(text)).hasMessageContaining("does not hold one language after the other").hasMessageContaining("too little to be a translation");
  }
}
