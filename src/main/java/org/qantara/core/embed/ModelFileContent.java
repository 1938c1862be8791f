package org.qantara.core.embed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a downloaded file is what its name says, before it is kept: a server that answers with a web page
 * (a login wall, an error page, a proxy's notice) must not become a model. Checks the form, not the content:
 * an ONNX graph is one protobuf {@code ModelProto} whose top-level fields span the file exactly and include the
 * IR version and the graph; a tokenizer is a JSON object with a {@code "model"} object; a safetensors file starts
 * with the length of a JSON header that fits in the file. Reads the fields' headers only, so a 2 GB graph costs a
 * few reads.
 */
final class ModelFileContent {
  private ModelFileContent() {}

  /** ModelProto's fields: ir_version and model_version are varints; the others hold bytes (strings, messages). */
  private static final int IR_VERSION = 1;
  private static final int GRAPH = 7;
  private static final int[] VARINT_FIELDS = {IR_VERSION, 5};
  private static final int[] BYTES_FIELDS = {2, 3, 4, 6, GRAPH, 8, 14, 20, 25};

  /** Why {@code file}, saved as {@code saveAs}, is not what that name promises; empty when it is (or unknown). */
  static Optional<String> whyNot(String saveAs, Path file) throws IOException {
    String name = saveAs.toLowerCase(Locale.ROOT);
    if (looksLikeMarkup(file)) {
      return Optional.of("it is a web page (HTML), not " + kind(name));
    }
    if (name.endsWith(".onnx")) {
      return onnxProblem(file);
    }
    if (name.equals(ModelRecipe.TOKENIZER_FILE)) {
      return tokenizerProblem(file);
    }
    if (name.endsWith(".safetensors")) {
      return safetensorsProblem(file);
    }
    return Optional.empty();
  }

  private static String kind(String name) {
    if (name.endsWith(".onnx")) {
      return "an ONNX model";
    }
    if (name.equals(ModelRecipe.TOKENIZER_FILE)) {
      return "a tokenizer";
    }
    return name.endsWith(".safetensors") ? "a safetensors weights file" : "a model file";
  }

  /** Starts (after blanks) with {@code <!DOCTYPE}, {@code <html} or another tag: what servers send instead. */
  private static boolean looksLikeMarkup(Path file) throws IOException {
    String start = new String(head(file, 256), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<?xml")
        || start.startsWith("<head") || start.startsWith("<body");
  }

  private static Optional<String> onnxProblem(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      long size = channel.size();
      long position = 0;
      boolean irVersion = false;
      boolean graph = false;
      while (position < size) {
        long[] tag = varint(channel, position);
        if (tag == null) {
          return notOnnx("a field header is cut off at byte " + position);
        }
        position = tag[1];
        int field = (int) (tag[0] >>> 3);
        int wireType = (int) (tag[0] & 7);
        if (field < 1 || !expectedWireType(field, wireType)) {
          return notOnnx("byte " + (position - 1) + " is not a field of an ONNX model");
        }
        switch (wireType) {
          case 0 -> {
            long[] value = varint(channel, position);
            if (value == null) {
              return notOnnx("a number is cut off at byte " + position);
            }
            position = value[1];
          }
          case 1 -> position += 8;
          case 5 -> position += 4;
          default -> {
            long[] length = varint(channel, position);
            if (length == null || length[0] < 0 || length[1] + length[0] > size) {
              return notOnnx("field " + field + " at byte " + position + " runs past the end of the file");
            }
            position = length[1] + length[0];
          }
        }
        irVersion |= field == IR_VERSION;
        graph |= field == GRAPH;
      }
      if (position != size) {
        return notOnnx("the last field runs past the end of the file");
      }
      if (!irVersion || !graph) {
        return notOnnx("it has no " + (irVersion ? "graph" : "IR version"));
      }
      return Optional.empty();
    }
  }

  private static boolean expectedWireType(int field, int wireType) {
    for (int f : VARINT_FIELDS) {
      if (f == field) {
        return wireType == 0;
      }
    }
    for (int f : BYTES_FIELDS) {
      if (f == field) {
        return wireType == 2;
      }
    }
    return wireType == 0 || wireType == 1 || wireType == 2 || wireType == 5; // a field of a newer ONNX
  }

  private static Optional<String> notOnnx(String why) {
    return Optional.of("it is not an ONNX model: " + why);
  }

  /** The varint at {@code position} and the position after it; null when the file ends inside it. */
  private static long[] varint(FileChannel channel, long position) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(10);
    channel.read(bytes, position);
    bytes.flip();
    long value = 0;
    for (int i = 0; i < bytes.limit(); i++) {
      byte b = bytes.get(i);
      value |= (long) (b & 0x7f) << (7 * i);
      if ((b & 0x80) == 0) {
        return new long[] {value, position + i + 1};
      }
    }
    return null;
  }

  private static Optional<String> tokenizerProblem(Path file) throws IOException {
    try (JsonParser json = new JsonFactory().createParser(file.toFile())) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        return Optional.of("it is not a tokenizer: it does not start with a JSON object");
      }
      boolean model = false;
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        model |= field.equals("model") && value == JsonToken.START_OBJECT;
        json.skipChildren();
      }
      if (json.nextToken() != null) {
        return Optional.of("it is not a tokenizer: there is more after its JSON object");
      }
      return model ? Optional.empty()
          : Optional.of("it is JSON but not a tokenizer: it has no \"model\" object");
    } catch (JsonProcessingException e) {
      return Optional.of("it is not a tokenizer: not valid JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr());
    }
  }

  private static Optional<String> safetensorsProblem(Path file) throws IOException {
    byte[] head = head(file, 9);
    long size = Files.size(file);
    if (head.length < 9) {
      return Optional.of("it is not a safetensors file: only " + size + " bytes");
    }
    long headerLength = ByteBuffer.wrap(head, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    if (headerLength < 2 || headerLength > size - 8 || head[8] != '{') {
      return Optional.of("it is not a safetensors file: it does not start with the length of a JSON header");
    }
    return Optional.empty();
  }

  private static byte[] head(Path file, int limit) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      ByteBuffer bytes = ByteBuffer.allocate((int) Math.min(limit, channel.size()));
      while (bytes.hasRemaining() && channel.read(bytes) > 0) {
        // read until the buffer is full or the file ends
      }
      return Arrays.copyOf(bytes.array(), bytes.position());
    }
  }
}
