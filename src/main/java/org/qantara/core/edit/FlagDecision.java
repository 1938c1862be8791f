package org.qantara.core.edit;

import java.util.Objects;

/**
 * A person's decision on a review flag, kept under the flag's fingerprint so that it still applies
 * when the same flag is found again after an edit elsewhere or a later review.
 *
 * @param note why, in the person's words (may be empty, never null)
 */
public record FlagDecision(Kind kind, String note) {
  public enum Kind {
    /** Not a problem (a false alarm, or an accepted liberty of the translation). */
    DISMISSED,
    /** A real problem in the translation. */
    CONFIRMED
  }

  public FlagDecision {
    Objects.requireNonNull(kind, "kind");
    note = note == null ? "" : note;
  }
}
