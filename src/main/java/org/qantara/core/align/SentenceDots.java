package org.qantara.core.align;

/**
 * The dot products of a block's source sentences, each with the target sentences its links can reach: what the
 * band's link costs are worked out from when both sides' runs are sums of their sentences ({@link RunSums}).
 * Indices are those the search asks about.
 */
final class SentenceDots {
  private final int firstSource;
  /** Per source sentence, the first target sentence it has dot products with. */
  private final int[] firstTarget;
  private final double[][] dots;

  SentenceDots(int firstSource, int[] firstTarget, double[][] dots) {
    this.firstSource = firstSource;
    this.firstTarget = firstTarget;
    this.dots = dots;
  }

  /** The dot product of source sentence {@code i} and target sentence {@code j}. */
  double dot(int i, int j) {
    int row = i - firstSource;
    return dots[row][j - firstTarget[row]];
  }
}
