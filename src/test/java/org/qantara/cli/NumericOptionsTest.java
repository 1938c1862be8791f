package org.qantara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numeric options out of range are usage errors naming the option and its range, found before any work. */
class NumericOptionsTest {
  private static final String AR = "../shared/gold/seed-001/ar.txt";
  private static final String EN = "../shared/gold/seed-001/en.txt";

  private static void refused(String option, String... args) {
    CliRunner r = CliRunner.run(args);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains(option + " must be from").doesNotContain("Exception").doesNotContain("by zero");
  }

  @Test
  void zeroNegativeAndAbsurdValuesAreRefused() {
    refused("--pairs-per-document", "eval-review", "--pairs-per-document", "0");
    refused("--pairs-per-document", "eval-review", "--pairs-per-document", "-3");
    refused("--width", "align", AR, EN, "--width", "0");
    refused("--width", "align", AR, EN, "--width", "-5");
    refused("--width", "align", AR, EN, "--width", "100000000");
  }

  @Test
  void valuesInRangeStillWork() {
    CliRunner r = CliRunner.run("align", AR, EN, "--presegmented", "--width", "80");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains(" │ A Russian source revealed that Moscow\n");
  }
}
