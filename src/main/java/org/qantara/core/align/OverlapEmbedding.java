package org.qantara.core.align;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.qantara.core.Progress;
import org.qantara.core.QantaraException;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.Vectors;

/**
 * In-memory {@link OverlapVectors}: one L2-normalised vector for every run of 1..maxOverlap consecutive
 * sentences, or, over {@link SentenceVectors} whose longer runs are summed (a long document), for its sentences, the
 * longer runs built when asked for ({@link #holding} a block of the search at a time). {@link #vector} hands out the
 * stored array itself (the aligner reads millions of them), so callers must not modify it.
 */
public final class OverlapEmbedding implements OverlapVectors {
  private final int sentenceCount;
  private final int dimension;
  /** vectors[length - 1][start]; a run exists only when start + length ≤ sentenceCount. Null for a length not held. */
  private final float[][][] vectors;
  /** What builds the runs of a length not held (their sentences' vectors summed); null when all are held. */
  private final SentenceVectors embedded;
  /** How the runs are made of the sentences, when they are sums of them; else null. */
  private final RunSums runSums;

  private OverlapEmbedding(int sentenceCount, int dimension, float[][][] vectors, SentenceVectors embedded,
      RunSums runSums) {
    this.sentenceCount = sentenceCount;
    this.dimension = dimension;
    this.vectors = vectors;
    this.embedded = embedded;
    this.runSums = runSums;
  }

  /**
   * Embeds every run of 1..maxOverlap consecutive sentences ({@link SentenceVectors#embed}: the sentences joined with a
   * space, as Vecalign does, in one batched call, or, for a model whose vectors sum, the sentences alone).
   */
  public static OverlapEmbedding of(List<String> sentences, Embedder embedder, int maxOverlap) {
    requireMaxOverlap(maxOverlap);
    return of(SentenceVectors.embed(sentences, embedder, maxOverlap, Progress.NONE, ""));
  }

  /**
   * The embedder's vectors of every run, each scaled to unit length (shared, not copied, when it already is); the
   * runs are shared between the cores. Runs the embedded vectors sum are built when asked for.
   */
  public static OverlapEmbedding of(SentenceVectors embedded) {
    int n = embedded.sentenceCount();
    float[][][] vectors = new float[embedded.maxRun()][][];
    boolean holdsAll = true;
    for (int length = 1; length <= embedded.maxRun(); length++) {
      if (!embedded.holdsRunsOf(length)) {
        holdsAll = false;
        continue;
      }
      float[][] ofLength = new float[Math.max(0, n - length + 1)][];
      int runLength = length;
      IntStream.range(0, ofLength.length).parallel()
          .forEach(start -> ofLength[start] = Vectors.unit(embedded.run(start, runLength)));
      vectors[length - 1] = ofLength;
    }
    float[] weights = embedded.sumLengths();
    RunSums sums = weights == null ? null : RunSums.of(vectors[0], weights, embedded.maxRun());
    return new OverlapEmbedding(n, embedded.dimension(), vectors, holdsAll ? null : embedded, sums);
  }

  /**
   * Builds overlap vectors from sentence vectors alone: a run's vector is the normalised mean of its
   * sentences' vectors. Used for synthetic data and benchmarks, where no text exists.
   */
  public static OverlapEmbedding ofSentenceVectors(float[][] sentenceVectors, int maxOverlap) {
    requireMaxOverlap(maxOverlap);
    int n = sentenceVectors.length;
    int dimension = n == 0 ? 0 : sentenceVectors[0].length;
    float[][][] vectors = new float[maxOverlap][][];
    for (int length = 1; length <= maxOverlap; length++) {
      vectors[length - 1] = new float[Math.max(0, n - length + 1)][];
      for (int start = 0; start + length <= n; start++) {
        float[] sum = new float[dimension];
        for (int k = start; k < start + length; k++) {
          float[] v = sentenceVectors[k];
          if (v.length != dimension) {
            throw new QantaraException(
                "sentence vector " + k + " has dimension " + v.length + ", the first has " + dimension,
                "pass vectors of one dimension");
          }
          for (int d = 0; d < dimension; d++) {
            sum[d] += v[d];
          }
        }
        vectors[length - 1][start] = Vectors.normalised(sum);
      }
    }
    return new OverlapEmbedding(n, dimension, vectors, null, null);
  }

  /** Runs of one sentence whose vectors are already of unit length, kept as they are (not copied). */
  static OverlapEmbedding ofUnitVectors(float[][] unitVectors, int dimension) {
    return new OverlapEmbedding(unitVectors.length, dimension, new float[][][] {unitVectors}, null, null);
  }

  @Override
  public int sentenceCount() {
    return sentenceCount;
  }

  @Override
  public int maxOverlap() {
    return vectors.length;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public float[] vector(int start, int length) {
    if (length < 1 || length > vectors.length || start < 0 || start + length > sentenceCount) {
      throw new IndexOutOfBoundsException(
          "no overlap of length " + length + " at sentence " + start + " of " + sentenceCount);
    }
    float[][] held = vectors[length - 1];
    return held != null ? held[start] : embedded.run(start, length);
  }

  @Override
  public float[][] vectors(int length, int from, int to) {
    if (length < 1 || length > vectors.length || from < 0 || from > to || to + length - 1 > sentenceCount) {
      throw new IndexOutOfBoundsException("no overlaps of length " + length + " at sentences [" + from + ", " + to
          + ") of " + sentenceCount);
    }
    float[][] held = vectors[length - 1];
    if (held != null) {
      return Arrays.copyOfRange(held, from, to);
    }
    float[][] built = new float[to - from][];
    IntStream.range(from, to).parallel().forEach(start -> built[start - from] = embedded.run(start, length));
    return built;
  }

  @Override
  public OverlapVectors holding(int from, int to) {
    if (embedded == null) {
      return this;
    }
    int first = Math.clamp(from, 0, sentenceCount);
    float[][][] held = new float[vectors.length][][];
    for (int length = 1; length <= vectors.length; length++) {
      int last = Math.max(first, Math.min(to, sentenceCount - length + 1));
      held[length - 1] = vectors[length - 1] != null ? null : vectors(length, first, last);
    }
    return new HeldRuns(this, first, held);
  }

  @Override
  public RunSums runSums() {
    return runSums;
  }

  private static void requireMaxOverlap(int maxOverlap) {
    if (maxOverlap < 1 || maxOverlap > LinkType.MAX_SIDE) {
      throw new QantaraException(
          "overlap size " + maxOverlap + " is out of range", "use 1 to " + LinkType.MAX_SIDE + " sentences");
    }
  }
}
