package org.qantara.core.align;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.qantara.core.Progress;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.Vectors;

/**
 * What the embedder returned for every run of 1..{@link #maxRun()} consecutive sentences of one document (the
 * sentences joined with a space, as Vecalign does): the sentence vectors (runs of one) and the vectors of every
 * link the aligner can make. Kept with the alignment so that the review, a re-alignment after an edit and a
 * corpus index use them instead of embedding the document again. Arrays are shared, not copied: callers must
 * not modify them.
 *
 * <p>A model whose vectors {@linkplain Embedder#embedSummable sum} embeds the sentences alone: a longer run's vector is
 * their vectors, each times the length of its token sum, added up and scaled to unit length (a few additions, no
 * text embedded again: the 4,610 × 4,650 sentence benchmark embedded its runs' joined texts, about six sentences' worth
 * of text for each sentence). The sums equal the joined texts' vectors to rounding. A document of more than
 * {@value #HOLD_EVERY_RUN_UP_TO} sentences holds its sentences' vectors and lengths alone and builds a longer run when
 * it is asked for: at 46,000 sentences a side the runs of two and three sentences would hold about 190 MB.
 */
public final class SentenceVectors {
  static final int HOLD_EVERY_RUN_UP_TO = 10_000;

  private final int sentenceCount;
  private final int dimension;
  /** runs[length - 1][start]; a run exists only when start + length ≤ sentenceCount. Null for a length summed. */
  private final float[][][] runs;
  /** The length of each sentence's token sum, by which its vector weighs in a run's sum; null when runs are embedded. */
  private final float[] sumLengths;

  private SentenceVectors(int sentenceCount, int dimension, float[][][] runs, float[] sumLengths) {
    this.sentenceCount = sentenceCount;
    this.dimension = dimension;
    this.runs = runs;
    this.sumLengths = sumLengths;
  }

  /**
   * Embeds every run of 1..maxRun consecutive sentences in one batched call, so the embedder can sort and
   * batch them as it sees fit; reports to {@code progress} as {@code item}.
   */
  public static SentenceVectors embed(List<String> sentences, Embedder embedder, int maxRun, Progress progress,
      String item) {
    return embed(sentences, embedder, maxRun, progress, item, HOLD_EVERY_RUN_UP_TO);
  }

  /** {@link #embed}, holding every run of a document of up to {@code holdEveryRunUpTo} sentences. */
  static SentenceVectors embed(List<String> sentences, Embedder embedder, int maxRun, Progress progress,
      String item, int holdEveryRunUpTo) {
    if (maxRun < 1 || maxRun > LinkType.MAX_SIDE) {
      throw new IllegalArgumentException("run length " + maxRun + " is out of range 1.." + LinkType.MAX_SIDE);
    }
    int n = sentences.size();
    if (maxRun > 1) {
      Embedder.SummableVectors summable = embedder.embedSummable(sentences, progress, item);
      if (summable != null) {
        return summedRuns(scaledToUnit(checked(summable.vectors(), n, embedder)), summable.sumLengths(),
            embedder.dimension(), maxRun, n <= holdEveryRunUpTo);
      }
    }
    List<String> texts = new ArrayList<>();
    for (int length = 1; length <= maxRun; length++) {
      for (int start = 0; start + length <= n; start++) {
        texts.add(String.join(" ", sentences.subList(start, start + length)));
      }
    }
    float[][] embedded = checked(texts.isEmpty() ? new float[0][] : embedder.embedSentences(texts, progress, item),
        texts.size(), embedder);
    float[][][] runs = new float[maxRun][][];
    int next = 0;
    for (int length = 1; length <= maxRun; length++) {
      runs[length - 1] = new float[Math.max(0, n - length + 1)][];
      for (int start = 0; start + length <= n; start++) {
        runs[length - 1][start] = embedded[next++];
      }
    }
    return new SentenceVectors(n, embedder.dimension(), runs, null);
  }

  /**
   * Runs of 1..maxRun sentences whose vectors are their sentences' vectors summed ({@link #summed}): all of them worked
   * out now, on all cores, when {@code holdEveryRun}, else each when it is asked for.
   */
  private static SentenceVectors summedRuns(float[][] unitVectors, float[] sumLengths, int dimension, int maxRun,
      boolean holdEveryRun) {
    float[][][] runs = new float[maxRun][][];
    runs[0] = unitVectors;
    SentenceVectors summed = new SentenceVectors(unitVectors.length, dimension, runs, sumLengths);
    for (int length = 2; holdEveryRun && length <= maxRun; length++) {
      float[][] ofLength = new float[Math.max(0, unitVectors.length - length + 1)][];
      int runLength = length;
      IntStream.range(0, ofLength.length).parallel().forEach(start -> ofLength[start] = summed.summed(start, runLength));
      runs[length - 1] = ofLength;
    }
    return summed;
  }

  /**
   * Summed sentences' fresh vectors scaled to unit length to the last bit, in place, so that the aligner's runs of one
   * share them ({@link OverlapEmbedding#of}; about 12 % of the embedder's vectors would be copied so otherwise).
   */
  private static float[][] scaledToUnit(float[][] fresh) {
    IntStream.range(0, fresh.length).parallel().forEach(k -> Vectors.scaleToUnit(fresh[k]));
    return fresh;
  }

  /** The embedder's vectors, if there is one for each of {@code texts} texts and each of its dimension. */
  private static float[][] checked(float[][] embedded, int texts, Embedder embedder) {
    if (embedded.length != texts) {
      throw new IllegalStateException(
          "embedder " + embedder.modelId() + " returned " + embedded.length + " vectors for " + texts + " texts");
    }
    for (float[] v : embedded) {
      if (v.length != embedder.dimension()) {
        throw new IllegalStateException(embedder.modelId() + " produced a vector of dimension " + v.length
            + " instead of " + embedder.dimension());
      }
    }
    return embedded;
  }

  /**
   * These vectors, for the document after its sentences between the first {@code head} and the last {@code tail}
   * were replaced so that it holds {@code sentences}: a run that lies wholly in the unchanged head or tail keeps
   * its vector (at its new place), the runs that hold a new sentence are embedded, in one call. An edit to one
   * sentence embeds a few runs, not the document. Vectors whose runs are summed stay so: the new sentences alone
   * are embedded.
   */
  public SentenceVectors replaced(int head, int tail, List<String> sentences, Embedder embedder) {
    int m = sentences.size();
    if (head < 0 || tail < 0 || head + tail > Math.min(sentenceCount, m)) {
      throw new IllegalArgumentException("unchanged head " + head + " and tail " + tail + " do not fit documents of "
          + sentenceCount + " and " + m + " sentences");
    }
    if (sumLengths != null) {
      return replacedSummed(head, tail, sentences, embedder);
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
    return new SentenceVectors(m, dimension, newRuns, null);
  }

  private SentenceVectors replacedSummed(int head, int tail, List<String> sentences, Embedder embedder) {
    int m = sentences.size();
    Embedder.SummableVectors fresh = embedder.embedSummable(sentences.subList(head, m - tail), Progress.NONE, "");
    if (fresh == null) {
      throw new IllegalArgumentException(
          "these vectors are summed, but " + embedder.modelId() + " does not give the lengths of its token sums");
    }
    float[][] vectors = new float[m][];
    float[] lengths = new float[m];
    System.arraycopy(runs[0], 0, vectors, 0, head);
    System.arraycopy(sumLengths, 0, lengths, 0, head);
    System.arraycopy(scaledToUnit(checked(fresh.vectors(), m - tail - head, embedder)), 0, vectors, head,
        m - tail - head);
    System.arraycopy(fresh.sumLengths(), 0, lengths, head, m - tail - head);
    System.arraycopy(runs[0], sentenceCount - tail, vectors, m - tail, tail);
    System.arraycopy(sumLengths, sentenceCount - tail, lengths, m - tail, tail);
    return summedRuns(vectors, lengths, dimension, runs.length, runs.length > 1 && runs[1] != null);
  }

  public int sentenceCount() {
    return sentenceCount;
  }

  /**
   * Whether the document has more than {@value #HOLD_EVERY_RUN_UP_TO} sentences: long enough that the search and the
   * passes after it take care over their memory (its runs and coarse levels built when asked).
   */
  public boolean isLong() {
    return sentenceCount > HOLD_EVERY_RUN_UP_TO;
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

  /**
   * The vector of the {@code length} sentences from {@code start}, joined: held, or, for a run of summed vectors, the
   * sum built now (a fresh array).
   */
  public float[] run(int start, int length) {
    if (!hasRun(start, length)) {
      throw new IndexOutOfBoundsException(
          "no run of length " + length + " at sentence " + start + " of " + sentenceCount);
    }
    float[][] held = runs[length - 1];
    return held != null ? held[start] : summed(start, length);
  }

  /** The length of each sentence's token sum, by which its vector weighs in a run's sum; null when runs are embedded. */
  float[] sumLengths() {
    return sumLengths;
  }

  /** Whether the runs of {@code length} sentences are held rather than summed when asked for. */
  boolean holdsRunsOf(int length) {
    return runs[length - 1] != null;
  }

  /**
   * The sentences' vectors, each times the length of its token sum, added up and scaled to unit length: a short
   * document's held runs, and a long one's each time a link's score or a side without sums asks for one.
   */
  private float[] summed(int start, int length) {
    float[] sum = new float[dimension];
    int last = start + length - 1;
    for (int k = start; k < last; k++) {
      Vectors.addScaled(sum, runs[0][k], sumLengths[k]);
    }
    // The last sentence's pass sums the squares too: one pass fewer.
    return Vectors.addScaledToUnit(sum, runs[0][last], sumLengths[last]);
  }
}
