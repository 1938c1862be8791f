package org.qantara.core.pipeline;

import org.qantara.core.Progress;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.align.AlignmentResult;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.EmbeddingQueue;
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

  /**
   * A processor for threads that work on pairs side by side (a batch's workers, an executor's tasks) sharing one
   * model session: through an {@link EmbeddingQueue}, which embeds the texts of the pairs in flight together,
   * when the session's calls amortise (a model run by ONNX Runtime); straight otherwise (the built-in model).
   *
   * @param reviewOrNull the review's settings, or null to align only
   */
  public static PairProcessor sharedBy(Embedder session, AlignerParams params, ReviewOptions reviewOrNull) {
    return new PairProcessor(new AlignmentPipeline(EmbeddingQueue.sharing(session), params), reviewOrNull);
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
