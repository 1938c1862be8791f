package org.qantara.core.align;

/**
 * Evidence about a candidate link that the sentence vectors do not hold (the word alignment, for one), as an
 * extra cost the aligner adds to the link's own when it takes a second look at its links ({@link
 * Aligner#reconsider}). Sentence indices are those of the whole documents; a cost is never negative.
 */
@FunctionalInterface
public interface LinkEvidence {
  /** The extra cost of linking source sentences [i, i+a) with target sentences [j, j+b); a or b may be 0. */
  double cost(int i, int a, int j, int b);

  /**
   * At most {@link #cost} of the same link, and cheap to work out: the search skips asking about a link whose cost
   * could not make it part of the cheapest path even at this much (0, the default, is always a bound).
   */
  default double lowerBound(int i, int a, int j, int b) {
    return 0;
  }

  /**
   * The evidence the search of one stretch asks about its candidate links, from one thread, until the stretch is
   * done: the same costs, with what the stretch's candidates share (they overlap) worked out once.
   */
  default LinkEvidence forStretch() {
    return this;
  }
}
