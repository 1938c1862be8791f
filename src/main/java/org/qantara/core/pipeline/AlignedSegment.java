package org.qantara.core.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One link of an aligned pair as a corpus row: which document and link, the sentence numbers and texts of
 * both sides, its score, its shape and the review's flags on it. What a batch keeps of every finished
 * pair, what {@code --combine} and the Spark job write, one row each.
 *
 * @param link the link's position in its document's alignment, from 0
 * @param flags the review's flags on this link as {@code TYPE:SEVERITY} (e.g. {@code NUMBER:CRITICAL});
 *     empty when the link was not reviewed or is clean
 */
public record AlignedSegment(
    String document,
    int link,
    List<Integer> arabicSentences,
    List<Integer> englishSentences,
    String arabic,
    String english,
    double score,
    String linkType,
    List<String> flags) {

  public AlignedSegment {
    arabicSentences = List.copyOf(arabicSentences);
    englishSentences = List.copyOf(englishSentences);
    flags = List.copyOf(flags);
  }

  /** Both sides hold text: a translation pair a corpus can use (not a 1-0 or 0-1 link). */
  @JsonIgnore
  public boolean isPair() {
    return !arabicSentences.isEmpty() && !englishSentences.isEmpty();
  }
}
