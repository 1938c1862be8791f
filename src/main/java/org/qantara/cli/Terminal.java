package org.qantara.cli;

import java.io.Console;

/** Whether the process talks to a person at a terminal (colour, progress bars) or to a pipe or a file. */
final class Terminal {
  private Terminal() {}

  /**
   * From Java 22 {@code System.console()} exists even when output is redirected and {@code
   * Console.isTerminal()} tells; on Java 21 a console exists only on a terminal.
   */
  public static boolean isInteractive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
