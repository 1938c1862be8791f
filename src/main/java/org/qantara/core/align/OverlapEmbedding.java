package org.qantara.core.align;

import java.util.List;
import java.util.stream.IntStream;
import org.qantara.core.Progress;
import org.qantara.core.QantaraException;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.Vectors;

/**
 * In-memory {@link OverlapVectors}: one L2-normalised vector for every run of 1..maxOverlap consecutive
 * sentences. {@link #vector} hands out the stored array itself (the aligner reads millions of them), so
 * callers must not modify it.
 */
public final class OverlapEmbedding implements OverlapVectors {
  private final int sentenceCount;
  private final int dimension;
  /** vectors[length - 1][start]; a run exists only when start + length ≤ sentenceCount. */
  private final float[][][] vectors;

  private OverlapEmbedding(int sentenceCount, int dimension, float[][][] vectors) {
    this.sentenceCount = sentenceCount;
    this.dimension = dimension;
    this.vectors = vectors;
  }

  /**
   * Embeds every concatenation of 1..maxOverlap consecutive sentences (joined with a space, as Vecalign
   * does) in one batched call, so the embedder can sort and batch them as it sees fit.
   */
  public static OverlapEmbedding of(List<String> sentences, Embedder embedder, int maxOverlap) {
    requireMaxOverlap(maxOverlap);
    return of(SentenceVectors.embed(sentences, embedder, maxOverlap, Progress.NONE, ""));
  }

  /**
   * The embedder's vectors of every run, each scaled to unit length (shared, not copied, when it already is); the
   * runs are shared between the cores.
   */
  public static OverlapEmbedding of(SentenceVectors embedded) {
    int n = embedded.sentenceCount();
    float[][][] vectors = new float[embedded.maxRun()][][];
    for (int length = 1; length <= embedded.maxRun(); length++) {
      float[][] ofLength = new float[Math.max(0, n - length + 1)][];
      int runLength = length;
      IntStream.range(0, ofLength.length).parallel()
          .forEach(start -> ofLength[start] = Vectors.unit(embedded.run(start, runLength)));
      vectors[length - 1] = ofLength;
    }
    return new OverlapEmbedding(n, embedded.dimension(), vectors);
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
    return new OverlapEmbedding(n, dimension, vectors);
  }

  /** Runs of one sentence whose vectors are already of unit length, kept as they are (not copied). */
  static OverlapEmbedding ofUnitVectors(float[][] unitVectors, int dimension) {
    return new OverlapEmbedding(unitVectors.length, dimension, new float[][][] {unitVectors});
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
    return vectors[length - 1][start];
  }

  private static void requireMaxOverlap(int maxOverlap) {
    if (maxOverlap < 1 || maxOverlap > LinkType.MAX_SIDE) {
      throw new QantaraException(
          "overlap size " + maxOverlap + " is out of range", "use 1 to " + LinkType.MAX_SIDE + " sentences");
    }
  }
}
