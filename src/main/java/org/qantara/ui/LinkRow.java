package org.qantara.ui;

import java.util.List;
import org.qantara.core.align.LinkType;
import org.qantara.core.review.Flag;
import org.qantara.core.text.Span;

/**
 * What one grid row shows: one link of the alignment, its texts, score, review status and flags. A value
 * built from the core's alignment and review; the grid, filters and navigation read nothing else.
 *
 * @param id the link's stable identity (survives edits elsewhere in the document)
 * @param number the link's 1-based position in the document, as shown to the translator
 * @param sourceText the Arabic sentences of the link, joined by a space
 * @param sourceHighlights evidence spans inside {@code sourceText}
 * @param score link score in [0, 1]; NaN where there is none
 * @param manual whether a person made this link (shown apart from the aligner's)
 */
public record LinkRow(
    long id,
    int number,
    String sourceText,
    String targetText,
    List<Span> sourceHighlights,
    List<Span> targetHighlights,
    LinkType type,
    double score,
    Status status,
    boolean locked,
    boolean manual,
    List<FlagItem> flags) {

  /** The translator's verdict on a link. */
  public enum Status {
    UNREVIEWED("aligner"),
    ACCEPTED("accepted"),
    NEEDS_REVIEW("needs review");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * A flag as the window shows it: the core's finding, the passages its evidence spans cover on each
   * side, and what the translator decided about it.
   */
  public record FlagItem(
      String key, Flag flag, Decision decision, String note, List<String> sourceEvidence, List<String> targetEvidence) {
    public FlagItem {
      sourceEvidence = List.copyOf(sourceEvidence);
      targetEvidence = List.copyOf(targetEvidence);
    }

    public boolean isOpen() {
      return decision == Decision.OPEN;
    }
  }

  public enum Decision {
    OPEN,
    DISMISSED,
    CONFIRMED
  }

  public LinkRow {
    sourceHighlights = List.copyOf(sourceHighlights);
    targetHighlights = List.copyOf(targetHighlights);
    flags = List.copyOf(flags);
  }

  /** Flags the translator has not dismissed. */
  public List<FlagItem> activeFlags() {
    return flags.stream().filter(f -> f.decision() != Decision.DISMISSED).toList();
  }

  public boolean hasActiveFlags() {
    return flags.stream().anyMatch(f -> f.decision() != Decision.DISMISSED);
  }

  /** Whether the translator still has to look at this link. */
  public boolean isUnreviewed() {
    return !locked && status != Status.ACCEPTED;
  }

  /** The status as one word or two for the grid; "locked" wins because it is what edits run into. */
  public String statusLabel() {
    if (locked) {
      return "locked";
    }
    if (status == Status.UNREVIEWED && manual) {
      return "manual";
    }
    return status.label();
  }
}
