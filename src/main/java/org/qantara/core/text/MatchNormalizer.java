package org.qantara.core.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one Arabic folding of the runtime, for matching only (the reviewer's lexicons and names, string
 * similarity, boilerplate, the corpus index); the original text is never altered. NFKC with case folding
 * (which also resolves Arabic presentation forms and drops invisible format characters), then Arabic
 * orthographic variation is levelled: diacritics, Quranic annotation signs and tatweel removed, alef
 * variants (أ إ آ and wasla ٱ) to bare alef, hamza carriers ئ ؤ to ي و, alef maqsura to ya, ta marbuta to
 * ha, the Persian letters kaf ک and yeh ی (Arabic text typed on a Persian keyboard: "شکراً", "علی") to ك and ي,
 * Arabic-Indic and Persian digits made ASCII.
 *
 * <p>The built-in model's tokenizer normaliser ({@code TextNormalizer} of the model builder) deliberately
 * folds less: it keeps ئ and ؤ (its dictionary-derived vocabulary tells رئيس from a misspelt ريس, and
 * every folding step is one more pass of the tokenizer over the text, which is what bounds its
 * throughput), lower-cases instead of case-folding, and reads Arabic-Indic digits through vocabulary
 * aliases instead of rewriting them. A change here does not change the model; a change there needs a
 * rebuilt model.
 */
public final class MatchNormalizer {
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  /** Particles written attached to the next word, longest first: و، ف، ب، ل، ك، ال، لل and their stacks. */
  private static final List<String> ATTACHED_PARTICLES =
      List.of("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك");

  /** Folded forms of words, kept: a quantity look-up folds each word up to six times, in every candidate link. */
  private static final WordMemo<String> FOLDED = new WordMemo<>(MatchNormalizer::folded, 1 << 16);

  private MatchNormalizer() {}

  /** Whether the word holds an Arabic letter. */
  public static boolean hasArabicLetter(String word) {
    // A loop, not a stream: the word aligner asks it of every word of every link it compares. No character below
    // U+0600 is of the Arabic script, so most English words are read without looking their script up.
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      if (c >= 0x0600 && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC && Character.isLetter(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /**
   * Lexicon-lookup forms of a word: the folded word followed by the forms left after peeling each attached
   * particle a lexicon entry never carries, longest first, so that "بيومين" is found under "يومين".
   */
  public static Set<String> lookupForms(String word) {
    String folded = normalize(word);
    Set<String> forms = new LinkedHashSet<>();
    forms.add(folded);
    for (String particle : ATTACHED_PARTICLES) {
      if (folded.startsWith(particle) && folded.length() - particle.length() >= 2) {
        forms.add(folded.substring(particle.length()));
      }
    }
    return forms;
  }

  public static String normalize(String text) {
    return FOLDED.apply(text);
  }

  private static String folded(String text) {
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
      case 'ى', 'ئ', 'ی' -> 'ي';
      case 'ک' -> 'ك';
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
