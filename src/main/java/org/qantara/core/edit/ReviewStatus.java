package org.qantara.core.edit;

/** What a person has said about a link. */
public enum ReviewStatus {
  /** Nobody has looked at it yet (every link the aligner makes starts here). */
  UNREVIEWED,
  ACCEPTED,
  NEEDS_REVIEW
}
