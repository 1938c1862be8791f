package org.qantara.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The width to lay side-by-side text out in: the user's {@code --width}, else the terminal's ($COLUMNS),
 * else 120. A mixin of the commands that print Arabic and English side by side.
 */
final class TerminalWidth {
  private static final int FALLBACK = 120;

  /** 0: not given. */
  int requested;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--width", paramLabel = "COLUMNS",
      description = "Width of the side-by-side output, 40 to 1000 (default: terminal width or " + FALLBACK + ").")
  void requested(int columns) {
    requested = OptionRange.check(spec, "--width", columns, 40, 1000);
  }

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
