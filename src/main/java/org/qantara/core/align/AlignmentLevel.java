package org.qantara.core.align;

/**
 * Both sides of a document at one resolution of the coarse-to-fine search: level 0 is the document
 * itself, each coarser level merges consecutive pairs of sentences.
 */
record AlignmentLevel(OverlapVectors source, OverlapVectors target, int[] sourceChars, int[] targetChars) {

  int sourceCount() {
    return source.sentenceCount();
  }

  int targetCount() {
    return target.sentenceCount();
  }

  /**
   * Half the resolution: each pair of consecutive sentences becomes one (an odd last sentence stays alone).
   * As in Vecalign, the summed vectors have their mean removed before normalising, which keeps the coarse
   * vectors from all pointing the same way and so keeps their cosines informative.
   */
  AlignmentLevel downsampled() {
    return new AlignmentLevel(halve(source), halve(target), halve(sourceChars), halve(targetChars));
  }

  private static OverlapVectors halve(OverlapVectors side) {
    int n = side.sentenceCount();
    int dimension = side.dimension();
    float[][] coarse = new float[(n + 1) / 2][];
    float[] mean = new float[dimension];
    for (int k = 0; k < coarse.length; k++) {
      float[] sum = side.vector(2 * k, 1).clone();
      if (2 * k + 1 < n) {
        float[] second = side.vector(2 * k + 1, 1);
        for (int d = 0; d < dimension; d++) {
          sum[d] += second[d];
        }
      }
      for (int d = 0; d < dimension; d++) {
        mean[d] += sum[d] / coarse.length;
      }
      coarse[k] = sum;
    }
    for (float[] v : coarse) {
      for (int d = 0; d < dimension; d++) {
        v[d] -= mean[d];
      }
    }
    return OverlapEmbedding.ofSentenceVectors(coarse, 1);
  }

  private static int[] halve(int[] chars) {
    int[] coarse = new int[(chars.length + 1) / 2];
    for (int i = 0; i < chars.length; i++) {
      coarse[i / 2] += chars[i];
    }
    return coarse;
  }
}
