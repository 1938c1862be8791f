package org.qantara.core.review;

import org.qantara.core.QantaraException;

/**
 * Settings of a review.
 *
 * @param sensitivity how readily a link counts as far from the source, from 0 (only the most extreme
 *     links) to 1 (anything below the document's typical link); 0.5 is the default. It moves the
 *     robust z-score cut-off of LOW_SIMILARITY between 3.5 and 1.0 MADs below the document median
 * @param minWordSimilarity cosine below which two words are never paired by their vectors
 * @param minUncoveredRun content words of an Arabic clause left unaccounted for before the clause is
 *     reported as a partial omission; English content words need four more, in a row, before they are
 *     reported as an addition (English spends more content words on the same meaning, and the model leaves
 *     more of them unpaired), and MAJOR from twice two more
 * @param notTranslationShare share of sentences in weak links above which the document verdict is
 *     "not a translation"
 */
public record ReviewOptions(
    double sensitivity, double minWordSimilarity, int minUncoveredRun, double notTranslationShare) {

  public ReviewOptions {
    if (!(sensitivity >= 0 && sensitivity <= 1)) {
      throw new QantaraException("sensitivity " + sensitivity + " is outside [0, 1]",
          "pass a value between 0 (fewest flags) and 1 (most flags), for example 0.5");
    }
    if (!(notTranslationShare > 0 && notTranslationShare <= 1)) {
      throw new QantaraException("not-a-translation share " + notTranslationShare + " is outside (0, 1]",
          "pass a share such as 0.5");
    }
    if (minUncoveredRun < 1) {
      throw new QantaraException("minimum uncovered run " + minUncoveredRun + " is below 1", "pass 1 or more");
    }
  }

  public static ReviewOptions defaults() {
    return new ReviewOptions(0.5, 0.3, 2, 0.5);
  }

  public ReviewOptions withSensitivity(double value) {
    return new ReviewOptions(value, minWordSimilarity, minUncoveredRun, notTranslationShare);
  }

  /** Robust z-score (in MADs below the document median) under which a link is LOW_SIMILARITY. */
  double lowSimilarityCutoff() {
    return 3.5 - 2.5 * sensitivity;
  }
}
