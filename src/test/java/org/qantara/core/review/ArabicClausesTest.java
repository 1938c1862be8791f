package org.qantara.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ArabicClausesTest {

  private static List<String> clauses(String text, List<Integer> sentenceStarts) {
    List<Word> words = Word.split(text, 0);
    return ArabicClauses.split(words, text, sentenceStarts).stream()
        .map(c -> c.stream().map(i -> words.get(i).text()).collect(Collectors.joining(" ")))
        .toList();
  }

  @Test
  void cutsAtCommasConjunctionsComplementisersRelativesAndParticiples() {
    String text = "وذكر المصدر أن عملية الإخلاء ما تزال مستمرة، والمعدات التي يتم سحبها تُنقل إلى قاعدة حميميم"
        + " مبيناً أن عدداً من الجنود باقون ثم غادروا";
    assertThat(clauses(text, List.of(0))).containsExactly(
        "وذكر المصدر", "أن عملية الإخلاء ما تزال مستمرة", "والمعدات", "التي يتم سحبها تُنقل إلى قاعدة حميميم",
        "مبيناً", "أن عدداً من الجنود باقون", "ثم غادروا");
  }

  @Test
  void neverCrossesASentenceAndKeepsShortWordsStartingWithWaw() {
    String first = "وصل الوفد إلى موسكو.";
    String text = first + " طلب الوفد المساعدة";
    assertThat(clauses(text, List.of(0, first.length() + 1)))
        .containsExactly("وصل الوفد إلى موسكو", "طلب الوفد المساعدة");
  }
}
