package org.qantara.core.align;

/**
 * A side that builds its runs when asked for, with those that start in [first, first + held[length - 1].length) at
 * hand ({@link OverlapVectors#holding}): a block of the aligner's search asks for each of them many times.
 *
 * @param held held[length - 1][start - first], or null for a length the side holds itself
 */
record HeldRuns(OverlapVectors side, int first, float[][][] held) implements OverlapVectors {
  @Override
  public int sentenceCount() {
    return side.sentenceCount();
  }

  @Override
  public int maxOverlap() {
    return side.maxOverlap();
  }

  @Override
  public int dimension() {
    return side.dimension();
  }

  @Override
  public float[] vector(int start, int length) {
    if (length >= 1 && length <= held.length && held[length - 1] != null && start >= first
        && start - first < held[length - 1].length) {
      return held[length - 1][start - first];
    }
    return side.vector(start, length);
  }

  @Override
  public float[][] vectors(int length, int from, int to) {
    return side.vectors(length, from, to);
  }

  @Override
  public OverlapVectors holding(int from, int to) {
    return side.holding(from, to);
  }

  @Override
  public RunSums runSums() {
    return side.runSums();
  }
}
