package org.qantara.core.embed;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qantara.core.io.FileBytes;

/**
 * The token vectors of a static (context-free) embedding model, read in Java from its ONNX graph: a token's
 * vector depends on its id alone, so running the graph is a table look-up that needs no engine. Two graph shapes
 * are recognised, those the built-in model's builder writes: a float table gathered by
 * token id, and int8 rows gathered through a token → row map and multiplied by a per-token float scale
 * ({@code Gather, Gather, Cast, Gather, Mul}). Any other graph is not static as far as this class knows
 * ({@link #read} gives null) and runs in ONNX Runtime. The arithmetic is the graph's own — the int8 value
 * widened to float, times the scale, in float — so every token vector is bit for bit what ONNX Runtime returns.
 *
 * <p>Only the few fields of onnx.proto that these graphs use are read (the same ones the model writer writes).
 */
final class StaticTokenTable {
  private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle FLOAT_LE =
      MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);

  /** ONNX {@code TensorProto.DataType} codes. */
  private static final int FLOAT = 1;
  private static final int INT8 = 3;
  private static final int INT32 = 6;
  private static final int INT64 = 7;

  private final byte[] file;
  private final int dimension;
  private final int vocabularySize;
  /** Float table [vocabulary, dimension] at this offset, or -1 for the quantised form. */
  private final int floatTable;
  /** Quantised form: token → row (int32 or int64 entries), per-token scale, int8 rows [rows, dimension]. */
  private final int tokenRow;
  private final int tokenRowType;
  private final int tokenScale;
  private final int rows;
  private final int rowCount;

  private StaticTokenTable(byte[] file, int dimension, int vocabularySize, int floatTable, int tokenRow,
      int tokenRowType, int tokenScale, int rows, int rowCount) {
    this.file = file;
    this.dimension = dimension;
    this.vocabularySize = vocabularySize;
    this.floatTable = floatTable;
    this.tokenRow = tokenRow;
    this.tokenRowType = tokenRowType;
    this.tokenScale = tokenScale;
    this.rows = rows;
    this.rowCount = rowCount;
  }

  /**
   * The table of {@code onnx} when its graph is one of the static shapes whose output is one of
   * {@code outputNames}; null for any other graph (a transformer), which then needs ONNX Runtime.
   */
  static StaticTokenTable read(Path onnx, String idsInput, List<String> outputNames) throws IOException {
    byte[] bytes = FileBytes.read(onnx);
    Graph graph;
    try {
      graph = Graph.parse(bytes);
    } catch (RuntimeException e) {
      return null; // not a graph this reader understands; ONNX Runtime will say what is wrong with it
    }
    return graph == null ? null : graph.table(bytes, idsInput, outputNames);
  }

  int dimension() {
    return dimension;
  }

  int vocabularySize() {
    return vocabularySize;
  }

  /** Writes the vector of token {@code id} into {@code out} from {@code offset} (what the graph outputs for it). */
  void write(int id, float[] out, int offset) {
    if (floatTable >= 0) {
      int at = floatTable + id * dimension * 4;
      for (int d = 0; d < dimension; d++) {
        out[offset + d] = (float) FLOAT_LE.get(file, at + 4 * d);
      }
      return;
    }
    float scale = (float) FLOAT_LE.get(file, tokenScale + 4 * id);
    int at = rows + row(id) * dimension;
    for (int d = 0; d < dimension; d++) {
      out[offset + d] = file[at + d] * scale; // Cast int8 → float, then Mul, both in float
    }
  }

  /** Adds the vector of token {@code id} to {@code sum}: element by element, each the float {@link #write} writes. */
  void add(int id, float[] sum) {
    if (floatTable >= 0) {
      int at = floatTable + id * dimension * 4;
      for (int d = 0; d < dimension; d++) {
        sum[d] += (float) FLOAT_LE.get(file, at + 4 * d);
      }
      return;
    }
    float scale = (float) FLOAT_LE.get(file, tokenScale + 4 * id);
    int at = rows + row(id) * dimension;
    for (int d = 0; d < dimension; d++) {
      sum[d] += file[at + d] * scale;
    }
  }

  private int row(int id) {
    return tokenRowType == INT32 ? (int) INT_LE.get(file, tokenRow + 4 * id)
        : (int) (long) LONG_LE.get(file, tokenRow + 8 * id);
  }

  /** A tensor stored in the file: element type, shape, and where its little-endian raw data starts. */
  private record Tensor(int type, long[] dims, int offset, int length) {
    long elements() {
      long n = 1;
      for (long d : dims) {
        n *= d;
      }
      return n;
    }
  }

  private record Node(String opType, List<String> inputs, List<String> outputs, Map<String, Long> ints) {}

  /** The parts of a {@code GraphProto} the static shapes use. */
  private record Graph(List<Node> nodes, Map<String, Tensor> initializers, List<String> inputs,
      List<String> outputs) {

    static Graph parse(byte[] bytes) {
      Reader model = new Reader(bytes, 0, bytes.length);
      while (model.more()) {
        int tag = model.tag();
        if (tag >>> 3 == 7 && (tag & 7) == 2) { // ModelProto.graph
          return parseGraph(model.message());
        }
        model.skip(tag);
      }
      return null;
    }

    private static Graph parseGraph(Reader graph) {
      List<Node> nodes = new ArrayList<>();
      Map<String, Tensor> initializers = new HashMap<>();
      List<String> inputs = new ArrayList<>();
      List<String> outputs = new ArrayList<>();
      while (graph.more()) {
        int tag = graph.tag();
        switch (tag >>> 3) {
          case 1 -> nodes.add(parseNode(graph.message()));
          case 5 -> {
            Map.Entry<String, Tensor> tensor = parseTensor(graph.message());
            if (tensor == null) {
              return null;
            }
            initializers.put(tensor.getKey(), tensor.getValue());
          }
          case 11 -> inputs.add(valueName(graph.message()));
          case 12 -> outputs.add(valueName(graph.message()));
          default -> graph.skip(tag);
        }
      }
      return new Graph(nodes, initializers, inputs, outputs);
    }

    private static Node parseNode(Reader node) {
      List<String> inputs = new ArrayList<>();
      List<String> outputs = new ArrayList<>();
      String opType = "";
      Map<String, Long> ints = new HashMap<>();
      while (node.more()) {
        int tag = node.tag();
        switch (tag >>> 3) {
          case 1 -> inputs.add(node.string());
          case 2 -> outputs.add(node.string());
          case 4 -> opType = node.string();
          case 5 -> {
            Reader attribute = node.message();
            String name = "";
            Long value = null;
            while (attribute.more()) {
              int t = attribute.tag();
              if (t >>> 3 == 1) {
                name = attribute.string();
              } else if (t >>> 3 == 3 && (t & 7) == 0) {
                value = attribute.varint();
              } else {
                attribute.skip(t);
              }
            }
            // An attribute other than an integer one (a graph, a tensor) is not part of the static shapes.
            ints.put(name, value == null ? Long.MIN_VALUE : value);
          }
          default -> node.skip(tag);
        }
      }
      return new Node(opType, inputs, outputs, ints);
    }

    /** Name and tensor, or null when the data is not stored raw in the file (external data, typed fields). */
    private static Map.Entry<String, Tensor> parseTensor(Reader tensor) {
      List<Long> dims = new ArrayList<>();
      int type = 0;
      String name = "";
      int offset = -1;
      int length = 0;
      while (tensor.more()) {
        int tag = tensor.tag();
        int field = tag >>> 3;
        if (field == 1 && (tag & 7) == 0) {
          dims.add(tensor.varint());
        } else if (field == 1 && (tag & 7) == 2) {
          Reader packed = tensor.message();
          while (packed.more()) {
            dims.add(packed.varint());
          }
        } else if (field == 2) {
          type = (int) tensor.varint();
        } else if (field == 8) {
          name = tensor.string();
        } else if (field == 9) {
          Reader raw = tensor.message();
          offset = raw.position;
          length = raw.end - raw.position;
        } else if (field == 4 || field == 5 || field == 7 || field == 13 || field == 14) {
          return null; // typed data fields instead of raw_data, or data outside the file
        } else {
          tensor.skip(tag);
        }
      }
      if (offset < 0) {
        return null;
      }
      long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
      return Map.entry(name, new Tensor(type, shape, offset, length));
    }

    private static String valueName(Reader value) {
      while (value.more()) {
        int tag = value.tag();
        if (tag >>> 3 == 1) {
          return value.string();
        }
        value.skip(tag);
      }
      return "";
    }

    private Node producer(String value) {
      for (Node node : nodes) {
        if (node.outputs().contains(value)) {
          return node;
        }
      }
      return null;
    }

    /** A Gather along axis 0 of an initializer of {@code type} by the graph input {@code indices}. */
    private Tensor gathered(Node node, int type, String indices) {
      if (node == null || !node.opType().equals("Gather") || node.inputs().size() != 2
          || !Map.of("axis", 0L).entrySet().containsAll(node.ints().entrySet())
          || !node.inputs().get(1).equals(indices)) {
        return null;
      }
      Tensor data = initializers.get(node.inputs().get(0));
      return data != null && data.type() == type && data.length() == data.elements() * width(type) ? data : null;
    }

    StaticTokenTable table(byte[] bytes, String ids, List<String> outputNames) {
      if (!inputs.contains(ids) || outputs.size() != 1 || !outputNames.contains(outputs.get(0))) {
        return null;
      }
      Node last = producer(outputs.get(0));
      Tensor table = gathered(last, FLOAT, ids);
      if (table != null && table.dims().length == 2) {
        return new StaticTokenTable(bytes, (int) table.dims()[1], (int) table.dims()[0], table.offset(),
            -1, 0, -1, -1, 0);
      }
      if (last == null || !last.opType().equals("Mul") || last.inputs().size() != 2 || !last.ints().isEmpty()) {
        return null;
      }
      Node cast = producer(last.inputs().get(0));
      Tensor scale = gathered(producer(last.inputs().get(1)), FLOAT, ids);
      if (cast == null || scale == null || !cast.opType().equals("Cast") || cast.inputs().size() != 1
          || cast.ints().size() != 1 || cast.ints().get("to") == null || cast.ints().get("to") != FLOAT) {
        return null;
      }
      Node rowGather = producer(cast.inputs().get(0));
      if (rowGather == null || rowGather.inputs().size() != 2) {
        return null;
      }
      String rowIds = rowGather.inputs().get(1);
      Tensor rowTable = gathered(rowGather, INT8, rowIds);
      Node rowOfToken = producer(rowIds);
      Tensor tokenRow = gathered(rowOfToken, INT32, ids);
      if (tokenRow == null) {
        tokenRow = gathered(rowOfToken, INT64, ids);
      }
      if (rowTable == null || tokenRow == null || rowTable.dims().length != 2 || tokenRow.dims().length != 1
          || scale.dims().length != 2 || scale.dims()[1] != 1 || scale.dims()[0] != tokenRow.dims()[0]) {
        return null;
      }
      StaticTokenTable result = new StaticTokenTable(bytes, (int) rowTable.dims()[1], (int) tokenRow.dims()[0], -1,
          tokenRow.offset(), tokenRow.type(), scale.offset(), rowTable.offset(), (int) rowTable.dims()[0]);
      // Rows outside the table would make ONNX Runtime fail on that token; the graph is then not runnable here.
      for (int id = 0; id < result.vocabularySize; id++) {
        int row = result.row(id);
        if (row < 0 || row >= result.rowCount) {
          return null;
        }
      }
      return result;
    }

    private static int width(int type) {
      return switch (type) {
        case FLOAT, INT32 -> 4;
        case INT64 -> 8;
        default -> 1;
      };
    }
  }

  /** Protocol-buffer wire format over a range of the file: varints and length-delimited fields. */
  private static final class Reader {
    private final byte[] bytes;
    private final int end;
    private int position;

    Reader(byte[] bytes, int from, int end) {
      this.bytes = bytes;
      this.position = from;
      this.end = end;
    }

    boolean more() {
      return position < end;
    }

    int tag() {
      return (int) varint();
    }

    long varint() {
      long value = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        byte b = bytes[position++];
        value |= (long) (b & 0x7f) << shift;
        if (b >= 0) {
          return value;
        }
      }
      throw new IllegalArgumentException("malformed varint");
    }

    Reader message() {
      int length = (int) varint();
      if (length < 0 || position + length > end) {
        throw new IllegalArgumentException("field runs past its message");
      }
      Reader inner = new Reader(bytes, position, position + length);
      position += length;
      return inner;
    }

    String string() {
      Reader r = message();
      return new String(bytes, r.position, r.end - r.position, StandardCharsets.UTF_8);
    }

    void skip(int tag) {
      switch (tag & 7) {
        case 0 -> varint();
        case 1 -> position += 8;
        case 2 -> message();
        case 5 -> position += 4;
        default -> throw new IllegalArgumentException("unsupported wire type " + (tag & 7));
      }
    }
  }
}
