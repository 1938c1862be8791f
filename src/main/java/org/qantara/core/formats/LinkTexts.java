package org.qantara.core.formats;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
      return BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }
    return String.format(Locale.ROOT, "%.3f", score);
  }

  public static String indices(List<Integer> indices) {
    return indices.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
