package org.qantara.core.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.qantara.core.QantaraException;
import org.qantara.core.io.AtomicFiles;
import org.qantara.core.io.FileBytes;

/**
 * A Hugging Face WordPiece tokenizer ({@code tokenizer.json}) run in Java, for the configurations static models
 * use: a normalizer made of NFC / NFKC, Lowercase and single-character Replace steps, the BERT pre-tokenizer
 * (split on whitespace, every punctuation mark a word of its own), the WordPiece model, no post-processor. It
 * gives the ids the Rust library gives, and for {@link #pieces} the same character spans, without building the
 * library's tokenizer: for the built-in model's 348,000-entry vocabulary that build took 0.75 s of CPU at every
 * start, and the calls through JNI made tokenisation the bottleneck of sentence embedding.
 *
 * <p>{@link #read} gives null for any other configuration, and {@link #ids} / {@link #pieces} give null for a
 * text they cannot vouch for (one holding an added token such as {@code [UNK]}, or a lone surrogate; for spans,
 * one whose NFKC form joins characters): the caller then asks the Rust library. The vocabulary is kept as the
 * UTF-8 bytes of its tokens with an open-addressing hash table over them, so loading it creates no objects per
 * token.
 */
final class WordPieceTokenizer {
  /** Made when first needed: a plain configuration is read without it ({@link PlainJson}). */
  private static final class Mapper {
    static final ObjectMapper JSON = new ObjectMapper();
  }
  private static final Pattern CHARACTER_CLASS = Pattern.compile("\\[(?:\\\\.|[^\\\\\\[\\]&])*\\]");

  /** Normalisation steps in order: a Unicode form applies to the whole text, a character map char by char. */
  private final List<Object> steps;
  /** All steps applied to one character at a time, for spans (see {@link #pieces}). */
  private final CharacterMap everyStep;
  private final List<String> addedTokens;
  private final Vocabulary vocabulary;
  private final byte[] continuingPrefix;
  private final int unknownId;
  private final String unknownToken;
  private final int maxWordChars;
  private final int maxTokens;

  private WordPieceTokenizer(List<Object> steps, CharacterMap everyStep, List<String> addedTokens,
      Vocabulary vocabulary, String continuingPrefix, String unknownToken, int maxWordChars, int maxTokens) {
    this.steps = steps;
    this.everyStep = everyStep;
    this.addedTokens = addedTokens;
    this.vocabulary = vocabulary;
    this.continuingPrefix = continuingPrefix.getBytes(StandardCharsets.UTF_8);
    this.unknownToken = unknownToken;
    byte[] unknown = unknownToken.getBytes(StandardCharsets.UTF_8);
    this.unknownId = vocabulary.id(unknown, null, 0, unknown.length, false);
    this.maxWordChars = maxWordChars;
    this.maxTokens = maxTokens;
  }

  /**
   * The tokenizer of {@code file}, keeping the first {@code maxTokens} tokens; null if its kind is not supported.
   * With a {@code cache} (a file in Qantara's cache folder named by the tokenizer file's checksum), the vocabulary
   * is read from there when it holds one of a file of this size, else parsed from the JSON and written there:
   * parsing the built-in model's 348,000 tokens took 70-100 ms of CPU at every start, reading them back a few
   * milliseconds (docs/BENCHMARKS.md). A cache that cannot be read or written is passed by.
   */
  static WordPieceTokenizer read(Path file, int maxTokens, Path cache) throws IOException {
    Parts parts = cache == null ? null : Parts.load(cache, Files.size(file));
    if (parts != null) {
      return of(parts, maxTokens);
    }
    byte[] bytes = FileBytes.read(file);
    parts = Parts.parse(bytes);
    WordPieceTokenizer tokenizer = parts == null ? null : of(parts, maxTokens);
    if (tokenizer != null && cache != null) {
      parts.save(cache, bytes.length);
    }
    return tokenizer;
  }

  /** A tokenizer file read: its vocabulary, and the rest of its JSON with an empty object for the vocabulary. */
  private record Parts(Vocabulary vocabulary, byte[] config) {
    private static final int MAGIC = 0x51564F43; // "QVOC"
    private static final int FORMAT = 1;

    static Parts parse(byte[] bytes) {
      int top = JsonScan.skipSpace(bytes, 0);
      int model = top < bytes.length && bytes[top] == '{' ? JsonScan.member(bytes, top, "model") : -1;
      int vocab = model >= 0 && bytes[model] == '{' ? JsonScan.member(bytes, model, "vocab") : -1;
      if (vocab < 0 || bytes[vocab] != '{') {
        return null;
      }
      Vocabulary vocabulary = Vocabulary.parse(bytes, vocab);
      if (vocabulary == null) {
        return null;
      }
      // Everything but the vocabulary is small: read it as a tree, with the vocabulary left out.
      int vocabEnd = vocabulary.end;
      byte[] rest = new byte[bytes.length - (vocabEnd - vocab) + 2];
      System.arraycopy(bytes, 0, rest, 0, vocab);
      rest[vocab] = '{';
      rest[vocab + 1] = '}';
      System.arraycopy(bytes, vocabEnd, rest, vocab + 2, bytes.length - vocabEnd);
      return new Parts(vocabulary, rest);
    }

    /**
     * The parts kept in {@code cache} for a tokenizer file of {@code fileSize} bytes; null when there are none, or
     * they are of another file or damaged (their CRC-32 does not match).
     */
    static Parts load(Path cache, long fileSize) {
      try {
        byte[] bytes = FileBytes.read(cache);
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - Long.BYTES);
        if (in.getInt() != MAGIC || in.getInt() != FORMAT || in.getLong() != fileSize
            || in.getLong(bytes.length - Long.BYTES) != crc.getValue()) {
          return null;
        }
        byte[] config = new byte[in.getInt()];
        in.get(config);
        return new Parts(Vocabulary.readFrom(in), config);
      } catch (IOException | RuntimeException e) {
        return null; // none yet, or not one this code wrote: parsed from the JSON again, and written afresh
      }
    }

    void save(Path cache, long fileSize) {
      int size = 4 + 4 + 8 + 4 + config.length + vocabulary.serialisedSize() + Long.BYTES;
      ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
      out.putInt(MAGIC).putInt(FORMAT).putLong(fileSize).putInt(config.length).put(config);
      vocabulary.writeTo(out);
      CRC32 crc = new CRC32();
      crc.update(out.array(), 0, out.position());
      out.putLong(crc.getValue());
      try {
        AtomicFiles.writeBytes(cache, o -> o.write(out.array()));
      } catch (QantaraException e) {
        // A cache folder that cannot be written: the next start parses the JSON again.
      }
    }
  }

  private static WordPieceTokenizer of(Parts parts, int maxTokens) throws IOException {
    Vocabulary vocabulary = parts.vocabulary();
    JsonNode plain = PlainJson.tree(parts.config());
    JsonNode config = plain != null ? plain : Mapper.JSON.readTree(parts.config());
    JsonNode modelConfig = config.path("model");
    if (!modelConfig.path("type").asText("WordPiece").equals("WordPiece")
        || !config.path("pre_tokenizer").path("type").asText().equals("BertPreTokenizer")
        || !config.path("post_processor").isNull() && !config.path("post_processor").isMissingNode()) {
      return null;
    }
    List<Object> steps = normalizerSteps(config.path("normalizer"));
    if (steps == null) {
      return null;
    }
    List<String> added = new ArrayList<>();
    for (JsonNode token : config.path("added_tokens")) {
      added.add(token.path("content").asText());
    }
    String unknown = modelConfig.path("unk_token").asText("[UNK]");
    byte[] unknownBytes = unknown.getBytes(StandardCharsets.UTF_8);
    if (vocabulary.id(unknownBytes, null, 0, unknownBytes.length, false) < 0) {
      return null;
    }
    List<UnaryOperator<String>> all = new ArrayList<>();
    for (Object step : steps) {
      if (step instanceof Normalizer.Form form) {
        all.add(s -> Normalizer.normalize(s, form));
      } else {
        all.add(((CharacterMap) step).steps);
      }
    }
    return new WordPieceTokenizer(List.copyOf(steps), new CharacterMap(all), List.copyOf(added), vocabulary,
        modelConfig.path("continuing_subword_prefix").asText("##"), unknown,
        modelConfig.path("max_input_chars_per_word").asInt(100), maxTokens);
  }

  /** The steps of a normalizer, consecutive character steps joined into one map; null if one is not supported. */
  private static List<Object> normalizerSteps(JsonNode normalizer) {
    List<JsonNode> nodes = new ArrayList<>();
    if (normalizer.path("type").asText().equals("Sequence")) {
      normalizer.path("normalizers").forEach(nodes::add);
    } else if (!normalizer.isNull() && !normalizer.isMissingNode()) {
      nodes.add(normalizer);
    }
    List<Object> steps = new ArrayList<>();
    List<UnaryOperator<String>> characterSteps = new ArrayList<>();
    for (JsonNode node : nodes) {
      String type = node.path("type").asText();
      UnaryOperator<String> characterStep = switch (type) {
        case "Lowercase" -> WordPieceTokenizer::lowercase;
        case "Replace" -> replacement(node);
        default -> null;
      };
      if (characterStep != null) {
        characterSteps.add(characterStep);
        continue;
      }
      if (!type.equals("NFC") && !type.equals("NFKC")) {
        return null;
      }
      if (!characterSteps.isEmpty()) {
        steps.add(new CharacterMap(characterSteps));
        characterSteps = new ArrayList<>();
      }
      steps.add(type.equals("NFC") ? Normalizer.Form.NFC : Normalizer.Form.NFKC);
    }
    if (!characterSteps.isEmpty()) {
      steps.add(new CharacterMap(characterSteps));
    }
    return steps;
  }

  /** A Replace step whose pattern matches one character at a time (a character class or one character). */
  private static UnaryOperator<String> replacement(JsonNode node) {
    String regex = node.path("pattern").path("Regex").asText(null);
    String literal = node.path("pattern").path("String").asText(null);
    Pattern pattern;
    if (regex != null && CHARACTER_CLASS.matcher(regex).matches()) {
      pattern = Pattern.compile(regex);
    } else {
      String single = regex != null ? regex : literal;
      if (single == null || single.codePointCount(0, single.length()) != 1
          || regex != null && "\\^$.|?*+()[]{}".indexOf(single.charAt(0)) >= 0) {
        return null;
      }
      pattern = Pattern.compile(Pattern.quote(single));
    }
    String content = Matcher.quoteReplacement(node.path("content").asText(""));
    return s -> pattern.matcher(s).replaceAll(content);
  }

  /** Rust's {@code char::to_lowercase}, character by character (no final-sigma rule, unlike String's). */
  private static String lowercase(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (c == 0x130) {
        out.append("i\u0307"); // the one character whose lower case is two
      } else {
        out.appendCodePoint(Character.toLowerCase(c));
      }
    });
    return out.toString();
  }

  /** Token strings looked up so far by {@link #token}, made on first use (most texts never need one). */
  private volatile String[] tokenStrings;

  /** The token string of {@code id}, kept once made: the name rewrite ({@link NameKeys}) asks for every token. */
  String token(int id) {
    String[] strings = tokenStrings;
    if (strings == null) {
      strings = new String[vocabulary.maxId() + 1];
      tokenStrings = strings;
    }
    String token = strings[id];
    if (token == null) {
      // Racing threads at worst make the same string twice: Strings are safe to publish this way.
      token = vocabulary.token(id);
      strings[id] = token;
    }
    return token;
  }

  /** The largest token id of the vocabulary. */
  int maxId() {
    return vocabulary.maxId();
  }

  /** The token ids of {@code text}, at most maxTokens; null when the Rust library must say. */
  int[] ids(String text) {
    String normalized = normalized(text);
    if (normalized == null) {
      return null;
    }
    Tokens tokens = tokenize(normalized.getBytes(StandardCharsets.UTF_8), false);
    return Arrays.copyOf(tokens.ids, tokens.count);
  }

  /** Token ids, pieces and their spans in {@code text} (code point offsets, end exclusive). */
  record Pieces(int[] ids, String[] pieces, int[] starts, int[] ends) {}

  /**
   * The tokens of {@code text} with the spans the Rust library reports: a normalised character stands for the
   * original character it came from, a token spans from its first character's original to its last's. Null when
   * the Rust library must say (see the class comment).
   */
  Pieces pieces(String text) {
    String normalized = normalized(text);
    if (normalized == null) {
      return null;
    }
    StringBuilder mapped = new StringBuilder(normalized.length());
    int[] origin = new int[normalized.length() + 1];
    int cpIndex = 0;
    int outCount = 0;
    for (int i = 0; i < text.length(); cpIndex++) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      String m = everyStep.map(c);
      for (int k = 0; k < m.length(); k += Character.charCount(m.codePointAt(k))) {
        if (outCount == origin.length) {
          origin = Arrays.copyOf(origin, origin.length * 2);
        }
        origin[outCount++] = cpIndex;
      }
      mapped.append(m);
    }
    if (!mapped.toString().equals(normalized)) {
      return null; // normalising the whole text is not normalising each character (NFKC joined some)
    }
    byte[] utf8 = normalized.getBytes(StandardCharsets.UTF_8);
    int[] codePointAt = new int[utf8.length + 1]; // characters before each byte
    for (int b = 0, cp = 0; b <= utf8.length; b++) {
      codePointAt[b] = cp;
      if (b < utf8.length && (utf8[b] & 0xC0) != 0x80) {
        cp++;
      }
    }
    Tokens tokens = tokenize(utf8, true);
    String[] pieces = new String[tokens.count];
    int[] starts = new int[tokens.count];
    int[] ends = new int[tokens.count];
    for (int t = 0; t < tokens.count; t++) {
      pieces[t] = tokens.ids[t] == unknownId ? unknownToken : vocabulary.token(tokens.ids[t]);
      starts[t] = origin[codePointAt[tokens.from[t]]];
      ends[t] = origin[codePointAt[tokens.to[t]] - 1] + 1;
    }
    return new Pieces(Arrays.copyOf(tokens.ids, tokens.count), pieces, starts, ends);
  }

  /** The normalizer applied to the whole text as the Rust library applies it; null when it must say. */
  private String normalized(String text) {
    for (String added : addedTokens) {
      if (text.contains(added)) {
        return null;
      }
    }
    if (steps.stream().noneMatch(CharacterMap.class::isInstance)
        && text.chars().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
      return null; // a lone surrogate or a pair: let the Rust library say what it makes of them
    }
    String s = text;
    for (Object step : steps) {
      if (step instanceof Normalizer.Form form) {
        if (!Normalizer.isNormalized(s, form)) {
          s = Normalizer.normalize(s, form);
        }
      } else {
        s = ((CharacterMap) step).apply(s);
        if (s == null) {
          return null;
        }
      }
    }
    for (String added : addedTokens) {
      if (s.contains(added)) {
        return null;
      }
    }
    return s;
  }

  /** Ids with their byte ranges in the normalised text's UTF-8. */
  private static final class Tokens {
    int[] ids = new int[16];
    int[] from;
    int[] to;
    int count;

    Tokens(boolean withRanges) {
      from = withRanges ? new int[16] : null;
      to = withRanges ? new int[16] : null;
    }

    void add(int id, int start, int end) {
      if (count == ids.length) {
        ids = Arrays.copyOf(ids, count * 2);
        if (from != null) {
          from = Arrays.copyOf(from, count * 2);
          to = Arrays.copyOf(to, count * 2);
        }
      }
      ids[count] = id;
      if (from != null) {
        from[count] = start;
        to[count] = end;
      }
      count++;
    }
  }

  /** BERT pre-tokenisation, then WordPiece on each word, until maxTokens. */
  private Tokens tokenize(byte[] text, boolean withRanges) {
    Tokens tokens = new Tokens(withRanges);
    int wordStart = -1;
    int i = 0;
    while (i < text.length && tokens.count < maxTokens) {
      int length = utf8Length(text[i]);
      int c = codePoint(text, i, length);
      boolean space = isWhitespace(c);
      boolean punctuation = !space && isPunctuation(c);
      if (space || punctuation) {
        if (wordStart >= 0) {
          wordPiece(text, wordStart, i, tokens);
          wordStart = -1;
        }
        if (punctuation) {
          wordPiece(text, i, i + length, tokens);
        }
      } else if (wordStart < 0) {
        wordStart = i;
      }
      i += length;
    }
    if (wordStart >= 0) {
      wordPiece(text, wordStart, text.length, tokens);
    }
    if (tokens.count > maxTokens) {
      tokens.count = maxTokens;
    }
    return tokens;
  }

  /** Greedy longest-match-first WordPiece over one word; the whole word is the unknown token if a piece is missing. */
  private void wordPiece(byte[] text, int wordStart, int wordEnd, Tokens tokens) {
    int chars = 0;
    for (int b = wordStart; b < wordEnd; b++) {
      if ((text[b] & 0xC0) != 0x80) {
        chars++;
      }
    }
    if (chars > maxWordChars) {
      tokens.add(unknownId, wordStart, wordEnd);
      return;
    }
    int mark = tokens.count;
    int start = wordStart;
    while (start < wordEnd) {
      int end = wordEnd;
      int id = -1;
      while (start < end) {
        id = vocabulary.id(text, continuingPrefix, start, end, start > wordStart);
        if (id >= 0) {
          break;
        }
        do {
          end--;
        } while ((text[end] & 0xC0) == 0x80);
      }
      if (id < 0) {
        tokens.count = mark;
        tokens.add(unknownId, wordStart, wordEnd);
        return;
      }
      tokens.add(id, start, end);
      start = end;
    }
  }

  private static int utf8Length(byte lead) {
    if (lead >= 0) {
      return 1;
    }
    if ((lead & 0xE0) == 0xC0) {
      return 2;
    }
    return (lead & 0xF0) == 0xE0 ? 3 : 4;
  }

  private static int codePoint(byte[] b, int i, int length) {
    return switch (length) {
      case 1 -> b[i];
      case 2 -> (b[i] & 0x1F) << 6 | b[i + 1] & 0x3F;
      case 3 -> (b[i] & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F;
      default -> (b[i] & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
    };
  }

  /** Rust's {@code char::is_whitespace}: the Unicode White_Space property. */
  static boolean isWhitespace(int c) {
    return c == ' ' || c >= 0x09 && c <= 0x0D || c == 0x85 || c == 0xA0 || c == 0x1680
        || c >= 0x2000 && c <= 0x200A || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
  }

  /** The BERT pre-tokenizer's punctuation: ASCII punctuation and symbols, and Unicode's punctuation classes. */
  static boolean isPunctuation(int c) {
    if (c < 0x80) {
      return c >= 0x21 && c <= 0x2F || c >= 0x3A && c <= 0x40 || c >= 0x5B && c <= 0x60 || c >= 0x7B && c <= 0x7E;
    }
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }

  /**
   * Steps that change each character on its own (lower case, one-character replacements), applied as one
   * map with the result for each character of the Basic Multilingual Plane remembered on first use.
   */
  private static final class CharacterMap {
    final UnaryOperator<String> steps;
    /** Results by character; racing threads at worst compute the same string twice. */
    private final String[] known = new String[0x10000];

    CharacterMap(List<UnaryOperator<String>> steps) {
      List<UnaryOperator<String>> copy = List.copyOf(steps);
      this.steps = s -> {
        for (UnaryOperator<String> step : copy) {
          s = step.apply(s);
        }
        return s;
      };
    }

    String map(int c) {
      if (c >= known.length) {
        return steps.apply(Character.toString(c));
      }
      String result = known[c];
      if (result == null) {
        result = steps.apply(Character.toString(c));
        known[c] = result;
      }
      return result;
    }

    /** The map over the whole text, or null for a lone surrogate (the Rust library cannot take it as it is). */
    String apply(String text) {
      StringBuilder out = null;
      for (int i = 0; i < text.length(); ) {
        int c = text.codePointAt(i);
        if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
          return null;
        }
        String m = map(c);
        int width = Character.charCount(c);
        if (out == null && (m.length() != width || m.charAt(0) != text.charAt(i))) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        if (out != null) {
          out.append(m);
        }
        i += width;
      }
      return out == null ? text : out.toString();
    }
  }

  /**
   * The vocabulary: each token's UTF-8 bytes (in the file's own array, where they are written in JSON, or one after
   * another when read back from a cache), and an
   * open-addressing table from a hash of those bytes to the token. Built in one pass over the file's bytes, with
   * no object per token.
   */
  private static final class Vocabulary {
    private static final int FNV_OFFSET = 0x811C9DC5;
    private static final int FNV_PRIME = 0x01000193;

    private final byte[] keys;
    private int[] keyStart;
    private int[] keyLength;
    private int[] idOfEntry;
    private int count;
    /**
     * Pairs (entry index + 1, hash) side by side, so a probe reads one cache line; entry 0 marks an empty slot.
     * At most half of the slots are used; their number is a power of two.
     */
    private int[] slots;
    private int[] entryOfId;
    /** Where the vocabulary's JSON object ends in the file. */
    private int end;

    private Vocabulary(byte[] keys, int expectedEntries) {
      this.keys = keys;
      keyStart = new int[expectedEntries];
      keyLength = new int[expectedEntries];
      idOfEntry = new int[expectedEntries];
      slots = new int[slotsFor(expectedEntries)];
    }

    /** Slot ints for this many entries: a power of two, at least four an entry (at most half the pairs in use). */
    private static int slotsFor(int entries) {
      return Integer.highestOneBit(4 * entries - 1) << 1;
    }

    private Vocabulary(byte[] keys, int[] keyStart, int[] keyLength, int[] idOfEntry, int[] slots, int[] entryOfId) {
      this.keys = keys;
      this.keyStart = keyStart;
      this.keyLength = keyLength;
      this.idOfEntry = idOfEntry;
      this.count = idOfEntry.length;
      this.slots = slots;
      this.entryOfId = entryOfId;
    }

    /** Bytes {@link #writeTo} writes. */
    int serialisedSize() {
      return Math.toIntExact(4 + 4 + keyBytes() + 8L * count + 4 + 4L * slots.length + 4 + 4L * entryOfId.length);
    }

    private int keyBytes() {
      int keyBytes = 0;
      for (int e = 0; e < count; e++) {
        keyBytes += keyLength[e];
      }
      return keyBytes;
    }

    /**
     * The tokens' bytes one after another, then the tables as they are: read back by {@link #readFrom}, the
     * vocabulary finds every token at the same slot and gives the same ids.
     */
    void writeTo(ByteBuffer out) {
      out.putInt(count).putInt(keyBytes());
      for (int e = 0; e < count; e++) {
        out.put(keys, keyStart[e], keyLength[e]);
      }
      putInts(out, keyLength, count);
      putInts(out, idOfEntry, count);
      out.putInt(slots.length);
      putInts(out, slots, slots.length);
      out.putInt(entryOfId.length);
      putInts(out, entryOfId, entryOfId.length);
    }

    static Vocabulary readFrom(ByteBuffer in) {
      int count = in.getInt();
      byte[] keys = new byte[in.getInt()];
      in.get(keys);
      int[] keyLength = getInts(in, count);
      int[] idOfEntry = getInts(in, count);
      int[] slots = getInts(in, in.getInt());
      int[] entryOfId = getInts(in, in.getInt());
      int[] keyStart = new int[count];
      for (int e = 0, at = 0; e < count; e++) {
        keyStart[e] = at;
        at += keyLength[e];
      }
      return new Vocabulary(keys, keyStart, keyLength, idOfEntry, slots, entryOfId);
    }

    private static void putInts(ByteBuffer out, int[] values, int count) {
      out.asIntBuffer().put(values, 0, count);
      out.position(out.position() + 4 * count);
    }

    private static int[] getInts(ByteBuffer in, int count) {
      int[] values = new int[count];
      in.asIntBuffer().get(values);
      in.position(in.position() + 4 * count);
      return values;
    }

    /**
     * Reads the JSON object {"token": id, ...} starting at {@code from}; null if it is not one. Escaped keys are
     * decoded in place (a decoded key is never longer than its escaped form).
     */
    static Vocabulary parse(byte[] json, int from) {
      // Sized for the rest of the file at an entry per 16 bytes (the built-in model's take 22): grown from a few
      // thousand entries, the table was rehashed seven times on the way to its 348,000.
      Vocabulary vocabulary = new Vocabulary(json, Math.max(1 << 12, (json.length - from) / 16));
      int i = JsonScan.skipSpace(json, from + 1);
      while (i < json.length && json[i] != '}') {
        if (json[i] != '"') {
          return null;
        }
        int start = ++i;
        int written = start;
        int h = FNV_OFFSET;
        while (json[i] != '"') {
          byte b = json[i];
          if (b != '\\') {
            json[written++] = b;
            h = (h ^ b) * FNV_PRIME;
            i++;
            continue;
          }
          int[] decoded = unescape(json, i);
          for (byte e : Character.toString(decoded[0]).getBytes(StandardCharsets.UTF_8)) {
            json[written++] = e;
            h = (h ^ e) * FNV_PRIME;
          }
          i = decoded[1];
        }
        i = JsonScan.skipSpace(json, i + 1);
        if (i >= json.length || json[i] != ':') {
          return null;
        }
        i = JsonScan.skipSpace(json, i + 1);
        int id = 0;
        int digits = 0;
        for (; i < json.length && json[i] >= '0' && json[i] <= '9'; i++, digits++) {
          id = id * 10 + (json[i] - '0');
        }
        if (digits == 0 || digits > 9) {
          return null;
        }
        vocabulary.add(start, written - start, mix(h), id);
        i = JsonScan.skipSpace(json, i);
        if (i < json.length && json[i] == ',') {
          i = JsonScan.skipSpace(json, i + 1);
        }
      }
      if (i >= json.length) {
        return null;
      }
      vocabulary.end = i + 1;
      // The estimate from the file's size may have doubled the table once too often (the name buckets' 4,096 tokens
      // took the built-in model's file over a power of two: 16 MB of slots for 380,000 entries instead of 8, kept
      // in memory and in the cache): the table is brought back to the size its entries ask for.
      if (vocabulary.count > 0 && vocabulary.slots.length > slotsFor(vocabulary.count)) {
        vocabulary.rehash(slotsFor(vocabulary.count));
      }
      vocabulary.entryOfId = new int[Arrays.stream(vocabulary.idOfEntry, 0, vocabulary.count).max().orElse(-1) + 1];
      Arrays.fill(vocabulary.entryOfId, -1);
      for (int e = 0; e < vocabulary.count; e++) {
        vocabulary.entryOfId[vocabulary.idOfEntry[e]] = e;
      }
      return vocabulary;
    }

    /** The character of the escape at {@code i} and the index after it. */
    private static int[] unescape(byte[] json, int i) {
      char escaped = (char) json[i + 1];
      if (escaped != 'u') {
        int c = switch (escaped) {
          case 'b' -> '\b';
          case 'f' -> '\f';
          case 'n' -> '\n';
          case 'r' -> '\r';
          case 't' -> '\t';
          default -> escaped;
        };
        return new int[] {c, i + 2};
      }
      int unit = Integer.parseInt(new String(json, i + 2, 4, StandardCharsets.US_ASCII), 16);
      if (Character.isHighSurrogate((char) unit) && json[i + 6] == '\\' && json[i + 7] == 'u') {
        int low = Integer.parseInt(new String(json, i + 8, 4, StandardCharsets.US_ASCII), 16);
        return new int[] {Character.toCodePoint((char) unit, (char) low), i + 12};
      }
      return new int[] {unit, i + 6};
    }

    private void add(int start, int length, int hash, int id) {
      if (count == idOfEntry.length) {
        keyStart = Arrays.copyOf(keyStart, count * 2);
        keyLength = Arrays.copyOf(keyLength, count * 2);
        idOfEntry = Arrays.copyOf(idOfEntry, count * 2);
      }
      keyStart[count] = start;
      keyLength[count] = length;
      idOfEntry[count] = id;
      if (4 * (count + 1) > slots.length) {
        rehash(slots.length * 2);
      }
      int slot = find(hash, keys, null, start, start + length);
      slots[slot] = count + 1; // a repeated key: the later entry wins, as in a map
      slots[slot + 1] = hash;
      count++;
    }

    /** Moves every entry into a table of {@code length} slot ints (a power of two, at least four per entry). */
    private void rehash(int length) {
      int[] old = slots;
      slots = new int[length];
      for (int s = 0; s < old.length; s += 2) {
        if (old[s] != 0) {
          int slot = emptySlot(old[s + 1]);
          slots[slot] = old[s];
          slots[slot + 1] = old[s + 1];
        }
      }
    }

    /** Murmur3's finaliser over the FNV-1a hash: every bit of the hash reaches the low bits the table uses. */
    private static int mix(int h) {
      h ^= h >>> 16;
      h *= 0x85EBCA6B;
      h ^= h >>> 13;
      h *= 0xC2B2AE35;
      return h ^ (h >>> 16);
    }

    /** Index of the first slot pair free for {@code hash}. */
    private int emptySlot(int hash) {
      int mask = (slots.length >> 1) - 1;
      int slot = hash & mask;
      while (slots[2 * slot] != 0) {
        slot = (slot + 1) & mask;
      }
      return 2 * slot;
    }

    /** The id of the token spelled by {@code text[start, end)}, after {@code prefix} if asked; -1 if none. */
    int id(byte[] text, byte[] prefix, int start, int end, boolean withPrefix) {
      byte[] before = withPrefix ? prefix : null;
      int h = FNV_OFFSET;
      if (before != null) {
        for (byte b : before) {
          h = (h ^ b) * FNV_PRIME;
        }
      }
      for (int b = start; b < end; b++) {
        h = (h ^ text[b]) * FNV_PRIME;
      }
      int entry = slots[find(mix(h), text, before, start, end)];
      return entry == 0 ? -1 : idOfEntry[entry - 1];
    }

    int maxId() {
      return entryOfId.length - 1;
    }

    String token(int id) {
      int e = entryOfId[id];
      return new String(keys, keyStart[e], keyLength[e], StandardCharsets.UTF_8);
    }

    /** Index of the slot pair holding the key with this hash, or of the free one where it would go. */
    private int find(int hash, byte[] text, byte[] prefix, int start, int end) {
      int length = end - start + (prefix == null ? 0 : prefix.length);
      int mask = (slots.length >> 1) - 1;
      for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
        int entry = slots[2 * slot] - 1;
        if (entry < 0 || slots[2 * slot + 1] == hash && keyLength[entry] == length
            && matches(entry, text, prefix, start, end)) {
          return 2 * slot;
        }
      }
    }

    private boolean matches(int entry, byte[] text, byte[] prefix, int start, int end) {
      int k = keyStart[entry];
      if (prefix != null) {
        for (byte b : prefix) {
          if (keys[k++] != b) {
            return false;
          }
        }
      }
      for (int b = start; b < end; b++) {
        if (keys[k++] != text[b]) {
          return false;
        }
      }
      return true;
    }
  }

  /** Just enough of JSON's syntax to find a member of an object and step over a value, without parsing it. */
  static final class JsonScan {
    private JsonScan() {}

    static int skipSpace(byte[] json, int i) {
      while (i < json.length && (json[i] == ' ' || json[i] == '\n' || json[i] == '\r' || json[i] == '\t')) {
        i++;
      }
      return i;
    }

    /** Where the value of member {@code name} of the object at {@code object} starts; -1 if absent. */
    static int member(byte[] json, int object, String name) {
      byte[] key = name.getBytes(StandardCharsets.UTF_8);
      int i = skipSpace(json, object + 1);
      while (i < json.length && json[i] == '"') {
        int keyEnd = skipString(json, i);
        boolean match = keyEnd - i - 2 == key.length && Arrays.equals(json, i + 1, keyEnd - 1, key, 0, key.length);
        i = skipSpace(json, keyEnd);
        if (i >= json.length || json[i] != ':') {
          return -1;
        }
        int start = skipSpace(json, i + 1);
        if (match) {
          return start;
        }
        i = skipSpace(json, skipValue(json, start));
        if (i < json.length && json[i] == ',') {
          i = skipSpace(json, i + 1);
        }
      }
      return -1;
    }

    private static int skipString(byte[] json, int i) {
      for (i++; i < json.length && json[i] != '"'; i++) {
        if (json[i] == '\\') {
          i++;
        }
      }
      return i + 1;
    }

    private static int skipValue(byte[] json, int i) {
      if (i >= json.length) {
        return i;
      }
      if (json[i] == '"') {
        return skipString(json, i);
      }
      if (json[i] == '{' || json[i] == '[') {
        int depth = 0;
        do {
          byte b = json[i];
          if (b == '"') {
            i = skipString(json, i);
            continue;
          }
          if (b == '{' || b == '[') {
            depth++;
          } else if (b == '}' || b == ']') {
            depth--;
          }
          i++;
        } while (depth > 0 && i < json.length);
        return i;
      }
      while (i < json.length && json[i] != ',' && json[i] != '}' && json[i] != ']' && json[i] > ' ') {
        i++;
      }
      return i;
    }
  }
}
