package org.qantara.core.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into sentences with ICU's sentence rules plus the cases ICU gets wrong in news text:
 * abbreviations and initials (ICU would end a sentence at "Dr." or "J."), and the Arabic semicolon ؛
 * (a sentence end in Arabic prose, not in ICU). Paragraph breaks are always sentence ends, except a
 * line break inside hard-wrapped prose, and no sentence ever reaches into an excluded (set-aside)
 * span. Every sentence is trimmed and keeps exact offsets: {@code text.substring(start, end)} is its text.
 */
public final class SentenceSegmenter {
  /** Abbreviations that stand before a name or number and so never end a sentence. */
  private static final Set<String> PREFIX_ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "st", "mt", "ft", "gen", "col", "lt", "maj", "sgt", "capt", "cmdr",
          "adm", "gov", "sen", "rep", "rev", "hon", "pres", "vs", "jan", "feb", "mar", "apr", "jun", "jul",
          "aug", "sep", "sept", "oct", "nov", "dec", "vol", "fig", "approx");
  /** Abbreviations that may also end a sentence: they do so only when a typical sentence opener follows. */
  private static final Set<String> FINAL_ABBREVIATIONS = Set.of("etc", "inc", "ltd", "co", "corp", "jr", "sr");
  /** Dotted abbreviations such as U.S., U.K., e.g., i.e., a.m. */
  private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("(?:\\p{L}\\.){2,}");
  /** A single letter and a full stop: an initial such as "J." in "J. R. R. Tolkien", or Arabic "د." (Dr). */
  private static final Pattern INITIAL = Pattern.compile("(?:\\p{Lu}|\\p{IsArabic})\\.");
  /** Words that commonly open an English sentence, telling "in the U.S. The talks…" from "the U.S. Army". */
  private static final Set<String> SENTENCE_OPENERS =
      Set.of(
          "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
          "but", "and", "or", "so", "yet", "in", "on", "at", "as", "if", "when", "while", "after", "before",
          "his", "her", "its", "their", "our", "my", "there", "here", "however", "meanwhile", "also", "according");
  /**
   * Longer than any sentence of real prose (the longest in the corpora is well under a quarter of it):
   * beyond this a "sentence" is cut into pieces.
   */
  static final int MAX_SENTENCE_CHARS = 2000;
  /** Where a long sentence is best cut: after a comma, semicolon or colon, Arabic or Latin. */
  private static final String CLAUSE_MARKS = ",;:،؛";
  private static final String OPENING_PUNCTUATION = "\"'“‘«([‹";

  private SentenceSegmenter() {}

  public static List<Sentence> segment(String text, Lang lang, List<Span> exclusions) {
    ULocale locale = lang == Lang.AR ? ULocale.forLanguageTag("ar") : ULocale.forLanguageTag("en");
    List<Sentence> sentences = new ArrayList<>();
    for (Span piece : pieces(TextLines.paragraphs(text, true), exclusions)) {
      int previous = piece.start();
      for (int end : boundaries(text, piece, locale)) {
        addCut(text, previous, end, sentences);
        previous = end;
      }
    }
    return sentences;
  }

  /**
   * One sentence per line, for text that is already segmented: sentence i is line i (counted from 0), so
   * that every index in every output names the input's own line, as Vecalign's notation and gold files
   * count them. A blank line is an empty sentence; blank lines at the end of the text are no lines.
   */
  public static List<Sentence> presegmented(String text) {
    List<Span> lines = TextLines.paragraphs(text, false);
    int count = lines.size();
    while (count > 0 && TextLines.trim(text, lines.get(count - 1).start(), lines.get(count - 1).end()).length() == 0) {
      count--;
    }
    List<Sentence> sentences = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Span line = TextLines.trim(text, lines.get(i).start(), lines.get(i).end());
      sentences.add(new Sentence(i, line.of(text), line.start(), line.end()));
    }
    return sentences;
  }

  /** The paragraphs (in text order) with the excluded spans cut out of them. */
  private static List<Span> pieces(List<Span> paragraphs, List<Span> exclusions) {
    List<Span> sortedExclusions = exclusions.stream().sorted(Comparator.comparingInt(Span::start)).toList();
    List<Span> pieces = new ArrayList<>();
    int next = 0; // first exclusion that may still reach a paragraph at or after the current one
    for (Span paragraph : paragraphs) {
      while (next < sortedExclusions.size() && sortedExclusions.get(next).end() <= paragraph.start()) {
        next++;
      }
      int start = paragraph.start();
      for (int i = next; i < sortedExclusions.size() && sortedExclusions.get(i).start() < paragraph.end(); i++) {
        Span excluded = sortedExclusions.get(i);
        if (excluded.start() > start) {
          pieces.add(new Span(start, excluded.start()));
        }
        start = Math.max(start, excluded.end());
      }
      if (start < paragraph.end()) {
        pieces.add(new Span(start, paragraph.end()));
      }
    }
    return pieces;
  }

  /** Sentence ends inside {@code piece} (absolute offsets, the piece's end last). */
  private static List<Integer> boundaries(String text, Span piece, ULocale locale) {
    // Line breaks left inside a piece are wrapped lines; ICU would end a sentence at each of them.
    String unwrapped = piece.of(text).replace('\n', ' ').replace('\r', ' ');
    BreakIterator iterator = BreakIterator.getSentenceInstance(locale);
    iterator.setText(unwrapped);
    List<Integer> ends = new ArrayList<>();
    int sentenceStart = 0;
    for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
      if (end < unwrapped.length() && continuesAfterAbbreviation(unwrapped, sentenceStart, end)) {
        continue;
      }
      splitAtArabicSemicolons(unwrapped, sentenceStart, end, ends);
      ends.add(end);
      sentenceStart = end;
    }
    return ends.stream().map(end -> piece.start() + end).toList();
  }

  private static void splitAtArabicSemicolons(String piece, int start, int end, List<Integer> ends) {
    for (int i = piece.indexOf('؛', start); i >= 0 && i + 1 < end; i = piece.indexOf('؛', i + 1)) {
      if (TextLines.isSpace(piece.charAt(i + 1))) {
        ends.add(i + 1);
      }
    }
  }

  /** Whether ICU's break at {@code end} follows an abbreviation or initial rather than a sentence end. */
  private static boolean continuesAfterAbbreviation(String piece, int sentenceStart, int end) {
    String lastWord = stripOpening(lastWord(piece, sentenceStart, end));
    if (!lastWord.endsWith(".")) {
      return false;
    }
    String bare = lastWord.substring(0, lastWord.length() - 1).toLowerCase(Locale.ROOT);
    if (PREFIX_ABBREVIATIONS.contains(bare) || INITIAL.matcher(lastWord).matches()) {
      return true;
    }
    if (FINAL_ABBREVIATIONS.contains(bare) || DOTTED_ABBREVIATION.matcher(lastWord).matches()) {
      String nextWord = stripOpening(firstWord(piece, end)).replaceAll("\\P{L}+$", "");
      return !SENTENCE_OPENERS.contains(nextWord.toLowerCase(Locale.ROOT));
    }
    return false;
  }

  private static String lastWord(String piece, int start, int end) {
    Span trimmed = TextLines.trim(piece, start, end);
    int wordStart = trimmed.end();
    while (wordStart > trimmed.start() && !TextLines.isSpace(piece.charAt(wordStart - 1))) {
      wordStart--;
    }
    return piece.substring(wordStart, trimmed.end());
  }

  private static String firstWord(String piece, int start) {
    Span trimmed = TextLines.trim(piece, start, piece.length());
    int wordEnd = trimmed.start();
    while (wordEnd < trimmed.end() && !TextLines.isSpace(piece.charAt(wordEnd))) {
      wordEnd++;
    }
    return piece.substring(trimmed.start(), wordEnd);
  }

  private static String stripOpening(String word) {
    int i = 0;
    while (i < word.length() && OPENING_PUNCTUATION.indexOf(word.charAt(i)) >= 0) {
      i++;
    }
    return word.substring(i);
  }

  /**
   * Adds [start, end) as one sentence or, when it is longer than any real sentence (an unpunctuated page),
   * as pieces of at most {@link #MAX_SENTENCE_CHARS}, cut after a clause mark or a space (never inside a run
   * of characters without one): one giant "sentence" would otherwise take every link of the document with it.
   */
  private static void addCut(String text, int start, int end, List<Sentence> sentences) {
    while (end - start > MAX_SENTENCE_CHARS) {
      int cut = cutPoint(text, start, start + MAX_SENTENCE_CHARS, end);
      addTrimmed(text, start, cut, sentences);
      start = cut;
    }
    addTrimmed(text, start, end, sentences);
  }

  /**
   * The best place to cut in (start, end]: after the last clause mark in the second half of (start, limit], else
   * at its last space, else at the first space after limit. A run of characters longer than the second half
   * (a pasted blob, a 100,000-character token) stays whole: cut into pieces, it would make as many sentences
   * of nothing but itself, and the aligner would fold them into the links around.
   */
  private static int cutPoint(String text, int start, int limit, int end) {
    int halfway = start + (limit - start) / 2;
    for (int i = limit - 1; i > halfway; i--) {
      if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0 && TextLines.isSpace(text.charAt(i + 1))) {
        return i + 1;
      }
    }
    for (int i = limit; i > halfway; i--) {
      if (TextLines.isSpace(text.charAt(i))) {
        return i;
      }
    }
    int next = limit;
    while (next < end && !TextLines.isSpace(text.charAt(next))) {
      next++;
    }
    return next;
  }

  /**
   * Adds [start, end) trimmed as the next sentence, unless it holds no letter or digit: a stray
   * separator such as "***" or a lone quote has nothing to align.
   */
  private static void addTrimmed(String text, int start, int end, List<Sentence> sentences) {
    Span trimmed = TextLines.trim(text, start, end);
    String sentence = trimmed.of(text);
    if (sentence.codePoints().anyMatch(Character::isLetterOrDigit)) {
      sentences.add(new Sentence(sentences.size(), sentence, trimmed.start(), trimmed.end()));
    }
  }
}
