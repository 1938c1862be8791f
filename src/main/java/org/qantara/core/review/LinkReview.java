package org.qantara.core.review;

import java.util.List;

/**
 * Word-level evidence of one link.
 *
 * @param linkIndex index of the link in the alignment
 * @param similarity cosine of the sentence vectors of the link's two sides (NaN for 1-0 / 0-1)
 * @param zScore how far the similarity stands above unrelated sentence pairs of the same documents, in
 *     standard deviations (NaN when there were too few to tell)
 * @param sourceCoverage share of the source content words accounted for by a word link (NaN if none)
 * @param targetCoverage the same for the target
 * @param wordLinks the word alignment
 */
public record LinkReview(
    int linkIndex, double similarity, double zScore, double sourceCoverage, double targetCoverage,
    List<WordLink> wordLinks) {
  public LinkReview {
    wordLinks = List.copyOf(wordLinks);
  }
}
