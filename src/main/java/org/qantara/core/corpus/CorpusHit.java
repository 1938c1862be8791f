package org.qantara.core.corpus;

import java.util.List;
import org.qantara.core.text.Span;

/**
 * One segment pair found: both texts, every place it occurs, how well it matched and which words matched.
 *
 * @param relevance the keyword score (BM25) for a concordance hit; the cosine similarity for a nearest hit
 * @param arabicMatches character spans of the matched words in {@code arabic} (empty for a nearest hit)
 * @param englishMatches the same in {@code english}
 */
public record CorpusHit(
    String arabic, String english, List<Occurrence> occurrences, double relevance, List<Span> arabicMatches,
    List<Span> englishMatches) {
  public CorpusHit {
    occurrences = List.copyOf(occurrences);
    arabicMatches = List.copyOf(arabicMatches);
    englishMatches = List.copyOf(englishMatches);
  }

  /** How many times the pair occurs in the corpus (identical pairs are stored once and counted). */
  public int count() {
    return occurrences.size();
  }
}
