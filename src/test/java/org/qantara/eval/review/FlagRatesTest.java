package org.qantara.eval.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qantara.core.review.Flag;

class FlagRatesTest {

  private static Flag flag(Flag.Type type, Flag.Severity severity) {
    return new Flag(type, severity, 1.0, 0, List.of(), List.of(), "");
  }

  @Test
  void countsFlagsPerHundredLinksBySeverityAndInTotal() {
    FlagRates rates = FlagRates.of(40, List.of(flag(Flag.Type.NAME, Flag.Severity.MAJOR),
        flag(Flag.Type.NAME, Flag.Severity.MINOR), flag(Flag.Type.NEGATION, Flag.Severity.CRITICAL),
        flag(Flag.Type.LOW_SIMILARITY, Flag.Severity.MINOR)));

    assertThat(rates.perHundredLinks(Flag.Severity.CRITICAL)).isEqualTo(2.5);
    assertThat(rates.perHundredLinks(Flag.Severity.MAJOR)).isEqualTo(5.0);
    assertThat(rates.perHundredLinks(Flag.Severity.MINOR)).isEqualTo(10.0);
    assertThat(rates.table()).contains("| NAME | 0.0 | 2.5 | 2.5 | 5.0 |")
        .contains("| NEGATION | 2.5 | 0.0 | 0.0 | 2.5 |")
        .contains("| **all** | **2.5** | **2.5** | **5.0** | **10.0** |")
        .doesNotContain("OMISSION");
  }

  /** eval-review writes these maps as JSON: the same flags give the same bytes in every run, severities in order. */
  @Test
  void countsKeepTheTypesAndSeveritiesInTheirOrder() {
    java.util.Map<Flag.Severity, Integer> unordered = new java.util.HashMap<>();
    for (Flag.Severity severity : Flag.Severity.values()) {
      unordered.put(severity, severity.ordinal() + 1);
    }
    FlagRates rates = new FlagRates(10, java.util.Map.of(Flag.Type.NAME, java.util.Map.copyOf(unordered),
        Flag.Type.OMISSION, java.util.Map.copyOf(unordered)));
    assertThat(rates.counts().keySet()).containsExactly(Flag.Type.OMISSION, Flag.Type.NAME);
    assertThat(rates.counts().get(Flag.Type.NAME).keySet()).containsExactly(Flag.Severity.values());
  }
}
