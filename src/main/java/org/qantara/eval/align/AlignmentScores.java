package org.qantara.eval.align;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/**
 * Strict and lax precision, recall and F1 of predicted alignments against gold ones, micro-averaged over
 * {@code documents} documents (definitions in {@link AlignmentEvaluator}).
 *
 * @param goldLinks distinct gold links (one-sided ones included)
 * @param predictedLinks distinct predicted links (one-sided ones included)
 */
public record AlignmentScores(
    int documents,
    int goldLinks,
    int predictedLinks,
    double strictPrecision,
    double strictRecall,
    double strictF1,
    double laxPrecision,
    double laxRecall,
    double laxF1) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a record of numbers always serialises", e);
    }
  }

  /** A small table in the layout of Vecalign's score.py. */
  public String render() {
    return String.format(
        Locale.ROOT,
        """
        %d document(s), %d gold links, %d predicted links
                   strict    lax
        precision  %.3f     %.3f
        recall     %.3f     %.3f
        F1         %.3f     %.3f
        """,
        documents, goldLinks, predictedLinks,
        strictPrecision, laxPrecision, strictRecall, laxRecall, strictF1, laxF1);
  }
}
