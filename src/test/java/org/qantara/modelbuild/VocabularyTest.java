package org.qantara.modelbuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  /** الم ("pain") is a prefix of المعدات ("the equipment"): the trap greedy longest-match falls into. */
  private static Vocabulary vocabulary() {
    Vocabulary vocabulary = new Vocabulary(true);
    vocabulary.addAffixes();
    vocabulary.addArabicWord("الم", "ar:الم", 1, true);
    vocabulary.addArabicWord("معدات", "ar:معدات", 1, true);
    vocabulary.addArabicWord("قاعده", "ar:قاعده", 1, true);
    vocabulary.add("ست", "hand:6", 1); // "six": the trap of the future prefix س before the person prefix ت
    vocabulary.addArabicWord("يفعل", "ar:يفعل", 1, true);
    vocabulary.addLetters(PhoneticLetters.rows(), 0.3);
    vocabulary.addNeededCliticForms();
    return vocabulary;
  }

  private static List<String> weightedRows(Vocabulary vocabulary, String word) {
    return vocabulary.pieces(word).stream().filter(a -> a.weight() != 0).map(Vocabulary.Assignment::row).toList();
  }

  @Test
  void procliticFormsReadTheStemsRowWithOrWithoutAWholeWordToken() {
    Vocabulary vocabulary = vocabulary();
    for (String word : List.of("معدات", "المعدات", "والمعدات", "بالمعدات", "ومعدات", "للمعدات")) {
      assertThat(weightedRows(vocabulary, word)).as(word).containsExactly("ar:معدات");
    }
    assertThat(weightedRows(vocabulary, "قاعدتها")).containsExactly("ar:قاعده");
  }

  @Test
  void futureAndSubjunctivePrefixesBeforeAnyPersonOfAVerbReadTheVerbsRow() {
    Vocabulary vocabulary = vocabulary();
    for (String word : List.of("يفعل", "تفعل", "ستفعل", "سيفعل", "سنفعل", "وستفعل", "لتفعل", "ليفعل")) {
      assertThat(weightedRows(vocabulary, word)).as(word).containsExactly("ar:يفعل");
    }
  }

  @Test
  void wholeWordTokensAreAddedOnlyWhereGreedySplittingGoesWrong() {
    Vocabulary vocabulary = vocabulary();
    // و + ##معدات splits right on its own; المعدات would start with الم, so it needs its own token.
    assertThat(vocabulary.tokens).doesNotContainKey("ومعدات").containsKey("المعدات");
  }
}
