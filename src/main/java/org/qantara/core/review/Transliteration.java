package org.qantara.core.review;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.qantara.core.text.MatchNormalizer;
import org.qantara.core.text.WordMemo;

/**
 * Compares names across scripts: both sides are reduced to a consonant skeleton (ICU's Arabic-Latin
 * romanisation for Arabic, then the same folding for both: vowels, h, w, y and hamza/ayn dropped,
 * letters that Arabic and English spell differently merged: q/k/c, d/t/th/dh, s/z/sh/ch, j/g, p/b, v/f)
 * and the skeletons compared by edit distance. So حميميم = Hmeimim and بوتين = Putin, but طرطوس ≠
 * Latakia.
 */
public final class Transliteration {
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  /** Reviews and the benchmark ask for the same words over and over; ICU's transliterator is slow. */
  private static final WordMemo<String> SKELETONS = new WordMemo<>(Transliteration::computeSkeleton, 200_000);

  private Transliteration() {}

  /** ICU's transliterator, built on first use: building it costs more CPU than aligning a short document. */
  private static final class ArabicLatin {
    private static final Transliterator ICU = Transliterator.getInstance("Arabic-Latin");
  }

  /** Latin romanisation of an Arabic word, for explanations ("حميميم" → "ḥmymym"). */
  public static String romanise(String arabic) {
    synchronized (ArabicLatin.class) {
      return ArabicLatin.ICU.transliterate(arabic);
    }
  }

  /**
   * {@link #romanise} of folded text ({@link MatchNormalizer#normalize}: no harakat, shadda, alef or hamza
   * variants, which ICU's contextual rules are about) from ICU's own per-letter rules, so that a short document
   * does not pay for building the transliterator (0.1 s of CPU at every start, and as much again compiling it).
   * A word with an Arabic-script character outside the table still goes through ICU. {@code TransliterationTest}
   * holds the skeletons to ICU's on every character of the Arabic blocks and every word of the corpora.
   */
  static String romaniseFolded(String folded) {
    StringBuilder out = new StringBuilder(folded.length() + 4);
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      String latin = icuLatin(c);
      if (latin != null) {
        out.append(latin);
      } else if (c < '\u0600' || c >= '\u2000' && c <= '\u206F') { // no Arabic script there: ICU leaves it
        out.append(c);
      } else {
        return romanise(folded);
      }
    }
    return out.toString();
  }

  /** What ICU's Arabic-Latin rules write for one character of folded text; null where the table has no entry. */
  private static String icuLatin(char c) {
    return switch (c) {
      case 'ء' -> "ʾ";
      case 'ا' -> "ạ";
      case 'ب' -> "b";
      case 'ت' -> "t";
      case 'ث' -> "tẖ";
      case 'ج' -> "j";
      case 'ح' -> "ḥ";
      case 'خ' -> "kẖ";
      case 'د' -> "d";
      case 'ذ' -> "dẖ";
      case 'ر' -> "r";
      case 'ز' -> "z";
      case 'س' -> "s";
      case 'ش' -> "sẖ";
      case 'ص' -> "ṣ";
      case 'ض' -> "ḍ";
      case 'ط' -> "ṭ";
      case 'ظ' -> "ẓ";
      case 'ع' -> "ʿ";
      case 'غ' -> "gẖ";
      case 'ف' -> "f";
      case 'ق' -> "q";
      case 'ك' -> "k";
      case 'ل' -> "l";
      case 'م' -> "m";
      case 'ن' -> "n";
      case 'ه' -> "h";
      case 'و' -> "w";
      case 'ي' -> "y";
      case 'پ' -> "p";
      case 'چ' -> "cẖ";
      case 'ژ' -> "zẖ";
      case 'ڤ' -> "v";
      case 'گ' -> "g";
      case '،' -> ",";
      case '؛' -> ";";
      case '؟' -> "?";
      case '٪' -> "%";
      case '۔' -> ".";
      default -> null;
    };
  }

  /** The consonant skeleton of a word in either script; Arabic attached particles are not stripped here. */
  public static String skeleton(String word) {
    return SKELETONS.apply(word);
  }

  private static String computeSkeleton(String word) {
    return skeleton(word, Transliteration::romaniseFolded);
  }

  /** The skeleton of {@code word} with folded Arabic romanised by {@code romaniser}. */
  static String skeleton(String word, UnaryOperator<String> romaniser) {
    String latin = MatchNormalizer.hasArabicLetter(word) ? romaniser.apply(MatchNormalizer.normalize(word)) : word;
    String plain = stripMarks(latin).toLowerCase(Locale.ROOT);
    plain = Names.canonical(ARTICLE.matcher(plain).replaceAll(""))
        .replace("sh", "s").replace("th", "t").replace("dh", "d").replace("kh", "k").replace("gh", "g")
        .replace("ph", "f").replace("ck", "k").replace("ch", "s");
    StringBuilder out = new StringBuilder();
    char previous = 0;
    for (char c : plain.toCharArray()) {
      char mapped = switch (c) {
        case 'q', 'c', 'k' -> 'k';
        case 'd', 't' -> 't';
        case 's', 'z', 'x' -> 's';
        case 'j', 'g' -> 'j';
        case 'p', 'b' -> 'b';
        case 'v', 'f' -> 'f';
        case 'm', 'n', 'l', 'r' -> c;
        default -> 0; // vowels, h, w, y, hamza and ayn marks, punctuation
      };
      if (mapped != 0 && mapped != previous) {
        out.append(mapped); // a written double consonant (Assad) counts once, as Arabic writes it once
      }
      previous = mapped;
    }
    return out.toString();
  }

  private static String stripMarks(String text) {
    return MARK.matcher(NFD.normalize(text)).replaceAll("");
  }

  /*
   * The patterns of skeleton (its possessive's is Names.canonical's), compiled once: String.replaceAll compiles its
   * pattern on every call, and each look-up form of each Arabic word beside a capitalised English one is skeletonised.
   */
  private static final Pattern ARTICLE = Pattern.compile("^(al|el|as|ad|ar|at|an|az|ash)-");
  private static final Pattern MARK = Pattern.compile("\\p{M}");

  /**
   * Whether two skeletons name the same thing: equal, or one edit apart when the longer has five
   * consonants or more (Damascus "tmsks" vs دمشق "tmsk"). Shorter skeletons must be equal: with two or
   * three consonants one edit already joins unrelated words (منذ "mnt" and Ahmad "mt").
   */
  public static boolean sameName(String skeletonA, String skeletonB) {
    if (skeletonA.length() < 2 || skeletonB.length() < 2) {
      return false;
    }
    int allowed = Math.max(skeletonA.length(), skeletonB.length()) >= 5 ? 1 : 0;
    // The distance is at least the difference of the lengths: most pairs are told apart without working it out.
    return Math.abs(skeletonA.length() - skeletonB.length()) <= allowed && editDistance(skeletonA, skeletonB) <= allowed;
  }

  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
