package org.qantara.core.align;

import java.util.stream.IntStream;
import org.qantara.core.embed.Vectors;

/**
 * How a side's runs are made of its sentences when each run's vector is its sentences' unit vectors, each times a
 * weight (the length of its token sum), added up and scaled to unit length ({@link SentenceVectors} of a model whose
 * vectors sum). The dot product of a source run [i, i + a) and a target run [j, j + b) is then
 *
 * <pre>
 *   Σ_k Σ_l w(i + k) · w'(j + l) · (s(i + k) · t(j + l))  /  (|S(i, a)| · |T(j, b)|)
 * </pre>
 *
 * where |S(i, a)| is the length of the weighted sum before scaling: the aligner's band works out the dot products of
 * sentences once, one a cell, instead of one of whole runs a cell and link type ({@link LinkCosts#costs}).
 *
 * @param weights each sentence's weight
 * @param lengths lengths[length - 1][start]: the length of the weighted sum of the run before it is scaled; for a run
 *     of one sentence, its weight times its vector's length
 */
record RunSums(float[] weights, double[][] lengths) {

  /** The weights and run lengths of sentences with these unit vectors and weights, runs of up to maxRun sentences. */
  static RunSums of(float[][] sentences, float[] weights, int maxRun) {
    int n = sentences.length;
    // Each sentence with the ones up to maxRun - 1 after it: every pair a run's squared length adds up.
    double[][] pairDots = new double[maxRun][n];
    IntStream.range(0, n).parallel().forEach(k -> {
      for (int apart = 0; apart < maxRun && k + apart < n; apart++) {
        pairDots[apart][k] = Vectors.dot(sentences[k], sentences[k + apart]);
      }
    });
    double[][] lengths = new double[maxRun][];
    for (int length = 1; length <= maxRun; length++) {
      lengths[length - 1] = new double[Math.max(0, n - length + 1)];
      for (int start = 0; start + length <= n; start++) {
        double squares = 0;
        for (int k = start; k < start + length; k++) {
          squares += (double) weights[k] * weights[k] * pairDots[0][k];
          for (int other = k + 1; other < start + length; other++) {
            squares += 2.0 * weights[k] * weights[other] * pairDots[other - k][k];
          }
        }
        lengths[length - 1][start] = Math.sqrt(squares);
      }
    }
    return new RunSums(weights, lengths);
  }

  double weight(int sentence) {
    return weights[sentence];
  }

  double length(int start, int length) {
    return lengths[length - 1][start];
  }
}
