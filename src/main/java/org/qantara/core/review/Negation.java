package org.qantara.core.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.qantara.core.text.Lang;
import org.qantara.core.text.MatchNormalizer;

/**
 * Negation markers of a sentence. Arabic: لا، لم، لن، ليس (and its forms, also in questions: أليس، ألم),
 * لكيلا (so that … not), غير، دون / بدون / من دون، عدم, and the lexical negatives تعذر / فشل (could not,
 * failed) in any person; "لا يزال" (still), "لا سيما" (especially), "لا … إلا" (only) and the tag
 * "أليس كذلك" are not negations. ما is left out: without a parser it
 * cannot be told from the far more frequent "what" / "that which".
 * English: not / n't, no, never, without, none, nothing, nobody, neither, nor, "fail to", and words
 * whose un- / in- / im- / il- / ir- / dis- prefix or -less suffix negates them; not tag questions.
 */
public final class Negation {
  private static final Set<String> AR_MARKERS = folded(
      "لا", "لم", "لن", "ليس", "ليست", "لست", "لسنا", "ليسوا", "لستم", "غير", "دون", "بدون", "عدم", "بعدم",
      "لعدم", "ولا", "ولم", "ولن", "وليس", "وليست", "فلا", "فلم", "فلن", "ودون", "لئلا", "أليس", "ألست", "أليست",
      "لكيلا", "كيلا");
  /**
   * تعذّر "could not be" and فشل "failed" in any person or tense, with a conjunction or not: تعذرت, يتعذر,
   * فشلوا, وفشلت.
   */
  private static final Pattern AR_NEGATIVE_VERB = Pattern.compile("[وف]?[يتان]?(?:تعذر|فشل)(?:ت|تا|ا|وا|ون|ن|نا|تم)?");
  // "لا يزال", "ما زال", "لم يزل" mean "still"; "لا سيما" means "especially"; "من دون" is one marker.
  private static final Set<String> AR_NOT_NEGATING_NEXT = folded(
      "يزال", "تزال", "يزالون", "تزالون", "نزال", "ازال", "زال", "زالت", "زالوا", "يزل", "تزل", "سيما", "يبرح",
      "تبرح", "برح", "ينفك", "تنفك", "انفك");
  private static final Set<String> EN_MARKERS = Set.of(
      "not", "no", "never", "without", "none", "nothing", "nobody", "neither", "nor", "cannot", "nowhere",
      "noone");
  private static final Set<String> EN_FAIL = Set.of("fail", "fails", "failed", "failing");
  // Negating prefixes only where the word is known to be negated: "under" and "interest" are not.
  private static final Set<String> EN_PREFIXED = Set.of(
      "unable", "unknown", "unlikely", "unclear", "unhappy", "unfair", "unsafe", "unusual", "unwilling",
      "unaware", "unacceptable", "unprecedented", "unnecessary", "unsuccessful", "unlawful",
      "unarmed", "unconfirmed", "unidentified", "unnamed", "unstable", "untrue", "unwanted", "unimportant",
      "impossible", "impolite", "impatient", "improper", "incorrect", "inaccurate", "incomplete",
      "inappropriate", "insufficient", "invalid", "inability", "incapable", "illegal", "illegitimate",
      "irregular", "irrelevant", "irresponsible", "dishonest", "disagree", "disagrees", "disagreed", "dislike",
      "dislikes", "disliked", "nonexistent", "non-existent", "indispensable");

  private static final Set<String> EN_LESS = Set.of(
      "hopeless", "useless", "pointless", "helpless", "homeless", "careless", "meaningless", "worthless",
      "harmless", "powerless", "senseless", "fruitless", "baseless", "groundless", "endless", "countless",
      "jobless", "penniless", "speechless", "fearless", "heartless", "thoughtless");

  /**
   * Arabic words that negate in some readings and not in others: ما ("not" before a verb or a pronoun,
   * "what" elsewhere), the interrogative negations fused with hamza (ألا، ألم، أفلا، أولم: "won't you…?",
   * "did not…?"; ألا is also "except" and "indeed"), لولا / لوما ("had … not"), كلّا ("No!", also كِلا "both"),
   * وإلّا ("and if … not", also "and except"), the oath تالله, whose answer may drop its لا ("تالله تفتأ تذكر
   * يوسف", "by Allah, you will not cease remembering Joseph"). They do not make a sentence
   * negated, but they account for an English negation.
   */
  private static final Set<String> AR_POSSIBLE = folded("وما", "فما", "لولا", "لوما", "كلا", "والا", "تالله");
  /**
   * ما negates before a pronoun or a form of كان ("ما نحن", "ما كنا"), and may before a past verb ending in
   * its subject ({@link #isPastWithSubject}); elsewhere it is mostly "what".
   */
  private static final Set<String> AR_MA_NEGATES_BEFORE = folded(
      "انا", "انت", "انتم", "نحن", "هو", "هي", "هم", "كان", "كانت", "كنت", "كنا", "كانوا", "كنتم", "يكون", "تكون");
  /** Written with hamza on alef (not إلا "except", not ألم "pain" in practice: questions open a clause). */
  private static final Set<String> AR_FUSED_QUESTION = Set.of("ألا", "أفلا", "أولا", "ألم", "أفلم", "أولم", "ألن", "أفلن");
  /**
   * Nominal negators: غير شرعية "illegitimate", بدون / من دون "without" (the marker of "من دون" is its من),
   * and verbs that are negative in themselves, تعذر "could not", فشل "failed": a lexical negative, not a
   * polarity.
   */
  private static final Set<String> AR_NOMINAL = folded("غير", "دون", "بدون", "عدم", "بعدم", "لعدم", "ودون", "من", "ومن");
  /** The exception of a restriction: "لا … إلا" / "إن … إلا" (none but), rendered in English by "only" too. */
  private static final String AR_EXCEPT = MatchNormalizer.normalize("إلا");
  private static final Set<String> EN_RESTRICTIVE = Set.of("only", "except", "solely", "merely");

  private Negation() {}

  /** Whether the Arabic holds a word that negates in some readings (ما، ألم، أفلا، لولا …). */
  public static boolean mayBeNegated(List<Word> arabicWords) {
    for (int i = 0; i < arabicWords.size(); i++) {
      String w = MatchNormalizer.normalize(arabicWords.get(i).text());
      String next = i + 1 < arabicWords.size() ? MatchNormalizer.normalize(arabicWords.get(i + 1).text()) : "";
      if (AR_POSSIBLE.contains(w) || w.equals("ما") && (AR_MA_NEGATES_BEFORE.contains(next) || isPastWithSubject(next))
          || AR_FUSED_QUESTION.contains(withoutMarks(arabicWords.get(i).text()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A past-tense verb ending in its subject, no object pronoun after it: "ما علمنا" (we knew not), "ما فعلت",
   * "ما رأوا". After ما it is a negated past as often as "what we knew"; "ما قلته" (what you said) carries
   * its object and is left out.
   */
  private static boolean isPastWithSubject(String folded) {
    return folded.length() >= 4 && (folded.endsWith("نا") || folded.endsWith("تم") || folded.endsWith("وا"))
        || folded.length() >= 3 && folded.endsWith("ت");
  }

  /** The word with harakat and Quranic signs removed but hamza and alef variants kept. */
  private static String withoutMarks(String word) {
    return word.replaceAll("[\\x{064B}-\\x{065F}\\x{0670}\\x{0640}\\x{0610}-\\x{061A}\\x{06D6}-\\x{06ED}]", "")
        .replace('\u0671', '\u0627');
  }

  /**
   * Whether a marker negates a word rather than the sentence: an Arabic nominal negator (غير، دون، عدم) or
   * an English negative word ("unaware", "homeless", "illegally"), which a translation may render by a
   * positive word of opposite sense ("out of wedlock", "idle").
   */
  public static boolean isLexical(Word marker, Lang lang) {
    if (lang == Lang.AR) {
      String w = MatchNormalizer.normalize(marker.text());
      return AR_NOMINAL.contains(w) || AR_NEGATIVE_VERB.matcher(w).matches();
    }
    String w = marker.text().toLowerCase(Locale.ROOT);
    return EN_PREFIXED.contains(w) || EN_LESS.contains(w) || EN_PREFIXED.contains(adjectiveOf(w))
        || EN_LESS.contains(adjectiveOf(w));
  }

  /**
   * Whether the link expresses a restriction: an exception on the Arabic side (إلا) or a restrictive word
   * in the English ("only", "except"). "لا يبرم عقد الزواج إلا برضى…" is "Marriage shall be entered into
   * only with…", "إن هذا إلا ملك" is "this is none but an angel": a negation on one side only is how
   * the two languages say the same restriction, not a flipped meaning.
   */
  public static boolean isRestriction(List<Word> arabicWords, List<Word> englishWords) {
    return arabicWords.stream().anyMatch(w -> MatchNormalizer.normalize(w.text()).equals(AR_EXCEPT))
        || englishWords.stream().anyMatch(w -> EN_RESTRICTIVE.contains(w.text().toLowerCase(Locale.ROOT)));
  }

  private static Set<String> folded(String... words) {
    return Arrays.stream(words).map(MatchNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The words that negate the text, in order. {@code text} is what the words' offsets point into; its
   * punctuation tells a tag question (", isn't it?", "، أليس كذلك؟"), which asks for agreement and does
   * not negate, from a negative statement or question.
   */
  public static List<Word> markers(List<Word> words, Lang lang, CharSequence text) {
    return lang == Lang.AR ? arabic(words) : english(words, text);
  }

  private static List<Word> arabic(List<Word> words) {
    List<Word> found = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = MatchNormalizer.normalize(words.get(i).text());
      String next = i + 1 < words.size() ? MatchNormalizer.normalize(words.get(i + 1).text()) : "";
      if (w.equals("ومن") || w.equals("من")) {
        if (next.equals("دون")) {
          found.add(words.get(i));
          i++; // "من دون" is one marker
        }
        continue;
      }
      if ((AR_MARKERS.contains(w) || AR_NEGATIVE_VERB.matcher(w).matches()) && !AR_NOT_NEGATING_NEXT.contains(next)
          && !next.equals("كذلك") && !exceptionFollows(words, i)) {
        found.add(words.get(i));
      }
    }
    return found;
  }

  private static final Set<String> VERBAL_NEGATORS = folded("لا", "لم", "لن", "ولا", "ولم", "ولن", "فلا", "فلم", "فلن");

  /** "لا يسعني إلا …" is "I can only …": a verbal negation and a close exception cancel out. */
  private static boolean exceptionFollows(List<Word> words, int marker) {
    if (!VERBAL_NEGATORS.contains(MatchNormalizer.normalize(words.get(marker).text()))) {
      return false;
    }
    return words.subList(marker + 1, Math.min(words.size(), marker + 4)).stream()
        .anyMatch(w -> MatchNormalizer.normalize(w.text()).equals("الا"));
  }

  /** Prefixes that negate an adjective: in-different, un-pleasant, dis-honest, non-violent. */
  private static final Pattern EN_NEGATING_PREFIX = Pattern.compile("(?:un|in|im|il|ir|dis|non-?)(\\p{L}{4,})");
  /**
   * Endings of the adjectives such a prefix negates ("different", "pleasant", "possible", "moral"); verbs
   * and nouns that happen to follow in- or dis- ("install", "display", "income") do not end so.
   */
  private static final Pattern EN_ADJECTIVE_ENDING = Pattern.compile(".*(?:ent|ant|able|ible|al|ive|ous|ful|ic|ect|ete)");

  /**
   * Whether the English holds an adjective negated by its prefix, its stem an ordinary English word of its
   * own: "indifferent", "unpleasant", "informal". Such a word can render an Arabic negation ("لا تبالي"
   * is "is indifferent"), so an Arabic negation beside it is no flipped meaning. Not a negation marker of
   * the English itself: "independent" and "immortal" are as often rendered by a positive Arabic word.
   */
  public static boolean hasNegatedAdjective(List<Word> englishWords) {
    for (Word word : englishWords) {
      var m = EN_NEGATING_PREFIX.matcher(word.text().toLowerCase(Locale.ROOT));
      if (m.matches() && EN_ADJECTIVE_ENDING.matcher(m.group(1)).matches() && EnglishWords.isCommonWord(m.group(1))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "there", "that");

  /** "…, isn't it?": a negated auxiliary after a comma, then a pronoun, then the question mark. */
  private static boolean isTagQuestion(List<Word> words, int i, CharSequence text) {
    if (i + 1 >= words.size() || !PRONOUNS.contains(words.get(i + 1).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return charBefore(text, words.get(i).start()) == ',' && charAfter(text, words.get(i + 1).end()) == '?';
  }

  private static char charBefore(CharSequence text, int index) {
    int k = index - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    return k >= 0 ? text.charAt(k) : 0;
  }

  private static char charAfter(CharSequence text, int index) {
    int k = index;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k < text.length() ? text.charAt(k) : 0;
  }

  /** The adjective an adverb may be made from: "illegally" → "illegal", "impossibly" → "impossible". */
  private static String adjectiveOf(String word) {
    if (word.endsWith("ily")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("bly")) {
      return word.substring(0, word.length() - 1) + "e";
    }
    return word.endsWith("ly") ? word.substring(0, word.length() - 2) : word;
  }

  private static List<Word> english(List<Word> words, CharSequence text) {
    List<Word> found = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      String w = word.text().toLowerCase(Locale.ROOT).replace('’', '\'');
      boolean negates = EN_MARKERS.contains(w) || w.endsWith("n't") && !isTagQuestion(words, i, text)
          || EN_PREFIXED.contains(w) || EN_LESS.contains(w)
          || EN_PREFIXED.contains(adjectiveOf(w)) || EN_LESS.contains(adjectiveOf(w))
          || EN_FAIL.contains(w) && i + 1 < words.size() && words.get(i + 1).text().equalsIgnoreCase("to");
      if (negates) {
        found.add(word);
      }
    }
    return found;
  }
}
