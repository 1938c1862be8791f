package org.qantara.core.pipeline;

import java.util.Map;
import org.qantara.core.review.Flag;

/**
 * What a batch report says of one pair: whether it was done or failed (and why), its size, its link scores
 * (mean, lowest, a histogram), the review's verdict and flag counts when it was reviewed, and its time.
 * Small and of fixed size whatever the documents' length, so a report over many thousand pairs stays small.
 *
 * @param oneSided links with one empty side (1-0 / 0-1), not counted in the scores
 * @param meanScore mean score of the two-sided links (NaN when there are none)
 * @param histogram two-sided links by score, {@value #HISTOGRAM_BINS} equal bins over [0, 1]
 * @param verdict the review's {@code DocumentVerdict.Kind}, or null when not reviewed
 * @param seconds time spent on the pair (loading, aligning, reviewing, writing)
 */
public record PairSummary(
    String id,
    State state,
    String problem,
    int arabicSentences,
    int englishSentences,
    int links,
    int oneSided,
    double meanScore,
    double minScore,
    int[] histogram,
    String verdict,
    double weakShare,
    Map<Flag.Type, Integer> flags,
    int criticalFlags,
    double seconds) {

  public static final int HISTOGRAM_BINS = 20;

  public enum State {
    DONE,
    FAILED
  }

  public PairSummary {
    histogram = histogram.clone();
    flags = Map.copyOf(flags);
  }

  public static PairSummary failed(String id, String problem, double seconds) {
    return new PairSummary(id, State.FAILED, problem, 0, 0, 0, 0, Double.NaN, Double.NaN, new int[HISTOGRAM_BINS],
        null, Double.NaN, Map.of(), 0, seconds);
  }

  static int bin(double score) {
    return Math.max(0, Math.min(HISTOGRAM_BINS - 1, (int) Math.floor(score * HISTOGRAM_BINS)));
  }

  public int flagCount() {
    return flags.values().stream().mapToInt(Integer::intValue).sum();
  }
}
