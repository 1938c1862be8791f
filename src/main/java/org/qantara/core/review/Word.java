package org.qantara.core.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qantara.core.text.Span;

/**
 * A word of a sentence with its character offsets [start, end) in the original document text. The
 * review works on words (not model tokens) so that its evidence reads the way a translator reads.
 */
public record Word(String text, int start, int end) {

  // Letters with their marks and digits, keeping in-word apostrophes and hyphens ("don't", "al-Shara"),
  // and decimal/thousand separators between digits of any script ("1,500", "٣٫٥").
  private static final Pattern WORD = Pattern.compile(
      "[\\p{L}\\p{M}\\p{N}]+(?:(?:['’\\-]|(?<=\\p{N})[.,٫٬](?=\\p{N}))[\\p{L}\\p{M}\\p{N}]+)*");

  public Span span() {
    return new Span(start, end);
  }

  /** The words of {@code text}, which starts at {@code offset} in its document. */
  public static List<Word> split(String text, int offset) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new Word(m.group(), offset + m.start(), offset + m.end()));
    }
    return words;
  }
}
