package org.qantara.core.embed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.qantara.core.embed.ModelRecipe.ModelFile;
import org.qantara.core.embed.ModelRecipe.Pooling;
import org.qantara.modelbuild.OnnxModelWriter;
import org.qantara.modelbuild.StaticEmbeddingGraph;

/**
 * A four-dimensional static embedding model with a WordLevel tokenizer that wraps texts in [CLS] … [SEP]:
 * Arabic and English words for the same thing get nearby vectors, so similarity checks mean something.
 */
final class TinyModel {
  static final String[] VOCAB = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "cat", "قطة", "dog", "كلب", "house", "بيت"};

  static final float[][] TABLE = {
      {0, 0, 0, 0}, {0.1f, 0.1f, 0.1f, 0.1f}, {0, 0, 0, 0}, {0, 0, 0, 0},
      {1, 0, 0, 0}, {0.9f, 0.1f, 0, 0},
      {0, 1, 0, 0}, {0.1f, 0.9f, 0, 0},
      {0, 0, 1, 0}, {0, 0.1f, 0.9f, 0}};

  static final String TOKENIZER_JSON = """
      {"version": "1.0", "truncation": null, "padding": null,
       "added_tokens": [
         {"id": 0, "content": "[PAD]", "single_word": false, "lstrip": false, "rstrip": false, "normalized": false, "special": true},
         {"id": 1, "content": "[UNK]", "single_word": false, "lstrip": false, "rstrip": false, "normalized": false, "special": true},
         {"id": 2, "content": "[CLS]", "single_word": false, "lstrip": false, "rstrip": false, "normalized": false, "special": true},
         {"id": 3, "content": "[SEP]", "single_word": false, "lstrip": false, "rstrip": false, "normalized": false, "special": true}],
       "normalizer": {"type": "Lowercase"},
       "pre_tokenizer": {"type": "Whitespace"},
       "post_processor": {"type": "TemplateProcessing",
         "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                    {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
         "pair": [{"Sequence": {"id": "A", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}}],
         "special_tokens": {"[CLS]": {"id": "[CLS]", "ids": [2], "tokens": ["[CLS]"]},
                            "[SEP]": {"id": "[SEP]", "ids": [3], "tokens": ["[SEP]"]}}},
       "decoder": null,
       "model": {"type": "WordLevel",
                 "vocab": {"[PAD]": 0, "[UNK]": 1, "[CLS]": 2, "[SEP]": 3, "cat": 4, "قطة": 5, "dog": 6, "كلب": 7,
                           "house": 8, "بيت": 9},
                 "unk_token": "[UNK]"}}
      """;

  private TinyModel() {}

  static byte[] onnxBytes() {
    return OnnxModelWriter.toBytes(StaticEmbeddingGraph.dense(TABLE), "qantara-test");
  }

  static byte[] tokenizerBytes() {
    return TOKENIZER_JSON.getBytes(StandardCharsets.UTF_8);
  }

  /** Writes model.onnx and tokenizer.json into {@code dir} and returns a built-in style recipe for them. */
  static ModelRecipe writeTo(Path dir, Pooling pooling) {
    try {
      Files.createDirectories(dir);
      Files.write(dir.resolve(ModelRecipe.MODEL_FILE), onnxBytes());
      Files.write(dir.resolve(ModelRecipe.TOKENIZER_FILE), tokenizerBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ModelRecipe.builtin("tiny", "test model", List.of(
            ModelFile.describe(dir.resolve(ModelRecipe.MODEL_FILE)),
            ModelFile.describe(dir.resolve(ModelRecipe.TOKENIZER_FILE))),
        pooling, true, 16, "CC0-1.0");
  }

  static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return dot / Math.sqrt(na * nb);
  }
}
