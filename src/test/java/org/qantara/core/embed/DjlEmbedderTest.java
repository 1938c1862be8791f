package org.qantara.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.Problem;
import org.qantara.core.QantaraException;
import org.qantara.core.embed.ModelRecipe.Activation;
import org.qantara.core.embed.ModelRecipe.DenseLayerSpec;
import org.qantara.core.embed.ModelRecipe.Pooling;

class DjlEmbedderTest {

  @TempDir Path dir;

  @Test
  void meanPoolingGivesUnitVectorsThatPutTranslationsClose() {
    ModelRecipe recipe = TinyModel.writeTo(dir, Pooling.MEAN);
    try (DjlEmbedder embedder = DjlEmbedder.open(recipe, dir, 2)) {
      float[][] v = embedder.embedSentences(List.of("cat house", "قطة بيت", "كلب"));

      assertThat(embedder.dimension()).isEqualTo(4);
      assertThat(embedder.modelId()).startsWith("tiny@").hasSize("tiny@".length() + 12);
      for (float[] vector : v) {
        assertThat(norm(vector)).isCloseTo(1.0, within(1e-5));
      }
      // CLS and SEP have zero rows, so the mean is the direction of cat + house.
      assertThat(v[0]).containsExactly(new float[] {(float) Math.sqrt(0.5), 0, (float) Math.sqrt(0.5), 0},
          within(1e-5f));
      assertThat(TinyModel.cosine(v[0], v[1])).isGreaterThan(0.95).isGreaterThan(TinyModel.cosine(v[0], v[2]));
    }
  }

  @Test
  void tokenSpansPointIntoTheOriginalTextAndSkipSpecialTokens() {
    ModelRecipe recipe = TinyModel.writeTo(dir, Pooling.MEAN);
    String arabic = "القطة قطة  في البيت";
    String withEmoji = "😀 Cat dog";
    try (DjlEmbedder embedder = DjlEmbedder.open(recipe, dir, 1)) {
      List<TokenVectors> tokens = embedder.embedTokens(List.of(arabic, withEmoji));

      TokenVectors ar = tokens.get(0);
      assertThat(ar.text()).isEqualTo(arabic);
      // Pieces are what the model saw (unknown words are [UNK]); spans recover the words themselves.
      assertThat(ar.tokens()).extracting(TokenVectors.Token::piece).containsExactly("[UNK]", "قطة", "[UNK]", "[UNK]");
      assertThat(ar.tokens()).extracting(t -> arabic.substring(t.start(), t.end()))
          .containsExactly("القطة", "قطة", "في", "البيت");
      assertThat(ar.vectors()[1]).containsExactly(TinyModel.TABLE[5]);
      assertThat(ar.vectors()[0]).containsExactly(TinyModel.TABLE[1]); // unknown word

      TokenVectors en = tokens.get(1);
      assertThat(en.tokens()).extracting(t -> withEmoji.substring(t.start(), t.end()))
          .containsExactly("😀", "Cat", "dog");
      assertThat(en.tokens().get(1).piece()).isEqualTo("cat");
    }
  }

  @Test
  void spansCoverTheDiacriticsANormalizerStripped() throws IOException {
    ModelRecipe recipe = TinyModel.writeTo(dir, Pooling.MEAN);
    Files.writeString(dir.resolve(ModelRecipe.TOKENIZER_FILE), TinyModel.TOKENIZER_JSON.replace(
        "\"normalizer\": {\"type\": \"Lowercase\"}",
        "\"normalizer\": {\"type\": \"Sequence\", \"normalizers\": [{\"type\": \"Lowercase\"},"
            + " {\"type\": \"Replace\", \"pattern\": {\"Regex\": \"[\\u064B-\\u0652\\u0640]\"}, \"content\": \"\"}]}"));
    String voweled = "رأيتُ قِطَّةً وكلبًا";
    try (DjlEmbedder embedder = DjlEmbedder.open(recipe, dir, 1)) {
      TokenVectors t = embedder.embedTokens(List.of(voweled)).get(0);

      assertThat(t.tokens()).extracting(TokenVectors.Token::piece).containsExactly("[UNK]", "قطة", "[UNK]");
      assertThat(t.tokens()).extracting(token -> voweled.substring(token.start(), token.end()))
          .containsExactly("رأيتُ", "قِطَّةً", "وكلبًا");
      assertThat(t.vectors()[1]).containsExactly(TinyModel.TABLE[5]);
    }
  }

  @Test
  void manyTextsOfMixedLengthComeBackInOrderAndMatchOneByOne() {
    ModelRecipe recipe = TinyModel.writeTo(dir, Pooling.MEAN);
    String[] words = {"cat", "قطة", "dog", "كلب", "house", "بيت"};
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w <= i % 7; w++) {
        text.append(words[(i + w * 5) % words.length]).append(' ');
      }
      texts.add(text.toString().strip());
    }
    try (DjlEmbedder batched = DjlEmbedder.open(recipe, dir, 2);
        DjlEmbedder single = DjlEmbedder.open(recipe.withFiles(recipe.files()), dir, 1)) {
      float[][] all = batched.embedSentences(texts);
      assertThat(all.length).isEqualTo(texts.size());
      for (int i = 0; i < texts.size(); i += 13) {
        float[] alone = single.embedSentences(List.of(texts.get(i)))[0];
        assertThat(all[i]).containsExactly(alone, within(1e-5f));
      }
    }
  }

  @Test
  void repeatedTextsAreServedFromTheCacheAndCallersCannotSpoilIt() {
    ModelRecipe recipe = TinyModel.writeTo(dir, Pooling.MEAN);
    try (DjlEmbedder embedder = DjlEmbedder.open(recipe, dir, 1)) {
      float[] first = embedder.embedSentences(List.of("dog house"))[0];
      float[] expected = first.clone();
      java.util.Arrays.fill(first, 42f);

      float[][] again = embedder.embedSentences(List.of("dog house", "cat", "dog house"));
      assertThat(again[0]).containsExactly(expected);
      assertThat(again[2]).containsExactly(expected);
    }
  }

  @Test
  void truncatesToMaxTokens() {
    TinyModel.writeTo(dir, Pooling.MEAN);
    ModelRecipe shortRecipe = new ModelRecipe("tiny", "", null, null,
        TinyModel.writeTo(dir, Pooling.MEAN).files(), Pooling.MEAN, null, true, 4, "CC0-1.0", 0, true, null);
    try (DjlEmbedder embedder = DjlEmbedder.open(shortRecipe, dir, 1)) {
      TokenVectors t = embedder.embedTokens(List.of("cat dog house bit")).get(0);
      // [CLS] cat dog [SEP]: four tokens in all, two of them text.
      assertThat(t.tokens()).extracting(TokenVectors.Token::piece).containsExactly("cat", "dog");
    }
  }

  @Test
  void clsPoolingThenDenseLayerThenNormalisation() throws IOException {
    ModelRecipe base = TinyModel.writeTo(dir, Pooling.CLS);
    // Swap dimensions 0 and 1 and add a bias on dimension 3, through tanh.
    float[][] weight = {{0, 1, 0, 0}, {1, 0, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}};
    float[] bias = {0, 0, 0, 0.5f};
    writeSafetensors(dir.resolve("dense.safetensors"), weight, bias);
    ModelRecipe recipe = new ModelRecipe("tiny-dense", "", null, null, base.files(), Pooling.CLS,
        new DenseLayerSpec("dense.safetensors", Activation.TANH), true, 16, "CC0-1.0", 0, true, "cat ");
    try (DjlEmbedder embedder = DjlEmbedder.open(recipe, dir, 1)) {
      // The prefix "cat " makes the first text token "cat", but CLS pooling takes the [CLS] row: zeros.
      float[] v = embedder.embedSentences(List.of("dog"))[0];
      assertThat(v).containsExactly(new float[] {0, 0, 0, 1}, within(1e-6f));
      // The prefix is not part of the returned tokens.
      TokenVectors t = embedder.embedTokens(List.of("dog")).get(0);
      assertThat(t.tokens()).containsExactly(new TokenVectors.Token("dog", 0, 3));
    }
  }

  @Test
  void corruptOnnxFileIsReportedWithTheFileAndTheFix() throws IOException {
    ModelRecipe recipe = TinyModel.writeTo(dir, Pooling.MEAN);
    Files.write(dir.resolve(ModelRecipe.MODEL_FILE), "not a protobuf at all".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> DjlEmbedder.open(recipe, dir, 1))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining(dir.resolve(ModelRecipe.MODEL_FILE).toString())
        .satisfies(e -> assertThat(((QantaraException) e).problem())
            .isInstanceOfSatisfying(Problem.ModelCorrupt.class, p -> assertThat(p.model()).isEqualTo("tiny")));
  }

  @Test
  void missingTokenizerIsReportedWithTheFix() throws IOException {
    ModelRecipe recipe = TinyModel.writeTo(dir, Pooling.MEAN);
    Files.delete(dir.resolve(ModelRecipe.TOKENIZER_FILE));

    assertThatThrownBy(() -> DjlEmbedder.open(recipe, dir, 1))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("tokenizer.json")
        .satisfies(e -> assertThat(((QantaraException) e).problem())
            .isEqualTo(new Problem.ModelMissing("tiny", true, dir, ModelRecipe.TOKENIZER_FILE)));
  }

  private static double norm(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    return Math.sqrt(s);
  }

  /** The safetensors layout sentence-transformers writes for 2_Dense. */
  static void writeSafetensors(Path file, float[][] weight, float[] bias) throws IOException {
    int out = weight.length;
    int in = weight[0].length;
    long weightBytes = 4L * out * in;
    String header = "{\"linear.weight\":{\"dtype\":\"F32\",\"shape\":[" + out + "," + in + "],\"data_offsets\":[0,"
        + weightBytes + "]},\"linear.bias\":{\"dtype\":\"F32\",\"shape\":[" + out + "],\"data_offsets\":["
        + weightBytes + "," + (weightBytes + 4L * out) + "]}}";
    byte[] headerBytes = header.getBytes(StandardCharsets.UTF_8);
    ByteBuffer buffer = ByteBuffer.allocate(8 + headerBytes.length + (int) weightBytes + 4 * out)
        .order(ByteOrder.LITTLE_ENDIAN);
    buffer.putLong(headerBytes.length).put(headerBytes);
    for (float[] row : weight) {
      for (float x : row) {
        buffer.putFloat(x);
      }
    }
    for (float b : bias) {
      buffer.putFloat(b);
    }
    Files.write(file, buffer.array());
  }
}
