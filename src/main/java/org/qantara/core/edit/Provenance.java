package org.qantara.core.edit;

import java.util.Objects;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.review.ReviewOptions;

/**
 * What the machine did, kept apart from what the person did: the embedding model, the aligner settings
 * and the review settings. Re-alignment and re-review use the same ones, so a project stays reproducible.
 */
public record Provenance(String modelId, AlignerParams alignerParams, ReviewOptions reviewOptions) {
  public Provenance {
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(alignerParams, "alignerParams");
    Objects.requireNonNull(reviewOptions, "reviewOptions");
  }
}
