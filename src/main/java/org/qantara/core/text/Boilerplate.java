package org.qantara.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.qantara.core.text.SetAside.Kind;

/**
 * Finds the non-content around an article (metadata, navigation, captions, related-article lists,
 * cookie and subscription notices, copyright footers, repeated headlines, headings) from features of
 * its lines: final punctuation, length, title case, repetition, neighbourhood and tell-tale keywords
 * (©, cookie, Photo:). Nothing is removed from the text; the spans are reported for the caller to keep
 * out of alignment.
 */
public final class Boilerplate {
  /** Which cues to trust. */
  public enum Cues {
    /** Keywords and layout: for running prose, where a line without final punctuation is a heading. */
    ALL,
    /**
     * Keywords only (metadata, ©, cookie notices, photo credits, bare links): for one-sentence-a-line
     * text, where short lines without punctuation and repeated lines are ordinary sentences.
     */
    EXPLICIT_ONLY
  }

  /** A line without final punctuation and at most this many words reads as a heading, not a sentence. */
  private static final int MAX_HEADING_WORDS = 15;
  /** A sentence longer than this is running prose, where a bare keyword such as "copyright" is a subject, not a notice. */
  private static final int MAX_NOTICE_WORDS = 12;
  /** At least this many heading-like lines in a row (no blank line between) form a list of links. */
  private static final int MIN_LINK_LIST = 3;
  /** A copyright notice within this last share of the text starts the page footer. */
  private static final double FOOTER_SHARE = 0.2;

  private static final String MONTH =
      "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
  private static final String DATE =
      "(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4})";
  private static final String TIME = "(?:,?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*(?:GMT|UTC)(?:[+-]\\d{1,2})?)?)?";
  private static final String DATE_LABEL =
      "(?:date|dated|published|updated|last updated|posted|تاريخ النشر|نشر في|تاريخ)\\s*:?\\s*";
  /** A labelled date at the start of a line, as in " date 2026-01-26 A Russian source revealed…". */
  private static final Pattern DATE_PREFIX =
      Pattern.compile("\\s*" + DATE_LABEL + DATE + TIME + "(?=\\s|$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern DATE_LINE =
      Pattern.compile("(?:" + DATE_LABEL + ")?" + DATE + TIME, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?:by|authors?(?:\\W?s)?(?:\\s+name)?|editor|edited by|written by|reporter|reported by|sources?|via|المصدر|بقلم|كتب|تحرير|إعداد)\\b", FLAGS);
  private static final Pattern PHOTO_LABEL =
      Pattern.compile("^(?:photos?|images?|pictures?|photograph|illustration|credit|caption|video|صورة|الصورة|تصوير)\\s*(?::|by\\b|credit\\b)", FLAGS);
  /** Picture agencies and libraries: a credit when on a line of their own, perhaps a news subject inside a sentence. */
  private static final Pattern PHOTO_SOURCE = Pattern.compile("\\b(?:getty images|shutterstock|creativecommons\\.org|wikimedia)\\b", FLAGS);
  private static final Pattern COPYRIGHT_NOTICE =
      Pattern.compile(
          "©|\\(c\\)\\s*\\d{4}|all rights reserved|جميع الحقوق محفوظة"
              + "|\\b(?:reproduc|republish|reprint)\\w*\\b.{0,60}?\\b(?:our|these|its)\\s+(?:materials?|content|articles?)",
          FLAGS);
  /** The bare word: a notice on a short line, perhaps a news subject in a sentence. */
  private static final Pattern COPYRIGHT_WORD = Pattern.compile("\\bcopyright\\b|حقوق النشر", FLAGS);
  /** An imperative to the reader opening the line. */
  private static final Pattern SUBSCRIBE_CALL =
      Pattern.compile("^(?:subscribe|sign up|follow us|join us|download our app|اشترك|تابعونا|تابعوا)\\b", FLAGS);
  private static final Pattern NOTICE_WORD = Pattern.compile("\\b(?:cookies?|gdpr|kvkk|newsletter)\\b|ملفات تعريف الارتباط", FLAGS);
  /** Notices speak to the reader about the site; news sentences about cookies or newsletters rarely do. */
  private static final Pattern ADDRESSES_READER = Pattern.compile("\\b(?:you|your|our|we)\\b|موقعنا|نستخدم", FLAGS);
  private static final List<String> LINK_ENDINGS = List.of("com", "org", "net", "ru", "tr", "info", "io");
  private static final Pattern URL = Pattern.compile(
      "(?:https?://|www\\.)\\S+|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:" + String.join("|", LINK_ENDINGS) + ")(?:/\\S*)?\\b");
  /** Separators of menus and breadcrumbs when they stand alone between words. */
  private static final Set<String> MENU_SEPARATORS = Set.of(">", "|", "»", "›", "·", "•", "/");
  private static final Set<String> MENU_WORDS =
      Set.of(
          "home", "news", "sitemap", "archive", "about", "contact", "contacts", "login", "search", "menu",
          "advertising", "authors", "privacy", "terms", "rss", "careers", "subscribe", "newsletter");
  private Boilerplate() {}

  public static List<SetAside> detect(String text) {
    return detect(text, Cues.ALL);
  }

  public static List<SetAside> detect(String text, Cues cues) {
    List<SetAside> prefixes = new ArrayList<>();
    List<Span> units = units(text, cues, prefixes);
    Verdict[] verdicts = new Verdict[units.size()];
    // Lines are judged independently: on both cores for long documents.
    IntStream.range(0, units.size()).parallel().forEach(i -> verdicts[i] = explicitVerdict(units.get(i).of(text)));
    if (cues == Cues.ALL) {
      new Layout(text, units, verdicts).judge();
    }
    List<SetAside> setAside = new ArrayList<>(prefixes);
    for (int i = 0; i < units.size(); i++) {
      if (verdicts[i] != null) {
        Span unit = units.get(i);
        setAside.add(new SetAside(unit.start(), unit.end(), unit.of(text), verdicts[i].kind(), verdicts[i].reason()));
      }
    }
    setAside.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return setAside;
  }

  private record Verdict(Kind kind, String reason) {}

  /**
   * The trimmed non-blank paragraphs that are judged one by one. A labelled date opening a line is set
   * aside on its own (into {@code prefixes}) and the rest of the line becomes the unit.
   */
  private static List<Span> units(String text, Cues cues, List<SetAside> prefixes) {
    List<Span> units = new ArrayList<>();
    for (Span paragraph : TextLines.paragraphs(text, cues == Cues.ALL)) {
      Span unit = TextLines.trim(text, paragraph.start(), paragraph.end());
      if (unit.length() == 0) {
        continue;
      }
      Matcher prefix = DATE_PREFIX.matcher(text).region(paragraph.start(), unit.end());
      if (prefix.lookingAt() && prefix.end() < unit.end()) {
        prefixes.add(
            new SetAside(paragraph.start(), prefix.end(), text.substring(paragraph.start(), prefix.end()), Kind.METADATA, "date line before the text"));
        unit = TextLines.trim(text, prefix.end(), unit.end());
      }
      units.add(unit);
    }
    return units;
  }

  /** The verdict from keywords alone, or null when the line carries none. */
  private static Verdict explicitVerdict(String line) {
    boolean sentenceLike = TextLines.endsWithTerminal(line);
    // Words that a news sentence may well be about only count on lines that are not running prose.
    boolean prose = sentenceLike && TextLines.words(line).length > MAX_NOTICE_WORDS;
    if (PHOTO_LABEL.matcher(line).find() || (!prose && PHOTO_SOURCE.matcher(line).find())) {
      return new Verdict(Kind.PHOTO_CAPTION, "photo credit");
    }
    if (COPYRIGHT_NOTICE.matcher(line).find() || (!prose && COPYRIGHT_WORD.matcher(line).find())) {
      return new Verdict(Kind.COPYRIGHT, "copyright notice");
    }
    if ((!prose && SUBSCRIBE_CALL.matcher(line).find()) || (NOTICE_WORD.matcher(line).find() && ADDRESSES_READER.matcher(line).find())) {
      return new Verdict(Kind.COOKIE_OR_SUBSCRIPTION, "cookie or subscription notice");
    }
    if (hasAsciiDigit(line) && DATE_LINE.matcher(line).matches()) {
      return new Verdict(Kind.METADATA, "date line");
    }
    if (!sentenceLike && TextLines.words(line).length <= 8 && BYLINE.matcher(line).find()) {
      return new Verdict(Kind.METADATA, "byline or source line");
    }
    if (!mayHoldLink(line)) {
      return null;
    }
    String withoutLinks = URL.matcher(line).replaceAll(" ");
    if (!withoutLinks.equals(line) && TextLines.words(withoutLinks).length < 3) {
      return new Verdict(Kind.OTHER_BOILERPLATE, "bare link");
    }
    return null;
  }

  /*
   * Cheap necessary conditions of two costly patterns, which are otherwise tried at every position of every
   * line (on a 46,000-line document they were most of the loading time): every date holds an ASCII digit, and
   * every link holds "://", "www." or a dot before one of LINK_ENDINGS.
   */

  private static boolean hasAsciiDigit(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) >= '0' && line.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean mayHoldLink(String line) {
    if (line.contains("://") || line.contains("www.")) {
      return true;
    }
    for (int dot = line.indexOf('.'); dot >= 0; dot = line.indexOf('.', dot + 1)) {
      for (String ending : LINK_ENDINGS) {
        if (line.startsWith(ending, dot + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The layout cues, applied in order of how much they say: each fills only lines still undecided. */
  private static final class Layout {
    private final String text;
    private final List<Span> units;
    private final Verdict[] verdicts;
    /** Offsets of the text's line feeds, ascending, to turn offsets into line numbers quickly. */
    private final int[] lineFeeds;

    Layout(String text, List<Span> units, Verdict[] verdicts) {
      this.text = text;
      this.units = units;
      this.verdicts = verdicts;
      this.lineFeeds = IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
    }

    void judge() {
      boolean[] headingLike = new boolean[units.size()];
      for (int i = 0; i < units.size(); i++) {
        headingLike[i] = isHeadingLike(line(i));
      }
      int firstSentence = 0;
      while (firstSentence < units.size() && (headingLike[firstSentence] || verdicts[firstSentence] != null)) {
        firstSentence++;
      }
      markCaptions(headingLike);
      markLinkLists(headingLike, firstSentence);
      markDuplicates(headingLike, firstSentence);
      for (int i = 0; i < units.size(); i++) {
        if (verdicts[i] == null && headingLike[i]) {
          verdicts[i] = headingVerdict(i, firstSentence, new Verdict(Kind.OTHER_BOILERPLATE, "heading: short line without final punctuation"));
        }
      }
      markBetweenSetAside();
      markFooter();
    }

    private String line(int i) {
      return units.get(i).of(text);
    }

    /** Whether unit i follows unit i-1 on the next line, with no blank line between. */
    private boolean touchesPrevious(int i) {
      return i > 0 && lineNumber(units.get(i).start()) - lineNumber(units.get(i - 1).end()) <= 1;
    }

    private void markCaptions(boolean[] headingLike) {
      for (int i = 0; i < units.size(); i++) {
        boolean nextToCredit =
            (touchesPrevious(i) && isPhotoCredit(i - 1)) || (i + 1 < units.size() && touchesPrevious(i + 1) && isPhotoCredit(i + 1));
        if (verdicts[i] == null && headingLike[i] && nextToCredit) {
          verdicts[i] = new Verdict(Kind.PHOTO_CAPTION, "caption next to a photo credit");
        }
      }
    }

    private boolean isPhotoCredit(int i) {
      return verdicts[i] != null && verdicts[i].kind() == Kind.PHOTO_CAPTION;
    }

    /** NAVIGATION for a menu-like heading line, {@code otherwise} for any other. */
    private Verdict headingVerdict(int i, int firstSentence, Verdict otherwise) {
      return isMenuLike(line(i), i < firstSentence) ? new Verdict(Kind.NAVIGATION, "menu line") : otherwise;
    }

    private void markLinkLists(boolean[] headingLike, int firstSentence) {
      int start = 0;
      while (start < units.size()) {
        int end = start + 1;
        if (headingLike[start] || verdicts[start] != null) {
          while (end < units.size() && (headingLike[end] || verdicts[end] != null) && touchesPrevious(end)) {
            end++;
          }
        }
        for (int j = start; end - start >= MIN_LINK_LIST && j < end; j++) {
          if (verdicts[j] == null) {
            verdicts[j] =
                headingVerdict(j, firstSentence, new Verdict(Kind.RELATED_LINKS, "list of " + (end - start) + " short lines without final punctuation"));
          }
        }
        start = end;
      }
    }

    /**
     * A repeated line is boilerplate only where pages repeat things: a short line without final
     * punctuation, the title repeated as the headline (first seen no later than the first sentence), or
     * a line in the page's footer. A sentence repeated in the body is the author's ("We will not back
     * down." three times): it is aligned, so that an omitted repeat is seen.
     */
    private void markDuplicates(boolean[] headingLike, int firstSentence) {
      int lastSentence = units.size() - 1;
      while (lastSentence >= 0 && (headingLike[lastSentence] || verdicts[lastSentence] != null)) {
        lastSentence--;
      }
      Map<String, Integer> firstSeen = new HashMap<>();
      for (int i = 0; i < units.size(); i++) {
        String key = MatchNormalizer.normalize(line(i)).replaceAll("[\\p{P}\\s]+", " ").strip();
        Integer first = firstSeen.putIfAbsent(key, i);
        boolean framed = headingLike[i] || (first != null && first <= firstSentence) || i > lastSentence;
        if (first != null && verdicts[i] == null && framed) {
          verdicts[i] = new Verdict(Kind.DUPLICATE_HEADLINE, "repeats line " + lineNumber(units.get(first).start()));
        }
      }
    }

    /** A line without final punctuation between two set-aside lines belongs with them (a teaser in a link list). */
    private void markBetweenSetAside() {
      for (int i = 1; i + 1 < units.size(); i++) {
        if (verdicts[i] == null && verdicts[i - 1] != null && verdicts[i + 1] != null && !TextLines.endsWithTerminal(line(i))) {
          verdicts[i] = new Verdict(verdicts[i - 1].kind(), "line without final punctuation between set-aside lines");
        }
      }
    }

    /** After a copyright notice near the end, the rest is page footer. */
    private void markFooter() {
      for (int i = 0; i < units.size(); i++) {
        boolean nearEnd = text.length() - units.get(i).end() <= FOOTER_SHARE * text.length();
        if (verdicts[i] != null && verdicts[i].kind() == Kind.COPYRIGHT && nearEnd) {
          for (int j = i + 1; j < units.size(); j++) {
            if (verdicts[j] == null) {
              verdicts[j] = new Verdict(Kind.COPYRIGHT, "page footer after the copyright notice");
            }
          }
          return;
        }
      }
    }

    /** 1-based line number of an offset. */
    private int lineNumber(int offset) {
      int found = Arrays.binarySearch(lineFeeds, offset);
      return 1 + (found >= 0 ? found : -found - 1);
    }
  }

  private static boolean isHeadingLike(String line) {
    if (TextLines.endsWithTerminal(line)) {
      return false;
    }
    return TextLines.words(line).length <= MAX_HEADING_WORDS || TextLines.titleCaseShare(line) >= TextLines.TITLE_CASE_SHARE;
  }

  /**
   * Menus and breadcrumbs: stand-alone separators, two or more menu words, one or two words alone, or,
   * in the page header before the first sentence, a long row of bare capitalised words (a section menu;
   * further down such a row is more likely a title).
   */
  private static boolean isMenuLike(String line, boolean inHeader) {
    if (Arrays.stream(line.split("\\s+")).anyMatch(MENU_SEPARATORS::contains)) {
      return true;
    }
    String[] words = TextLines.words(line);
    long menuWords = Arrays.stream(words).filter(w -> MENU_WORDS.contains(w.toLowerCase(Locale.ROOT))).count();
    boolean bareCapitalisedRow =
        words.length >= 6
            && Arrays.stream(words)
                .allMatch(w -> Character.isUpperCase(w.codePointAt(0)) && w.chars().skip(1).allMatch(Character::isLowerCase));
    return menuWords >= 2 || words.length <= 2 || (inHeader && bareCapitalisedRow);
  }

}
