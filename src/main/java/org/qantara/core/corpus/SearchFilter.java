package org.qantara.core.corpus;

import org.qantara.core.edit.ReviewStatus;
import org.qantara.core.review.Flag;

/**
 * Narrows a search: pairs found in one document, scoring at least so much, carrying a flag of a type,
 * or with a review status. Null means no restriction.
 */
public record SearchFilter(String document, Double minScore, Flag.Type flag, ReviewStatus status) {
  public static final SearchFilter NONE = new SearchFilter(null, null, null, null);

  public boolean isEmpty() {
    return document == null && minScore == null && flag == null && status == null;
  }
}
