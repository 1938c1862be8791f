package org.qantara.core.review;

import java.util.ArrayList;
import java.util.List;
import org.qantara.core.text.Span;

/**
 * A word of a sentence with its character offsets [start, end) in the original document text. The
 * review works on words (not model tokens) so that its evidence reads the way a translator reads.
 */
public record Word(String text, int start, int end) {

  public Span span() {
    return new Span(start, end);
  }

  /**
   * Sets {@code marks[i]} for each word i of {@code words} (in text order) that overlaps {@code span}: found by
   * binary search, so that marking every word link of a long link stays linear in its length.
   */
  static void markOverlapping(List<Word> words, Span span, boolean[] marks) {
    int low = 0;
    int high = words.size();
    while (low < high) { // the first word that ends after the span starts
      int middle = (low + high) >>> 1;
      if (words.get(middle).end() <= span.start()) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    for (int i = low; i < words.size() && words.get(i).start() < span.end(); i++) {
      marks[i] = true;
    }
  }

  /**
   * The words of {@code text}, which starts at {@code offset} in its document: runs of letters with their marks and
   * digits, keeping in-word apostrophes and hyphens ("don't", "al-Shara") and decimal and thousand separators between
   * digits of any script ("1,500", "٣٫٥"). Scanned char by char: the regular expression it replaces
   * ({@code WordTest}) took a tenth of a long alignment's word-evidence pass, run over every sentence it looks at.
   */
  public static List<Word> split(String text, int offset) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!isWordPart(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      i = runEnd(text, i);
      while (i < text.length()) {
        char separator = text.charAt(i);
        boolean joins = separator == '\'' || separator == '’' || separator == '-'
            // The char before, not the code point: a digit beyond U+FFFF does not join (as the expression had it).
            || isNumberSeparator(separator) && isDigitLike(text.charAt(i - 1));
        if (!joins || i + 1 >= text.length()) {
          break;
        }
        int next = text.codePointAt(i + 1);
        if (!(isNumberSeparator(separator) ? isDigitLike(next) : isWordPart(next))) {
          break;
        }
        i = runEnd(text, i + 1);
      }
      words.add(new Word(text.substring(start, i), offset + start, offset + i));
    }
    return words;
  }

  /** Where the run of word parts ({@link #isWordPart}) that starts at {@code from} ends. */
  private static int runEnd(String text, int from) {
    int i = from;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!isWordPart(c)) {
        break;
      }
      i += Character.charCount(c);
    }
    return i;
  }

  /** A letter, a mark or a number of any script (Unicode's L, M and N). */
  private static boolean isWordPart(int c) {
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
          Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /** A number of any script (Unicode's N): what a decimal or thousand separator stands between. */
  private static boolean isDigitLike(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static boolean isNumberSeparator(char c) {
    return c == '.' || c == ',' || c == '٫' || c == '٬';
  }
}
