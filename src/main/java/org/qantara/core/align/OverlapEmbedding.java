package org.qantara.core.align;

import java.util.ArrayList;
import java.util.List;
import org.qantara.core.QantaraException;
import org.qantara.core.embed.Embedder;

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
    int n = sentences.size();
    List<String> texts = new ArrayList<>();
    for (int length = 1; length <= maxOverlap; length++) {
      for (int start = 0; start + length <= n; start++) {
        texts.add(String.join(" ", sentences.subList(start, start + length)));
      }
    }
    float[][] embedded = texts.isEmpty() ? new float[0][] : embedder.embedSentences(texts);
    if (embedded.length != texts.size()) {
      throw new QantaraException(
          "embedder " + embedder.modelId() + " returned " + embedded.length + " vectors for " + texts.size() + " texts",
          "check the embedding model; it must return one vector per input text");
    }
    float[][][] vectors = new float[maxOverlap][][];
    int next = 0;
    for (int length = 1; length <= maxOverlap; length++) {
      vectors[length - 1] = new float[Math.max(0, n - length + 1)][];
      for (int start = 0; start + length <= n; start++) {
        vectors[length - 1][start] = normalised(embedded[next++], embedder.dimension(), embedder.modelId());
      }
    }
    return new OverlapEmbedding(n, embedder.dimension(), vectors);
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
        vectors[length - 1][start] = normalised(sum, dimension, "sentence vectors");
      }
    }
    return new OverlapEmbedding(n, dimension, vectors);
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

  /** A copy scaled to unit length; an all-zero vector stays zero (it then matches nothing). */
  private static float[] normalised(float[] v, int dimension, String origin) {
    if (v.length != dimension) {
      throw new QantaraException(
          origin + " produced a vector of dimension " + v.length + " instead of " + dimension,
          "check the embedding model");
    }
    double squares = 0;
    for (float x : v) {
      squares += (double) x * x;
    }
    float scale = squares > 0 ? (float) (1 / Math.sqrt(squares)) : 0f;
    float[] out = new float[dimension];
    for (int d = 0; d < dimension; d++) {
      out[d] = v[d] * scale;
    }
    return out;
  }
}
