package org.qantara.modelbuild;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.qantara.core.QantaraException;

/**
 * Writes a small ONNX {@code ModelProto} with protobuf-java's {@link CodedOutputStream}. No generated ONNX
 * classes exist on Maven Central, and a static embedding model needs only a handful of message types, so the
 * few field numbers of onnx.proto we use are spelled out here. Output is deterministic: the same graph always
 * gives the same bytes (attributes are written in name order, nothing time- or host-dependent is recorded).
 */
public final class OnnxModelWriter {

  /** IR version 8 / opset 17 are understood by every ONNX Runtime since 1.14. */
  static final long IR_VERSION = 8;

  static final long OPSET_VERSION = 17;

  /** ONNX {@code TensorProto.DataType} codes of the element types we store. */
  public enum ElementType {
    FLOAT(1, 4),
    UINT8(2, 1),
    INT8(3, 1),
    INT32(6, 4),
    INT64(7, 8),
    FLOAT16(10, 2);

    final int code;
    final int bytes;

    ElementType(int code, int bytes) {
      this.code = code;
      this.bytes = bytes;
    }
  }

  /** One dimension of a graph input/output: a fixed size or a symbolic name such as "batch". */
  public record Dim(String symbol, long size) {
    public static Dim symbolic(String symbol) {
      return new Dim(symbol, -1);
    }

    public static Dim fixed(long size) {
      return new Dim(null, size);
    }
  }

  /** A graph input or output. */
  public record Value(String name, ElementType type, List<Dim> dims) {
    public Value {
      dims = List.copyOf(dims);
    }
  }

  /** A constant tensor stored in the model; {@code data} is little-endian, row-major. */
  public record Initializer(String name, ElementType type, long[] dims, byte[] data) {
    public Initializer {
      long elements = 1;
      for (long d : dims) {
        elements *= d;
      }
      if (elements * type.bytes != data.length) {
        throw new IllegalArgumentException(
            name + ": " + elements + " " + type + " elements need " + elements * type.bytes + " bytes, got "
                + data.length);
      }
    }

    public static Initializer floats(String name, long[] dims, float[] values) {
      ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
      buffer.asFloatBuffer().put(values);
      return new Initializer(name, ElementType.FLOAT, dims, buffer.array());
    }

    public static Initializer int32s(String name, long[] dims, int[] values) {
      ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
      buffer.asIntBuffer().put(values);
      return new Initializer(name, ElementType.INT32, dims, buffer.array());
    }

    public static Initializer int8s(String name, long[] dims, byte[] values) {
      return new Initializer(name, ElementType.INT8, dims, values);
    }
  }

  /** One operator application; only integer attributes are needed by the graphs we write. */
  public record Node(String name, String opType, List<String> inputs, List<String> outputs,
      Map<String, Long> intAttributes) {
    public Node {
      inputs = List.copyOf(inputs);
      outputs = List.copyOf(outputs);
      intAttributes = Map.copyOf(intAttributes);
    }
  }

  public record Graph(String name, List<Value> inputs, List<Value> outputs, List<Initializer> initializers,
      List<Node> nodes) {
    public Graph {
      inputs = List.copyOf(inputs);
      outputs = List.copyOf(outputs);
      initializers = List.copyOf(initializers);
      nodes = List.copyOf(nodes);
    }
  }

  private OnnxModelWriter() {}

  /** Serialises {@code graph} as a complete ModelProto. */
  public static byte[] toBytes(Graph graph, String producerName) {
    return message(out -> {
      out.writeInt64(1, IR_VERSION);
      out.writeString(2, producerName);
      writeMessage(out, 7, graphBytes(graph));
      writeMessage(out, 8, message(opset -> {
        opset.writeString(1, "");
        opset.writeInt64(2, OPSET_VERSION);
      }));
    });
  }

  public static void write(Graph graph, String producerName, Path file) {
    try {
      Files.write(file, toBytes(graph, producerName));
    } catch (IOException e) {
      throw new QantaraException("cannot write ONNX model " + file + ": " + e.getMessage(),
          "check that the folder exists and is writable", e);
    }
  }

  private static byte[] graphBytes(Graph graph) {
    return message(out -> {
      for (Node node : graph.nodes()) {
        writeMessage(out, 1, nodeBytes(node));
      }
      out.writeString(2, graph.name());
      for (Initializer initializer : graph.initializers()) {
        writeMessage(out, 5, tensorBytes(initializer));
      }
      for (Value input : graph.inputs()) {
        writeMessage(out, 11, valueInfoBytes(input));
      }
      for (Value output : graph.outputs()) {
        writeMessage(out, 12, valueInfoBytes(output));
      }
    });
  }

  private static byte[] nodeBytes(Node node) {
    return message(out -> {
      for (String input : node.inputs()) {
        out.writeString(1, input);
      }
      for (String output : node.outputs()) {
        out.writeString(2, output);
      }
      out.writeString(3, node.name());
      out.writeString(4, node.opType());
      for (Map.Entry<String, Long> attribute : new TreeMap<>(node.intAttributes()).entrySet()) {
        writeMessage(out, 5, message(a -> {
          a.writeString(1, attribute.getKey());
          a.writeInt64(3, attribute.getValue());
          a.writeEnum(20, 2); // AttributeProto.AttributeType.INT
        }));
      }
    });
  }

  private static byte[] tensorBytes(Initializer tensor) {
    return message(out -> {
      for (long dim : tensor.dims()) {
        out.writeInt64(1, dim);
      }
      out.writeInt32(2, tensor.type().code);
      out.writeString(8, tensor.name());
      out.writeByteArray(9, tensor.data());
    });
  }

  private static byte[] valueInfoBytes(Value value) {
    byte[] shape = message(out -> {
      for (Dim dim : value.dims()) {
        writeMessage(out, 1, message(d -> {
          if (dim.symbol() != null) {
            d.writeString(2, dim.symbol());
          } else {
            d.writeInt64(1, dim.size());
          }
        }));
      }
    });
    byte[] tensorType = message(out -> {
      out.writeInt32(1, value.type().code);
      writeMessage(out, 2, shape);
    });
    return message(out -> {
      out.writeString(1, value.name());
      writeMessage(out, 2, message(type -> writeMessage(type, 1, tensorType)));
    });
  }

  private interface Body {
    void writeTo(CodedOutputStream out) throws IOException;
  }

  /** Nested messages are built bottom-up into byte arrays so their lengths are known when written. */
  private static byte[] message(Body body) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      CodedOutputStream out = CodedOutputStream.newInstance(bytes);
      body.writeTo(out);
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
  }

  private static void writeMessage(CodedOutputStream out, int field, byte[] message) throws IOException {
    out.writeByteArray(field, message);
  }
}
