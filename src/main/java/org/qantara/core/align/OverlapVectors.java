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
}
