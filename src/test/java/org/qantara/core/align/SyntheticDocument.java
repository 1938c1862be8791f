package org.qantara.core.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A synthetic parallel document with a planted alignment: random unit "meanings" for source sentences,
 * target sentences that are noisy copies of them (merged for 2-1, split for 1-2), untranslated source
 * sentences (1-0) and unrelated inserted target sentences (0-1). Shared by tests and benchmarks.
 */
public record SyntheticDocument(
    OverlapEmbedding source, OverlapEmbedding target, int[] sourceChars, int[] targetChars, List<Link> gold) {

  /** Link shapes planted with their relative frequencies (1-1 dominates, as in real translations). */
  private static final LinkType[] SHAPES = {
    LinkType.ONE_TO_ONE, LinkType.ONE_TO_ONE, LinkType.ONE_TO_ONE, LinkType.ONE_TO_ONE, LinkType.ONE_TO_ONE,
    LinkType.ONE_TO_ONE, LinkType.ONE_TO_ONE, LinkType.ONE_TO_ONE, LinkType.ONE_TO_ONE, LinkType.ONE_TO_ONE,
    new LinkType(2, 1), new LinkType(1, 2), LinkType.SOURCE_ONLY, LinkType.TARGET_ONLY
  };

  private static final int SKIP_DISTANCE = 3;

  public static final Set<LinkType> MERGES_AND_SPLITS =
      Set.of(LinkType.ONE_TO_ONE, new LinkType(2, 1), new LinkType(1, 2));
  public static final Set<LinkType> SKIPS = Set.of(LinkType.ONE_TO_ONE, LinkType.SOURCE_ONLY, LinkType.TARGET_ONLY);
  public static final Set<LinkType> ALL =
      Set.of(LinkType.ONE_TO_ONE, new LinkType(2, 1), new LinkType(1, 2), LinkType.SOURCE_ONLY, LinkType.TARGET_ONLY);

  /**
   * @param links number of planted links (the document has about that many sentences per side)
   * @param noise length of the random perturbation added to a translation's unit vector
   * @param planted the shapes to plant, among 1-1, 2-1, 1-2, 1-0 and 0-1 (1-1 always)
   */
  public static SyntheticDocument generate(
      int links, int dimension, double noise, Set<LinkType> planted, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<float[]> source = new ArrayList<>();
    List<float[]> target = new ArrayList<>();
    List<Integer> sourceChars = new ArrayList<>();
    List<Integer> targetChars = new ArrayList<>();
    List<Link> gold = new ArrayList<>();
    int lastSkip = -SKIP_DISTANCE;
    LinkType previous = LinkType.ONE_TO_ONE;
    for (int k = 0; k < links; k++) {
      // Skips close together (1-0, 1-1, 0-1) are as well explained by two wrong 1-1 links; keep them apart.
      // Skips come one at a time between 1-1 links: a skip beside a merge or another skip is as well
      // explained by one larger link or by wrong 1-1 links.
      LinkType shape = SHAPES[random.nextInt(SHAPES.length)];
      boolean allowed =
          planted.contains(shape)
              && (!shape.isOneSided() || k - lastSkip >= SKIP_DISTANCE && previous.equals(LinkType.ONE_TO_ONE));
      if (!allowed || k == 0 || previous.isOneSided()) {
        shape = LinkType.ONE_TO_ONE;
      }
      if (shape.isOneSided()) {
        lastSkip = k;
      }
      previous = shape;
      int s = source.size();
      int t = target.size();
      if (shape.target() == 0 || shape.source() == 0) {
        List<float[]> side = shape.source() == 1 ? source : target;
        side.add(unit(random, dimension));
        (shape.source() == 1 ? sourceChars : targetChars).add(20 + random.nextInt(80));
      } else if (shape.source() == 2) {
        float[] first = unit(random, dimension);
        float[] second = unit(random, dimension);
        source.add(first);
        source.add(second);
        target.add(noisy(add(first, second), noise, random));
        int a = 20 + random.nextInt(80);
        int b = 20 + random.nextInt(80);
        sourceChars.add(a);
        sourceChars.add(b);
        targetChars.add((int) Math.round((a + b) * 1.2));
      } else if (shape.target() == 2) {
        float[] first = unit(random, dimension);
        float[] second = unit(random, dimension);
        target.add(first);
        target.add(second);
        source.add(noisy(add(first, second), noise, random));
        int a = 20 + random.nextInt(80);
        int b = 20 + random.nextInt(80);
        targetChars.add(a);
        targetChars.add(b);
        sourceChars.add((int) Math.round((a + b) / 1.2));
      } else {
        float[] meaning = unit(random, dimension);
        source.add(meaning);
        target.add(noisy(meaning, noise, random));
        int a = 20 + random.nextInt(80);
        sourceChars.add(a);
        targetChars.add((int) Math.round(a * 1.2));
      }
      gold.add(new Link(range(s, source.size()), range(t, target.size()), 0));
    }
    return new SyntheticDocument(
        OverlapEmbedding.ofSentenceVectors(source.toArray(float[][]::new), 4),
        OverlapEmbedding.ofSentenceVectors(target.toArray(float[][]::new), 4),
        sourceChars.stream().mapToInt(Integer::intValue).toArray(),
        targetChars.stream().mapToInt(Integer::intValue).toArray(),
        List.copyOf(gold));
  }

  public List<Link> align(Aligner aligner) {
    return aligner.align(source, target, sourceChars, targetChars);
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> indices = new ArrayList<>();
    for (int i = from; i < to; i++) {
      indices.add(i);
    }
    return indices;
  }

  private static float[] unit(SplittableRandom random, int dimension) {
    float[] v = new float[dimension];
    double norm = 0;
    for (int d = 0; d < dimension; d++) {
      v[d] = (float) random.nextGaussian();
      norm += v[d] * v[d];
    }
    for (int d = 0; d < dimension; d++) {
      v[d] /= (float) Math.sqrt(norm);
    }
    return v;
  }

  private static float[] add(float[] a, float[] b) {
    float[] sum = new float[a.length];
    for (int d = 0; d < a.length; d++) {
      sum[d] = a[d] + b[d];
    }
    return sum;
  }

  /** The vector's direction plus a random direction of length {@code noise} (vector length kept at 1). */
  private static float[] noisy(float[] v, double noise, SplittableRandom random) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    float[] direction = unit(random, v.length);
    float[] out = new float[v.length];
    for (int d = 0; d < v.length; d++) {
      out[d] = (float) (v[d] / Math.sqrt(norm) + noise * direction[d]);
    }
    return out;
  }
}
