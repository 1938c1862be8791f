package org.qantara.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.qantara.core.formats.AlignmentFormat;
import org.qantara.core.formats.MosesFormat;
import org.qantara.core.io.AtomicFiles;

/** Sends a command's main output to a file (written atomically) or to standard output. */
final class OutputTarget {
  private OutputTarget() {}

  /** The files an output option names: Moses writes two, NAME.ar and NAME.en; none for standard output. */
  static List<Path> filesOf(AlignmentFormat format, Path fileOrNull) {
    if (fileOrNull == null) {
      return List.of();
    }
    return format == AlignmentFormat.MOSES ? MosesFormat.files(fileOrNull) : List.of(fileOrNull);
  }

  static void write(Path fileOrNull, PrintWriter stdout, AtomicFiles.Content content) {
    if (fileOrNull != null) {
      AtomicFiles.writeText(fileOrNull, content);
      return;
    }
    try {
      content.writeTo(stdout);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    stdout.flush();
  }
}
