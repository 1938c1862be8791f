package org.qantara.cli;

import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Numeric options are checked as they are parsed: a zero, a negative or an absurd value is a usage error
 * naming the option and its range (exit 2), not a division by zero or a 350 MB output later.
 */
final class OptionRange {
  private OptionRange() {}

  static int check(CommandSpec spec, String option, int value, int min, int max) {
    if (value < min || value > max) {
      throw new ParameterException(spec.commandLine(),
          String.format(Locale.ROOT, "%s must be from %d to %d, not %d", option, min, max, value));
    }
    return value;
  }
}
