package org.qantara.core.pipeline;

import org.qantara.core.Progress;
import org.qantara.core.align.AlignmentResult;
import org.qantara.core.review.ReviewOptions;
import org.qantara.core.review.ReviewReport;
import org.qantara.core.review.Reviewer;

/**
 * Aligns one pair and reviews it when asked: the unit of work of a batch on one machine and of the Spark
 * job alike, so that both give the same links, scores and flags. Thread-safe: one processor, and so one
 * model session, serves every worker.
 */
public final class PairProcessor {
  private final AlignmentPipeline pipeline;
  private final ReviewOptions review;

  /** @param reviewOrNull the review's settings, or null to align only */
  public PairProcessor(AlignmentPipeline pipeline, ReviewOptions reviewOrNull) {
    this.pipeline = pipeline;
    this.review = reviewOrNull;
  }

  public AlignmentPipeline pipeline() {
    return pipeline;
  }

  /** The review's settings, or null when pairs are aligned only. */
  public ReviewOptions review() {
    return review;
  }

  /** Aligns the pair and reviews it (when asked) with the aligner's own sentence vectors, never embedding twice. */
  public PairResult process(String id, DocumentPair pair) {
    AlignmentResult aligned = pipeline.align(pair.source(), pair.target(), Progress.NONE);
    ReviewReport report = review == null ? null : Reviewer.review(aligned.aligned(), aligned.sourceVectors(),
        aligned.targetVectors(), pipeline.embedder(), review, Progress.NONE);
    return new PairResult(id, aligned.aligned(), report);
  }
}
