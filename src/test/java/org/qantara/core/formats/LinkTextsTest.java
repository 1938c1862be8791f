package org.qantara.core.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinkTextsTest {
  private static void assertAsFormatter(double score) {
    assertThat(LinkTexts.score(score)).as("score %s", score).isEqualTo(String.format(Locale.ROOT, "%.3f", score));
  }

  @Test
  void scoresAreWrittenAsTheFormatterWritesThem() {
    SplittableRandom random = new SplittableRandom(11);
    for (int k = 0; k < 1_000_000; k++) {
      assertAsFormatter(random.nextDouble());
      assertAsFormatter(random.nextDouble() * 1e-3);
    }
    // The halfway cases: a shortest decimal ending in 5 just past the third place, and its neighbours.
    for (int thousandths = 0; thousandths < 1000; thousandths++) {
      double half = (thousandths + 0.5) / 1000;
      assertAsFormatter(half);
      assertAsFormatter(Math.nextUp(half));
      assertAsFormatter(Math.nextDown(half));
      assertAsFormatter(thousandths / 1000.0);
    }
    for (double edge : new double[] {0.0, -0.0, 1.0, Math.nextDown(1.0), Double.MIN_VALUE, 1e-300, 0.0005, 0.9995,
        -0.25, 1.5, 12.3456, Double.NaN, Double.POSITIVE_INFINITY, -1e-9}) {
      assertAsFormatter(edge);
    }
  }
}
