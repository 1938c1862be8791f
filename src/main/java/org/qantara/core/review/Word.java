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
