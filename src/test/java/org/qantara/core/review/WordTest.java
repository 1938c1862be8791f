package org.qantara.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Word#split}: the words a translator reads, and the same words as the regular expression it replaced. */
class WordTest {
  /** The rule {@link Word#split} scans by. */
  private static final Pattern WORD = Pattern.compile(
      "[\\p{L}\\p{M}\\p{N}]+(?:(?:['’\\-]|(?<=\\p{N})[.,٫٬](?=\\p{N}))[\\p{L}\\p{M}\\p{N}]+)*");

  @Test
  void keepsApostrophesHyphensAndSeparatorsBetweenDigitsInsideWords() {
    assertThat(texts(Word.split("Don't stop al-Shara's 1,500 men at ٣٫٥ km. End-", 0)))
        .containsExactly("Don't", "stop", "al-Shara's", "1,500", "men", "at", "٣٫٥", "km", "End");
    assertThat(Word.split("قال: 12.5%", 10)).containsExactly(new Word("قال", 10, 13), new Word("12.5", 15, 19));
    assertThat(texts(Word.split("a.b 1.a -x 2,,3 x'' ", 0))).containsExactly("a", "b", "1", "a", "x", "2", "3", "x");
  }

  @Test
  void splitsRandomTextsAsTheRegularExpressionDoes() {
    // Letters and marks of both scripts, digits of three scripts and beyond U+FFFF, every separator, stray halves
    // of surrogate pairs: 20,000 random texts.
    String[] pieces = {"a", "Z", "é", "ب", "\u064E", "\u0670", "ـ", "1", "٣", "۵", "\uD835\uDFCE", "\uD835\uDC00",
        "Ⅻ", "½", "'", "’", "-", ".", ",", "٫", "٬", " ", "\u200C", "\uD835", "\uDFCE", "!", "%", "\n", "_"};
    Random random = new Random(7);
    for (int text = 0; text < 20_000; text++) {
      StringBuilder builder = new StringBuilder();
      int length = random.nextInt(24);
      for (int k = 0; k < length; k++) {
        builder.append(pieces[random.nextInt(pieces.length)]);
      }
      String sample = builder.toString();
      int offset = random.nextInt(100);
      List<Word> expected = new ArrayList<>();
      Matcher m = WORD.matcher(sample);
      while (m.find()) {
        expected.add(new Word(m.group(), offset + m.start(), offset + m.end()));
      }
      assertThat(Word.split(sample, offset)).as(escaped(sample)).isEqualTo(expected);
    }
  }

  private static String escaped(String text) {
    StringBuilder escaped = new StringBuilder();
    text.chars().forEach(c -> escaped.append(c < 0x80 && c >= 0x20 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
    return escaped.toString();
  }

  private static List<String> texts(List<Word> words) {
    return words.stream().map(Word::text).toList();
  }
}
