package org.qantara.core.align;

import java.util.ArrayList;
import java.util.List;
import org.qantara.core.Progress;
import org.qantara.core.embed.Embedder;

/**
 * What the embedder returned for every run of 1..{@link #maxRun()} consecutive sentences of one document (the
 * sentences joined with a space, as Vecalign does): the sentence vectors (runs of one) and the vectors of every
 * link the aligner can make. Kept with the alignment so that the review, a re-alignment after an edit and a
 * corpus index use them instead of embedding the document again. Arrays are shared, not copied: callers must
 * not modify them.
 */
public final class SentenceVectors {
  private final int sentenceCount;
  private final int dimension;
  /** runs[length - 1][start]; a run exists only when start + length ≤ sentenceCount. */
  private final float[][][] runs;

  private SentenceVectors(int sentenceCount, int dimension, float[][][] runs) {
    this.sentenceCount = sentenceCount;
    this.dimension = dimension;
    this.runs = runs;
  }

  /**
   * Embeds every run of 1..maxRun consecutive sentences in one batched call, so the embedder can sort and
   * batch them as it sees fit; reports to {@code progress} as {@code item}.
   */
  public static SentenceVectors embed(List<String> sentences, Embedder embedder, int maxRun, Progress progress,
      String item) {
    if (maxRun < 1 || maxRun > LinkType.MAX_SIDE) {
      throw new IllegalArgumentException("run length " + maxRun + " is out of range 1.." + LinkType.MAX_SIDE);
    }
    int n = sentences.size();
    List<String> texts = new ArrayList<>();
    for (int length = 1; length <= maxRun; length++) {
      for (int start = 0; start + length <= n; start++) {
        texts.add(String.join(" ", sentences.subList(start, start + length)));
      }
    }
    float[][] embedded = texts.isEmpty() ? new float[0][] : embedder.embedSentences(texts, progress, item);
    if (embedded.length != texts.size()) {
      throw new IllegalStateException(
          "embedder " + embedder.modelId() + " returned " + embedded.length + " vectors for " + texts.size() + " texts");
    }
    float[][][] runs = new float[maxRun][][];
    int next = 0;
    for (int length = 1; length <= maxRun; length++) {
      runs[length - 1] = new float[Math.max(0, n - length + 1)][];
      for (int start = 0; start + length <= n; start++) {
        float[] v = embedded[next++];
        if (v.length != embedder.dimension()) {
          throw new IllegalStateException(embedder.modelId() + " produced a vector of dimension " + v.length
              + " instead of " + embedder.dimension());
        }
        runs[length - 1][start] = v;
      }
    }
    return new SentenceVectors(n, embedder.dimension(), runs);
  }

  public int sentenceCount() {
    return sentenceCount;
  }

  public int maxRun() {
    return runs.length;
  }

  public int dimension() {
    return dimension;
  }

  /** The vector of sentence {@code index}. */
  public float[] sentence(int index) {
    return run(index, 1);
  }

  /** The vectors of all sentences, in order. */
  public float[][] sentences() {
    return runs[0].clone();
  }

  /** Whether {@link #run} holds the run of {@code length} sentences from {@code start}. */
  public boolean hasRun(int start, int length) {
    return length >= 1 && length <= runs.length && start >= 0 && start + length <= sentenceCount;
  }

  /** The vector of the {@code length} sentences from {@code start}, joined. */
  public float[] run(int start, int length) {
    if (!hasRun(start, length)) {
      throw new IndexOutOfBoundsException(
          "no run of length " + length + " at sentence " + start + " of " + sentenceCount);
    }
    return runs[length - 1][start];
  }
}
