package org.qantara.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Plain JSON reads into the tree Jackson's mapper makes of it; anything else is left to the mapper (null). */
class PlainJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static void readsAsJacksonDoes(String json) throws IOException {
    assertThat(PlainJson.tree(json)).as(json).isNotNull().isEqualTo(MAPPER.readTree(json));
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8); // a lone surrogate becomes '?' for both
    assertThat(PlainJson.tree(utf8)).as(json).isNotNull().isEqualTo(MAPPER.readTree(utf8));
  }

  @Test
  void theModelsFilesReadAsJacksonReadsThem() throws IOException {
    List<Path> files;
    try (Stream<Path> dirs = Files.list(Path.of("models"))) {
      files = dirs.flatMap(d -> Stream.of(d.resolve(ModelRecipe.FILE_NAME), d.resolve(ModelRecipe.TOKENIZER_FILE)))
          .filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(5); // four recipes and the built-in tokenizer, vocabulary and all
    for (Path file : files) {
      readsAsJacksonDoes(Files.readString(file));
    }
  }

  @Test
  void rememberedChecksumsAsTheyAreWrittenReadAsJacksonReadsThem() throws IOException {
    // Modification times in nanoseconds take 19 digits: a long node, as Jackson makes it.
    String list = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(List.of(
        new KnownChecksums.Known("/home/a/models/model.onnx", 23851601, 1764880123456789012L, "(dev=803,ino=12)",
            "a2c8f8103f0e8dba69e24f3e0bdd3f4b42a4ec9244d6536607a8ab963b587e1f"),
        new KnownChecksums.Known("/home/a/مدل/tokenizer.json", 8401843, 1764880123000000000L, null, "481e")));
    readsAsJacksonDoes(list);
    assertThat(PlainJson.tree(list).get(0).get("modifiedNanos").isLong()).isTrue();
  }

  @Test
  void numbersTakeTheNodeKindJacksonGivesThem() throws IOException {
    for (String number : List.of("0", "-0", "7", "-12", "2147483647", "-2147483648", "2147483648", "-2147483649",
        "9223372036854775807", "-9223372036854775808", "1234567890123456789")) {
      readsAsJacksonDoes(number);
      readsAsJacksonDoes("[" + number + "]");
    }
    assertThat(PlainJson.tree("2147483647").isInt()).isTrue();
    assertThat(PlainJson.tree("2147483648").isLong()).isTrue();
  }

  @Test
  void stringsEscapesAndNesting() throws IOException {
    for (String json : List.of("\"\"", "\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"", "\"\\u0627\\u00e9\\uD83D\\uDE00 \\u0000\"",
        "\"عربي 😀 é\"", "{}", "[]", " { \"a\" : [ 1 , { } , [ ] , null , true , false , \"x\" ] }\n",
        "{\"\":1,\"b\":{\"c\":{\"d\":[[[\"e\"]]]}}}", "\t\r\n[1,2]\n", "null", "true")) {
      readsAsJacksonDoes(json);
    }
  }

  @Test
  void randomTreesWrittenByJacksonReadBackAsJacksonReadsThem() throws IOException {
    Random random = new Random(11);
    ObjectMapper indenting = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    for (int i = 0; i < 300; i++) {
      JsonNode tree = randomNode(random, 0);
      readsAsJacksonDoes(MAPPER.writeValueAsString(tree));
      readsAsJacksonDoes(indenting.writeValueAsString(tree));
    }
  }

  private static JsonNode randomNode(Random random, int depth) {
    switch (random.nextInt(depth > 4 ? 5 : 7)) {
      case 0: return NODES.numberNode(random.nextInt());
      case 1: return NODES.numberNode(random.nextLong());
      case 2: return NODES.textNode(randomText(random));
      case 3: return random.nextBoolean() ? NODES.booleanNode(random.nextBoolean()) : NODES.nullNode();
      case 4: return NODES.numberNode(random.nextInt(300) - 100);
      case 5: {
        ArrayNode array = NODES.arrayNode();
        for (int n = random.nextInt(5); n > 0; n--) {
          array.add(randomNode(random, depth + 1));
        }
        return array;
      }
      default: {
        ObjectNode object = NODES.objectNode();
        for (int n = random.nextInt(5); n > 0; n--) {
          object.set(randomText(random), randomNode(random, depth + 1));
        }
        return object;
      }
    }
  }

  /** Control characters, quotes, backslashes, Arabic, surrogate pairs and lone surrogates among plain letters. */
  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    for (int n = random.nextInt(12); n > 0; n--) {
      text.append(switch (random.nextInt(8)) {
        case 0 -> (char) random.nextInt(0x20);
        case 1 -> "\"\\/".charAt(random.nextInt(3));
        case 2 -> (char) (0x0600 + random.nextInt(0x100));
        case 3 -> "😀";
        case 4 -> (char) (0xD800 + random.nextInt(0x800));
        default -> (char) ('a' + random.nextInt(26));
      });
    }
    return text.toString();
  }

  @Test
  void anythingButPlainJsonIsLeftToJackson() {
    for (String json : List.of("", "  ", "1.5", "[1e3]", "-", "01", "[-01]", "12345678901234567890",
        "9223372036854775808", "-9223372036854775809", "{\"a\":1,\"a\":2}", "\uFEFF{}", "{} x", "{}{}", "[1,]",
        "{\"a\":1,}", "{'a':1}", "{a:1}", "// c\n{}", "[NaN]", "[tru]", "nul", "\"a\nb\"", "\"\\x\"", "\"\\u12G4\"",
        "\"open", "[1", "{\"a\"}", "{\"a\" 1}", "[1 2]", "+1")) {
      assertThat(PlainJson.tree(json)).as(json).isNull();
    }
    assertThat(PlainJson.tree(new byte[] {'"', (byte) 0xC3, '"'})).isNull(); // not UTF-8
    assertThat(PlainJson.tree("[".repeat(300) + "]".repeat(300))).isNull(); // deeper than any model file
  }
}
