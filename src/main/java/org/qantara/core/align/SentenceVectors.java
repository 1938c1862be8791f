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

  /**
   * These vectors, for the document after its sentences between the first {@code head} and the last {@code tail}
   * were replaced so that it holds {@code sentences}: a run that lies wholly in the unchanged head or tail keeps
   * its vector (at its new place), the runs that hold a new sentence are embedded, in one call. An edit to one
   * sentence embeds a few runs, not the document.
   */
  public SentenceVectors replaced(int head, int tail, List<String> sentences, Embedder embedder) {
    int m = sentences.size();
    if (head < 0 || tail < 0 || head + tail > Math.min(sentenceCount, m)) {
      throw new IllegalArgumentException("unchanged head " + head + " and tail " + tail + " do not fit documents of "
          + sentenceCount + " and " + m + " sentences");
    }
    float[][][] newRuns = new float[runs.length][][];
    List<String> texts = new ArrayList<>();
    List<int[]> places = new ArrayList<>();
    for (int length = 1; length <= runs.length; length++) {
      newRuns[length - 1] = new float[Math.max(0, m - length + 1)][];
      for (int start = 0; start + length <= m; start++) {
        if (start + length <= head) {
          newRuns[length - 1][start] = runs[length - 1][start];
        } else if (start >= m - tail) {
          newRuns[length - 1][start] = runs[length - 1][start - m + sentenceCount];
        } else {
          texts.add(String.join(" ", sentences.subList(start, start + length)));
          places.add(new int[] {length, start});
        }
      }
    }
    float[][] embedded = texts.isEmpty() ? new float[0][] : embedder.embedSentences(texts);
    if (embedded.length != texts.size()) {
      throw new IllegalStateException(
          "embedder " + embedder.modelId() + " returned " + embedded.length + " vectors for " + texts.size() + " texts");
    }
    for (int k = 0; k < embedded.length; k++) {
      if (embedded[k].length != dimension) {
        throw new IllegalStateException(embedder.modelId() + " produced a vector of dimension " + embedded[k].length
            + " instead of " + dimension);
      }
      newRuns[places.get(k)[0] - 1][places.get(k)[1]] = embedded[k];
    }
    return new SentenceVectors(m, dimension, newRuns);
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
