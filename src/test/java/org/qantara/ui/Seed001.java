package org.qantara.ui;

import java.nio.file.Path;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.pipeline.AlignmentPipeline;
import org.qantara.core.pipeline.DocumentPair;
import org.qantara.core.review.ReviewOptions;
import org.qantara.core.review.ReviewReport;
import org.qantara.core.review.Reviewer;
import org.qantara.core.text.TextOptions;

/** Seed 001's bilingual file, aligned and reviewed with the built-in model: the tests' real document. */
final class Seed001 {
  static final Path BILINGUAL = Path.of("corpora/001_cf1290a72f3a51aa.txt");
  private static ReviewReport report;

  private Seed001() {}

  static synchronized ReviewReport report() {
    if (report == null) {
      System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, Path.of("models").toAbsolutePath().toString());
      try (Embedder embedder = ModelRegistry.fromEnvironment().open("builtin-ar-en")) {
        DocumentPair pair = DocumentPair.load(BILINGUAL, null, TextOptions.DEFAULT);
        report = Reviewer.review(
            new AlignmentPipeline(embedder, AlignerParams.defaults()).align(pair.source(), pair.target()),
            embedder, ReviewOptions.defaults());
      }
    }
    return report;
  }
}
