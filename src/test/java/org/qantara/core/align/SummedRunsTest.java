package org.qantara.core.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import org.qantara.core.embed.CountingEmbedder;

/**
 * Runs of sentences built from their sentences' vectors and the lengths of their token sums (the built-in model's
 * vector of a text is its token sum scaled to unit length) instead of their joined texts embedded: the same vectors to
 * rounding, the same links, the same scores to rounding; held by a short document, built when asked for by a long one.
 * The development documents three times over (1,383 Arabic sentences: coarse levels, several blocks of the search)
 * stand for a document of 46,000 sentences.
 */
class SummedRunsTest {
  private static final Path MODELS = Path.of("models");
  private static Embedder embedder;
  private static List<String> arabic;
  private static List<String> english;
  private static SentenceVectors heldArabic;
  private static SentenceVectors heldEnglish;
  private static SentenceVectors summedArabic;
  private static SentenceVectors summedEnglish;

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
    Embedder joinedTexts = CountingEmbedder.withoutSums(embedder);
    heldArabic = SentenceVectors.embed(arabic, joinedTexts, maxRun, Progress.NONE, "", Integer.MAX_VALUE);
    heldEnglish = SentenceVectors.embed(english, joinedTexts, maxRun, Progress.NONE, "", Integer.MAX_VALUE);
    summedArabic = SentenceVectors.embed(arabic, embedder, maxRun, Progress.NONE, "", 0);
    summedEnglish = SentenceVectors.embed(english, embedder, maxRun, Progress.NONE, "", 0);
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  void onlyTheSentencesAreHeldAndEveryRunIsTheJoinedTextsVectorToRounding() {
    assertThat(summedArabic.holdsRunsOf(1)).isTrue();
    assertThat(summedArabic.holdsRunsOf(2)).isFalse();
    assertThat(heldArabic.holdsRunsOf(2)).isTrue();
    // The sentences' vectors are those the aligner makes of the embedder's: scaled to unit length to the last bit.
    OverlapVectors heldRuns = OverlapEmbedding.of(heldArabic);
    for (int k = 0; k < arabic.size(); k++) {
      assertThat(summedArabic.sentence(k)).isEqualTo(heldRuns.vector(k, 1));
    }
    double largest = 0;
    for (int length = 2; length <= heldArabic.maxRun(); length++) {
      for (int start = 0; start + length <= arabic.size(); start++) {
        float[] built = summedArabic.run(start, length);
        float[] embedded = heldArabic.run(start, length);
        for (int d = 0; d < embedded.length; d++) {
          largest = Math.max(largest, Math.abs(built[d] - embedded[d]));
        }
      }
    }
    assertThat(largest).as("largest difference of an element").isLessThan(1e-5).isGreaterThan(0);
    OverlapVectors summed = OverlapEmbedding.of(summedArabic);
    OverlapVectors block = summed.holding(500, 800);
    assertThat(block.vector(500, 3)).isEqualTo(summed.vector(500, 3));
    assertThat(block.vector(10, 2)).as("outside the block").isEqualTo(summed.vector(10, 2));
    assertThat(summed.vectors(2, 40, 50)[3]).isEqualTo(summed.vector(43, 2));
  }

  @Test
  void aShortDocumentHoldsItsRunsSummedNotEmbedded() {
    SentenceVectors shortDocument =
        SentenceVectors.embed(arabic, embedder, summedArabic.maxRun(), Progress.NONE, "", Integer.MAX_VALUE);
    assertThat(shortDocument.holdsRunsOf(2)).isTrue();
    assertThat(shortDocument.holdsRunsOf(3)).isTrue();
    for (int length = 1; length <= shortDocument.maxRun(); length++) {
      for (int start = 0; start + length <= arabic.size(); start += 97) {
        assertThat(shortDocument.run(start, length)).as("run of %d from %d", length, start)
            .isEqualTo(summedArabic.run(start, length));
      }
    }
    List<String> edited = new ArrayList<>(arabic);
    edited.set(10, "جملة جديدة تماما.");
    SentenceVectors replaced = shortDocument.replaced(10, arabic.size() - 11, edited, embedder);
    assertThat(replaced.holdsRunsOf(3)).as("an edit keeps the runs held").isTrue();
    assertThat(replaced.run(9, 3)).isEqualTo(
        SentenceVectors.embed(edited, embedder, shortDocument.maxRun(), Progress.NONE, "", 0).run(9, 3));
  }

  @Test
  void theBandWorksOutARunsDotProductFromItsSentencesToRounding() {
    int[] arabicChars = arabic.stream().mapToInt(String::length).toArray();
    int[] englishChars = english.stream().mapToInt(String::length).toArray();
    AlignerParams params = AlignerParams.defaults();
    LinkCosts costs = new LinkCosts(new AlignmentLevel(OverlapEmbedding.of(summedArabic),
        OverlapEmbedding.of(summedEnglish), arabicChars, englishChars), 3, 3, params);
    assertThat(costs.sentenceDots(0, 1, s -> 0, s -> 1)).isNotNull();
    // Source sentences 600-620, each with the target sentences 590-640; links of every shape inside them.
    SentenceDots dots = costs.sentenceDots(600, 620, s -> 590, s -> 640);
    double[] fromRuns = new double[50];
    double[] fromSentences = new double[50];
    double largest = 0;
    for (int a = 1; a <= 3; a++) {
      for (int b = 1; b <= 3; b++) {
        for (int i = 600; i + a <= 620; i++) {
          costs.costs(i, a, 590, 640 - b + 1, b, fromRuns, null);
          costs.costs(i, a, 590, 640 - b + 1, b, fromSentences, dots);
          for (int k = 0; k < 640 - b + 1 - 590; k++) {
            if (a == 1 && b == 1) {
              assertThat(fromSentences[k]).as("1-1 link %d-%d", i, 590 + k).isEqualTo(fromRuns[k]);
            }
            largest = Math.max(largest, Math.abs(fromSentences[k] - fromRuns[k]));
          }
        }
      }
    }
    assertThat(largest).as("largest difference of a cost").isLessThan(1e-5);
    // What pairing a run with a random sentence costs, worked out from the sentences (the normalisation of every cost):
    // the same to rounding as from the runs' own vectors.
    LinkCosts fromVectors = new LinkCosts(new AlignmentLevel(withoutSums(OverlapEmbedding.of(summedArabic)),
        withoutSums(OverlapEmbedding.of(summedEnglish)), arabicChars, englishChars), 3, 3, params);
    assertThat(costs.skipPenalty()).isCloseTo(fromVectors.skipPenalty(), within(1e-6));
    for (int a = 1; a <= 3; a++) {
      for (int b = 1; b <= 3; b++) {
        assertThat(costs.cost(700, a, 710, b)).isCloseTo(fromVectors.cost(700, a, 710, b), within(1e-5));
      }
    }
    // Joined texts embedded are not sums of their sentences' vectors: their costs come from the runs' own vectors.
    LinkCosts embedded = new LinkCosts(new AlignmentLevel(OverlapEmbedding.of(heldArabic),
        OverlapEmbedding.of(heldEnglish), arabicChars, englishChars), 3, 3, params);
    assertThat(embedded.sentenceDots(0, 1, s -> 0, s -> 1)).isNull();
  }

  @Test
  void theLinksAreThoseOfTheHeldRunsAndTheirScoresToRounding() {
    Aligner aligner = new Aligner(AlignerParams.defaults());
    int[] arabicChars = arabic.stream().mapToInt(String::length).toArray();
    int[] englishChars = english.stream().mapToInt(String::length).toArray();
    OverlapVectors heldSource = OverlapEmbedding.of(heldArabic);
    OverlapVectors heldTarget = OverlapEmbedding.of(heldEnglish);
    OverlapVectors summedSource = OverlapEmbedding.of(summedArabic);
    OverlapVectors summedTarget = OverlapEmbedding.of(summedEnglish);

    List<Link> links = aligner.align(summedSource, summedTarget, arabicChars, englishChars);

    List<Link> fromHeld = aligner.align(heldSource, heldTarget, arabicChars, englishChars);
    assertSameLinks(links, fromHeld);
    assertThat(links).anyMatch(link -> link.source().size() > 1 || link.target().size() > 1);
    // A second look with evidence against every 1-1 link searches the stretches again, a window at a time.
    LinkEvidence doubtsOneToOne = (i, a, j, b) -> a == 1 && b == 1 ? 0.3 : 0;
    List<Link> reconsidered = aligner.reconsider(links, summedSource, summedTarget, arabicChars, englishChars,
        doubtsOneToOne);
    assertSameLinks(reconsidered,
        aligner.reconsider(fromHeld, heldSource, heldTarget, arabicChars, englishChars, doubtsOneToOne));
    assertThat(reconsidered).isNotEqualTo(links);
  }

  @Test
  void anEditEmbedsTheNewSentencesAloneAndTheRunsStaySummed() {
    List<String> edited = new ArrayList<>(arabic);
    edited.set(700, "جملة جديدة تماما.");
    edited.add(701, "وجملة أخرى أضيفت.");
    SentenceVectors replaced = summedArabic.replaced(700, arabic.size() - 701, edited, embedder);
    SentenceVectors embedded = SentenceVectors.embed(edited, embedder, summedArabic.maxRun(), Progress.NONE, "", 0);
    assertThat(replaced.holdsRunsOf(2)).isFalse();
    assertThat(replaced.sentences()).isDeepEqualTo(embedded.sentences());
    for (int start = 695; start < 705; start++) {
      assertThat(replaced.run(start, 3)).as("run of 3 from %d", start).isEqualTo(embedded.run(start, 3));
    }
  }

  @Test
  void aCoarseLevelBuiltWhenAskedHasTheHeldLevelsVectorsToTheLastBit() {
    int[] arabicChars = arabic.stream().mapToInt(String::length).toArray();
    int[] englishChars = english.stream().mapToInt(String::length).toArray();
    AlignmentLevel document = new AlignmentLevel(OverlapEmbedding.of(summedArabic), OverlapEmbedding.of(summedEnglish),
        arabicChars, englishChars);
    AlignmentLevel held = document.downsampled();
    AlignmentLevel asked = document.downsampledWhenAsked();
    assertThat(asked.sourceCount()).isEqualTo(held.sourceCount()).isEqualTo((arabic.size() + 1) / 2);
    assertThat(asked.sourceChars()).isEqualTo(held.sourceChars());
    int count = held.sourceCount();
    assertThat(asked.source().vectors(1, 0, count)).isDeepEqualTo(held.source().vectors(1, 0, count));
    assertThat(asked.target().vector(count / 2, 1)).isEqualTo(held.target().vector(count / 2, 1));
    OverlapVectors block = asked.source().holding(100, 300);
    assertThat(block.vector(250, 1)).isEqualTo(held.source().vector(250, 1));
    assertThat(block.vector(5, 1)).as("outside the block").isEqualTo(held.source().vector(5, 1));
    // The next coarsening of either is the same too, held or built when asked from one built when asked.
    float[][] next = held.downsampled().source().vectors(1, 0, (count + 1) / 2);
    assertThat(asked.downsampled().source().vectors(1, 0, (count + 1) / 2)).isDeepEqualTo(next);
    assertThat(asked.downsampledWhenAsked().source().vectors(1, 0, (count + 1) / 2)).isDeepEqualTo(next);
    assertThat(asked.downsampledWhenAsked().target().holding(40, 90).vector(60, 1))
        .isEqualTo(held.downsampled().target().vector(60, 1));
  }

  @Test
  void onlyALongDocumentsFirstCoarseningIsBuiltWhenAskedTheCoarserOnesAreHeld() {
    // Long enough that the first coarsening is long too: its own coarsening is held all the same.
    int sentences = 2 * SentenceVectors.HOLD_EVERY_RUN_UP_TO + 2;
    java.util.Random random = new java.util.Random(3);
    float[][] vectors = new float[sentences][8];
    for (float[] vector : vectors) {
      for (int d = 0; d < vector.length; d++) {
        vector[d] = (float) random.nextGaussian();
      }
      org.qantara.core.embed.Vectors.scaleToUnit(vector);
    }
    int[] chars = new int[sentences];
    java.util.Arrays.fill(chars, 40);
    OverlapVectors side = OverlapEmbedding.ofUnitVectors(vectors, 8);
    AlignmentLevel document = new AlignmentLevel(side, side, chars, chars);
    Class<?> builtWhenAsked = document.downsampledWhenAsked().source().getClass();
    Class<?> held = document.downsampled().source().getClass();
    assertThat(builtWhenAsked).isNotEqualTo(held);

    AlignmentLevel first = document.coarser();
    AlignmentLevel second = first.coarser();
    assertThat(first.source().getClass()).isEqualTo(builtWhenAsked);
    assertThat(second.source().getClass()).isEqualTo(held);
    assertThat(second.coarser().source().getClass()).isEqualTo(held);
    int count = second.sourceCount();
    assertThat(second.source().vectors(1, 0, count))
        .isDeepEqualTo(document.downsampled().downsampled().source().vectors(1, 0, count));
    // A short document's coarsenings are all held.
    AlignmentLevel shortDocument = new AlignmentLevel(OverlapEmbedding.of(summedArabic),
        OverlapEmbedding.of(summedEnglish), arabic.stream().mapToInt(String::length).toArray(),
        english.stream().mapToInt(String::length).toArray());
    assertThat(shortDocument.coarser().source().getClass()).isEqualTo(held);
  }

  /** The side's runs as vectors alone: their costs worked out from them, not from their sentences. */
  private static OverlapVectors withoutSums(OverlapVectors side) {
    return new OverlapVectors() {
      @Override
      public int sentenceCount() {
        return side.sentenceCount();
      }

      @Override
      public int maxOverlap() {
        return side.maxOverlap();
      }

      @Override
      public int dimension() {
        return side.dimension();
      }

      @Override
      public float[] vector(int start, int length) {
        return side.vector(start, length);
      }
    };
  }

  private static void assertSameLinks(List<Link> links, List<Link> expected) {
    assertThat(links).hasSameSizeAs(expected);
    for (int k = 0; k < links.size(); k++) {
      assertThat(links.get(k).source()).isEqualTo(expected.get(k).source());
      assertThat(links.get(k).target()).isEqualTo(expected.get(k).target());
      assertThat(links.get(k).score()).as("score of link %d", k).isCloseTo(expected.get(k).score(), within(1e-5));
    }
  }
}
