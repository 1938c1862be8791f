package org.qantara.core.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.qantara.core.text.Lang;
import org.qantara.core.text.MatchNormalizer;

/**
 * Names across the two scripts. English marks names with capitals; Arabic does not, so an Arabic word
 * counts as a name when its consonant skeleton matches a capitalised English word (see
 * {@link Transliteration}).
 */
public final class Names {
  /** "al-Shara", "el-Sisi": the Arabic article spelled out before a capitalised name. */
  private static final Pattern ARTICLE_NAME = Pattern.compile("(?:al|el|as|ad|ar|at|an|az|ash)-\\p{Lu}.*");

  private Names() {}

  /**
   * Capitalised words of one English sentence that may be names: not function words, months or titles
   * ({@link StopWords}). The sentence's first word is included; callers treat it with more doubt.
   */
  public static List<Word> englishCandidates(List<Word> sentenceWords) {
    List<Word> candidates = new ArrayList<>();
    for (int i = 0; i < sentenceWords.size(); i++) {
      String text = sentenceWords.get(i).text();
      if (text.length() >= 2 && (Character.isUpperCase(text.codePointAt(0)) || ARTICLE_NAME.matcher(text).matches())
          && !StopWords.isStopWord(text, Lang.EN) && !StopWords.isStopWord(text.split("['’]")[0], Lang.EN)
          && !text.chars().allMatch(Character::isUpperCase)
          && !isMonthOrQuantity(text) && !isSpelledLetter(sentenceWords, i)) {
        candidates.add(sentenceWords.get(i));
      }
    }
    return candidates;
  }

  /**
   * Whether the word opens a quotation ('said, "Rather, …'): it takes a capital as a sentence opener does,
   * whether it is a name or not.
   */
  static boolean opensQuotation(Word word, CharSequence text) {
    int k = word.start() - 1;
    if (k < 0 || QUOTE_OPENERS.indexOf(text.charAt(k)) < 0) {
      return false;
    }
    return k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1));
  }

  private static final String QUOTE_OPENERS = "\"“‘«'";

  /** The names of the Arabic letters as English spells them. */
  private static final Set<String> ARABIC_LETTER_NAMES = Set.of(
      "alif", "ba", "ta", "tha", "jeem", "jim", "ha", "kha", "dal", "dhal", "thal", "ra", "zay", "zain", "seen",
      "sin", "sheen", "shin", "sad", "saad", "dad", "daad", "tah", "zah", "dha", "ayn", "ain", "ghayn", "ghain",
      "fa", "qaf", "kaf", "lam", "meem", "mim", "noon", "nun", "waw", "ya");

  /**
   * "Alif, Lam, Ra", "Kaf, Ha, Ya, 'Ayn, Sad": Arabic letters spelled out by name, one beside another (a
   * lone "Ha" or "Sad" may be anything).
   */
  private static boolean isSpelledLetter(List<Word> words, int i) {
    return isLetterName(words.get(i)) && (i > 0 && isLetterName(words.get(i - 1))
        || i + 1 < words.size() && isLetterName(words.get(i + 1)));
  }

  private static boolean isLetterName(Word w) {
    return ARABIC_LETTER_NAMES.contains(w.text().toLowerCase(Locale.ROOT));
  }

  private static boolean isMonthOrQuantity(String text) {
    return !QuantityExtractor.extract(List.of(new Word(text, 0, text.length())), Lang.EN).isEmpty();
  }

  /** The name without a possessive ending: "Sami's" is Sami. */
  public static String canonical(String english) {
    return POSSESSIVE_S.matcher(english).replaceAll("");
  }

  /**
   * A possessive 's at the end of a word, compiled once: {@code String.replaceAll} compiled it on every call, a tenth
   * of a re-review's time.
   */
  private static final Pattern POSSESSIVE_S = Pattern.compile("['’]s$");

  /** Skeletons of an Arabic word and of its forms without attached particles. */
  public static Set<String> arabicSkeletons(Word arabic) {
    return skeletonsOf(arabic, nameForms(arabic.text()));
  }

  /**
   * {@link #arabicSkeletons} from the word's name forms ({@link #nameForms}). A loop, not a stream: the word aligner
   * reads every Arabic word it meets beside a capitalised English one, and a stream's set-up is most of a short word's
   * cost under C1.
   */
  private static Set<String> skeletonsOf(Word arabic, Set<String> forms) {
    if (StopWords.isStopWord(arabic.text(), Lang.AR)) {
      return Set.of(); // من and عن are no names, whatever their skeletons match
    }
    Set<String> skeletons = new HashSet<>();
    for (String form : forms) {
      String skeleton = Transliteration.skeleton(form);
      if (skeleton.length() >= 2) {
        skeletons.add(skeleton);
      }
    }
    return skeletons;
  }

  /**
   * The look-up forms of an Arabic word that may hold a name ({@link MatchNormalizer#lookupForms}), and
   * the same for the Quranic spelling: there a superscript alef stands for a written one (إِبۡرَٰهِيمَ is
   * إبراهيم, يَٰمَرۡيَمُ is يا مريم), and the vocative يا is written joined to the name it calls.
   */
  static Set<String> nameForms(String arabic) {
    Set<String> forms = new LinkedHashSet<>(MatchNormalizer.lookupForms(arabic));
    if (arabic.indexOf(SUPERSCRIPT_ALEF) >= 0) {
      // Over an alef maqsura it only marks how the ى is read (يَحۡيَىٰ is يحيى).
      String spelled = MatchNormalizer.normalize(arabic.replace("\u0649\u0670", "\u0649").replace(SUPERSCRIPT_ALEF, 'ا'));
      forms.addAll(MatchNormalizer.lookupForms(spelled));
      if (spelled.startsWith(VOCATIVE) && spelled.length() - VOCATIVE.length() >= 3) {
        forms.addAll(MatchNormalizer.lookupForms(spelled.substring(VOCATIVE.length())));
      }
    }
    return forms;
  }

  private static final char SUPERSCRIPT_ALEF = '\u0670';
  private static final String VOCATIVE = "يا";

  /**
   * Skeletons of an English name: the word itself and, for "Russian" / "Syrian", the country it is the
   * adjective of, since Arabic writes روسي / السوري on the country's stem.
   */
  static Set<String> englishSkeletons(String english) {
    String skeleton = Transliteration.skeleton(english);
    String lower = canonical(english.toLowerCase(Locale.ROOT));
    return lower.endsWith("an") && skeleton.endsWith("n") && skeleton.length() > 2
        ? Set.of(skeleton, skeleton.substring(0, skeleton.length() - 1))
        : Set.of(skeleton);
  }

  /**
   * The words plus each pair of neighbours written as one word: Arabic often spells a foreign name in
   * two words (فييت نام, Vietnam). The joined word spans both.
   */
  static List<Word> withJoinedNeighbours(List<Word> arabic) {
    List<Word> words = new ArrayList<>(arabic);
    for (int i = 0; i + 1 < arabic.size(); i++) {
      Word a = arabic.get(i);
      Word b = arabic.get(i + 1);
      words.add(new Word(a.text() + b.text(), a.start(), b.end()));
    }
    return words;
  }

  /** Adjectives and plurals of languages, nations and faiths ("English", "Syrian", "Christians"). */
  static boolean isGroupAdjective(String english) {
    return GROUP_ADJECTIVE.matcher(english).matches();
  }

  private static final Pattern GROUP_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{L}+(?:ish|ese|ians?|ic|ics)");

  public static boolean sameName(Word english, Word arabic) {
    return EnglishName.of(english).sameAs(ArabicName.of(arabic));
  }

  /**
   * What {@link #sameName} reads of an Arabic word, worked out once: the word aligner compares each word with
   * every capitalised English word of the link, and redoing the look-up forms and skeletons per pair was most
   * of its time on long documents.
   */
  record ArabicName(Set<String> forms, Set<String> skeletons, Set<String> exonyms) {
    static ArabicName of(Word arabic) {
      Set<String> forms = nameForms(arabic.text());
      return new ArabicName(forms, skeletonsOf(arabic, forms), Exonyms.englishOf(forms));
    }
  }

  /** What {@link #sameName} reads of an English word, worked out once (see {@link ArabicName}). */
  record EnglishName(String exonymKey, Set<String> skeletons) {
    static EnglishName of(Word english) {
      return new EnglishName(canonical(english.text()).toLowerCase(Locale.ROOT), englishSkeletons(english.text()));
    }

    boolean sameAs(ArabicName arabic) {
      if (arabic.exonyms().contains(exonymKey)) {
        return true;
      }
      // Loops, not streams: the word aligner asks this of every Arabic word with every capitalised English word.
      for (String s : arabic.skeletons()) {
        for (String e : skeletons) {
          if (Transliteration.sameName(e, s)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
