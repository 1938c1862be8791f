package org.qantara.core.formats;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.qantara.core.QantaraException;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.Link;

/**
 * Plain-text rendering for a terminal: for each link a header with its indices and score, then the Arabic
 * text (right-aligned, as Arabic is read) and the English text in two columns, each wrapped to half the
 * width. No bidi control characters are added: the terminal orders the Arabic itself, and the text stays
 * greppable.
 */
public final class SideBySideText {
  private static final String GUTTER = " │ ";
  private static final int MIN_WIDTH = 2 * 10 + 3;

  private SideBySideText() {}

  public static void write(AlignedDocuments aligned, Appendable out, int width) throws IOException {
    if (width < MIN_WIDTH) {
      throw new QantaraException(
          "side-by-side width " + width + " is too narrow", "use a width of at least " + MIN_WIDTH + " columns");
    }
    int column = (width - GUTTER.length()) / 2;
    for (int k = 0; k < aligned.links().size(); k++) {
      Link link = aligned.links().get(k);
      if (k > 0) {
        out.append('\n');
      }
      out.append('[').append(LinkTexts.indices(link.source())).append("]:[")
          .append(LinkTexts.indices(link.target())).append(']')
          .append("  ").append(LinkTexts.score(link.score())).append('\n');
      List<String> arabic = wrap(VisibleControls.show(LinkTexts.of(aligned.source(), link.source())), column);
      List<String> english = wrap(VisibleControls.show(LinkTexts.of(aligned.target(), link.target())), column);
      for (int row = 0; row < Math.max(arabic.size(), english.size()); row++) {
        String left = row < arabic.size() ? arabic.get(row) : "";
        String right = row < english.size() ? english.get(row) : "";
        out.append(" ".repeat(column - displayWidth(left))).append(left).append(GUTTER).append(right).append('\n');
      }
    }
  }

  /** Greedy word wrap to {@code width} display columns; a word longer than a line is cut. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int lineWidth = 0;
    for (String word : text.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      int wordWidth = displayWidth(word);
      if (lineWidth > 0 && lineWidth + 1 + wordWidth > width) {
        lines.add(line.toString());
        line.setLength(0);
        lineWidth = 0;
      }
      while (wordWidth > width) {
        int cut = prefixFitting(word, width);
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
        wordWidth = displayWidth(word);
      }
      if (lineWidth > 0) {
        line.append(' ');
        lineWidth++;
      }
      line.append(word);
      lineWidth += wordWidth;
    }
    if (lineWidth > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Terminal columns: combining marks (Arabic vowel signs) and format controls take none, wide CJK two. */
  static int displayWidth(String text) {
    return text.codePoints().map(SideBySideText::codePointWidth).sum();
  }

  private static int codePointWidth(int codePoint) {
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
      return 0;
    }
    int eastAsian = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
    return eastAsian == UCharacter.EastAsianWidth.WIDE || eastAsian == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
  }

  private static int prefixFitting(String word, int width) {
    int used = 0;
    int end = 0;
    while (end < word.length()) {
      int codePoint = word.codePointAt(end);
      int next = used + codePointWidth(codePoint);
      if (next > width && end > 0) {
        break;
      }
      used = next;
      end += Character.charCount(codePoint);
    }
    return end;
  }
}
