package org.qantara.core.align;

/**
 * Sentence-overlap embeddings of one side of a document: the L2-normalised vector of the concatenation of
 * {@code length} consecutive sentences starting at {@code start} (1 ≤ length ≤ {@link #maxOverlap()}),
 * as Vecalign uses them.
 */
public interface OverlapVectors {
  int sentenceCount();

  int maxOverlap();

  int dimension();

  float[] vector(int start, int length);

  /**
   * The vectors of the runs of {@code length} sentences from each start in [from, to) (all of them runs of this
   * side), in order: a side that builds its runs when asked for builds them here.
   */
  default float[][] vectors(int length, int from, int to) {
    float[][] vectors = new float[Math.max(0, to - from)][];
    for (int start = from; start < to; start++) {
      vectors[start - from] = vector(start, length);
    }
    return vectors;
  }

  /**
   * These vectors with the runs of every length that start in [from, to) at hand: a side that builds its runs when
   * asked for builds them here, in one pass, and the view answers for them without building them again (a block of the
   * aligner's search asks for each many times). A side that holds all its runs is its own view.
   */
  default OverlapVectors holding(int from, int to) {
    return this;
  }

  /**
   * How the runs are made of the sentences when each run's vector is its sentences' vectors, weighted, summed and
   * scaled to unit length ({@link RunSums}); null when the runs' vectors are not (their joined texts embedded, a coarse
   * level's centred pairs).
   */
  default RunSums runSums() {
    return null;
  }
}
