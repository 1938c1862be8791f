package org.qantara.core.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.qantara.core.text.Lang;

/**
 * Negation markers of a sentence. Arabic: لا، لم، لن، ليس (and its forms), غير، دون / بدون / من دون، عدم;
 * "لا يزال" (still) and "لا سيما" (especially) are not negations. ما is left out: without a parser it
 * cannot be told from the far more frequent "what" / "that which".
 * English: not / n't, no, never, without, none, nothing, nobody, neither, nor, "fail to", and words
 * whose un- / in- / im- / il- / ir- / non- prefix negates them.
 */
public final class Negation {
  private static final Set<String> AR_MARKERS = folded(
      "لا", "لم", "لن", "ليس", "ليست", "لست", "لسنا", "ليسوا", "لستم", "غير", "دون", "بدون", "عدم", "بعدم",
      "لعدم", "ولا", "ولم", "ولن", "وليس", "وليست", "فلا", "فلم", "فلن", "ودون", "لئلا");
  // "لا يزال", "ما زال", "لم يزل" mean "still"; "لا سيما" means "especially"; "من دون" is one marker.
  private static final Set<String> AR_NOT_NEGATING_NEXT = folded(
      "يزال", "تزال", "يزالون", "تزالون", "نزال", "ازال", "زال", "زالت", "زالوا", "يزل", "تزل", "سيما", "يبرح",
      "تبرح", "برح", "ينفك", "تنفك", "انفك");
  private static final Set<String> EN_MARKERS = Set.of(
      "not", "no", "never", "without", "none", "nothing", "nobody", "neither", "nor", "cannot", "nowhere",
      "noone");
  private static final Set<String> EN_FAIL = Set.of("fail", "fails", "failed", "failing");
  // Negating prefixes only where the word is known to be negated: "under" and "interest" are not.
  private static final Set<String> EN_PREFIXED = Set.of(
      "unable", "unknown", "unlikely", "unclear", "unhappy", "unfair", "unsafe", "unusual", "unwilling",
      "unaware", "unacceptable", "unprecedented", "unnecessary", "unsuccessful", "unlawful",
      "unarmed", "unconfirmed", "unidentified", "unnamed", "unstable", "untrue", "unwanted", "unimportant",
      "impossible", "impolite", "impatient", "improper", "incorrect", "inaccurate", "incomplete",
      "inappropriate", "insufficient", "invalid", "inability", "incapable", "illegal", "illegitimate",
      "irregular", "irrelevant", "irresponsible", "dishonest", "disagree", "disagrees", "disagreed", "dislike",
      "dislikes", "disliked", "nonexistent", "non-existent");

  private Negation() {}

  private static Set<String> folded(String... words) {
    return Arrays.stream(words).map(ArabicForms::fold).collect(Collectors.toUnmodifiableSet());
  }

  /** The words of a sentence that negate it, in order. */
  public static List<Word> markers(List<Word> words, Lang lang) {
    return lang == Lang.AR ? arabic(words) : english(words);
  }

  private static List<Word> arabic(List<Word> words) {
    List<Word> found = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = ArabicForms.fold(words.get(i).text());
      String next = i + 1 < words.size() ? ArabicForms.fold(words.get(i + 1).text()) : "";
      if (w.equals("ومن") || w.equals("من")) {
        if (next.equals("دون")) {
          found.add(words.get(i));
          i++; // "من دون" is one marker
        }
        continue;
      }
      if (AR_MARKERS.contains(w) && !AR_NOT_NEGATING_NEXT.contains(next)) {
        found.add(words.get(i));
      }
    }
    return found;
  }

  private static List<Word> english(List<Word> words) {
    List<Word> found = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      String w = word.text().toLowerCase(Locale.ROOT).replace('’', '\'');
      boolean negates = EN_MARKERS.contains(w) || w.endsWith("n't") || EN_PREFIXED.contains(w)
          || EN_FAIL.contains(w) && i + 1 < words.size() && words.get(i + 1).text().equalsIgnoreCase("to");
      if (negates) {
        found.add(word);
      }
    }
    return found;
  }
}
