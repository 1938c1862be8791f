package org.qantara.modelbuild;

import java.util.List;
import java.util.Map;
import org.qantara.modelbuild.OnnxModelWriter.Dim;
import org.qantara.modelbuild.OnnxModelWriter.ElementType;
import org.qantara.modelbuild.OnnxModelWriter.Graph;
import org.qantara.modelbuild.OnnxModelWriter.Initializer;
import org.qantara.modelbuild.OnnxModelWriter.Node;
import org.qantara.modelbuild.OnnxModelWriter.Value;

/**
 * ONNX graphs of static (context-free) embedding models with the interface of a transformer encoder:
 * inputs {@code input_ids} and {@code attention_mask} (int64 [batch, seq]), output {@code last_hidden_state}
 * (float [batch, seq, dim]), so the same DJL text-embedding path serves them and LaBSE alike. The attention
 * mask is accepted but unused: a static model's token vectors do not depend on their neighbours, and the
 * pooling that follows the graph applies the mask.
 */
public final class StaticEmbeddingGraph {

  public static final String INPUT_IDS = "input_ids";
  public static final String ATTENTION_MASK = "attention_mask";
  public static final String OUTPUT = "last_hidden_state";

  private StaticEmbeddingGraph() {}

  /** Token id i gets row {@code table[i]} as is: one float Gather. Handy for small test models. */
  public static Graph dense(float[][] table) {
    int dimension = table[0].length;
    float[] flat = new float[table.length * dimension];
    for (int i = 0; i < table.length; i++) {
      System.arraycopy(table[i], 0, flat, i * dimension, dimension);
    }
    Initializer embeddings = Initializer.floats("embeddings", new long[] {table.length, dimension}, flat);
    Node gather = new Node("gather_rows", "Gather", List.of("embeddings", INPUT_IDS), List.of(OUTPUT), Map.of());
    return graph("static_embedding_dense", dimension, List.of(embeddings), List.of(gather));
  }

  /**
   * The compact form the built-in model uses: many tokens (surface forms of one word) share one int8 row,
   * and each token has its own float scale that folds together the row's quantisation step and the token's
   * weight. Token id t gives {@code scale[t] * rows[tokenRow[t]]}; a zero scale gives a zero vector, which
   * mean pooling then ignores after normalisation.
   */
  public static Graph quantized(int[] tokenRow, float[] tokenScale, byte[] rows, int dimension) {
    if (tokenRow.length != tokenScale.length) {
      throw new IllegalArgumentException(tokenRow.length + " token rows but " + tokenScale.length + " scales");
    }
    int rowCount = rows.length / dimension;
    List<Initializer> initializers = List.of(
        Initializer.int32s("token_row", new long[] {tokenRow.length}, tokenRow),
        Initializer.floats("token_scale", new long[] {tokenScale.length, 1}, tokenScale),
        Initializer.int8s("rows_int8", new long[] {rowCount, dimension}, rows));
    List<Node> nodes = List.of(
        new Node("row_of_token", "Gather", List.of("token_row", INPUT_IDS), List.of("row_ids"), Map.of()),
        new Node("gather_rows", "Gather", List.of("rows_int8", "row_ids"), List.of("rows_q"), Map.of()),
        new Node("dequantize", "Cast", List.of("rows_q"), List.of("rows_f"), Map.of("to", (long) ElementType.FLOAT.code)),
        new Node("scale_of_token", "Gather", List.of("token_scale", INPUT_IDS), List.of("scales"), Map.of()),
        new Node("apply_scale", "Mul", List.of("rows_f", "scales"), List.of(OUTPUT), Map.of()));
    return graph("static_embedding_int8", dimension, initializers, nodes);
  }

  private static Graph graph(String name, int dimension, List<Initializer> initializers, List<Node> nodes) {
    List<Dim> batchBySeq = List.of(Dim.symbolic("batch"), Dim.symbolic("sequence"));
    List<Value> inputs = List.of(
        new Value(INPUT_IDS, ElementType.INT64, batchBySeq),
        new Value(ATTENTION_MASK, ElementType.INT64, batchBySeq));
    List<Value> outputs = List.of(new Value(OUTPUT, ElementType.FLOAT,
        List.of(Dim.symbolic("batch"), Dim.symbolic("sequence"), Dim.fixed(dimension))));
    return new Graph(name, inputs, outputs, initializers, nodes);
  }
}
