package org.qantara.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuantityExtractorTest {
  private static void assertAsBigDecimal(String digits) {
    assertThat(QuantityExtractor.decimalKey(digits)).as(digits)
        .isEqualTo(new BigDecimal(digits).stripTrailingZeros().toPlainString());
  }

  @Test
  void aRunOfDigitsKeysAsBigDecimalWritesItWithoutItsIdleZeros() {
    for (String digits : new String[] {"0", "00", "000", "7", "007", "1500", "1500.00", "0.0", "0.000", "0.5", "0.50",
        "00.10", "3.05", "10.01", "100", "1.000001", "12345678901234567890.098765432100"}) {
      assertAsBigDecimal(digits);
    }
    SplittableRandom random = new SplittableRandom(11);
    for (int k = 0; k < 200_000; k++) {
      StringBuilder digits = new StringBuilder();
      for (int n = 1 + random.nextInt(6); n > 0; n--) {
        digits.append(random.nextInt(3) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
      }
      if (random.nextBoolean()) {
        digits.append('.');
        for (int n = 1 + random.nextInt(6); n > 0; n--) {
          digits.append(random.nextInt(3) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
        }
      }
      assertAsBigDecimal(digits.toString());
    }
  }
}
