package org.qantara.core.edit;

import java.util.Objects;

/**
 * One link of an {@link EditableAlignment}: consecutive source sentences ↔ consecutive target sentences.
 *
 * @param id stable identity: an edit that does not touch the link keeps it; a link an edit creates or
 *     reshapes gets a new one
 * @param score the aligner's score in [0, 1]; NaN where nobody measured it (a link a person made)
 * @param origin who made the link
 * @param status what a person has said about it
 * @param locked a locked link refuses every edit that would reshape it, and anchors re-alignment
 */
public record EditableLink(
    long id, SentenceRange source, SentenceRange target, double score, Origin origin, ReviewStatus status,
    boolean locked) {

  public EditableLink {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(status, "status");
    if (source.isEmpty() && target.isEmpty()) {
      throw new IllegalArgumentException("link " + id + " links no sentence");
    }
  }

  /** A link a person has just made or reshaped: unscored, unreviewed, unlocked. */
  static EditableLink byPerson(long id, SentenceRange source, SentenceRange target) {
    return new EditableLink(id, source, target, Double.NaN, Origin.PERSON, ReviewStatus.UNREVIEWED, false);
  }

  public SentenceRange range(Side side) {
    return side == Side.SOURCE ? source : target;
  }

  /** The shape as translators write it: "1-1", "1-2", "0-1". */
  public String shape() {
    return source.size() + "-" + target.size();
  }

  public boolean isOneSided() {
    return source.isEmpty() || target.isEmpty();
  }

  /** Whether re-alignment must keep this link as it is: locked, or accepted by a person. */
  public boolean isAnchor() {
    return locked || status == ReviewStatus.ACCEPTED;
  }

  public EditableLink withStatus(ReviewStatus newStatus) {
    return new EditableLink(id, source, target, score, origin, newStatus, locked);
  }

  public EditableLink withLocked(boolean newLocked) {
    return new EditableLink(id, source, target, score, origin, status, newLocked);
  }

  EditableLink withRanges(SentenceRange newSource, SentenceRange newTarget) {
    return new EditableLink(id, newSource, newTarget, score, origin, status, locked);
  }
}
