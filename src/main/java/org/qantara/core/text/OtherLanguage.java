package org.qantara.core.text;

import java.util.Arrays;
import java.util.LinkedHashSet;
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

  /**
   * Written with Arabic yeh and kaf, as {@link #instead} folds Arabic typed on a Persian keyboard (Persian yeh and kaf
   * as Arabic ones).
   */
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
    // One pass over the text's words, each looked up as a number packed from its chars (at most LONGEST of them, all
    // below U+10000 like every word of the lists): a long document has hundreds of thousands of words, and a String
    // for each, folded or lower-cased, was most of the time of reading it. A String is made only for a word found,
    // and only while its list has shown fewer than three.
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
      boolean joined = false; // past the first joiner: the folded form has ended
      long word = 0; // the word's chars as written (Urdu), EN: lower-cased
      long folded = 0; // AR: the part before the first joiner, Persian yeh and kaf as Arabic ones
      int foldedPoints = 0;
      boolean ascii = true;
      while (i < text.length() && isWordPart(c = text.codePointAt(i))) {
        points++;
        i += Character.charCount(c);
        if (points > LONGEST && (joined || expected != Lang.AR)) {
          continue; // too long for any list, in every form
        }
        word = word << 16 | (expected == Lang.EN && c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        ascii &= c < 0x80;
        if (c == '\u200C') {
          joined = true;
        } else if (!joined) {
          folded = folded << 16 | (c == '\u06CC' ? '\u064A' : c == '\u06A9' ? '\u0643' : c);
          foldedPoints++;
        }
      }
      if (expected == Lang.AR) {
        if (foldedPoints <= LONGEST && !hasSupplementary(text, start, i, joined)) {
          arabic.count(folded, text, start, i);
          persian.count(folded, text, start, i);
        }
        if (points <= LONGEST && !hasSupplementary(text, start, i, false)) {
          urdu.count(word, text, start, i);
        }
      } else if (points <= LONGEST) {
        if (ascii) {
          french.count(word, text, start, i);
          english.count(word, text, start, i);
        } else {
          // Beyond ASCII, lower-casing a String is not lower-casing its chars one by one (a dotted capital I).
          String lower = text.substring(start, i).toLowerCase(Locale.ROOT);
          french.count(lower, text, start, i);
          english.count(lower, text, start, i);
        }
      }
    }
    if (expected == Lang.AR) {
      if (urdu.n >= MIN_WORDS && urdu.seen.size() > 1 && urdu.n > DOMINANCE * arabic.n) {
        return Optional.of("Urdu (words such as " + String.join(", ", urdu.seen) + ")");
      }
      if (persian.n >= MIN_WORDS && persian.seen.size() > 1 && persian.n > DOMINANCE * arabic.n) {
        return Optional.of("Persian (words such as " + String.join(", ", persian.seen) + ")");
      }
      return Optional.empty();
    }
    if (french.n >= MIN_WORDS && french.seen.size() > 1 && french.n > DOMINANCE * english.n) {
      return Optional.of("French (words such as " + String.join(", ", french.seen) + ")");
    }
    return Optional.empty();
  }

  /**
   * Whether the word's chars in [start, end) (only those before its first joiner, when {@code toJoiner}) hold a
   * surrogate: a char that packs into no list word, whose two halves would pack into a wrong one.
   */
  private static boolean hasSupplementary(String text, int start, int end, boolean toJoiner) {
    for (int k = start; k < end && !(toJoiner && text.charAt(k) == '\u200C'); k++) {
      if (Character.isSurrogate(text.charAt(k))) {
        return true;
      }
    }
    return false;
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

  /** Packs a list word's chars (at most {@link #LONGEST}, none a surrogate) as {@link #instead} packs a text's. */
  private static long packed(String word) {
    long key = 0;
    for (int k = 0; k < word.length(); k++) {
      key = key << 16 | word.charAt(k);
    }
    return key;
  }

  /**
   * How many words are in one list, and the first three distinct words as written that were, in order of first
   * sight (two or more tell a real text from one word repeated; three are shown).
   */
  private static final class Counter {
    private static final int SHOWN = 3;

    private final Set<String> vocabulary;
    /** The list's words packed ({@link #packed}), sorted. */
    private final long[] packedVocabulary;
    private final Set<String> seen = new LinkedHashSet<>();
    private int n;

    Counter(Set<String> vocabulary) {
      this.vocabulary = vocabulary;
      this.packedVocabulary = vocabulary.stream().mapToLong(OtherLanguage::packed).sorted().toArray();
    }

    /** Counts the word text[start, end), packed as {@code form}, if the list holds that form. */
    void count(long form, String text, int start, int end) {
      if (Arrays.binarySearch(packedVocabulary, form) >= 0) {
        found(text, start, end);
      }
    }

    /** Counts the word text[start, end), whose form is {@code form}, if the list holds that form. */
    void count(String form, String text, int start, int end) {
      if (vocabulary.contains(form)) {
        found(text, start, end);
      }
    }

    private void found(String text, int start, int end) {
      n++;
      if (seen.size() < SHOWN) {
        seen.add(text.substring(start, end));
      }
    }
  }
}
