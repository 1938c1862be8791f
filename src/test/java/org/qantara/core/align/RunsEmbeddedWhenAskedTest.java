package org.qantara.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qantara.core.Progress;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.ModelRegistry;

/**
 * A long document's runs of sentences, embedded when the aligner reaches them instead of held (the built-in model
 * embeds a text again to the same vector), give the links of the held runs to the last bit: the same search, the
 * same costs, the same scores. The development documents three times over (1,383 Arabic sentences: coarse levels,
 * several blocks of the search, texts repeated within one call) stand for a document of 46,000 sentences.
 */
class RunsEmbeddedWhenAskedTest {
  private static final Path MODELS = Path.of("models");
  private static Embedder embedder;
  private static List<String> arabic;
  private static List<String> english;
  private static SentenceVectors heldArabic;
  private static SentenceVectors heldEnglish;
  private static SentenceVectors askedArabic;
  private static SentenceVectors askedEnglish;

  @BeforeAll
  static void embedBothWays() throws IOException {
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, MODELS.toAbsolutePath().toString());
    embedder = ModelRegistry.fromEnvironment().open("builtin-ar-en");
    arabic = new ArrayList<>();
    english = new ArrayList<>();
    for (int copy = 0; copy < 3; copy++) {
      for (DevDocuments document : DevDocuments.tatoeba()) {
        arabic.addAll(document.arabic());
        english.addAll(document.english());
      }
    }
    int maxRun = AlignerParams.defaults().maxOverlap();
    heldArabic = SentenceVectors.embed(arabic, embedder, maxRun, Progress.NONE, "", Integer.MAX_VALUE);
    heldEnglish = SentenceVectors.embed(english, embedder, maxRun, Progress.NONE, "", Integer.MAX_VALUE);
    askedArabic = SentenceVectors.embed(arabic, embedder, maxRun, Progress.NONE, "", 0);
    askedEnglish = SentenceVectors.embed(english, embedder, maxRun, Progress.NONE, "", 0);
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  void onlyTheSentencesAreHeldAndEveryRunIsTheSameVector() {
    assertThat(embedder.embedsAgainCheaply()).isTrue();
    assertThat(askedArabic.holdsRunsOf(1)).isTrue();
    assertThat(askedArabic.holdsRunsOf(2)).isFalse();
    assertThat(heldArabic.holdsRunsOf(2)).isTrue();
    OverlapVectors held = OverlapEmbedding.of(heldArabic);
    OverlapVectors asked = OverlapEmbedding.of(askedArabic);
    for (int length = 1; length <= heldArabic.maxRun(); length++) {
      int starts = arabic.size() - length + 1;
      assertThat(asked.vectors(length, 0, starts)).as("runs of %d", length).isDeepEqualTo(held.vectors(length, 0, starts));
      assertThat(askedArabic.run(starts - 1, length)).isEqualTo(heldArabic.run(starts - 1, length));
    }
    OverlapVectors block = asked.holding(500, 800);
    assertThat(block.vector(500, 3)).isEqualTo(held.vector(500, 3));
    assertThat(block.vector(10, 2)).as("outside the block").isEqualTo(held.vector(10, 2));
  }

  @Test
  void theLinksAndTheirScoresAreThoseOfTheHeldRuns() {
    Aligner aligner = new Aligner(AlignerParams.defaults());
    int[] arabicChars = arabic.stream().mapToInt(String::length).toArray();
    int[] englishChars = english.stream().mapToInt(String::length).toArray();
    OverlapVectors heldSource = OverlapEmbedding.of(heldArabic);
    OverlapVectors heldTarget = OverlapEmbedding.of(heldEnglish);
    OverlapVectors askedSource = OverlapEmbedding.of(askedArabic);
    OverlapVectors askedTarget = OverlapEmbedding.of(askedEnglish);

    List<Link> links = aligner.align(askedSource, askedTarget, arabicChars, englishChars);

    List<Link> fromHeld = aligner.align(heldSource, heldTarget, arabicChars, englishChars);
    assertThat(links).isEqualTo(fromHeld);
    assertThat(links).anyMatch(link -> link.source().size() > 1 || link.target().size() > 1);
    // A second look with evidence against every 1-1 link searches the stretches again, a window at a time.
    LinkEvidence doubtsOneToOne = (i, a, j, b) -> a == 1 && b == 1 ? 0.3 : 0;
    List<Link> reconsidered = aligner.reconsider(links, askedSource, askedTarget, arabicChars, englishChars,
        doubtsOneToOne);
    assertThat(reconsidered)
        .isEqualTo(aligner.reconsider(fromHeld, heldSource, heldTarget, arabicChars, englishChars, doubtsOneToOne));
    assertThat(reconsidered).isNotEqualTo(links);
  }
}
