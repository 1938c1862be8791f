package org.qantara.core.formats;

import java.io.IOException;
import java.util.List;
import org.qantara.core.align.AlignedDocuments;

/**
 * Tab-separated links for spreadsheets and scripts: a header line, then one line per link with source
 * indices, target indices (comma-separated, empty for none), score (3 decimals), Arabic text, English text.
 * Inside text, backslash, tab, newline and carriage return are written as {@code \\ \t \n \r}.
 */
public final class TsvFormat {
  public static final String HEADER = "source\ttarget\tscore\tarabic\tenglish";

  private TsvFormat() {}

  public static void write(AlignedDocuments aligned, Appendable out) throws IOException {
    write(Bitext.of(aligned.source().name(), aligned).units(), out, new ExportReport());
  }

  static void write(Iterable<BitextUnit> units, Appendable out, ExportReport report) throws IOException {
    out.append(HEADER).append('\n');
    for (BitextUnit unit : units) {
      out.append(LinkTexts.indices(unit.source())).append('\t')
          .append(LinkTexts.indices(unit.target())).append('\t')
          .append(LinkTexts.score(unit.score())).append('\t')
          .append(escape(unit.arabic())).append('\t')
          .append(escape(unit.english())).append('\n');
      report.wrote();
    }
  }

  static String escape(String raw) {
    String text = VisibleControls.show(raw);
    StringBuilder escaped = new StringBuilder(text.length());
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case '\t' -> escaped.append("\\t");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
