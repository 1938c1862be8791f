package org.qantara.core.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.qantara.core.text.Lang;
import org.qantara.core.text.MatchNormalizer;

/**
 * Function words, which carry no content of their own: coverage counts only the other words, and a
 * function word at the start of an English sentence is not taken for a name. Lucene's stop lists plus
 * the pronouns, auxiliaries and sentence openers they lack.
 */
public final class StopWords {
  /*
   * The lists are built with loops, not streams: every run that counts coverage builds them, and a stream's first use
   * links each of its lambdas (a fresh JVM under C1, Lucene's lists already loaded: 21-23 ms with streams, 12-14 ms).
   */
  private static final Set<String> ENGLISH = english(
      "i", "me", "my", "mine", "you", "your", "yours", "he", "him", "his", "she", "her", "hers",
      "we", "us", "our", "ours", "they", "them", "their", "theirs", "it's", "its", "i'm", "i've",
      "i'll", "i'd", "you're", "he's", "she's", "we're", "they're", "that's", "there's", "what's",
      "let's", "this", "these", "those", "what", "which", "who", "whom", "whose", "where", "when",
      "why", "how", "am", "been", "being", "do", "does", "did", "doing", "done", "has", "have", "had",
      "having", "can", "could", "may", "might", "must", "shall", "should", "would", "from", "up",
      "down", "out", "over", "about", "after", "before", "also", "so", "than", "too", "very", "just",
      "all", "any", "both", "each", "every", "few", "more", "most", "other", "some", "such", "own",
      "same", "only", "here", "again", "once", "please", "yes", "well", "oh", "hello", "everyone",
      "everybody", "someone", "somebody", "anyone", "anybody", "everything", "something",
      "anything", "according", "however", "meanwhile", "moreover", "furthermore", "although",
      "though", "because", "since", "while", "until", "whether", "if", "unless", "mr", "mrs", "ms",
      "dr", "president", "prime", "minister", "king", "queen", "prince", "sheikh", "general",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "god", "allah",
      "is", "was", "were", "are", "be", "will", "said", "says");

  private static final Set<String> ARABIC = arabic(
      "ان", "من", "في", "على", "الى", "عن", "مع", "هذا", "هذه", "ذلك", "تلك",
      "التي", "الذي", "الذين", "و", "او", "ثم", "قد", "كان", "كانت", "هو", "هي", "هم", "انه", "انها",
      "كل", "بعض", "بين", "حتى", "عند", "لدى", "منذ", "اي", "ما", "ماذا", "لقد", "يا", "اذا", "لكن",
      // what the English list has as function words too: the question particle (do), a tag
      // question (isn't it), please, yes, and the forms of كان / ليس (was, will be, is not)
      "هل", "أليس", "كذلك", "لو", "سمحت", "فضلك", "نعم", "كنت", "كنا", "كانوا", "كنتم", "يكون", "تكون",
      "سيكون", "ستكون", "أكون", "نكون", "يكونوا", "ليس", "ليست", "لست",
      // the future particle, as "will" is
      "سوف");

  /**
   * English function words that can carry what an Arabic content word says: "everyone" for لكل فرد, "can"
   * for يمكنك, "very" for جداً, "where" for أين, "here" for هنا, "said" for قال, "has" for يملك. A rendering may spend such a
   * word on a clause, so a check that asks whether the English has words left for an Arabic clause counts
   * them when the word alignment left them unpaired.
   */
  private static final Set<String> ENGLISH_MEANINGFUL = Set.of("everyone", "everybody", "anyone", "anybody",
      "someone", "somebody", "everything", "something", "anything", "can", "could", "may", "might", "must",
      "should", "would", "shall", "very", "too", "where", "when", "why", "how", "said", "says", "have", "has",
      "had", "only", "again", "more", "most", "few", "other", "same", "own", "once", "just", "because", "here");

  private StopWords() {}

  /** Lucene's English stop words and {@code more}. */
  private static Set<String> english(String... more) {
    Set<String> words = new HashSet<>();
    for (Object item : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
      words.add(entry(item));
    }
    Collections.addAll(words, more);
    return Set.copyOf(words);
  }

  /** Lucene's Arabic stop words, {@code more} and the prepositions and complementisers with pronouns, folded. */
  private static Set<String> arabic(String... more) {
    List<String> words = new ArrayList<>();
    for (Object item : ArabicAnalyzer.getDefaultStopSet()) {
      words.add(entry(item));
    }
    Collections.addAll(words, more);
    addPrepositionsWithPronouns(words);
    addComplementisersWithPronouns(words);
    Set<String> folded = new HashSet<>();
    for (String word : words) {
      folded.add(MatchNormalizer.normalize(word));
    }
    return Set.copyOf(folded);
  }

  /** Lucene's CharArraySet hands out its entries as char[]. */
  private static String entry(Object item) {
    return item instanceof char[] chars ? new String(chars) : item.toString();
  }

  static boolean isStopWord(String word, Lang lang) {
    return lang == Lang.AR
        ? ARABIC.contains(MatchNormalizer.normalize(word))
        : ENGLISH.contains(word.toLowerCase(Locale.ROOT).replace('’', '\''));
  }

  /**
   * A preposition carrying a pronoun (مني، لي، معك، عليه، إليهم): grammar, as "from me", "to me", "with you"
   * are in English. Lucene's list has a few of them (له، به، فيه، عليه); every person of every common
   * preposition is listed here.
   */
  private static void addPrepositionsWithPronouns(List<String> words) {
    String[] prepositions = {"من", "عن", "في", "على", "إلى", "مع", "عند", "لدى", "بين", "ل", "ب"};
    String[] pronouns = {"ي", "ك", "كما", "كم", "كن", "ه", "ها", "هما", "هم", "هن", "نا"};
    // على، إلى and لدى take a pronoun on their ي form: عليك، إليه، لديهم.
    for (String preposition : prepositions) {
      String stem = preposition.endsWith("ى") ? preposition.substring(0, preposition.length() - 1) + "ي" : preposition;
      for (String pronoun : pronouns) {
        words.add(stem + pronoun);
      }
    }
  }

  /**
   * A complementiser carrying a pronoun (أننا "that we", بأنه "that he", لأنها "because she", كأنهم "as if they"):
   * grammar, as "that we" is in English. The lists above had only أنه and أنها.
   */
  private static void addComplementisersWithPronouns(List<String> words) {
    String[] complementisers = {"أن", "إن", "بأن", "لأن", "كأن", "لكن"};
    String[] pronouns = {"ي", "ني", "ك", "كما", "كم", "كن", "ه", "ها", "هما", "هم", "هن", "نا"};
    for (String complementiser : complementisers) {
      for (String pronoun : pronouns) {
        words.add(complementiser + pronoun);
      }
    }
  }

  /**
   * Whether an English word can render an Arabic content word: a content word, or one of the function words
   * that carry meaning of their own ({@link #ENGLISH_MEANINGFUL}).
   */
  static boolean mayRenderContent(Word word) {
    return isContent(word, Lang.EN) || ENGLISH_MEANINGFUL.contains(word.text().toLowerCase(Locale.ROOT));
  }

  /** Words that count for coverage: not function words, not single letters (an Arabic particle split off). */
  public static boolean isContent(Word word, Lang lang) {
    return word.text().length() > 1 && !isStopWord(word.text(), lang);
  }
}
