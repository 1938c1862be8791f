package org.qantara.core.align;

import java.util.stream.IntStream;
import org.qantara.core.embed.Vectors;

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
    IntStream.range(0, coarse.length).parallel().forEach(k -> {
      float[] sum = side.vector(2 * k, 1).clone();
      if (2 * k + 1 < n) {
        float[] second = side.vector(2 * k + 1, 1);
        for (int d = 0; d < dimension; d++) {
          sum[d] += second[d];
        }
      }
      coarse[k] = sum;
    });
    // Summed in order of k whichever core runs it, so the mean is the same to the last bit.
    float[] mean = new float[dimension];
    for (float[] sum : coarse) {
      for (int d = 0; d < dimension; d++) {
        mean[d] += sum[d] / coarse.length;
      }
    }
    // Each coarse vector is this level's own array: centred and scaled in place, one array a coarse sentence.
    IntStream.range(0, coarse.length).parallel().forEach(k -> {
      float[] v = coarse[k];
      for (int d = 0; d < dimension; d++) {
        v[d] -= mean[d];
      }
      Vectors.scaleToUnit(v);
    });
    return OverlapEmbedding.ofUnitVectors(coarse, dimension);
  }

  private static int[] halve(int[] chars) {
    int[] coarse = new int[(chars.length + 1) / 2];
    for (int i = 0; i < chars.length; i++) {
      coarse[i / 2] += chars[i];
    }
    return coarse;
  }
}
