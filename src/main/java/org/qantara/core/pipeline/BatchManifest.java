package org.qantara.core.pipeline;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.qantara.core.QantaraException;
import org.qantara.core.formats.VisibleControls;
import org.qantara.core.text.TextReader;

/**
 * Reads the list of pairs a batch aligns. Two kinds of manifest:
 *
 * <ul>
 *   <li>TSV: one pair a line, {@code ARABIC<TAB>ENGLISH} or one bilingual file; with an optional header
 *       line naming the columns ({@code id}, {@code arabic}, {@code english}, {@code encoding} for both files,
 *       {@code arabic_encoding} and {@code english_encoding} for one), or, without one, three columns read as
 *       id, Arabic, English and a fourth as the encoding. Blank lines and lines starting with # are skipped.
 *   <li>JSONL (a {@code .jsonl} / {@code .ndjson} file, or one whose first line is a JSON object): one
 *       object a line with the same fields, or with the texts inline as {@code "ar"} and {@code "en"} —
 *       corpus builders keep their documents in tables, not files.
 * </ul>
 *
 * Paths are relative to the manifest's folder. Ids name the outputs and must be unique; a pair without an
 * id is named after its Arabic file, with as many of its folders as make the name unique
 * ({@code a/doc.ar} and {@code b/doc.ar} become {@code a-doc} and {@code b-doc}).
 */
public final class BatchManifest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> COLUMNS = Set.of("id", "arabic", "english", "encoding", "arabic_encoding", "english_encoding", "ar", "en");
  private static final String TSV_FIX =
      "write 'ARABIC<TAB>ENGLISH' (or one bilingual file) a line, or 'ID<TAB>ARABIC<TAB>ENGLISH', "
          + "optionally under a header line 'id<TAB>arabic<TAB>english<TAB>encoding'";
  private static final String JSONL_FIX =
      "write one object a line: {\"id\": …, \"arabic\": PATH, \"english\": PATH} or {\"id\": …, \"ar\": TEXT, \"en\": TEXT}";

  private BatchManifest() {}

  /** A pair as listed, before names are settled: its id when the row gave one, else null. */
  private record Row(String id, String origin, Path arabic, Path english, Charset arabicEncoding,
      Charset englishEncoding, long offset, int length) {}

  /** What a row says of its files' encodings: one for both, or one a side (which wins over the shared one). */
  private record Encodings(String both, String arabic, String english) {}

  public static boolean isJsonLines(Path manifest, String firstLine) {
    String name = manifest.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || firstLine.startsWith("{");
  }

  public static List<BatchJob> read(Path manifest) {
    byte[] bytes = readBytes(manifest);
    Path base = manifest.toAbsolutePath().getParent();
    List<Line> lines = lines(manifest, bytes);
    String first = lines.stream().map(Line::text).filter(t -> !t.isBlank()).findFirst().orElse("").strip();
    List<Row> rows = isJsonLines(manifest, first) ? jsonRows(manifest, base, lines) : tsvRows(manifest, base, lines);
    if (rows.isEmpty()) {
      throw new QantaraException("the manifest " + manifest + " lists no pairs", TSV_FIX);
    }
    return name(rows, manifest);
  }

  /**
   * Refuses a manifest none of whose Arabic files exists: it is no manifest (a text given as the list of pairs,
   * a list written for another folder), and one line says so, rather than one failure a row.
   */
  static void requireSomeListedFile(Path manifest, List<BatchJob> jobs) {
    List<BatchJob.FilePair> files = jobs.stream()
        .filter(BatchJob.FilePair.class::isInstance).map(BatchJob.FilePair.class::cast).toList();
    if (files.isEmpty() || files.stream().anyMatch(f -> Files.exists(f.arabic()))) {
      return;
    }
    String named = manifest.toAbsolutePath().getParent().relativize(files.getFirst().arabic()).toString();
    String shown = named.length() <= 60 ? named : named.substring(0, 60) + "…";
    throw new QantaraException(manifest + " does not look like a list of pairs: none of the " + files.size()
        + " Arabic files it names exists (" + files.getFirst().origin() + " names '" + VisibleControls.show(shown)
        + "')", "list existing files, with paths relative to the manifest's folder, or give a folder of NAME.ar / "
            + "NAME.en files; a single text holding both languages is aligned on its own, not as a batch");
  }

  /** One line of the manifest with where its bytes are (inline texts are read again from there). */
  private record Line(int number, String text, long offset, int length) {}

  private static List<Line> lines(Path manifest, byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        ? 3 : 0;
    List<Line> lines = new ArrayList<>();
    int number = 1;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
      lines.add(new Line(number, decode(manifest, bytes, start, stop - start, number), start, stop - start));
      number++;
      start = end + 1;
    }
    return lines;
  }

  private static String decode(Path manifest, byte[] bytes, int offset, int length, int number) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, length)).toString();
    } catch (CharacterCodingException e) {
      throw new QantaraException(manifest + " line " + number + " is not UTF-8",
          "save the manifest as UTF-8 (the documents it lists may keep their own encoding: see the encoding column)");
    }
  }

  private static List<Row> tsvRows(Path manifest, Path base, List<Line> lines) {
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> columns = null;
    boolean first = true;
    for (Line line : lines) {
      String text = line.text().strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String[] fields = line.text().split("\t", -1);
      String where = manifest.getFileName() + " line " + line.number();
      if (first) {
        first = false;
        columns = header(fields, where);
        if (columns != null) {
          continue;
        }
      }
      rows.add(tsvRow(fields, columns, base, where));
    }
    return rows;
  }

  /** The header's columns by name, or null when the first line is a pair. */
  private static Map<String, Integer> header(String[] fields, String where) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i++) {
      String name = fields[i].strip().toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(name)) {
        return null;
      }
      name = name.equals("ar") ? "arabic" : name.equals("en") ? "english" : name;
      if (columns.put(name, i) != null) {
        throw new QantaraException(where + " names the column '" + name + "' twice", TSV_FIX);
      }
    }
    if (!columns.containsKey("arabic")) {
      throw new QantaraException(where + " is a header without an 'arabic' column", TSV_FIX);
    }
    return columns;
  }

  private static Row tsvRow(String[] fields, Map<String, Integer> columns, Path base, String where) {
    String id;
    String arabic;
    String english;
    Encodings encoding;
    if (columns != null) {
      if (fields.length > columns.size()) {
        throw new QantaraException(where + " has " + fields.length + " fields under a header of " + columns.size(), TSV_FIX);
      }
      id = field(fields, columns.get("id"));
      arabic = field(fields, columns.get("arabic"));
      english = field(fields, columns.get("english"));
      encoding = new Encodings(field(fields, columns.get("encoding")), field(fields, columns.get("arabic_encoding")),
          field(fields, columns.get("english_encoding")));
    } else {
      switch (fields.length) {
        case 1, 2 -> {
          id = null;
          arabic = fields[0];
          english = fields.length == 2 ? fields[1] : null;
          encoding = new Encodings(null, null, null);
        }
        case 3, 4 -> {
          id = fields[0];
          arabic = fields[1];
          english = fields[2];
          encoding = new Encodings(fields.length == 4 ? fields[3] : null, null, null);
        }
        default -> throw new QantaraException(where + " has " + fields.length + " tab-separated fields", TSV_FIX);
      }
    }
    return fileRow(blankToNull(id), where, base, arabic, english, encoding, TSV_FIX);
  }

  private static String field(String[] fields, Integer column) {
    return column == null || column >= fields.length ? null : blankToNull(fields[column]);
  }

  private static List<Row> jsonRows(Path manifest, Path base, List<Line> lines) {
    List<Row> rows = new ArrayList<>();
    for (Line line : lines) {
      if (line.text().isBlank()) {
        continue;
      }
      String where = manifest.getFileName() + " line " + line.number();
      JsonNode row;
      try {
        row = JSON.readTree(line.text());
      } catch (JacksonException e) {
        throw new QantaraException(where + " is not a JSON object: " + e.getOriginalMessage(), JSONL_FIX);
      }
      if (row == null || !row.isObject()) {
        throw new QantaraException(where + " is not a JSON object", JSONL_FIX);
      }
      String id = text(row, "id", where);
      if (row.has("ar") || row.has("en")) {
        if (!row.path("ar").isTextual() || !row.path("en").isTextual()) {
          throw new QantaraException(where + " needs both \"ar\" and \"en\" as texts", JSONL_FIX);
        }
        rows.add(new Row(id, where, null, null, null, null, line.offset(), line.length()));
      } else {
        rows.add(fileRow(id, where, base, text(row, "arabic", where), text(row, "english", where),
            new Encodings(text(row, "encoding", where), text(row, "arabic_encoding", where),
                text(row, "english_encoding", where)), JSONL_FIX));
      }
    }
    return rows;
  }

  private static String text(JsonNode row, String field, String where) {
    JsonNode value = row.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual() && !value.isNumber()) {
      throw new QantaraException(where + ": \"" + field + "\" must be a string", JSONL_FIX);
    }
    return blankToNull(value.asText());
  }

  private static Row fileRow(String id, String where, Path base, String arabic, String english, Encodings encoding,
      String fix) {
    if (arabic == null) {
      throw new QantaraException(where + " names no Arabic file", fix);
    }
    return new Row(id, where, path(base, arabic, where), english == null ? null : path(base, english, where),
        charset(encoding.arabic() != null ? encoding.arabic() : encoding.both(), where),
        charset(encoding.english() != null ? encoding.english() : encoding.both(), where), -1, 0);
  }

  /** A file named in the manifest; a name no file system allows (a NUL byte) is the manifest's fault, said so. */
  private static Path path(Path base, String name, String where) {
    try {
      return base.resolve(name.strip());
    } catch (InvalidPathException e) {
      throw new QantaraException(where + ": '" + name.strip().replace("\0", "\\0") + "' is not a file name (" + e.getReason() + ")",
          "write one file path a field; is the manifest a text file?");
    }
  }

  private static Charset charset(String encoding, String where) {
    if (encoding == null) {
      return null;
    }
    return TextReader.encodingNamed(encoding).orElseThrow(() -> new QantaraException(
        where + ": unknown encoding '" + encoding.strip() + "'", "use e.g. UTF-8, windows-1256 or ISO-8859-6"));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Settles every row's id: given ids must be unique; the others are made unique from their paths. */
  private static List<BatchJob> name(List<Row> rows, Path manifest) {
    Map<String, Row> given = new HashMap<>();
    for (Row row : rows) {
      if (row.id() != null) {
        Row other = given.putIfAbsent(row.id(), row);
        if (other != null) {
          throw new QantaraException("the id '" + row.id() + "' is on " + other.origin() + " and on " + row.origin(),
              "give every pair its own id");
        }
      }
    }
    Map<Row, String> derived = deriveNames(rows.stream().filter(r -> r.id() == null).toList(), given);
    List<BatchJob> jobs = new ArrayList<>(rows.size());
    for (Row row : rows) {
      String id = row.id() != null ? row.id() : derived.get(row);
      jobs.add(row.arabic() == null
          ? new BatchJob.InlinePair(id, row.origin(), manifest.toAbsolutePath(), row.offset(), row.length())
          : new BatchJob.FilePair(id, row.origin(), row.arabic(), row.english(), row.arabicEncoding(),
              row.englishEncoding()));
    }
    return jobs;
  }

  /**
   * Names rows after their Arabic file ("report.ar.txt" → "report"; "seed-001/ar.txt" → "seed-001"); where
   * two would share a name, both take their folders' names in front, one more at a time, until they differ.
   * Inline rows without an id are named by their line. Two rows listing the very same files are an error.
   */
  private static Map<Row, String> deriveNames(List<Row> rows, Map<String, Row> given) {
    Map<List<Path>, Row> listed = new HashMap<>();
    for (Row row : rows) {
      if (row.arabic() != null) {
        Path english = row.english() == null ? null : row.english().normalize();
        Row other = listed.putIfAbsent(java.util.Arrays.asList(row.arabic().normalize(), english), row);
        if (other != null) {
          throw new QantaraException(other.origin() + " and " + row.origin() + " list the same files",
              "remove the repeated pair, or give both ids (an 'id' column) to align it twice");
        }
      }
    }
    Map<Row, String> names = new HashMap<>();
    Map<Row, Integer> depth = new HashMap<>();
    for (Row row : rows) {
      depth.put(row, 0);
    }
    for (int round = 0; ; round++) {
      Map<String, List<Row>> byName = new HashMap<>();
      for (Row row : rows) {
        String name = row.arabic() == null ? "line-" + row.origin().replaceAll(".* line ", "")
            : BatchAlignment.nameOf(row.arabic(), depth.get(row));
        names.put(row, name);
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(row);
      }
      boolean clash = false;
      for (Map.Entry<String, List<Row>> entry : byName.entrySet()) {
        List<Row> same = entry.getValue();
        Row explicit = given.get(entry.getKey());
        if (same.size() == 1 && explicit == null) {
          continue;
        }
        if (round > 32 || same.stream().allMatch(r -> r.arabic() != null && depth.get(r) >= folders(r.arabic()))) {
          Row a = same.get(0);
          Row b = same.size() > 1 ? same.get(1) : explicit;
          throw new QantaraException(a.origin() + " and " + b.origin() + " would both be named '" + entry.getKey() + "'",
              "give them ids (an 'id' column), or remove the repeated pair");
        }
        same.forEach(r -> depth.merge(r, 1, Integer::sum));
        clash = true;
      }
      if (!clash) {
        return names;
      }
    }
  }

  private static int folders(Path file) {
    return file.toAbsolutePath().normalize().getNameCount() - 1;
  }

  private static byte[] readBytes(Path manifest) {
    try {
      return Files.readAllBytes(manifest);
    } catch (IOException e) {
      throw new QantaraException("cannot read the manifest " + manifest + ": " + e.getMessage(),
          "pass a readable manifest (TSV or JSONL) or a folder of pairs");
    }
  }
}
