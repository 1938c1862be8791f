package org.qantara.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in model run in Java (its table read from model.onnx, its tokenizer.json run by
 * {@link WordPieceTokenizer}) against the same model run by the Hugging Face tokenizer and ONNX Runtime: the
 * same vectors bit for bit, and the same tokens and spans, on every sentence of the Tatoeba training and
 * development sets, the sample articles and the real-text extracts, joined runs of them, and texts made to hit
 * the corners of normalisation and tokenisation.
 */
class StaticModelTest {
  private static final Path MODEL_DIR = Path.of("models", "builtin-ar-en");
  private static DjlEmbedder inJava;
  private static DjlEmbedder engines;

  @BeforeAll
  static void open() {
    assumeTrue(Files.isRegularFile(MODEL_DIR.resolve(ModelRecipe.MODEL_FILE)), "the built-in model is not built");
    ModelRecipe recipe = ModelRecipe.read(MODEL_DIR.resolve(ModelRecipe.FILE_NAME));
    inJava = DjlEmbedder.open(recipe, MODEL_DIR, 2);
    engines = DjlEmbedder.openInEngines(recipe, MODEL_DIR, 2);
  }

  @AfterAll
  static void close() {
    if (inJava != null) {
      inJava.close();
      engines.close();
    }
  }

  @Test
  void theBuiltInModelRunsInJava() {
    assertThat(inJava.runsInJava()).isTrue();
    assertThat(engines.runsInJava()).isFalse();
    assertThat(inJava.modelId()).isEqualTo(engines.modelId());
    assertThat(inJava.dimension()).isEqualTo(engines.dimension());
  }

  @Test
  void sentenceVectorsAreBitForBitThoseOfOnnxRuntime() throws IOException {
    List<String> texts = realTexts();
    float[][] expected = engines.embedSentences(texts);
    float[][] actual = inJava.embedSentences(texts);
    assertThat(texts).hasSizeGreaterThan(25_000);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(actual[i]).as(texts.get(i)).isEqualTo(expected[i]);
    }
  }

  @Test
  void tokensSpansAndTokenVectorsAreThoseOfTheRustTokenizer() throws IOException {
    List<String> texts = realTexts().subList(0, 20_000);
    texts = new ArrayList<>(texts);
    texts.addAll(corners());
    List<TokenVectors> expected = engines.embedTokens(texts);
    List<TokenVectors> actual = inJava.embedTokens(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(actual.get(i).tokens()).as(texts.get(i)).isEqualTo(expected.get(i).tokens());
      assertThat(actual.get(i).vectors()).as(texts.get(i)).isDeepEqualTo(expected.get(i).vectors());
    }
  }

  @Test
  void cornersOfNormalisationAndTokenisation() {
    List<String> texts = corners();
    float[][] expected = engines.embedSentences(texts);
    float[][] actual = inJava.embedSentences(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(actual[i]).as(texts.get(i)).isEqualTo(expected[i]);
    }
  }

  @Test
  void theVocabularyReadBackFromItsCacheGivesTheSameTokensAndADamagedCacheIsParsedAgain(@TempDir Path dir)
      throws IOException {
    Path file = MODEL_DIR.resolve(ModelRecipe.TOKENIZER_FILE);
    int maxTokens = inJava.recipe().maxTokens();
    Path cache = dir.resolve("tokenizer.vocabulary");
    WordPieceTokenizer parsed = WordPieceTokenizer.read(file, maxTokens, null);
    WordPieceTokenizer written = WordPieceTokenizer.read(file, maxTokens, cache);
    byte[] kept = Files.readAllBytes(cache);
    WordPieceTokenizer readBack = WordPieceTokenizer.read(file, maxTokens, cache);
    byte[] damaged = kept.clone();
    damaged[damaged.length / 2] ^= 1;
    Files.write(cache, damaged);
    WordPieceTokenizer afterDamage = WordPieceTokenizer.read(file, maxTokens, cache);
    assertThat(Files.readAllBytes(cache)).as("the damaged cache is written afresh").isEqualTo(kept);
    // The hash table is as large as its entries ask (slot ints: the power of two at or over four an entry), not as
    // the file's size guessed: the built-in model's file once guessed a table twice that (26 MB of cache, not 17).
    long keyBytes = 0;
    int entries = 0;
    for (var tokens = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile()).path("model").path("vocab")
        .fieldNames(); tokens.hasNext(); entries++) {
      keyBytes += tokens.next().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
    long slotInts = Integer.highestOneBit(4 * entries - 1) << 1;
    long vocabularyBytes = 16 + keyBytes + 8L * entries + 4 * slotInts + 4L * (parsed.maxId() + 1);
    assertThat((long) kept.length).as("the cache's size: the vocabulary's keys, entries, slots and ids, and a header")
        .isBetween(vocabularyBytes, vocabularyBytes + 4096);

    List<String> texts = new ArrayList<>(realTexts().subList(0, 20_000));
    texts.addAll(corners());
    for (WordPieceTokenizer tokenizer : List.of(written, readBack, afterDamage)) {
      assertThat(tokenizer.maxId()).isEqualTo(parsed.maxId());
      for (String text : texts) {
        assertThat(tokenizer.ids(text)).as(text).isEqualTo(parsed.ids(text));
        WordPieceTokenizer.Pieces expected = parsed.pieces(text);
        WordPieceTokenizer.Pieces actual = tokenizer.pieces(text);
        assertThat(actual == null).as(text).isEqualTo(expected == null);
        if (expected != null) {
          assertThat(actual.pieces()).as(text).isEqualTo(expected.pieces());
          assertThat(actual.starts()).as(text).isEqualTo(expected.starts());
          assertThat(actual.ends()).as(text).isEqualTo(expected.ends());
        }
      }
    }
  }

  /** Every line of the shared Tatoeba sets, the sample articles and the real-text extracts, and runs of them. */
  private static List<String> realTexts() throws IOException {
    List<Path> files = new ArrayList<>(List.of(
        Path.of("../shared/train/tatoeba-ara-eng/train.ar"), Path.of("../shared/train/tatoeba-ara-eng/train.en"),
        Path.of("../shared/dev/tatoeba-ara-eng/dev.ar"), Path.of("../shared/dev/tatoeba-ara-eng/dev.en")));
    try (Stream<Path> corpora = Files.walk(Path.of("corpora"))) {
      corpora.filter(p -> p.toString().matches(".*\\.(txt|ar|en)$")).sorted().forEach(files::add);
    }
    List<String> texts = new ArrayList<>();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        continue;
      }
      List<String> lines = Files.readAllLines(file);
      texts.addAll(lines);
      for (int i = 0; i + 4 <= lines.size(); i += 97) {
        texts.add(String.join(" ", lines.subList(i, i + 4)));
      }
    }
    return texts;
  }

  /** Texts made for the corners: Unicode forms, case, spaces, punctuation, unknown and long words, truncation. */
  private static List<String> corners() {
    List<String> texts = new ArrayList<>(List.of(
        "", " ", "\t\n", "İstanbul", "ΣΟΦΟΣ ΟΔΥΣΣΕΥΣ", "Straße", "ﻻ ﷺ ﷽", "e\u0301te\u0301 café", "ﬁne ﬂour",
        "١٢٣ ۴۵۶ 789", "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ", "ذَٰلِكَ ٱلْكِتَٰبُ", "قِطَّةً", "ا\u0654حمد",
        "مـــرحـــبـــا", "“quoted” «مقتبس» — dash… ¿qué? ¡sí!", "a\u00A0b\u2009c\u3000d\u200Be\uFEFFf",
        "emoji 😀 here 👍🏽", "tab\tand\u000Bvertical", "$5 + 3 = 8 ^ ~ | ` < >", "x".repeat(101),
        "ب".repeat(150), "[UNK] is special [PAD]", "Ⅻ ㎏ ½ ² ℃", "\uD835\uDC00\uD835\uDC01 math bold",
        "lone \uD800 surrogate", "ǅ ǈ ǋ", "ﮐﺘﺎﺏ ﺍﻟﻌﺮﺑﻴﺔ", "Ꭰ ꭰ", "I'm we've don't", "nul\u0000char",
        // Name candidates (NameKeys): shown in lower case alone, capitalised elsewhere in the text, capitalised only
        // after the normaliser changed them, in capitals, glued to the article.
        "it was revealed today", "Revealed: what was revealed", "putin and Putin", "PUTIN", "Tártus and tártus",
        "مطار القامشلي وPutin"));
    texts.add(String.join(" ", java.util.Collections.nCopies(300, "word")));
    texts.add(String.join(" ", java.util.Collections.nCopies(200, "the cat, sat.")));
    return texts;
  }
}
