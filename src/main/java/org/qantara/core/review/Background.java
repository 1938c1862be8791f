package org.qantara.core.review;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.qantara.core.embed.Vectors;

/**
 * How alike the sentence pairs of the two documents are that no link joins: the yardstick of every
 * similarity judgement of the review. A similarity is read as a z-score against it, so the judgement
 * adapts to the model and to the documents (a static model's cosines run lower than LaBSE's; two reports
 * on one event are more alike than two random texts).
 *
 * @param mean mean similarity of unrelated pairs (NaN when there were too few to tell)
 * @param sd their standard deviation
 */
record Background(double mean, double sd) {
  /**
   * A link is weak when its similarity is fewer than this many standard deviations above unrelated
   * pairs of the same documents: true translations stand far above them, while the best of a handful of
   * unrelated candidates lands about 1.5 to 2 above by chance.
   */
  static final double WEAK_LINK_Z = 2.0;
  /**
   * Below this a link or sentence is no closer than a typical unrelated pair: an error, not a loose
   * rendering. Faithful links of seed 001 reach z ≥ 1.9 with the built-in model.
   */
  static final double UNRELATED_Z = 1.0;
  /** Sentence pairs of a document looked at for the background distribution, at most. */
  private static final long SAMPLE = 100_000;
  private static final long SEED = 20260126L;
  /** Fewer unrelated pairs than this give no usable background distribution. */
  private static final int MIN_PAIRS = 12;

  /** Mean and spread of the similarities of sentence pairs that no link joins. */
  static Background of(ReviewedDocuments docs) {
    float[][] sourceVectors = docs.sourceVectors;
    float[][] targetVectors = docs.targetVectors;
    int[] linkOfSource = new int[sourceVectors.length];
    int[] linkOfTarget = new int[targetVectors.length];
    for (int k = 0; k < docs.links.size(); k++) {
      for (int s : docs.links.get(k).source()) {
        linkOfSource[s] = k;
      }
      for (int t : docs.links.get(k).target()) {
        linkOfTarget[t] = k;
      }
    }
    return sampled(sourceVectors.length, targetVectors.length, SAMPLE, (i, j) -> linkOfSource[i] != linkOfTarget[j],
        (i, j) -> Vectors.dot(sourceVectors[i], targetVectors[j]));
  }

  /**
   * Mean and spread of the similarities of the sentence pairs of one document in one language: how alike two of
   * its sentences are by chance, the yardstick for "this sentence nearly repeats that one".
   */
  static Background amongSentences(float[][] vectors) {
    return sampled(vectors.length, vectors.length, SMALL_SAMPLE, (i, j) -> i < j,
        (i, j) -> Vectors.fastDot(vectors[i], vectors[j]));
  }

  /**
   * Pairs looked at for a yardstick that is only read at its tail ({@link #amongSentences}): mean and spread of
   * 10,000 pairs are within about a percent of all of them, at a tenth of the cost.
   */
  private static final long SMALL_SAMPLE = 10_000;

  /** Whether pair (i, j) counts. */
  @FunctionalInterface
  private interface PairFilter {
    boolean counts(int i, int j);
  }

  /** The similarity of pair (i, j). */
  @FunctionalInterface
  private interface PairSimilarity {
    double of(int i, int j);
  }

  /** Mean and spread over the pairs of a rows × columns grid that count, every pair up to {@code sample} of them. */
  private static Background sampled(int rows, int columns, long sample, PairFilter filter, PairSimilarity similarity) {
    double sum = 0;
    double sumSquares = 0;
    int count = 0;
    long pairs = (long) rows * columns;
    // Every pair while that is cheap; past it a fixed, seeded sample, so that a book-length review
    // stays linear (the mean and spread of 100,000 pairs are as good as those of all of them).
    SplittableRandom random = new SplittableRandom(SEED);
    int draws = (int) Math.min(pairs, sample);
    int[] sampledRow = new int[draws];
    int[] sampledColumn = new int[draws];
    for (int p = 0; p < draws; p++) {
      long pair = pairs <= sample ? p : random.nextLong(pairs);
      int i = (int) (pair / columns);
      int j = (int) (pair % columns);
      if (filter.counts(i, j)) {
        sampledRow[count] = i;
        sampledColumn[count++] = j;
      }
    }
    // The pairs' similarities on all cores, summed in the order drawn.
    double[] similarities = new double[count];
    IntStream.range(0, count).parallel().forEach(k -> similarities[k] = similarity.of(sampledRow[k], sampledColumn[k]));
    for (double d : similarities) {
      sum += d;
      sumSquares += d * d;
    }
    if (count < MIN_PAIRS) {
      return new Background(Double.NaN, Double.NaN);
    }
    double mean = sum / count;
    return new Background(mean, Math.max(1e-6, Math.sqrt(Math.max(0, sumSquares / count - mean * mean))));
  }

  boolean isKnown() {
    return !Double.isNaN(mean);
  }

  double zScore(double similarity) {
    return (similarity - mean) / sd;
  }

  /** Confidence that a pair with this z-score is unrelated: near 1 at z ≤ 0, 0.5 at the unrelated bar. */
  static double confidenceBelowWeak(double z) {
    return Double.isNaN(z) ? 0.7 : Reviewer.clamp(1 - z / (2 * UNRELATED_Z), 0.3, 0.99);
  }
}
