package org.qantara.core.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.formats.VecalignFormat;
import org.qantara.eval.align.AlignmentEvaluator;
import org.qantara.eval.align.AlignmentScores;

/**
 * Alignment quality with the built-in model on the shared development data. Skipped (not passed) while
 * the built-in model has not been built in models/builtin-ar-en.
 */
class AlignerQualityTest {
  static final String MODEL = "builtin-ar-en";

  private static Embedder embedder;
  private static List<DevDocuments.Embedded> tatoeba;
  private static DevDocuments.Embedded seed;

  @BeforeAll
  static void embedDevelopmentData() throws Exception {
    ModelRegistry registry = ModelRegistry.fromEnvironment();
    boolean built =
        Files.isRegularFile(Path.of("models", MODEL, "recipe.json"))
            && registry.availability(MODEL) == ModelRegistry.Availability.BUILTIN;
    assumeTrue(built, "built-in model not built yet: run `qantara models build " + MODEL + "`");
    embedder = registry.open(MODEL);
    int maxOverlap = AlignerParams.defaults().maxOverlap();
    tatoeba = new ArrayList<>();
    for (DevDocuments doc : DevDocuments.tatoeba()) {
      tatoeba.add(doc.embed(embedder, maxOverlap));
    }
    seed = DevDocuments.seed001().embed(embedder, maxOverlap);
  }

  @AfterAll
  static void close() {
    if (embedder != null) {
      embedder.close();
    }
  }

  @Test
  void beatsHunalignWithADictionaryWidelyOnTatoebaDocuments() {
    AlignmentScores scores = DevDocuments.evaluate(tatoeba, AlignerParams.defaults());
    System.out.println("tatoeba-docs (dev), " + embedder.modelId() + ":\n" + scores.render());

    // hunalign with the FreeDict dictionary: strict F1 0.675, lax F1 0.794.
    assertThat(scores.strictF1()).isGreaterThan(0.80);
    assertThat(scores.laxF1()).isGreaterThan(0.90);
  }

  /**
   * In a ten-sentence document a tenth of all sentence pairs are translations; the skip cost must be
   * taken over the other pairs, or leaving a sentence out costs no more than a typical faithful link
   * (with the quantile over all pairs, 31 sentences were left out and 40 of the 500 links were wrong).
   */
  @Test
  void shortFaithfulDocumentsKeepTheirSentencesLinked() throws Exception {
    int maxOverlap = AlignerParams.defaults().maxOverlap();
    List<DevDocuments.Embedded> documents = new ArrayList<>();
    for (DevDocuments doc : DevDocuments.tenPairDocuments()) {
      documents.add(doc.embed(embedder, maxOverlap));
    }
    Aligner aligner = new Aligner(AlignerParams.defaults());
    List<Link> links = documents.stream().flatMap(d -> d.align(aligner).stream()).toList();
    AlignmentScores scores = DevDocuments.evaluate(documents, AlignerParams.defaults());
    System.out.println("ten-pair Tatoeba documents (dev):\n" + scores.render());

    assertThat(links.stream().filter(Link::isOneSided).count()).isLessThanOrEqualTo(5);
    assertThat(scores.strictF1()).isGreaterThan(0.95);
  }

  @Test
  void reproducesTheSeedGoldExactly() {
    List<Link> links = seed.align(new Aligner(AlignerParams.defaults()));

    assertThat(VecalignFormat.toString(links, false)).isEqualTo(VecalignFormat.toString(seed.document().gold(), false));
    assertThat(AlignmentEvaluator.evaluateDocument(seed.document().gold(), links).strictF1()).isEqualTo(1.0);
  }
}
