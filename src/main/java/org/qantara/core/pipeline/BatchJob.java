package org.qantara.core.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.qantara.core.QantaraException;
import org.qantara.core.io.Sha256;
import org.qantara.core.text.TextOptions;

/**
 * One pair of a batch: its id (which names its outputs), where it was listed (for messages) and where its
 * texts are — two files, one bilingual file, or two texts inline in a JSONL manifest. Inline texts are not
 * held in memory: the job remembers the manifest line and reads it again when its turn comes, so that a
 * manifest of many thousand documents costs a few hundred bytes a pair until then.
 */
public sealed interface BatchJob {

  /** Unique within a batch; may hold any character (outputs are named by {@link #outputName()}). */
  String id();

  /** Where the pair was listed, e.g. "pairs.tsv line 4", for messages. */
  String origin();

  /** Reads both documents. */
  DocumentPair load(TextOptions options);

  /** A checksum of everything read from the inputs: a changed input makes the pair run again. */
  String inputChecksum();

  /**
   * The id as a file name inside the output folder: letters, digits, {@code . _ -} kept, anything else
   * (path separators, "..", controls, a leading dot that would hide the file or hit the state file)
   * replaced, and a short hash of the id appended whenever something was replaced (or the id is the name
   * of the batch's own report or corpus), so two ids never share an output and no output leaves the folder.
   */
  default String outputName() {
    return safeFileName(id());
  }

  /**
   * An Arabic file and its English translation, or one bilingual file ({@code english} null), each with the
   * encoding its row names (null: the batch's own for that side).
   */
  record FilePair(String id, String origin, Path arabic, Path english, Charset arabicEncoding,
      Charset englishEncoding) implements BatchJob {

    /** Both files in {@code encoding} (null: the batch's). */
    public FilePair(String id, String origin, Path arabic, Path english, Charset encoding) {
      this(id, origin, arabic, english, encoding, encoding);
    }

    @Override
    public DocumentPair load(TextOptions options) {
      TextOptions own = new TextOptions(
          arabicEncoding == null ? options.arabicEncoding() : arabicEncoding,
          englishEncoding == null ? options.englishEncoding() : englishEncoding,
          options.presegmented(), options.keepSetAside());
      return DocumentPair.load(arabic, english, own);
    }

    @Override
    public String inputChecksum() {
      return checksum(arabic) + "|" + (english == null ? "-" : checksum(english)) + "|"
          + (arabicEncoding == null ? "" : arabicEncoding.name())
          + (Objects.equals(arabicEncoding, englishEncoding) ? ""
              : "|" + (englishEncoding == null ? "" : englishEncoding.name()));
    }
  }

  /**
   * Texts inline in a JSONL manifest ({@code "ar"} and {@code "en"}): {@code length} bytes of the line that
   * starts {@code offset} bytes into {@code manifest}.
   */
  record InlinePair(String id, String origin, Path manifest, long offset, int length) implements BatchJob {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public DocumentPair load(TextOptions options) {
      JsonNode row = row();
      return DocumentPair.fromTexts(row.path("ar").asText(), row.path("en").asText(), options, origin + " ('" + id + "')");
    }

    @Override
    public String inputChecksum() {
      MessageDigest digest = Sha256.newDigest();
      JsonNode row = row();
      digest.update(row.path("ar").asText().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(row.path("en").asText().getBytes(StandardCharsets.UTF_8));
      return Sha256.hex(digest);
    }

    private JsonNode row() {
      byte[] bytes = new byte[length];
      try (RandomAccessFile file = new RandomAccessFile(manifest.toFile(), "r")) {
        file.seek(offset);
        file.readFully(bytes);
        return JSON.readTree(bytes);
      } catch (IOException e) {
        throw new QantaraException("cannot read " + origin + " again: " + e.getMessage(),
            "do not change the manifest while a batch runs over it", e);
      }
    }
  }

  private static String checksum(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new QantaraException(file + " does not exist or is not a file", "check the path");
    }
    try {
      return Sha256.of(file);
    } catch (IOException e) {
      throw new QantaraException("cannot read " + file + ": " + e.getMessage(), "check its permissions", e);
    }
  }

  /** Names of the batch's own outputs ({@code report.json}, {@code corpus.tmx} ...): no pair takes them. */
  java.util.Set<String> RESERVED = java.util.Set.of(BatchReport.NAME, BatchCorpus.NAME);

  /** Longest file-name stem kept: room for an extension and a hash within common 255-byte limits. */
  int MAX_NAME = 120;

  static String safeFileName(String id) {
    StringBuilder name = new StringBuilder();
    id.codePoints().forEach(c -> name.appendCodePoint(
        Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' ? c : '_'));
    while (name.length() > 0 && name.charAt(0) == '.') {
      name.setCharAt(0, '_');
    }
    for (int dots = name.indexOf(".."); dots >= 0; dots = name.indexOf("..")) {
      name.setCharAt(dots, '_');
    }
    String kept = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name.toString();
    if (kept.equals(id) && !kept.isEmpty() && !RESERVED.contains(kept.toLowerCase(Locale.ROOT))) {
      return kept;
    }
    byte[] hash = Sha256.newDigest().digest(id.getBytes(StandardCharsets.UTF_8));
    return (kept.isEmpty() ? "pair" : kept) + "-" + HexFormat.of().formatHex(hash, 0, 4).toLowerCase(Locale.ROOT);
  }
}
