package org.qantara.ui;

import java.util.List;
import java.util.Optional;
import org.qantara.core.align.LinkType;
import org.qantara.core.edit.FlagDecision;
import org.qantara.core.edit.LinkFlag;
import org.qantara.core.edit.ReviewStatus;
import org.qantara.core.edit.TextEdit;
import org.qantara.core.text.Span;

/**
 * What one grid row shows: one link of the editable alignment, its texts, score, review status and
 * flags. A value built from the core's {@code EditableAlignment}; the grid, filters and navigation read
 * nothing else. Its position (the link number) is not part of it, so that an edit above a row does not
 * make the row differ.
 *
 * @param id the link's stable id (survives edits elsewhere in the document)
 * @param sourceText the Arabic sentences of the link, joined by a space
 * @param sourceHighlights evidence spans of its open flags, inside {@code sourceText}
 * @param score link score in [0, 1]; NaN where there is none (a link made by hand)
 * @param manual whether a person made this link (shown apart from the aligner's)
 * @param textEdits what a person rewrote in the link's sentences, with what the input had there
 */
public record LinkRow(
    long id,
    String sourceText,
    String targetText,
    List<Span> sourceHighlights,
    List<Span> targetHighlights,
    LinkType type,
    double score,
    ReviewStatus status,
    boolean locked,
    boolean manual,
    List<FlagItem> flags,
    List<TextEdit> textEdits) {

  /**
   * A flag as the window shows it: the core's finding, the passages its evidence spans cover on each
   * side, and what the translator decided about it, if anything. A row outlives a sentence rewritten before
   * its link (the row shows the same), so {@code flag}'s document offsets are those of when the row was built:
   * the row's highlights and evidence passages are what to show, the alignment's flags where to find them now.
   */
  public record FlagItem(LinkFlag flag, Optional<FlagDecision> decision, List<String> sourceEvidence, List<String> targetEvidence) {
    public FlagItem {
      sourceEvidence = List.copyOf(sourceEvidence);
      targetEvidence = List.copyOf(targetEvidence);
    }

    public boolean isOpen() {
      return decision.isEmpty();
    }

    public boolean isDismissed() {
      return decision.map(d -> d.kind() == FlagDecision.Kind.DISMISSED).orElse(false);
    }
  }

  public LinkRow {
    sourceHighlights = List.copyOf(sourceHighlights);
    targetHighlights = List.copyOf(targetHighlights);
    flags = List.copyOf(flags);
    textEdits = List.copyOf(textEdits);
  }

  /** Flags the translator has not dismissed. */
  public List<FlagItem> activeFlags() {
    return flags.stream().filter(f -> !f.isDismissed()).toList();
  }

  public boolean hasActiveFlags() {
    return flags.stream().anyMatch(f -> !f.isDismissed());
  }

  /** Whether the translator still has to look at this link. */
  public boolean isUnreviewed() {
    return !locked && status != ReviewStatus.ACCEPTED;
  }

  /** The status in a word or two; "locked" wins because it is what edits run into. */
  public String statusLabel() {
    if (locked) {
      return "locked";
    }
    return switch (status) {
      case ACCEPTED -> "accepted";
      case NEEDS_REVIEW -> "needs review";
      case UNREVIEWED -> manual ? "manual" : "aligner";
    };
  }
}
