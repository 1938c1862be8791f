package org.qantara.core.formats;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.qantara.core.QantaraException;
import org.qantara.core.text.Document;

/** The text of one side of a link: its sentences joined with a space. */
public final class LinkTexts {
  private LinkTexts() {}

  public static String of(Document document, List<Integer> indices) {
    return indices.stream()
        .map(
            i -> {
              if (i < 0 || i >= document.sentences().size()) {
                throw new QantaraException(
                    "link refers to sentence " + i + " but " + document.name() + " has "
                        + document.sentences().size() + " sentences",
                    "align the documents again; the alignment belongs to another version of the text");
              }
              return document.sentences().get(i).text();
            })
        .collect(Collectors.joining(" "));
  }

  /**
   * A link's score with three decimals, exactly as {@code String.format(Locale.ROOT, "%.3f", score)} writes it
   * (the shortest decimal that reads back as the score, rounded half up), without the formatter's parsing of its
   * pattern for every link of a long document. Scores outside [0, 1], and -0, go through the formatter.
   */
  public static String score(double score) {
    if (score > 0 && score <= 1 || Double.doubleToRawLongBits(score) == 0) {
      return thousandthsHalfUp(Double.toString(score));
    }
    return String.format(Locale.ROOT, "%.3f", score);
  }

  /**
   * {@code shortest}, {@link Double#toString} of a number in [0, 1], rounded half up to three decimals: what
   * {@code BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP).toPlainString()} writes, without initialising
   * {@code BigDecimal} (10-13 ms of a command's main thread, docs/BENCHMARKS.md, start11).
   */
  private static String thousandthsHalfUp(String shortest) {
    int exponent = shortest.indexOf('E');
    int whole;
    String decimals;
    if (exponent < 0) {
      int point = shortest.indexOf('.');
      whole = Integer.parseInt(shortest, 0, point, 10);
      decimals = shortest.substring(point + 1);
    } else {
      // Below 10^-3 it is written "d.ddE-n": after "0.", n - 1 zeros and then the digits.
      int zeros = -Integer.parseInt(shortest, exponent + 1, shortest.length(), 10) - 1;
      whole = 0;
      decimals = "0".repeat(Math.min(zeros, 4)) + shortest.charAt(0) + shortest.substring(2, exponent);
    }
    int thousandths = whole * 1000;
    for (int i = 0; i < 3; i++) {
      thousandths += (i < decimals.length() ? decimals.charAt(i) - '0' : 0) * (i == 0 ? 100 : i == 1 ? 10 : 1);
    }
    if (decimals.length() > 3 && decimals.charAt(3) >= '5') {
      thousandths++;
    }
    return thousandths / 1000 + "." + String.valueOf(1000 + thousandths % 1000).substring(1);
  }

  public static String indices(List<Integer> indices) {
    return indices.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
