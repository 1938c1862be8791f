package org.qantara.cli;

import picocli.CommandLine.Option;

/**
 * The width to lay side-by-side text out in: the user's {@code --width}, else the terminal's ($COLUMNS),
 * else 120. A mixin of the commands that print Arabic and English side by side.
 */
final class TerminalWidth {
  private static final int FALLBACK = 120;

  @Option(names = "--width", defaultValue = "0", paramLabel = "COLUMNS",
      description = "Width of the side-by-side output (default: terminal width or " + FALLBACK + ").")
  int requested;

  int columns() {
    if (requested > 0) {
      return requested;
    }
    String columns = System.getenv("COLUMNS");
    if (columns != null && columns.matches("\\d{2,4}")) {
      return Integer.parseInt(columns);
    }
    return FALLBACK;
  }
}
