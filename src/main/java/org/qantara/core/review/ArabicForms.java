package org.qantara.core.review;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.qantara.core.text.MatchNormalizer;

/**
 * Lexicon-lookup forms of an Arabic word: spelling variants folded by {@link MatchNormalizer} and the
 * attached particles a lexicon entry never carries peeled off
 * (و، ف، ب، ل، ك، ال، لل), so that "وبيومين" is found under "يومين".
 */
final class ArabicForms {
  private static final List<String> PREFIXES =
      List.of("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك");

  private ArabicForms() {}

  static boolean isArabic(String word) {
    return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
        && Character.isLetter(c));
  }

  /** Folds spelling variants (and case, and digits to ASCII) so that lexicon entries and running text meet. */
  static String fold(String word) {
    return MatchNormalizer.normalize(word);
  }

  /** The folded word followed by the forms left after peeling each attached particle, longest first. */
  static Set<String> lookupForms(String word) {
    String folded = fold(word);
    Set<String> forms = new LinkedHashSet<>();
    forms.add(folded);
    for (String prefix : PREFIXES) {
      if (folded.startsWith(prefix) && folded.length() - prefix.length() >= 2) {
        forms.add(folded.substring(prefix.length()));
      }
    }
    return forms;
  }
}
