package org.qantara.modelbuild;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Word-level rules shared by the lexicon and the vocabulary: what a word is in each script, the key a word's
 * vector is stored under (English: Snowball stem; Arabic: normalised form without the article), and which
 * words are function words that carry no content of their own.
 */
final class Words {

  static final Pattern ARABIC_WORD = Pattern.compile("[\\x{0621}-\\x{064A}]{2,}");
  static final Pattern ENGLISH_WORD = Pattern.compile("[a-z]{1,}");
  static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** English function words, including pronouns and auxiliaries that Arabic folds into verb forms. */
  static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of((
      "a an the and or but nor so if then than that this these those there here of to in on at by for with from"
          + " into onto upon about as over under up down out off be is am are was were been being have has had"
          + " having do does did doing will would shall should can could may might must i you he she it we they"
          + " me him her us them my your his its our their mine yours hers ours theirs myself yourself himself"
          + " herself itself ourselves themselves s t m d re ve ll not no what which who whom whose when where"
          + " why how all any some such very too just also only own same other each both more most few one's"
          + " let get got go going went gone").split(" "));

  /** Lucene's Arabic stop words plus particles it leaves out, normalised like all Arabic text here. */
  static final Set<String> ARABIC_FUNCTION_WORDS = arabicFunctionWords();

  /**
   * A preposition with a pronoun suffix (بي "with me", لها "for her"): in the training pairs a function word,
   * which would otherwise learn the content words it stands beside; split by the tokenizer into the proclitic
   * and the pronoun piece.
   */
  static final Set<String> PREPOSITION_PRONOUNS = prepositionPronouns();

  private Words() {}

  private static Set<String> prepositionPronouns() {
    Set<String> words = new TreeSet<>();
    for (String preposition : List.of("ب", "ل")) {
      for (String pronoun : List.of("ي", "ه", "ك", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا")) {
        words.add(preposition + pronoun);
      }
    }
    return Set.copyOf(words);
  }

  private static Set<String> arabicFunctionWords() {
    Set<String> words = new TreeSet<>();
    for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
      words.add(TextNormalizer.normalize(new String((char[]) word)));
    }
    for (String extra : ("ان انه انها كان كانت يكون تكون قد لقد لم لن لا ما ماذا هل هو هي هم هن انا انت انتم"
        + " نحن هذا هذه ذلك تلك الذي التي الذين من الى علي عن في مع ثم او ام بل كل بعض اي ايضا حتي").split(" ")) {
      words.add(TextNormalizer.normalize(extra));
    }
    return Set.copyOf(words);
  }

  static String englishKey(String word) {
    EnglishStemmer stemmer = new EnglishStemmer();
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  /**
   * Possessive/object pronoun suffixes that cannot be part of a stem, longest first. ه, ي and ك are left out:
   * ه is also the folded ta marbuta (مهمه), ي the nisba adjective ending (روسي), ك too often a root letter.
   */
  static final List<String> PRONOUN_SUFFIXES = List.of("هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا");

  private static final List<String> STEM_PREFIXES = List.of("وال", "بال", "كال", "فال", "لل", "ال", "و");

  // The final alef is the accusative ending (مالا, جيدا: tanwin written on an alef).
  private static final List<String> STEM_SUFFIXES = List.of("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي", "ا");

  /**
   * A light stem in the manner of Larkey's Light10 (as Lucene's package-private ArabicStemmer): one prefix
   * off, then each common suffix once, always keeping two letters. It groups the inflections the dictionary
   * lists as separate headwords.
   */
  static String arabicStem(String key) {
    String stem = key;
    for (String prefix : STEM_PREFIXES) {
      if (stem.startsWith(prefix) && stem.length() >= prefix.length() + 2) {
        stem = stem.substring(prefix.length());
        break;
      }
    }
    for (String suffix : STEM_SUFFIXES) {
      if (stem.endsWith(suffix) && stem.length() >= suffix.length() + 2) {
        stem = stem.substring(0, stem.length() - suffix.length());
      }
    }
    return stem;
  }

  /** The normalised word without a leading article, so "الكتاب" and "كتاب" share one vector. */
  static String arabicKey(String normalizedWord) {
    return normalizedWord.startsWith("ال") && normalizedWord.length() >= 5 ? normalizedWord.substring(2)
        : normalizedWord;
  }
}
