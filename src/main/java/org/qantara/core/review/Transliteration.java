package org.qantara.core.review;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.qantara.core.text.MatchNormalizer;

/**
 * Compares names across scripts: both sides are reduced to a consonant skeleton (ICU's Arabic-Latin
 * romanisation for Arabic, then the same folding for both: vowels, h, w, y and hamza/ayn dropped,
 * letters that Arabic and English spell differently merged: q/k/c, d/t/th/dh, s/z/sh/ch, j/g, p/b, v/f)
 * and the skeletons compared by edit distance. So حميميم = Hmeimim and بوتين = Putin, but طرطوس ≠
 * Latakia.
 */
public final class Transliteration {
  private static final Transliterator ARABIC_LATIN = Transliterator.getInstance("Arabic-Latin");
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Map<String, String> SKELETONS = new ConcurrentHashMap<>();
  private static final int MAX_CACHED = 200_000;

  private Transliteration() {}

  /** Latin romanisation of an Arabic word, for explanations ("حميميم" → "ḥmymym"). */
  public static synchronized String romanise(String arabic) {
    return ARABIC_LATIN.transliterate(arabic);
  }

  /** The consonant skeleton of a word in either script; Arabic attached particles are not stripped here. */
  public static String skeleton(String word) {
    // Reviews and the benchmark ask for the same words over and over; ICU's transliterator is slow.
    // A long-running process (the workbench, a batch) sees ever new words: start over past a bound
    // rather than grow without one.
    if (SKELETONS.size() > MAX_CACHED) {
      SKELETONS.clear();
    }
    return SKELETONS.computeIfAbsent(word, Transliteration::computeSkeleton);
  }

  private static String computeSkeleton(String word) {
    String latin = MatchNormalizer.hasArabicLetter(word) ? romanise(MatchNormalizer.normalize(word)) : word;
    String plain = stripMarks(latin).toLowerCase(Locale.ROOT);
    plain = plain.replaceAll("^(al|el|as|ad|ar|at|an|az|ash)-", "").replaceAll("['’]s$", "")
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
    return NFD.normalize(text).replaceAll("\\p{M}", "");
  }

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
    return editDistance(skeletonA, skeletonB) <= allowed;
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
