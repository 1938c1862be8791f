package org.qantara.core.align;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.qantara.core.embed.Vectors;

/**
 * The cost of every candidate link at one {@link AlignmentLevel}; lower is better, never negative.
 *
 * <p>For a link of a source and b target sentences (a, b ≥ 1) with overlap vectors u, v:
 * <pre>
 *   cost = a·b · 2(1 − cos(u, v)) / (r(u) + r(v))  +  lengthWeight · |ln((chars(u) + 1) / (ratio · chars(v) + 1))|
 * </pre>
 * r(u) is u's mean cost 1 − cos against the vectors of the other side, i.e. what pairing u with a random
 * sentence of this document costs; dividing by it makes costs comparable across documents and damps
 * "hub" vectors that are close to everything (Vecalign's normalisation). The a·b factor is Vecalign's
 * penalty on many-to-many links: a merge has to be much better than its parts to win. {@code ratio} is
 * the document's own source/target character ratio (Arabic is shorter than its English rendering).
 * A 1-0 or 0-1 link costs {@link #skipPenalty()}: the {@code skipQuantile} quantile of the costs of
 * the unrelated ones among deterministically sampled random 1-1 pairs of this document.
 */
final class LinkCosts {
  private static final double MIN_RANDOM_COST = 1e-3;
  /** Runs a pass over every run of a side asks for at a time: a side that builds its runs when asked, builds these. */
  private static final int RUNS_AT_A_TIME = 4096;

  private final AlignmentLevel level;
  private final double[][] sourceRandomCost;
  private final double[][] targetRandomCost;
  private final double charRatio;
  /**
   * ln(chars + 1) of every source run and ln(ratio · chars + 1) of every target run, [length - 1][start]: the
   * length term is their difference, so the search takes no logarithm (it asks for millions of costs).
   */
  private final double[][] sourceLogChars;
  private final double[][] targetLogChars;
  private final double lengthWeight;
  private final double skipPenalty;
  /** Added to the sentence indices asked about: the costs of a stretch that starts inside the document. */
  private final int sourceOffset;
  private final int targetOffset;

  LinkCosts(AlignmentLevel level, int maxSourceRun, int maxTargetRun, AlignerParams params) {
    this.sourceOffset = 0;
    this.targetOffset = 0;
    this.level = level;
    this.lengthWeight = params.lengthWeight();
    long[] sourceCharPrefix = prefixSums(level.sourceChars());
    long[] targetCharPrefix = prefixSums(level.targetChars());
    long sourceTotal = sourceCharPrefix[sourceCharPrefix.length - 1];
    long targetTotal = targetCharPrefix[targetCharPrefix.length - 1];
    this.charRatio = sourceTotal > 0 && targetTotal > 0 ? (double) sourceTotal / targetTotal : 1.0;
    this.sourceLogChars = logChars(sourceCharPrefix, maxSourceRun, 1.0);
    this.targetLogChars = logChars(targetCharPrefix, maxTargetRun, charRatio);
    this.sourceRandomCost = randomCosts(level.source(), maxSourceRun, centroid(level.target(), maxTargetRun));
    this.targetRandomCost = randomCosts(level.target(), maxTargetRun, centroid(level.source(), maxSourceRun));
    this.skipPenalty = sampleSkipPenalty(params);
  }

  private LinkCosts(LinkCosts document, int sourceOffset, int targetOffset) {
    this(document, document.level, sourceOffset, targetOffset);
  }

  private LinkCosts(LinkCosts document, AlignmentLevel level, int sourceOffset, int targetOffset) {
    this.level = level;
    this.sourceRandomCost = document.sourceRandomCost;
    this.targetRandomCost = document.targetRandomCost;
    this.charRatio = document.charRatio;
    this.sourceLogChars = document.sourceLogChars;
    this.targetLogChars = document.targetLogChars;
    this.lengthWeight = document.lengthWeight;
    this.skipPenalty = document.skipPenalty;
    this.sourceOffset = document.sourceOffset + sourceOffset;
    this.targetOffset = document.targetOffset + targetOffset;
  }

  /**
   * The same costs, asked about with indices relative to source sentence {@code sourceOffset} and target
   * sentence {@code targetOffset}: a stretch of the document keeps the document's normalisation.
   */
  LinkCosts shifted(int sourceOffset, int targetOffset) {
    return new LinkCosts(this, sourceOffset, targetOffset);
  }

  /**
   * The same costs with the runs that start at source sentences [sourceFrom, sourceTo) and target sentences
   * [targetFrom, targetTo) (as asked about) at hand ({@link OverlapVectors#holding}): a block of the search. Sides whose
   * runs are sums of their sentences need none built: the block's costs come from its sentences ({@link #sentenceDots}).
   */
  LinkCosts holding(int sourceFrom, int sourceTo, int targetFrom, int targetTo) {
    if (runsAreSums()) {
      return this;
    }
    OverlapVectors source = level.source().holding(sourceOffset + sourceFrom, sourceOffset + sourceTo);
    OverlapVectors target = level.target().holding(targetOffset + targetFrom, targetOffset + targetTo);
    if (source == level.source() && target == level.target()) {
      return this;
    }
    return new LinkCosts(this,
        new AlignmentLevel(source, target, level.sourceChars(), level.targetChars(), level.coarsened()), 0, 0);
  }

  double skipPenalty() {
    return skipPenalty;
  }

  /** Cost of linking source sentences [i, i+a) with target sentences [j, j+b). */
  double cost(int i, int a, int j, int b) {
    if (a == 0 || b == 0) {
      return skipPenalty;
    }
    i += sourceOffset;
    j += targetOffset;
    return costOfDot(i, a, j, b, Vectors.fastDot(level.source().vector(i, a), level.target().vector(j, b)));
  }

  /** Whether both sides' runs are sums of their sentences ({@link RunSums}): the costs then come from the sentences. */
  private boolean runsAreSums() {
    return level.source().runSums() != null && level.target().runSums() != null;
  }

  /**
   * The dot products of each source sentence s in [sourceFrom, sourceTo) with the target sentences
   * [targetFrom(s), targetTo(s)) (indices as asked about), four at a time ({@link Vectors#fastDots}), on all cores; null
   * unless both sides' runs are sums of their sentences ({@link RunSums}).
   */
  SentenceDots sentenceDots(int sourceFrom, int sourceTo, IntUnaryOperator targetFrom, IntUnaryOperator targetTo) {
    if (!runsAreSums()) {
      return null;
    }
    int count = Math.max(0, sourceTo - sourceFrom);
    int[] firstTarget = new int[count];
    double[][] dots = new double[count][];
    IntStream.range(0, count).parallel().forEach(row -> {
      int s = sourceFrom + row;
      int from = targetFrom.applyAsInt(s);
      int to = Math.max(from, targetTo.applyAsInt(s));
      float[][] targets = new float[to - from][];
      for (int j = from; j < to; j++) {
        targets[j - from] = level.target().vector(targetOffset + j, 1);
      }
      firstTarget[row] = from;
      dots[row] = new double[targets.length];
      Vectors.fastDots(level.source().vector(sourceOffset + s, 1), targets, 0, targets.length, dots[row]);
    });
    return new SentenceDots(sourceFrom, firstTarget, dots);
  }

  /**
   * {@link #cost} of source sentences [i, i+a) with the target runs of b sentences from each j in [jFrom, jTo), into
   * {@code costs}[0, jTo - jFrom) (a, b ≥ 1). With the sentences' dot products at hand ({@link #sentenceDots}; else
   * null), a run's dot product is worked out from its sentences' ({@link RunSums}): a 1-1 link's is its sentences' own,
   * a longer link's equals its runs' vectors' to rounding. Else the runs' dot products are worked out four at a time
   * ({@link Vectors#fastDots}), the source run's vector fetched once. A row of the search's band.
   */
  void costs(int i, int a, int jFrom, int jTo, int b, double[] costs, SentenceDots dots) {
    if (dots != null) {
      costsOfSums(i, a, jFrom, jTo, b, costs, dots);
      return;
    }
    i += sourceOffset;
    jFrom += targetOffset;
    jTo += targetOffset;
    float[][] targets = new float[jTo - jFrom][];
    for (int j = jFrom; j < jTo; j++) {
      targets[j - jFrom] = level.target().vector(j, b);
    }
    Vectors.fastDots(level.source().vector(i, a), targets, 0, targets.length, costs);
    for (int j = jFrom; j < jTo; j++) {
      costs[j - jFrom] = costOfDot(i, a, j, b, costs[j - jFrom]);
    }
  }

  private void costsOfSums(int i, int a, int jFrom, int jTo, int b, double[] costs, SentenceDots dots) {
    RunSums source = level.source().runSums();
    RunSums target = level.target().runSums();
    int si = sourceOffset + i;
    for (int j = jFrom; j < jTo; j++) {
      int tj = targetOffset + j;
      double dot;
      if (a == 1 && b == 1) {
        dot = dots.dot(i, j);
      } else {
        double sum = 0;
        for (int k = 0; k < a; k++) {
          double weight = source.weight(si + k);
          for (int l = 0; l < b; l++) {
            sum += weight * target.weight(tj + l) * dots.dot(i + k, j + l);
          }
        }
        double lengths = source.length(si, a) * target.length(tj, b);
        dot = lengths == 0 ? 0 : sum / lengths; // a run without tokens is all zeros, as its summed vector
      }
      costs[j - jFrom] = costOfDot(si, a, tj, b, dot);
    }
  }

  /** The cost of a two-sided link of source run [i, i+a) and target run [j, j+b) (document indices) whose vectors' dot product is {@code dot}. */
  private double costOfDot(int i, int a, int j, int b, double dot) {
    double distance = Math.max(0, 1 - dot);
    double semantic = a * b * 2 * distance / (sourceRandomCost[a - 1][i] + targetRandomCost[b - 1][j]);
    if (lengthWeight == 0) {
      return semantic;
    }
    return semantic + lengthWeight * Math.abs(sourceLogChars[a - 1][i] - targetLogChars[b - 1][j]);
  }

  /** ln(scale · chars + 1) of every run of 1..maxRun sentences, [length - 1][start]. */
  private static double[][] logChars(long[] charPrefix, int maxRun, double scale) {
    int n = charPrefix.length - 1;
    double[][] logs = new double[maxRun][];
    for (int length = 1; length <= maxRun; length++) {
      logs[length - 1] = new double[Math.max(0, n - length + 1)];
      for (int start = 0; start + length <= n; start++) {
        logs[length - 1][start] = Math.log(scale * (charPrefix[start + length] - charPrefix[start]) + 1);
      }
    }
    return logs;
  }

  double cosine(int i, int a, int j, int b) {
    return Vectors.fastDot(level.source().vector(sourceOffset + i, a), level.target().vector(targetOffset + j, b));
  }

  /**
   * The mean of all runs of 1..maxRun sentences of a side. The mean cosine of a vector against every run
   * of the other side equals its cosine with this centroid, so the exact mean random cost needs one dot
   * product per vector instead of a sample of them. Null for an empty side.
   */
  private static float[] centroid(OverlapVectors side, int maxRun) {
    long count = 0;
    for (int length = 1; length <= maxRun; length++) {
      count += Math.max(0, side.sentenceCount() - length + 1);
    }
    if (count == 0) {
      return null;
    }
    float[] mean = new float[side.dimension()];
    double total = count;
    RunSums sums = side.runSums();
    if (sums != null) {
      // Each run's vector is its sentences' weighted and scaled: the mean of the runs is the mean of the sentences,
      // each weighted by what it adds to every run that holds it (one pass over the sentences, no run built).
      int n = side.sentenceCount();
      double[] shares = new double[n];
      for (int length = 1; length <= maxRun; length++) {
        for (int start = 0; start + length <= n; start++) {
          double runLength = sums.length(start, length);
          for (int k = start; runLength > 0 && k < start + length; k++) {
            shares[k] += sums.weight(k) / runLength;
          }
        }
      }
      inHalves(mean.length, (from, to) -> {
        for (int k = 0; k < n; k++) {
          float[] v = side.vector(k, 1);
          double share = shares[k] / total;
          for (int d = from; d < to; d++) {
            mean[d] += (float) (v[d] * share);
          }
        }
      });
      return mean;
    }
    for (int length = 1; length <= maxRun; length++) {
      int starts = side.sentenceCount() - length + 1;
      for (int first = 0; first < starts; first += RUNS_AT_A_TIME) {
        float[][] runs = side.vectors(length, first, Math.min(starts, first + RUNS_AT_A_TIME));
        inHalves(mean.length, (from, to) -> {
          for (float[] v : runs) {
            for (int d = from; d < to; d++) {
              mean[d] += (float) (v[d] / total);
            }
          }
        });
      }
    }
    return mean;
  }

  /** Elements [from, to) of a vector. */
  private interface ElementRange {
    void apply(int from, int to);
  }

  /**
   * {@code work} on the two halves of a vector of {@code length} elements, one a core: each element is summed in the
   * same order whichever core sums it, so the sums are the same to the last bit.
   */
  private static void inHalves(int length, ElementRange work) {
    int half = length / 2;
    IntStream.of(0, 1).parallel().forEach(part -> work.apply(part == 0 ? 0 : half, part == 0 ? half : length));
  }

  private static double[][] randomCosts(OverlapVectors side, int maxRun, float[] otherCentroid) {
    RunSums sums = side.runSums();
    if (sums != null && otherCentroid != null) {
      return randomCostsOfSums(side, sums, maxRun, otherCentroid);
    }
    double[][] costs = new double[maxRun][];
    for (int length = 1; length <= maxRun; length++) {
      double[] ofLength = new double[Math.max(0, side.sentenceCount() - length + 1)];
      for (int first = 0; first < ofLength.length; first += RUNS_AT_A_TIME) {
        float[][] runs = side.vectors(length, first, Math.min(ofLength.length, first + RUNS_AT_A_TIME));
        int from = first;
        IntStream.range(0, runs.length).parallel().forEach(k -> {
          // Against an empty other side only skips are possible and the value is never used.
          double cost = otherCentroid == null ? 1 : 1 - Vectors.fastDot(runs[k], otherCentroid);
          ofLength[from + k] = Math.max(MIN_RANDOM_COST, cost);
        });
      }
      costs[length - 1] = ofLength;
    }
    return costs;
  }

  /** {@link #randomCosts} of a side whose runs are sums of its sentences: one dot product a sentence, no run built. */
  private static double[][] randomCostsOfSums(OverlapVectors side, RunSums sums, int maxRun, float[] otherCentroid) {
    int n = side.sentenceCount();
    double[] towardsCentroid = new double[n];
    IntStream.range(0, n).parallel()
        .forEach(k -> towardsCentroid[k] = sums.weight(k) * Vectors.fastDot(side.vector(k, 1), otherCentroid));
    double[][] costs = new double[maxRun][];
    for (int length = 1; length <= maxRun; length++) {
      double[] ofLength = new double[Math.max(0, n - length + 1)];
      for (int start = 0; start < ofLength.length; start++) {
        double runLength = sums.length(start, length);
        double dot = 0;
        for (int k = start; runLength > 0 && k < start + length; k++) {
          dot += towardsCentroid[k];
        }
        double cost = 1 - (runLength > 0 ? dot / runLength : 0);
        ofLength[start] = Math.max(MIN_RANDOM_COST, cost);
      }
      costs[length - 1] = ofLength;
    }
    return costs;
  }

  private double sampleSkipPenalty(AlignerParams params) {
    int n = level.sourceCount();
    int m = level.targetCount();
    if (n == 0 || m == 0) {
      return 1.0; // only skips are possible; their cost does not matter
    }
    double[] sample;
    if ((long) n * m <= params.penaltySamples()) {
      sample = new double[n * m];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < m; j++) {
          sample[i * m + j] = cost(i, 1, j, 1);
        }
      }
    } else {
      SplittableRandom random = new SplittableRandom(params.seed());
      sample = new double[params.penaltySamples()];
      for (int k = 0; k < sample.length; k++) {
        sample[k] = cost(random.nextInt(n), 1, random.nextInt(m), 1);
      }
    }
    Arrays.sort(sample);
    // About min(n, m) of the n·m pairs are translations of each other, and they are the cheapest: a
    // share 1 / max(n, m) at the bottom of the sample. The quantile is meant over unrelated pairs, so
    // it starts above that share; otherwise in a ten-sentence document the 5% quantile lands among the
    // true translations and leaving a sentence out costs no more than a typical faithful link.
    double translations = 1.0 / Math.max(n, m);
    double quantile = translations + params.skipQuantile() * (1 - translations);
    return sample[(int) Math.floor(quantile * (sample.length - 1))];
  }

  private static long[] prefixSums(int[] values) {
    long[] prefix = new long[values.length + 1];
    for (int i = 0; i < values.length; i++) {
      prefix[i + 1] = prefix[i] + values[i];
    }
    return prefix;
  }
}
