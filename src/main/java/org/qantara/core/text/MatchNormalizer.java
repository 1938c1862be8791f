package org.qantara.core.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/**
 * Normalisation for matching only (lexicons, string similarity, search); the original text is never
 * altered. NFKC with case folding (which also resolves Arabic presentation forms and drops invisible
 * format characters), then Arabic orthographic variation is levelled: diacritics and tatweel removed,
 * alef and hamza-carrier variants, alef maqsura and ta marbuta unified, Arabic-Indic and Persian digits
 * made ASCII.
 */
public final class MatchNormalizer {
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

  private MatchNormalizer() {}

  public static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    appendLevelled(NFKC_CASEFOLD.normalize(text), out);
    return out.toString();
  }

  /**
   * Like {@link #normalize} but remembers where each character came from. NFKC is applied chunk by
   * chunk between normalisation boundaries, which gives the same result as normalising the whole.
   */
  public static NormalizedText normalizeWithOffsets(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int[] starts = new int[text.length() * 2 + 1];
    int[] ends = new int[starts.length];
    int chunkStart = 0;
    while (chunkStart < text.length()) {
      int chunkEnd = chunkStart + Character.charCount(text.codePointAt(chunkStart));
      while (chunkEnd < text.length() && !NFKC_CASEFOLD.hasBoundaryBefore(text.codePointAt(chunkEnd))) {
        chunkEnd += Character.charCount(text.codePointAt(chunkEnd));
      }
      int before = out.length();
      appendLevelled(NFKC_CASEFOLD.normalize(text.substring(chunkStart, chunkEnd)), out);
      if (out.length() > starts.length) {
        starts = Arrays.copyOf(starts, out.length() * 2);
        ends = Arrays.copyOf(ends, starts.length);
      }
      for (int i = before; i < out.length(); i++) {
        starts[i] = chunkStart;
        ends[i] = chunkEnd;
      }
      chunkStart = chunkEnd;
    }
    return new NormalizedText(out.toString(), starts, ends);
  }

  /** Appends {@code nfkc} with Arabic variation levelled: one output char per input char, or none. */
  private static void appendLevelled(String nfkc, StringBuilder out) {
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      char levelled = level(c);
      if (levelled != 0) {
        out.append(levelled);
      }
    }
  }

  /** The matching form of one character, or 0 to drop it. */
  private static char level(char c) {
    if (isArabicMark(c) || c == '\u0640') { // harakat, shadda, sukun, superscript alef, Quranic marks; tatweel
      return 0;
    }
    return switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
      case 'ى', 'ئ' -> 'ي';
      case 'ة' -> 'ه';
      case 'ؤ' -> 'و';
      default -> {
        if (c >= '\u0660' && c <= '\u0669') {
          yield (char) ('0' + c - '\u0660');
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
          yield (char) ('0' + c - '\u06F0');
        }
        yield c;
      }
    };
  }

  private static boolean isArabicMark(char c) {
    return (c >= '\u064B' && c <= '\u065F') // fathatan … sukun, maddah/hamza above and below, other harakat
        || c == '\u0670' // superscript alef
        || (c >= '\u0610' && c <= '\u061A') // honorifics and small Quranic signs
        || (c >= '\u06D6' && c <= '\u06DC')
        || (c >= '\u06DF' && c <= '\u06E4')
        || (c >= '\u06E7' && c <= '\u06E8')
        || (c >= '\u06EA' && c <= '\u06ED');
  }
}
