package org.qantara.cli;

/** The width to lay text out in: the user's choice, else the terminal's ($COLUMNS), else 120. */
final class TerminalWidth {
  private static final int FALLBACK = 120;

  private TerminalWidth() {}

  static int orDefault(int requested) {
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
