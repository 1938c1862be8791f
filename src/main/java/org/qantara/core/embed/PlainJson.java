package org.qantara.core.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON tree of a small, plain JSON text, made without an {@code ObjectMapper}: opening a model reads three such
 * texts (its recipe, the remembered checksums, its tokenizer's configuration), and initialising Jackson's mapper and
 * parser for them cost 25-30 ms of every command's main thread and about 50 ms of its CPU (docs/BENCHMARKS.md,
 * start11). Plain means strict JSON with whole numbers only, each name once in an object, nothing after the value:
 * for such a text the tree equals the one {@code ObjectMapper.readTree} gives. For anything else (a fraction, a
 * repeated name, a byte-order mark, invalid UTF-8, trailing text, a syntax error) it gives null, and the caller reads
 * the text with Jackson, which accepts, coerces or refuses it with its own message as before.
 */
final class PlainJson {
  /** Deeper than anything the model's files hold; Jackson refuses from 1,000 on. */
  private static final int MAX_DEPTH = 200;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String text;
  private int at;

  private PlainJson(String text) {
    this.text = text;
  }

  /** The tree of {@code utf8}, or null when it is not plain JSON in UTF-8 (see the class). */
  static JsonNode tree(byte[] utf8) {
    try {
      return tree(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(utf8)).toString());
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The tree of {@code json}, or null when it is not plain JSON (see the class). */
  static JsonNode tree(String json) {
    PlainJson reader = new PlainJson(json);
    try {
      JsonNode value = reader.value(0);
      reader.skipSpace();
      return reader.at == json.length() ? value : null;
    } catch (NotPlain | IndexOutOfBoundsException e) {
      return null;
    }
  }

  private JsonNode value(int depth) {
    if (depth > MAX_DEPTH) {
      throw new NotPlain();
    }
    skipSpace();
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> NODES.textNode(string());
      case 't' -> word("true", NODES.booleanNode(true));
      case 'f' -> word("false", NODES.booleanNode(false));
      case 'n' -> word("null", NODES.nullNode());
      default -> number();
    };
  }

  private ObjectNode object(int depth) {
    ObjectNode object = NODES.objectNode();
    at++;
    skipSpace();
    if (text.charAt(at) == '}') {
      at++;
      return object;
    }
    while (true) {
      skipSpace();
      String name = string();
      skipSpace();
      expect(':');
      if (object.replace(name, value(depth + 1)) != null) {
        throw new NotPlain(); // a name given twice (Jackson keeps the last: left to it)
      }
      skipSpace();
      if (text.charAt(at) == '}') {
        at++;
        return object;
      }
      expect(',');
    }
  }

  private ArrayNode array(int depth) {
    ArrayNode array = NODES.arrayNode();
    at++;
    skipSpace();
    if (text.charAt(at) == ']') {
      at++;
      return array;
    }
    while (true) {
      array.add(value(depth + 1));
      skipSpace();
      if (text.charAt(at) == ']') {
        at++;
        return array;
      }
      expect(',');
    }
  }

  /** A string's value, {@code at} on its opening quote. */
  private String string() {
    expect('"');
    StringBuilder value = null;
    int start = at;
    while (true) {
      char c = text.charAt(at);
      if (c == '"') {
        String tail = text.substring(start, at++);
        return value == null ? tail : value.append(tail).toString();
      }
      if (c < 0x20) {
        throw new NotPlain(); // a control character must be escaped
      }
      if (c != '\\') {
        at++;
        continue;
      }
      if (value == null) {
        value = new StringBuilder();
      }
      value.append(text, start, at);
      char escaped = text.charAt(at + 1);
      at += 2;
      switch (escaped) {
        case '"', '\\', '/' -> value.append(escaped);
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'n' -> value.append('\n');
        case 'r' -> value.append('\r');
        case 't' -> value.append('\t');
        case 'u' -> {
          int code = 0;
          for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(at++), 16);
            if (digit < 0) {
              throw new NotPlain();
            }
            code = code * 16 + digit;
          }
          value.append((char) code);
        }
        default -> throw new NotPlain();
      }
      start = at;
    }
  }

  /** A whole number, as Jackson's tree holds it: an int node when it fits, else a long node. */
  private JsonNode number() {
    int start = at;
    if (text.charAt(at) == '-') {
      at++;
    }
    int digits = at;
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    int count = at - digits;
    boolean leadingZero = count > 1 && text.charAt(digits) == '0';
    boolean fraction = at < text.length() && ".eE".indexOf(text.charAt(at)) >= 0;
    if (count == 0 || count > 19 || leadingZero || fraction) {
      throw new NotPlain(); // not a number, past a long's digits, or not a whole one: Jackson decides what it is
    }
    long value;
    try {
      value = Long.parseLong(text, start, at, 10);
    } catch (NumberFormatException pastLong) {
      throw new NotPlain();
    }
    return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
  }

  private JsonNode word(String word, JsonNode node) {
    if (!text.startsWith(word, at)) {
      throw new NotPlain();
    }
    at += word.length();
    return node;
  }

  private void expect(char c) {
    if (text.charAt(at) != c) {
      throw new NotPlain();
    }
    at++;
  }

  private void skipSpace() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      at++;
    }
  }

  /** Not plain JSON: the caller reads it with Jackson. */
  private static final class NotPlain extends RuntimeException {
    NotPlain() {
      super(null, null, false, false);
    }
  }
}
