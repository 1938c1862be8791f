package org.qantara.core.embed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.qantara.core.QantaraException;
import org.qantara.core.io.AtomicFiles;
import org.qantara.core.io.Sha256;

/**
 * The checksums of model files as last computed, each with the size, modification time and file key (inode)
 * the file had then. Opening a model hashes a file again only when one of those changed, so a large model is
 * read in full once per change rather than on every open. The list lives as one small JSON file in the model
 * home, keyed by absolute path, and is replaced atomically; a list that cannot be read or written only costs
 * hashing again.
 */
final class KnownChecksums {

  static final String FILE_NAME = "checksums.json";

  /**
   * A file whose modification time is this close to the moment it was hashed is not remembered: file times
   * tick coarsely, so a change made in the same tick would leave size and time as they were.
   */
  private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(2);

  /** Made when first needed: the list as this class writes it is read without it ({@link PlainJson}). */
  private static final class Mapper {
    static final ObjectMapper JSON = new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** One remembered file: absolute path, what its attributes were when it was hashed, and the checksum. */
  record Known(String file, long size, long modifiedNanos, String fileKey, String sha256) {}

  private final Path store;
  private final Map<String, Known> known;
  private boolean changed;

  private KnownChecksums(Path store, Map<String, Known> known) {
    this.store = store;
    this.known = known;
  }

  /** The checksums remembered in {@code store}; none when it does not exist or cannot be read. */
  static KnownChecksums load(Path store) {
    Map<String, Known> known = new LinkedHashMap<>();
    try {
      if (Files.isRegularFile(store)) {
        byte[] bytes = Files.readAllBytes(store);
        JsonNode plain = PlainJson.tree(bytes);
        JsonNode list = plain != null ? plain : Mapper.JSON.readTree(bytes);
        for (JsonNode k : list != null && list.isArray() ? list : List.<JsonNode>of()) {
          Known remembered = remembered(k);
          if (remembered != null) {
            known.put(remembered.file(), remembered);
          }
        }
      }
    } catch (IOException e) {
      // A damaged list is a cache miss: every file is hashed again and the list rewritten.
      known.clear();
    }
    return new KnownChecksums(store, known);
  }

  /**
   * One entry of the list as this class writes it, or null for anything else (the file is then hashed again). Read
   * from the tree: binding the record built its deserializer by reflection at every start (docs/BENCHMARKS.md,
   * ninth round, start10).
   */
  private static Known remembered(JsonNode entry) {
    JsonNode file = entry.get("file");
    JsonNode size = entry.get("size");
    JsonNode modified = entry.get("modifiedNanos");
    JsonNode fileKey = entry.get("fileKey");
    JsonNode sha256 = entry.get("sha256");
    if (file == null || !file.isTextual() || sha256 == null || !sha256.isTextual() || !isLong(size)
        || !isLong(modified) || !(fileKey == null || fileKey.isNull() || fileKey.isTextual())) {
      return null;
    }
    return new Known(file.textValue(), size.longValue(), modified.longValue(),
        fileKey == null ? null : fileKey.textValue(), sha256.textValue());
  }

  private static boolean isLong(JsonNode node) {
    return node != null && node.isIntegralNumber() && node.canConvertToLong();
  }

  /** The checksum of {@code file}: remembered when its size, time and file key are unchanged, else computed. */
  String sha256(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    Known k = known.get(key(file));
    if (k != null && k.size() == attributes.size()
        && k.modifiedNanos() == attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)
        && Objects.equals(k.fileKey(), String.valueOf(attributes.fileKey()))) {
      return k.sha256();
    }
    return hash(file);
  }

  /** Computes the checksum of {@code file} whatever is remembered, and remembers it. */
  String hash(Path file) throws IOException {
    long started = System.currentTimeMillis();
    BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
    String sha = Sha256.of(file);
    BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
    long modified = after.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    boolean settled = TimeUnit.MILLISECONDS.toNanos(started) - modified >= SETTLE_NANOS;
    boolean unchangedWhileRead = before.size() == after.size()
        && before.lastModifiedTime().equals(after.lastModifiedTime());
    Known previous = known.remove(key(file));
    if (settled && unchangedWhileRead) {
      known.put(key(file), new Known(key(file), after.size(), modified, String.valueOf(after.fileKey()), sha));
    }
    changed |= previous != null || known.containsKey(key(file));
    return sha;
  }

  /** Writes the list back when it changed; a list that cannot be written is left as it was (see the class). */
  void save() {
    if (!changed) {
      return;
    }
    // Files that are gone (a model deleted or moved) are forgotten, so the list stays as small as the models.
    List<Known> all = known.values().stream().filter(k -> Files.isRegularFile(Path.of(k.file()))).toList();
    try {
      AtomicFiles.writeText(store, out -> out.write(Mapper.JSON.writeValueAsString(all) + "\n"));
      changed = false;
    } catch (QantaraException e) {
      // A read-only model home: the next open hashes the files again, which is slower but as safe.
    }
  }

  private static String key(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }
}
