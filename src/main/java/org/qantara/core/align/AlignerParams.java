package org.qantara.core.align;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.qantara.core.QantaraException;

/**
 * Settings of the {@link Aligner}. {@link #defaults()} holds the values tuned on the development data
 * (see docs/BENCHMARKS.md); every field is written into JSON output so a result can be reproduced.
 *
 * @param linkTypes link shapes the final alignment may use; must contain 1-1. Sorted, without duplicates.
 * @param skipQuantile the cost of leaving one sentence unaligned (1-0 / 0-1) is this quantile of the costs
 *     of unrelated 1-1 pairs of the same document (the quantile starts above the share 1 / max(n, m) of
 *     pairs that are translations of each other): lower means more skips
 * @param lengthWeight weight of the length term |ln(source chars / (ratio · target chars))|, where ratio is
 *     the document's own source/target character ratio; 0 ignores lengths
 * @param bandHalfWidth how many sentences on each side of the coarse path the refinement searches
 * @param maxFullDpSize documents with at most this many sentences on each side (more exactly, with
 *     n·m ≤ maxFullDpSize²) are aligned with the full table; larger ones coarse-to-fine
 * @param penaltySamples random sentence pairs sampled to set the skip cost
 * @param seed seed of the deterministic sampling
 */
public record AlignerParams(
    List<LinkType> linkTypes,
    double skipQuantile,
    double lengthWeight,
    int bandHalfWidth,
    int maxFullDpSize,
    int penaltySamples,
    long seed) {

  public static final List<LinkType> DEFAULT_LINK_TYPES =
      List.of(
          LinkType.TARGET_ONLY,
          LinkType.SOURCE_ONLY,
          LinkType.ONE_TO_ONE,
          new LinkType(1, 2),
          new LinkType(2, 1),
          new LinkType(1, 3),
          new LinkType(2, 2),
          new LinkType(3, 1));

  public AlignerParams {
    linkTypes = List.copyOf(new TreeSet<>(linkTypes));
    if (!linkTypes.contains(LinkType.ONE_TO_ONE)) {
      throw new QantaraException("link types " + linkTypes + " lack 1-1", "include 1-1 in the link types");
    }
    requireRange("skipQuantile", skipQuantile, 0, 1);
    requireRange("lengthWeight", lengthWeight, 0, 100);
    requireRange("bandHalfWidth", bandHalfWidth, 1, 10_000);
    requireRange("maxFullDpSize", maxFullDpSize, 2, 100_000);
    requireRange("penaltySamples", penaltySamples, 1, 1_000_000);
  }

  public static AlignerParams defaults() {
    return new AlignerParams(DEFAULT_LINK_TYPES, 0.05, 0.6, 8, 300, 2000, 20240531L);
  }

  public AlignerParams withLinkTypes(Collection<LinkType> types) {
    return new AlignerParams(
        List.copyOf(types), skipQuantile, lengthWeight, bandHalfWidth, maxFullDpSize, penaltySamples, seed);
  }

  public AlignerParams withSkipQuantile(double quantile) {
    return new AlignerParams(
        linkTypes, quantile, lengthWeight, bandHalfWidth, maxFullDpSize, penaltySamples, seed);
  }

  public AlignerParams withLengthWeight(double weight) {
    return new AlignerParams(
        linkTypes, skipQuantile, weight, bandHalfWidth, maxFullDpSize, penaltySamples, seed);
  }

  public AlignerParams withMaxFullDpSize(int size) {
    return new AlignerParams(
        linkTypes, skipQuantile, lengthWeight, bandHalfWidth, size, penaltySamples, seed);
  }

  /** The longest run of sentences any link type puts on one side: the overlaps that must be embedded. */
  public int maxOverlap() {
    return linkTypes.stream().mapToInt(t -> Math.max(t.source(), t.target())).max().orElseThrow();
  }

  private static void requireRange(String name, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new QantaraException(
          "aligner parameter " + name + " = " + value + " is out of range", "use a value in [" + min + ", " + max + "]");
    }
  }
}
