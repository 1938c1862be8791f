package org.qantara.modelbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qantara.core.embed.DjlEmbedder;
import org.qantara.core.embed.ModelRecipe;
import org.qantara.core.embed.TokenVectors;
import org.qantara.eval.embed.RetrievalEvaluator;

/** The shipped model in models/builtin-ar-en, run through the same DJL path as every other model. */
class BuiltinModelTest {

  private static final Path MODEL_DIR = Path.of("models", BuiltinModelBuilder.MODEL_NAME);
  private static DjlEmbedder embedder;

  @BeforeAll
  static void open() {
    assumeTrue(Files.isRegularFile(MODEL_DIR.resolve(ModelRecipe.MODEL_FILE)),
        "the built-in model has not been built: run BuiltinModelBuilder (see models/builtin-ar-en/README.md)");
    embedder = DjlEmbedder.open(ModelRecipe.read(MODEL_DIR.resolve(ModelRecipe.FILE_NAME)), MODEL_DIR);
  }

  @AfterAll
  static void close() {
    if (embedder != null) {
      embedder.close();
    }
  }

  @Test
  void cliticFormsShareTheStemsVector() {
    float[][] v = embedder.embedSentences(List.of("معدات", "المعدات", "والمعدات"));
    assertThat(dot(v[0], v[1])).isGreaterThan(0.99);
    assertThat(dot(v[0], v[2])).isGreaterThan(0.99);
  }

  @Test
  void orthographicVariantsAndDigitsNormaliseAlike() {
    float[][] v = embedder.embedSentences(List.of("أمس", "امس", "٣", "3", "three"));
    assertThat(dot(v[0], v[1])).isGreaterThan(0.99);
    assertThat(dot(v[2], v[3])).isGreaterThan(0.99);
    assertThat(dot(v[3], v[4])).isGreaterThan(0.99);
  }

  @Test
  void numbersInEveryDigitScriptSplitAndEmbedAlike() {
    List<String> years = List.of("2026", "٢٠٢٦", "۲۰۲۶");
    List<TokenVectors> tokens = embedder.embedTokens(years);
    float[][] v = embedder.embedSentences(years);
    assertThat(tokens.get(1).tokens()).hasSameSizeAs(tokens.get(0).tokens());
    assertThat(tokens.get(2).tokens()).hasSameSizeAs(tokens.get(0).tokens());
    assertThat(dot(v[0], v[1])).isGreaterThan(0.999);
    assertThat(dot(v[0], v[2])).isGreaterThan(0.999);
    assertThat(dot(v[0], embedder.embedSentences(List.of("1999"))[0])).isLessThan(0.9);
  }

  @Test
  void functionWordsAndSuffixesCarryNoWeight() {
    List<TokenVectors> tokens = embedder.embedTokens(List.of("the house of the"));
    float[][] vectors = tokens.get(0).vectors();
    assertThat(tokens.get(0).tokens()).extracting(TokenVectors.Token::piece).contains("the", "house", "of");
    assertThat(norm(vectors[0])).isZero();
    assertThat(norm(vectors[1])).isGreaterThan(0);
  }

  @Test
  void negationAndPronounsMatchAcrossScripts() {
    float[][] v = embedder.embedSentences(List.of("لم", "didn't", "not", "my", "أنا", "you"));
    assertThat(dot(v[0], v[1])).isGreaterThan(0.99);
    assertThat(dot(v[1], v[2])).isGreaterThan(0.99);
    assertThat(dot(v[3], v[4])).isGreaterThan(0.99);
    assertThat(dot(v[3], v[5])).isLessThan(0.5);
  }

  @Test
  void retrievesTatoebaTranslations() {
    RetrievalEvaluator.RetrievalScore score = RetrievalEvaluator.evaluate(embedder,
        Path.of("../shared/dev/tatoeba-ara-eng/dev.ar"), Path.of("../shared/dev/tatoeba-ara-eng/dev.en"));
    // Issue 14's target, 0.6 both ways, met since the model learns word translations from the Tatoeba training pairs
    // (61.8% / 60.4%; the dictionaries alone gave 52.8% / 52.2%). Tatoeba reads high once the model learns from it:
    // docs/QUALITY.md reports the real-text and seed 001 figures beside it.
    System.out.printf("Tatoeba dev top-1: ar->en %.1f%%, en->ar %.1f%%%n", 100 * score.arabicToEnglish(),
        100 * score.englishToArabic());
    assertThat(score.arabicToEnglish()).isGreaterThanOrEqualTo(0.6);
    assertThat(score.englishToArabic()).isGreaterThanOrEqualTo(0.6);
  }

  @Test
  void everyGoldLinkOfSeed001BeatsItsRowAndColumnAndAllNonGoldPairs() throws Exception {
    Seed001Margins margins = Seed001Margins.of(embedder);
    System.out.printf("seed-001: smallest margin of a 1-1 gold link over its row and column %.3f; lowest 1-1 gold"
        + " %.3f, highest non-gold %.3f%n", margins.smallestMargin(), margins.lowestGold(), margins.highestNonGold());
    assertThat(margins.smallestMargin()).isGreaterThan(0.05);
    // Not only per row and column: every 1-1 gold link is above every non-gold pair of the document.
    assertThat(margins.lowestGold()).isGreaterThan(margins.highestNonGold());
  }

  /**
   * Word-level evidence: for each hand-checked content word of seed 001, the best-matching token of the gold
   * English sentence(s) must be one of its acceptable translations, for at least 0.85 of them (issue 14's target;
   * 38 of 44 since the name buckets). Prints the share found.
   */
  @Test
  void contentWordsFindTheirTranslationAmongTheEnglishTokens() throws Exception {
    Seed001ContentWords words = Seed001ContentWords.of(embedder);
    System.out.printf("seed-001 content words matched to a correct English token: %d/%d = %.2f; missed: %s%n",
        words.found(), words.total(), words.share(), words.missed());
    assertThat(words.share()).isGreaterThanOrEqualTo(0.85);
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double norm(float[] v) {
    return Math.sqrt(dot(v, v));
  }
}
