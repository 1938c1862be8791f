package org.qantara.eval.review;

import org.qantara.core.review.Flag;

/** One kind of error the benchmark injects into a clean English rendering, and the flag it should raise. */
public enum Perturbation {
  /** The untouched pair: every flag raised on it is a false alarm. */
  NONE(null),
  DELETE_SENTENCE(Flag.Type.OMISSION),
  DELETE_CLAUSE(Flag.Type.PARTIAL_OMISSION),
  CHANGE_NUMBER(Flag.Type.NUMBER),
  SWAP_NAME(Flag.Type.NAME),
  FLIP_NEGATION(Flag.Type.NEGATION),
  INSERT_SENTENCE(Flag.Type.ADDITION),
  COPY_SOURCE(Flag.Type.UNTRANSLATED),
  /** An English sentence replaced by an unrelated one: meaning far from the source. */
  REPLACE_SENTENCE(Flag.Type.LOW_SIMILARITY);

  private final Flag.Type expected;

  Perturbation(Flag.Type expected) {
    this.expected = expected;
  }

  /** The flag type a reviewer should raise for this error; null for {@link #NONE}. */
  public Flag.Type expected() {
    return expected;
  }
}
