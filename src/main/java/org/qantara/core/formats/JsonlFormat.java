package org.qantara.core.formats;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.qantara.core.QantaraException;
import org.qantara.core.review.Flag;

/**
 * JSON Lines: one link per line with everything known about it — document, position, sentence indices,
 * link type, score, Arabic, English, review status and flags (type, severity, confidence, reason). Line
 * breaks inside texts are escaped by JSON, so lines and links correspond one to one.
 */
public final class JsonlFormat {
  private static final ObjectWriter LINE =
      new ObjectMapper().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false).writer();

  private JsonlFormat() {}

  private record FlagLine(Flag.Type type, Flag.Severity severity, double confidence, String reason) {}

  private record UnitLine(
      String document, int position, List<Integer> source, List<Integer> target, String type, double score,
      String arabic, String english, String status, List<FlagLine> flags) {}

  public static void write(Iterable<BitextUnit> units, Writer out, ExportReport report) throws IOException {
    for (BitextUnit unit : units) {
      List<FlagLine> flags = unit.flags().stream()
          .map(f -> new FlagLine(f.type(), f.severity(), f.confidence(), f.reason())).toList();
      String line = LINE.writeValueAsString(new UnitLine(
          unit.document(), unit.position(), unit.source(), unit.target(), unit.type().toString(), unit.score(),
          unit.arabic(), unit.english(), StatusText.label(unit.state()), flags));
      // JSON allows these raw inside strings, but line-splitting tools take them for line ends.
      out.write(line.replace("\u0085", "\\u0085").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"));
      out.write('\n');
      report.wrote();
    }
  }

  /**
   * Streams the units of a file {@link #write} wrote back to {@code sink}, one at a time. Flags come back
   * with their type, severity, confidence and reason (the format keeps no evidence spans).
   */
  public static void read(Path file, Consumer<BitextUnit> sink) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        number++;
        if (text.isBlank()) {
          continue;
        }
        String where = file + " line " + number;
        UnitLine line;
        try {
          line = READER.readValue(text);
        } catch (JacksonException e) {
          throw new QantaraException(where + " is not a Qantara JSONL link: " + e.getOriginalMessage(),
              "give a file written by Qantara's jsonl export", e);
        }
        List<Flag> flags = line.flags().stream().map(f -> new Flag(f.type(), f.severity(), f.confidence(),
            line.position(), List.of(), List.of(), f.reason())).toList();
        sink.accept(new BitextUnit(line.document(), line.position(), line.source(), line.target(), line.arabic(),
            line.english(), line.score(), flags, StatusText.parse(line.status(), where)));
      }
    } catch (IOException e) {
      throw new QantaraException("cannot read " + file + ": " + e.getMessage(), "check that the file is readable", e);
    }
  }

  private static final ObjectReader READER = new ObjectMapper().readerFor(UnitLine.class);
}
