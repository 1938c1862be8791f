package org.qantara.cli;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.formats.SideBySideText;
import org.qantara.core.formats.VisibleControls;
import org.qantara.core.review.Flag;
import org.qantara.core.review.ReviewReport;

/**
 * The review for a terminal: each link side by side (as {@code qantara align} shows it) with its flags
 * underneath, then a summary. ANSI colour only when asked for (the CLI asks when writing to a terminal),
 * so piped output stays plain and greppable.
 */
final class ReviewText {
  private static final String RESET = "\u001b[0m";
  private static final Map<Flag.Severity, String> COLOUR = new EnumMap<>(Map.of(
      Flag.Severity.CRITICAL, "\u001b[1;31m",
      Flag.Severity.MAJOR, "\u001b[33m",
      Flag.Severity.MINOR, "\u001b[36m"));

  private ReviewText() {}

  static void write(ReviewReport report, Appendable out, int width, boolean colour) throws IOException {
    out.append(paint(report.verdict().isTranslation() ? "" : COLOUR.get(Flag.Severity.CRITICAL), colour,
        "Verdict: " + report.verdict().explanation())).append("\n\n");
    for (int k = 0; k < report.links().size(); k++) {
      AlignedDocuments alignment = report.alignment();
      AlignedDocuments one = new AlignedDocuments(alignment.source(), alignment.target(),
          List.of(alignment.links().get(k)), alignment.modelId(), alignment.params());
      StringBuilder block = new StringBuilder();
      SideBySideText.write(one, block, width);
      out.append(block);
      for (Flag flag : report.flagsOfLink(k)) {
        out.append(paint(COLOUR.get(flag.severity()), colour, String.format(Locale.ROOT, "  ▲ %s %s (%.2f): %s",
            flag.severity().name().toLowerCase(Locale.ROOT), flag.type(), flag.confidence(), VisibleControls.show(flag.reason()))))
            .append('\n');
      }
      out.append('\n');
    }
    out.append(summary(report)).append('\n');
  }

  /** "3 flags: 1 critical, 2 major, 0 minor — NUMBER 1, OMISSION 2". */
  static String summary(ReviewReport report) {
    Map<Flag.Severity, Long> bySeverity = new EnumMap<>(Flag.Severity.class);
    Map<Flag.Type, Long> byType = new EnumMap<>(Flag.Type.class);
    for (Flag f : report.flags()) {
      bySeverity.merge(f.severity(), 1L, Long::sum);
      byType.merge(f.type(), 1L, Long::sum);
    }
    StringBuilder s = new StringBuilder().append(report.flags().size()).append(" flag(s): ");
    for (Flag.Severity severity : Flag.Severity.values()) {
      s.append(bySeverity.getOrDefault(severity, 0L)).append(' ').append(severity.name().toLowerCase(Locale.ROOT))
          .append(severity == Flag.Severity.MINOR ? "" : ", ");
    }
    if (!byType.isEmpty()) {
      s.append(" —");
      byType.forEach((type, n) -> s.append(' ').append(type).append(' ').append(n));
    }
    return s.toString();
  }

  private static String paint(String code, boolean colour, String text) {
    return colour && !code.isEmpty() ? code + text + RESET : text;
  }
}
