package org.qantara.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The line-level view of a text that boilerplate detection and sentence segmentation share, so that
 * both agree on where a paragraph ends and on what counts as sentence-final punctuation.
 */
final class TextLines {
  /** Characters that end a sentence in English or Arabic (؟ question mark, ؛ semicolon, ۔ full stop). */
  private static final String TERMINALS = ".!?؟؛۔…";
  /** Closing quotes and brackets that may follow the final punctuation of a sentence. */
  private static final String CLOSERS = "\"'”’»)]›";
  /** Text wrapped at a fixed width has no line longer than this. */
  private static final int MAX_WRAP_WIDTH = 100;
  /** From this share of capitalised words on, a line is in title case. */
  static final double TITLE_CASE_SHARE = 0.8;
  /** Lower-case words that title case leaves in lower case. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "from", "with",
          "as", "into", "onto", "over", "vs");

  private TextLines() {}

  /**
   * One line of a text: [start, end) without its line terminator, and [contentStart, contentEnd) the
   * line with surrounding whitespace removed (empty for a blank line).
   */
  private record Line(int start, int end, int contentStart, int contentEnd) {
    boolean blank() {
      return contentStart == contentEnd;
    }

    String content(String text) {
      return text.substring(contentStart, contentEnd);
    }
  }

  /** All lines of {@code text}, blank ones included; "\r\n", "\n" and "\r" all end a line. */
  private static List<Line> of(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int length = text.length();
    while (start <= length) {
      int end = start;
      while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      lines.add(trimmed(text, start, end));
      if (end == length) {
        break;
      }
      start = end + (text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n' ? 2 : 1);
    }
    return lines;
  }

  /**
   * The text's lines as spans (line terminators left out), or with {@code joinWrapped} each run of
   * wrapped lines as one span, so that a paragraph's sentences are not cut at its line breaks.
   */
  static List<Span> paragraphs(String text, boolean joinWrapped) {
    List<Line> lines = of(text);
    boolean hardWrapped = joinWrapped && isHardWrapped(text, lines);
    List<Span> paragraphs = new ArrayList<>();
    int start = lines.getFirst().start();
    for (int i = 0; i < lines.size(); i++) {
      boolean last = i + 1 == lines.size();
      if (last || !(joinWrapped && continuesWrappedLine(text, lines.get(i), lines.get(i + 1), hardWrapped))) {
        paragraphs.add(new Span(start, lines.get(i).end()));
        if (!last) {
          start = lines.get(i + 1).start();
        }
      }
    }
    return paragraphs;
  }

  /**
   * Whether the whole text was hard-wrapped at a fixed width: no line longer than a wrap width, and at
   * least half of the lines running on into the next line without final punctuation.
   */
  private static boolean isHardWrapped(String text, List<Line> lines) {
    int nonBlank = 0;
    int runOn = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.blank()) {
        continue;
      }
      if (line.contentEnd() - line.contentStart() > MAX_WRAP_WIDTH) {
        return false;
      }
      nonBlank++;
      if (i + 1 < lines.size() && !lines.get(i + 1).blank() && !endsWithTerminal(line.content(text))) {
        runOn++;
      }
    }
    return nonBlank > 1 && 2 * runOn >= nonBlank;
  }

  private static Line trimmed(String text, int start, int end) {
    Span content = trim(text, start, end);
    return new Line(start, end, content.start(), content.end());
  }

  /** [start, end) of {@code text} without leading and trailing whitespace (an empty span at its end when all blank). */
  static Span trim(CharSequence text, int start, int end) {
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  /** Whitespace including the no-break and other Unicode space separators that {@link String#strip} misses. */
  static boolean isSpace(char c) {
    return c < SPACE_BELOW.length ? SPACE_BELOW[c] : lookUpSpace(c);
  }

  /**
   * {@link #isSpace} of every char below U+0800 (Latin, Arabic and the punctuation between them), worked out once:
   * reading a long document and the aligner's sentence lengths ask it of every char.
   */
  private static final boolean[] SPACE_BELOW = new boolean[0x0800];

  static {
    for (char c = 0; c < SPACE_BELOW.length; c++) {
      SPACE_BELOW[c] = lookUpSpace(c);
    }
  }

  private static boolean lookUpSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  /** Whether {@code s} ends with sentence-final punctuation, possibly followed by closing quotes or brackets. */
  static boolean endsWithTerminal(CharSequence s) {
    int i = s.length() - 1;
    while (i >= 0 && (isSpace(s.charAt(i)) || CLOSERS.indexOf(s.charAt(i)) >= 0)) {
      i--;
    }
    return i >= 0 && TERMINALS.indexOf(s.charAt(i)) >= 0;
  }

  /**
   * Whether {@code next} carries on the sentence of {@code previous}: the lines touch (no blank line
   * between), {@code previous} has no final punctuation, and either {@code next} starts in lower case or
   * the text is hard-wrapped and {@code previous} is not a title (a wrapped line may well end before a
   * name, so case alone cannot tell there).
   */
  private static boolean continuesWrappedLine(String text, Line previous, Line next, boolean hardWrapped) {
    if (previous.blank() || next.blank() || endsWithTerminal(previous.content(text))) {
      return false;
    }
    return Character.isLowerCase(text.codePointAt(next.contentStart())) || (hardWrapped && !looksLikeTitle(previous.content(text)));
  }

  /** Whether a line is set in title case or in capitals, as headings and link titles are. */
  private static boolean looksLikeTitle(String line) {
    boolean allCaps = line.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
        && line.codePoints().filter(Character::isLetter).count() >= 2;
    return allCaps || titleCaseShare(line) >= TITLE_CASE_SHARE;
  }

  /** Share of capitalised words among the Latin words that title case would capitalise; 0 with fewer than three. */
  static double titleCaseShare(String line) {
    List<String> content =
        Arrays.stream(words(line))
            .filter(w -> ScriptDetector.scriptOf(w.charAt(0)) == Character.UnicodeScript.LATIN)
            .filter(w -> !FUNCTION_WORDS.contains(w))
            .toList();
    if (content.size() < 3) {
      return 0;
    }
    return content.stream().filter(w -> Character.isUpperCase(w.charAt(0))).count() / (double) content.size();
  }

  /** Whitespace-separated tokens that hold a letter or digit, stripped of surrounding punctuation. */
  static String[] words(String line) {
    List<String> words = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      while (i < line.length() && !Character.isLetterOrDigit(line.charAt(i))) {
        i++;
      }
      int start = i;
      int end = i;
      while (i < line.length() && !isSpace(line.charAt(i))) {
        if (Character.isLetterOrDigit(line.charAt(i))) {
          end = i + 1;
        }
        i++;
      }
      if (end > start) {
        words.add(line.substring(start, end));
      }
    }
    return words.toArray(String[]::new);
  }
}
