package org.qantara.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchNormalizerTest {
  @Test
  void levelsArabicOrthographicVariation() {
    assertThat(MatchNormalizer.normalize("أَحْمَدُ")).isEqualTo("احمد"); // harakat, hamza on alef
    assertThat(MatchNormalizer.normalize("مُؤكِّداً")).isEqualTo("موكدا"); // shadda, tanwin, ؤ
    assertThat(MatchNormalizer.normalize("إلى")).isEqualTo("الي"); // إ and alef maqsura
    assertThat(MatchNormalizer.normalize("آليات ٱلقاعدة")).isEqualTo("اليات القاعده"); // آ, ٱ wasla, ta marbuta
    assertThat(MatchNormalizer.normalize("رئيس")).isEqualTo("رييس"); // ئ
    assertThat(MatchNormalizer.normalize("هٰذا")).isEqualTo("هذا"); // superscript alef
    assertThat(MatchNormalizer.normalize("مـــدرســة")).isEqualTo("مدرسه"); // tatweel
    assertThat(MatchNormalizer.normalize("ﻻ ﺑﺄﺱ")).isEqualTo("لا باس"); // presentation forms, through NFKC
  }

  /** Arabic typed on a Persian keyboard (a Tatoeba line: "شکراً لك علی کل شيء.") reads as the Arabic letters. */
  @Test
  void foldsPersianKafAndYehToTheArabicLetters() {
    assertThat(MatchNormalizer.normalize("شکراً لك علی کل شيء."))
        .isEqualTo(MatchNormalizer.normalize("شكراً لك على كل شيء."))
        .isEqualTo("شكرا لك علي كل شيء.");
    assertThat(MatchNormalizer.normalizeWithOffsets("علی کل").text()).isEqualTo("علي كل");
  }

  @Test
  void makesDigitsAsciiAndFoldsCase() {
    assertThat(MatchNormalizer.normalize("٢٠٢٦-٠١-٢٦ و ۱۴۰۴")).isEqualTo("2026-01-26 و 1404");
    assertThat(MatchNormalizer.normalize("Qamishli AIRPORT Straße ﬁnal")).isEqualTo("qamishli airport strasse final");
  }

  @Test
  void keepsOffsetsBackToTheOriginal() {
    String original = "أَحْمَد ﬁne";
    NormalizedText normalized = MatchNormalizer.normalizeWithOffsets(original);
    assertThat(normalized.text()).isEqualTo("احمد fine");
    assertThat(normalized.sourceSpan(0, 1).of(original)).isEqualTo("أَ");
    assertThat(normalized.sourceSpan(1, 2).of(original)).isEqualTo("حْ");
    assertThat(normalized.sourceSpan(0, 4).of(original)).isEqualTo("أَحْمَد");
    // "ﬁ" became two characters, both from the one ligature.
    assertThat(normalized.sourceSpan(5, 6).of(original)).isEqualTo("ﬁ");
    assertThat(normalized.sourceSpan(6, 7).of(original)).isEqualTo("ﬁ");
    assertThat(normalized.sourceSpan(5, 9).of(original)).isEqualTo("ﬁne");
  }

  @Test
  void offsetVersionAgreesWithPlainNormalisationOnRealText() {
    for (Path file : List.of(Seeds.S001, Seeds.S002, Seeds.GOLD_AR, Seeds.TATOEBA_AR)) {
      String text = Seeds.text(file);
      NormalizedText normalized = MatchNormalizer.normalizeWithOffsets(text);
      assertThat(normalized.text()).isEqualTo(MatchNormalizer.normalize(text));
      assertThat(normalized.sourceSpan(0, normalized.text().length())).isEqualTo(new Span(0, text.length()));
    }
  }

  @Test
  void lookupFormsPeelAttachedParticlesFromTheFoldedWord() {
    assertThat(MatchNormalizer.lookupForms("بيومين")).containsExactly("بيومين", "يومين");
    assertThat(MatchNormalizer.lookupForms("وٱلقاعدة")).startsWith("والقاعده").contains("قاعده");
    assertThat(MatchNormalizer.lookupForms("بل")).containsExactly("بل"); // nothing shorter than two letters left
  }

  @Test
  void tellsArabicWordsByTheirLetters() {
    assertThat(MatchNormalizer.hasArabicLetter("London")).isFalse();
    assertThat(MatchNormalizer.hasArabicLetter("٢٠٢٦")).isFalse(); // digits are not letters
    assertThat(MatchNormalizer.hasArabicLetter("لندن")).isTrue();
  }

  @Test
  void anArabicLetterIsALetterOfTheArabicScriptWhereverItIsEncoded() {
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      boolean arabicLetter = Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC && Character.isLetter(c);
      String word = "x" + Character.toString(c) + "1";
      if (MatchNormalizer.hasArabicLetter(word) != arabicLetter) {
        throw new AssertionError("U+" + Integer.toHexString(c) + ": " + !arabicLetter + ", expected " + arabicLetter);
      }
    }
    assertThat(MatchNormalizer.hasArabicLetter("\uD83B\uDE00")).isTrue(); // U+1EE00, an Arabic mathematical alef
    assertThat(MatchNormalizer.hasArabicLetter("\uD83B")).isFalse(); // half a surrogate pair
  }
}
