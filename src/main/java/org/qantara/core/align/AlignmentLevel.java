package org.qantara.core.align;

import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.qantara.core.embed.Vectors;

/**
 * Both sides of a document at one resolution of the coarse-to-fine search: level 0 is the document
 * itself, each coarser level merges consecutive pairs of sentences ({@code coarsened}).
 */
record AlignmentLevel(OverlapVectors source, OverlapVectors target, int[] sourceChars, int[] targetChars,
    boolean coarsened) {

  /** The document itself (or a stretch of it), not a coarsening. */
  AlignmentLevel(OverlapVectors source, OverlapVectors target, int[] sourceChars, int[] targetChars) {
    this(source, target, sourceChars, targetChars, false);
  }

  int sourceCount() {
    return source.sentenceCount();
  }

  int targetCount() {
    return target.sentenceCount();
  }

  /**
   * The next coarser level for the search: {@link #downsampledWhenAsked} when this is a long document itself (more than
   * {@value SentenceVectors#HOLD_EVERY_RUN_UP_TO} sentences a side), {@link #downsampled} otherwise. At 46,000
   * sentences a side the first coarsening would hold 48 MB of vectors, built when asked it holds none; the coarser
   * ones, all of them together no larger than it, are held, each built once (from the first's vectors built when asked
   * for, then from the level before): built when asked too, each of their vectors was built anew from up to eight
   * sentences every time a block of the search asked for it, a third of the first search's time (46,100 × 46,500: 3.77
   * -> 3.47 s, peak 346 -> 348 MB; docs/BENCHMARKS.md, eleventh round). The collection before the word-evidence pass
   * frees them (AlignmentPipeline).
   */
  AlignmentLevel coarser() {
    return !coarsened && Math.max(sourceCount(), targetCount()) > SentenceVectors.HOLD_EVERY_RUN_UP_TO
        ? downsampledWhenAsked() : downsampled();
  }

  /**
   * Half the resolution: each pair of consecutive sentences becomes one (an odd last sentence stays alone).
   * As in Vecalign, the summed vectors have their mean removed before normalising, which keeps the coarse
   * vectors from all pointing the same way and so keeps their cosines informative.
   */
  AlignmentLevel downsampled() {
    return new AlignmentLevel(halve(source), halve(target), halve(sourceChars), halve(targetChars), true);
  }

  /**
   * {@link #downsampled}, each coarse sentence's vector built when it is asked for ({@link OverlapVectors#holding} a
   * block of the search at a time), to the same floats, instead of held: a long document's coarsenings, whose
   * vectors (about 48 MB at 46,000 sentences a side for the first) would outlive several collections of the young
   * generation and stay in the old one, never collected, once dropped. A few more additions for each time a vector is
   * asked for, twice as many at each coarsening built from one built when asked.
   */
  AlignmentLevel downsampledWhenAsked() {
    return new AlignmentLevel(new Halved(source), new Halved(target), halve(sourceChars), halve(targetChars), true);
  }

  private static OverlapVectors halve(OverlapVectors side) {
    int dimension = side.dimension();
    float[][] coarse = new float[(side.sentenceCount() + 1) / 2][];
    IntStream.range(0, coarse.length).parallel().forEach(k -> coarse[k] = pairSum(side, k));
    float[] mean = mean(coarse.length, dimension, k -> coarse[k]);
    // Each coarse vector is this level's own array: centred and scaled in place, one array a coarse sentence.
    IntStream.range(0, coarse.length).parallel().forEach(k -> centredToUnit(coarse[k], mean));
    return OverlapEmbedding.ofUnitVectors(coarse, dimension);
  }

  /** The sum of sentences 2k and 2k + 1 of {@code side} (an odd last sentence alone), a fresh array. */
  private static float[] pairSum(OverlapVectors side, int k) {
    float[] sum = side.vector(2 * k, 1).clone();
    if (2 * k + 1 < side.sentenceCount()) {
      Vectors.addScaled(sum, side.vector(2 * k + 1, 1), 1f); // x · 1 is x: the same sums
    }
    return sum;
  }

  /** The mean of the {@code count} sums, summed in order of k whichever core works them out: the same to the last bit. */
  private static float[] mean(int count, int dimension, IntFunction<float[]> sums) {
    float[] mean = new float[dimension];
    for (int k = 0; k < count; k++) {
      float[] sum = sums.apply(k);
      for (int d = 0; d < dimension; d++) {
        mean[d] += sum[d] / count;
      }
    }
    return mean;
  }

  private static float[] centredToUnit(float[] sum, float[] mean) {
    // The mean taken away as its negative added (x + m · -1 is x - m to the last bit), the squares summed on the way.
    return Vectors.addScaledToUnit(sum, mean, -1f);
  }

  /** A coarser side whose vectors are built when asked for: pairs of the finer side's sentences, centred, unit. */
  private static final class Halved implements OverlapVectors {
    private final OverlapVectors finer;
    private final int count;
    private final float[] mean;

    Halved(OverlapVectors finer) {
      this.finer = finer;
      this.count = (finer.sentenceCount() + 1) / 2;
      this.mean = mean(count, finer.dimension(), k -> pairSum(finer, k));
    }

    @Override
    public int sentenceCount() {
      return count;
    }

    @Override
    public int maxOverlap() {
      return 1;
    }

    @Override
    public int dimension() {
      return finer.dimension();
    }

    @Override
    public float[] vector(int start, int length) {
      if (length != 1 || start < 0 || start >= count) {
        throw new IndexOutOfBoundsException("no overlap of length " + length + " at sentence " + start + " of " + count);
      }
      return centredToUnit(pairSum(finer, start), mean);
    }

    @Override
    public float[][] vectors(int length, int from, int to) {
      if (length != 1 || from < 0 || from > to || to > count) {
        throw new IndexOutOfBoundsException(
            "no overlaps of length " + length + " at sentences [" + from + ", " + to + ") of " + count);
      }
      float[][] built = new float[to - from][];
      IntStream.range(from, to).parallel().forEach(k -> built[k - from] = vector(k, 1));
      return built;
    }

    @Override
    public OverlapVectors holding(int from, int to) {
      int first = Math.clamp(from, 0, count);
      return new HeldRuns(this, first, new float[][][] {vectors(1, first, Math.max(first, Math.min(to, count)))});
    }
  }

  private static int[] halve(int[] chars) {
    int[] coarse = new int[(chars.length + 1) / 2];
    for (int i = 0; i < chars.length; i++) {
      coarse[i / 2] += chars[i];
    }
    return coarse;
  }
}
