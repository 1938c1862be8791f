package org.qantara.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.qantara.core.io.AtomicFiles;

/** Sends a command's main output to a file (written atomically) or to standard output. */
final class OutputTarget {
  private OutputTarget() {}

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
