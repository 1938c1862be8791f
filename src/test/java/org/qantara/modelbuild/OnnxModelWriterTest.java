package org.qantara.modelbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.huggingface.translator.TextEmbeddingTranslatorFactory;
import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxModelWriterTest {

  private static final float[][] TABLE = {{0, 0, 0}, {1, 2, 3}, {-4, 5, 0.5f}, {7, -8, 9}};

  @Test
  void denseGraphGathersTheRowsOfTheGivenIds() throws Exception {
    byte[] model = OnnxModelWriter.toBytes(StaticEmbeddingGraph.dense(TABLE), "test");

    float[][][] out = run(model, new long[][] {{3, 1, 0}, {2, 2, 1}});

    assertThat(out[0]).isDeepEqualTo(new float[][] {TABLE[3], TABLE[1], TABLE[0]});
    assertThat(out[1]).isDeepEqualTo(new float[][] {TABLE[2], TABLE[2], TABLE[1]});
  }

  @Test
  void quantizedGraphSharesRowsAndAppliesPerTokenScales() throws Exception {
    byte[] rows = {10, 20, -30, /* row 1 */ 1, -1, 127};
    int[] tokenRow = {0, 0, 1, 1};
    float[] tokenScale = {0f, 0.5f, 2f, -1f};
    byte[] model = OnnxModelWriter.toBytes(StaticEmbeddingGraph.quantized(tokenRow, tokenScale, rows, 3), "test");

    float[][][] out = run(model, new long[][] {{1, 2, 3, 0}});

    assertThat(out[0]).isDeepEqualTo(new float[][] {{5, 10, -15}, {2, -2, 254}, {-1, 1, -127}, {0, 0, 0}});
  }

  @Test
  void sameGraphGivesTheSameBytes() {
    byte[] first = OnnxModelWriter.toBytes(StaticEmbeddingGraph.dense(TABLE), "test");
    byte[] second = OnnxModelWriter.toBytes(StaticEmbeddingGraph.dense(TABLE), "test");
    assertThat(first).isEqualTo(second);
  }

  @Test
  void djlTextEmbeddingPathPoolsTheWrittenModel(@TempDir Path dir) throws Exception {
    OnnxModelWriter.write(StaticEmbeddingGraph.dense(TABLE), "test", dir.resolve("model.onnx"));
    Files.writeString(dir.resolve("tokenizer.json"), """
        {"version": "1.0", "truncation": null, "padding": null, "added_tokens": [],
         "normalizer": {"type": "Lowercase"}, "pre_tokenizer": {"type": "Whitespace"},
         "post_processor": null, "decoder": null,
         "model": {"type": "WordLevel", "vocab": {"[UNK]": 0, "one": 1, "two": 2, "three": 3},
                   "unk_token": "[UNK]"}}
        """);
    Criteria<String, float[]> criteria = Criteria.builder()
        .setTypes(String.class, float[].class)
        .optModelPath(dir)
        .optEngine("OnnxRuntime")
        .optTranslatorFactory(new TextEmbeddingTranslatorFactory())
        .build();
    try (ZooModel<String, float[]> model = criteria.loadModel();
        Predictor<String, float[]> predictor = model.newPredictor()) {
      float[] vector = predictor.predict("One THREE");

      float[] sum = {TABLE[1][0] + TABLE[3][0], TABLE[1][1] + TABLE[3][1], TABLE[1][2] + TABLE[3][2]};
      double norm = Math.sqrt(sum[0] * sum[0] + sum[1] * sum[1] + sum[2] * sum[2]);
      assertThat(vector).hasSize(3);
      for (int i = 0; i < 3; i++) {
        assertThat((double) vector[i]).isCloseTo(sum[i] / norm, within(1e-5));
      }
    }
  }

  private static float[][][] run(byte[] model, long[][] ids) throws Exception {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    long[][] mask = new long[ids.length][ids[0].length];
    try (OrtSession session = env.createSession(model, new OrtSession.SessionOptions());
        OnnxTensor idTensor = OnnxTensor.createTensor(env, ids);
        OnnxTensor maskTensor = OnnxTensor.createTensor(env, mask);
        OrtSession.Result result = session.run(Map.of(
            StaticEmbeddingGraph.INPUT_IDS, idTensor, StaticEmbeddingGraph.ATTENTION_MASK, maskTensor))) {
      return (float[][][]) result.get(StaticEmbeddingGraph.OUTPUT).orElseThrow().getValue();
    }
  }
}
