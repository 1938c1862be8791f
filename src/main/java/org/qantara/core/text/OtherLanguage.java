package org.qantara.core.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tells a text in another language written in the same script from the language expected: Persian or Urdu
 * given as the Arabic side, French given as the English side. Aligned as if they were Arabic or English, they
 * give scores near zero and no reason why. Judged by the commonest small words, which every running text is
 * full of: another language is named only when its words outnumber the expected language's words clearly.
 */
final class OtherLanguage {
  private OtherLanguage() {}

  /** Enough of the other language's words to judge by. */
  private static final int MIN_WORDS = 5;
  /** The other language's small words must outnumber the expected language's this many times. */
  private static final int DOMINANCE = 2;

  /** Written with Arabic yeh and kaf, as Arabic typed on a Persian keyboard is folded (see {@link #fold}). */
  private static final Set<String> ARABIC = Set.of("في", "من", "على", "إلى", "الى", "أن", "ان", "التي", "الذي", "عن",
      "مع", "هذا", "هذه", "كان", "قد", "وقد", "وفي", "ولا", "لا", "ما", "بين", "بعد", "حيث", "كما", "الله");
  private static final Set<String> PERSIAN = Set.of("است", "را", "كه", "مي", "هاي", "براي", "شده", "يك", "آن", "نيز",
      "شود", "بود", "كرد", "خود", "هم", "اما", "دارد", "شد");
  private static final Set<String> URDU = Set.of("ہے", "کے", "کی", "میں", "اور", "ہیں", "کا", "سے", "نے", "کو", "یہ",
      "وہ", "تھا", "گیا");
  private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "in", "that", "for", "with", "was",
      "it", "on", "as", "by", "this", "are", "be", "has", "he", "she", "they", "not");
  private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "est", "et", "une", "dans", "pour", "que",
      "qui", "du", "au", "sur", "pas", "il", "elle", "ce", "sont", "avec", "aux", "mais", "ont", "été");

  /**
   * The longest word of the lists, in code points: a longer word is in none of them, whatever its case or folding
   * (lower-casing never makes a code point fewer, folding keeps the part before a joiner).
   */
  private static final int LONGEST = Stream.of(ARABIC, PERSIAN, URDU, ENGLISH, FRENCH).flatMap(Set::stream)
      .mapToInt(w -> w.codePointCount(0, w.length())).max().orElseThrow();

  /** The language {@code text} is written in when it is clearly not {@code expected}, with the words that show it. */
  static Optional<String> instead(String text, Lang expected) {
    // One pass over the text's words, each looked at only when it is short enough to be in a list: a long document
    // has hundreds of thousands of words, and a String for each was most of the time of reading it.
    Counter arabic = new Counter(ARABIC);
    Counter persian = new Counter(PERSIAN);
    Counter urdu = new Counter(URDU);
    Counter english = new Counter(ENGLISH);
    Counter french = new Counter(FRENCH);
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!isWordPart(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      int points = 0;
      int joiner = -1; // where the first joiner is, if any
      while (i < text.length() && isWordPart(c = text.codePointAt(i))) {
        if (c == '\u200C' && joiner < 0) {
          joiner = i;
        }
        points++;
        i += Character.charCount(c);
      }
      if (expected == Lang.AR) {
        // The folded form is the part before the first joiner: short enough whenever the word is, or that part is.
        if (points <= LONGEST || (joiner >= 0 && text.codePointCount(start, joiner) <= LONGEST)) {
          String word = text.substring(start, i);
          String folded = fold(word);
          arabic.count(folded, word);
          urdu.count(word, word);
          persian.count(folded, word);
        }
      } else if (points <= LONGEST) {
        String word = text.substring(start, i);
        String lower = word.toLowerCase(Locale.ROOT);
        french.count(lower, word);
        english.count(lower, word);
      }
    }
    if (expected == Lang.AR) {
      if (urdu.n >= MIN_WORDS && urdu.seen.size() > 1 && urdu.n > DOMINANCE * arabic.n) {
        return Optional.of("Urdu (words such as " + String.join(", ", first(urdu.seen)) + ")");
      }
      if (persian.n >= MIN_WORDS && persian.seen.size() > 1 && persian.n > DOMINANCE * arabic.n) {
        return Optional.of("Persian (words such as " + String.join(", ", first(persian.seen)) + ")");
      }
      return Optional.empty();
    }
    if (french.n >= MIN_WORDS && french.seen.size() > 1 && french.n > DOMINANCE * english.n) {
      return Optional.of("French (words such as " + String.join(", ", first(french.seen)) + ")");
    }
    return Optional.empty();
  }

  /** {@link #isWordPart} of every char below U+0800 (Latin and Arabic), worked out once. */
  private static final boolean[] WORD_PART_BELOW = new boolean[0x0800];

  static {
    for (int c = 0; c < WORD_PART_BELOW.length; c++) {
      WORD_PART_BELOW[c] = lookUpWordPart(c);
    }
  }

  /** A character of a word: a letter, a mark or the zero-width non-joiner Persian writes inside words. */
  private static boolean isWordPart(int c) {
    return c < WORD_PART_BELOW.length ? WORD_PART_BELOW[c] : lookUpWordPart(c);
  }

  private static boolean lookUpWordPart(int c) {
    if (c == '\u200C' || Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * Persian yeh and kaf as Arabic ones, and only the part before the joiner Persian writes inside words (می‌شود):
   * empty for a word that starts with one, or is nothing but joiners.
   */
  private static String fold(String word) {
    int joiner = word.indexOf('\u200C');
    String head = joiner < 0 ? word : word.substring(0, joiner);
    return head.replace('\u06CC', '\u064A').replace('\u06A9', '\u0643');
  }

  /** How many words are in one list, and the words as written that were, in order of first sight. */
  private static final class Counter {
    private final Set<String> vocabulary;
    private final Set<String> seen = new LinkedHashSet<>();
    private int n;

    Counter(Set<String> vocabulary) {
      this.vocabulary = vocabulary;
    }

    void count(String form, String written) {
      if (vocabulary.contains(form)) {
        n++;
        seen.add(written);
      }
    }
  }

  private static List<String> first(Set<String> seen) {
    return seen.stream().limit(3).toList();
  }
}
