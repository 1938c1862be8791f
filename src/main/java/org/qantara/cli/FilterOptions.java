package org.qantara.cli;

import org.qantara.core.corpus.SearchFilter;
import org.qantara.core.edit.ReviewStatus;
import org.qantara.core.review.Flag;
import picocli.CommandLine.Option;

/** Restrictions of a corpus search or export to a document, a score, a flag or a review status. */
final class FilterOptions {
  @Option(names = "--document", paramLabel = "ID", description = "Only pairs from this document.")
  String document;

  @Option(names = "--score-at-least", paramLabel = "SCORE", description = "Only pairs aligned with at least this score.")
  Double minScore;

  @Option(names = "--flagged", paramLabel = "TYPE", description = "Only pairs carrying a flag of this type (${COMPLETION-CANDIDATES}).")
  Flag.Type flag;

  @Option(names = "--status", paramLabel = "STATUS", description = "Only pairs with this review status (${COMPLETION-CANDIDATES}).")
  ReviewStatus status;

  SearchFilter toFilter() {
    return new SearchFilter(document, minScore, flag, status);
  }
}
