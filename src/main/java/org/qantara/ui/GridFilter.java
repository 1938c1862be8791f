package org.qantara.ui;

import java.util.Locale;
import java.util.Set;
import org.qantara.core.edit.ReviewStatus;
import org.qantara.core.review.Flag;

/**
 * Which rows the grid shows. Empty sets mean "any"; a flag-type or severity filter keeps the rows with
 * at least one active flag that matches both.
 */
public record GridFilter(
    Set<Flag.Type> flagTypes,
    Set<Flag.Severity> severities,
    double minScore,
    double maxScore,
    Set<ReviewStatus> statuses,
    boolean onlyFlagged,
    String text) {

  public static final GridFilter NONE = new GridFilter(Set.of(), Set.of(), 0, 1, Set.of(), false, "");

  public GridFilter {
    flagTypes = Set.copyOf(flagTypes);
    severities = Set.copyOf(severities);
    statuses = Set.copyOf(statuses);
    text = text == null ? "" : text;
  }

  public boolean isNone() {
    return equals(NONE);
  }

  public GridFilter withFlagTypes(Set<Flag.Type> types) {
    return new GridFilter(types, severities, minScore, maxScore, statuses, onlyFlagged, text);
  }

  public GridFilter withSeverities(Set<Flag.Severity> values) {
    return new GridFilter(flagTypes, values, minScore, maxScore, statuses, onlyFlagged, text);
  }

  public GridFilter withScoreRange(double min, double max) {
    return new GridFilter(flagTypes, severities, min, max, statuses, onlyFlagged, text);
  }

  public GridFilter withStatuses(Set<ReviewStatus> values) {
    return new GridFilter(flagTypes, severities, minScore, maxScore, values, onlyFlagged, text);
  }

  public GridFilter withOnlyFlagged(boolean value) {
    return new GridFilter(flagTypes, severities, minScore, maxScore, statuses, value, text);
  }

  public GridFilter withText(String value) {
    return new GridFilter(flagTypes, severities, minScore, maxScore, statuses, onlyFlagged, value);
  }

  public boolean accepts(LinkRow row) {
    if (onlyFlagged && !row.hasActiveFlags()) {
      return false;
    }
    if (!flagTypes.isEmpty() || !severities.isEmpty()) {
      boolean match = row.activeFlags().stream()
          .anyMatch(f -> (flagTypes.isEmpty() || flagTypes.contains(f.flag().type()))
              && (severities.isEmpty() || severities.contains(f.flag().severity())));
      if (!match) {
        return false;
      }
    }
    // Links without a score (one-sided) are kept unless the range was narrowed.
    boolean fullRange = minScore <= 0 && maxScore >= 1;
    if (!fullRange && (Double.isNaN(row.score()) || row.score() < minScore || row.score() > maxScore)) {
      return false;
    }
    if (!statuses.isEmpty() && !statuses.contains(row.status())) {
      return false;
    }
    return text.isBlank() || contains(row, text);
  }

  /** Case-insensitive search in either column (Arabic has no case; lower-casing leaves it as it is). */
  static boolean contains(LinkRow row, String query) {
    String q = query.strip().toLowerCase(Locale.ROOT);
    return row.sourceText().toLowerCase(Locale.ROOT).contains(q) || row.targetText().toLowerCase(Locale.ROOT).contains(q);
  }
}
