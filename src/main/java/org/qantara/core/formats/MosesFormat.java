package org.qantara.core.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.qantara.core.io.AtomicFiles;

/**
 * Moses-style plain parallel text: {@code NAME.ar} and {@code NAME.en}, line N of one the translation of
 * line N of the other, as MT training tools read them. Every character that any of them could take for a
 * line end (CR, LF, VT, FF, NEL, the Unicode line and paragraph separators, the file/group/record
 * separators Python's {@code splitlines} honours) becomes a space, so the two files always have the same
 * number of lines.
 */
public final class MosesFormat {
  private MosesFormat() {}

  /** The two files of a Moses corpus named by {@code base}: {@code base.ar}, {@code base.en} ({@code x.ar} counts as base {@code x}). */
  public static List<Path> files(Path base) {
    String name = base.getFileName().toString();
    String stem = name.endsWith(".ar") || name.endsWith(".en") ? name.substring(0, name.length() - 3) : name;
    return List.of(base.resolveSibling(stem + ".ar"), base.resolveSibling(stem + ".en"));
  }

  public static void write(Iterable<BitextUnit> units, Path base, ExportReport report) {
    List<Path> files = files(base);
    AtomicFiles.writeText(files.get(0), out -> {
      for (BitextUnit unit : units) {
        out.write(oneLine(unit.arabic(), unit, "Arabic", report));
        out.write('\n');
      }
    });
    AtomicFiles.writeText(files.get(1), out -> {
      for (BitextUnit unit : units) {
        out.write(oneLine(unit.english(), unit, "English", report));
        out.write('\n');
        report.wrote();
      }
    });
  }

  static String oneLine(String text, BitextUnit unit, String side, ExportReport report) {
    StringBuilder line = null;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      boolean breaks = isLineBreak(c);
      if (breaks && line == null) {
        line = new StringBuilder(text.length()).append(text, 0, k);
      }
      if (line != null) {
        line.append(breaks ? ' ' : c);
      }
    }
    if (line == null) {
      return text;
    }
    report.warn(unit.document() + " link " + unit.position() + ": line break(s) in the " + side + " text written as spaces");
    return line.toString();
  }

  private static boolean isLineBreak(char c) {
    return switch (c) {
      case '\n', '\r', '\u000B', '\u000C', '\u001C', '\u001D', '\u001E', '\u0085', '\u2028', '\u2029' -> true;
      default -> false;
    };
  }
}
