package org.qantara.core.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
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

  public static void write(List<BitextUnit> units, Writer out, ExportReport report) throws IOException {
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
}
