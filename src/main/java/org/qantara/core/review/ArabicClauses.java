package org.qantara.core.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.qantara.core.text.MatchNormalizer;

/**
 * Cuts the Arabic words of a link into clauses, the unit a translator drops: a partial omission is a
 * clause the English leaves out, not a word here and there the model could not pair. A clause starts at
 * a new sentence, after a comma, semicolon or colon, at a word carrying the conjunction و or ف (or ثم on
 * its own), at a complementiser or subordinator (أن، إن، لأن، حيث، عندما …), at a relative pronoun
 * (الذي، التي …), and at a circumstantial participle marked by its accusative tanween (مؤكداً، مبيناً).
 * Some cuts fall inside a clause ("المستشارين والجنود"); a finer cut only makes the units smaller, it
 * never joins two clauses.
 */
final class ArabicClauses {
  private static final Set<String> OPENERS = Stream.of(
          // complementisers and subordinators
          "أن", "إن", "أنه", "أنها", "أنهم", "أنهما", "أنني", "أننا", "بأن", "بأنه", "بأنها", "لأن", "لأنه", "لأنها",
          "كي", "لكي", "حيث", "بينما", "حتى", "لكن", "لكنه", "لكنها", "إذ", "إذا", "عندما", "كما", "ثم",
          // relative pronouns
          "الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي", "اللائي")
      .map(MatchNormalizer::normalize)
      .collect(Collectors.toUnmodifiableSet());

  private ArabicClauses() {}

  /**
   * The clauses of {@code words}, as lists of indices into it, in order.
   *
   * @param text the document text the words' offsets point into
   * @param sentenceStarts where the link's sentences start in {@code text}: a clause never crosses them
   */
  static List<List<Integer>> split(List<Word> words, String text, List<Integer> sentenceStarts) {
    List<List<Integer>> clauses = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0 && opensClause(words.get(i - 1), words.get(i), text, sentenceStarts)) {
        clauses.add(current);
        current = new ArrayList<>();
      }
      current.add(i);
    }
    if (!current.isEmpty()) {
      clauses.add(current);
    }
    return clauses;
  }

  private static boolean opensClause(Word previous, Word word, String text, List<Integer> sentenceStarts) {
    if (sentenceStarts.stream().anyMatch(s -> previous.start() < s && s <= word.start())) {
      return true;
    }
    String between = text.substring(previous.end(), word.start());
    if (between.chars().anyMatch(c -> c == ',' || c == '،' || c == ';' || c == '؛' || c == ':')) {
      return true;
    }
    String folded = MatchNormalizer.normalize(word.text());
    if (OPENERS.contains(folded) || folded.equals("و") || folded.equals("ف")) {
      return true;
    }
    // و / ف written onto the next word: "وستحافظ", "والمعدات", "وأن" (a short word is more likely a root و).
    if ((folded.startsWith("و") || folded.startsWith("ف"))
        && (folded.length() >= 4 || OPENERS.contains(folded.substring(1)))) {
      return true;
    }
    // The accusative tanween of an indefinite participle (حال): "مؤكداً أن…", "مبيناً أن…".
    return folded.startsWith("م") && folded.length() >= 4 && word.text().indexOf('\u064B') >= 0;
  }
}
