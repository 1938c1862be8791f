package org.qantara.core.text;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qantara.core.QantaraException;

/**
 * Cuts a text holding one language followed by the other (Arabic then English, or English then
 * Arabic) at the sentence boundary where the script changes. The cut maximises the Arabic letters on
 * the Arabic side plus the Latin letters on the English side, so Latin names or numbers inside the
 * Arabic (and Arabic words quoted in the English) cannot pull the cut into the wrong place.
 */
public final class BilingualSplitter {
  /** The smaller side must hold at least this share of the larger side's letters: translations are of similar size. */
  private static final double MIN_SIDE_RATIO = 0.2;

  private static final String NOT_BILINGUAL_FIX =
      "give a file holding the Arabic text followed by its English translation (or the reverse), "
          + "or load the two languages from separate files";

  private BilingualSplitter() {}

  public static BilingualSplit split(String text) {
    int length = text.length();
    // balance[p] = Arabic letters minus Latin letters in text[0, p)
    int[] balance = new int[length + 1];
    for (int i = 0; i < length; i++) {
      Character.UnicodeScript script = ScriptDetector.scriptOf(text.charAt(i));
      balance[i + 1] = balance[i] + (script == Character.UnicodeScript.ARABIC ? 1 : script == Character.UnicodeScript.LATIN ? -1 : 0);
    }
    int arabicFirstCut = -1;
    int englishFirstCut = -1;
    for (int p = 1; p < length; p++) {
      if (!isSentenceStart(text, p)) {
        continue;
      }
      if (arabicFirstCut < 0 || balance[p] > balance[arabicFirstCut]) {
        arabicFirstCut = p;
      }
      if (englishFirstCut < 0 || balance[p] < balance[englishFirstCut]) {
        englishFirstCut = p;
      }
    }
    ScriptDetector.ScriptCounts whole = ScriptDetector.count(text);
    if (arabicFirstCut < 0) {
      throw notBilingual(text, whole, "it holds a single sentence");
    }
    // Letters that agree with their side: Arabic before + Latin after, or Latin before + Arabic after.
    int arabicFirstAgreement = balance[arabicFirstCut] + whole.latin();
    int englishFirstAgreement = -balance[englishFirstCut] + whole.arabic();
    boolean arabicFirst = arabicFirstAgreement >= englishFirstAgreement;
    int cut = arabicFirst ? arabicFirstCut : englishFirstCut;

    Span before = TextLines.trim(text, 0, cut);
    Span after = TextLines.trim(text, cut, length);
    Span arabic = arabicFirst ? before : after;
    Span english = arabicFirst ? after : before;
    ScriptDetector.ScriptCounts arabicCounts = ScriptDetector.count(arabic.of(text));
    ScriptDetector.ScriptCounts englishCounts = ScriptDetector.count(english.of(text));
    if (arabicCounts.dominant().orElse(null) != Lang.AR || englishCounts.dominant().orElse(null) != Lang.EN) {
      throw notBilingual(
          text,
          whole,
          whole
              .dominant()
              .map(lang -> "both parts are " + (lang == Lang.AR ? "Arabic" : "English"))
              .orElse("no point was found where Arabic text gives way to English text or the reverse"));
    }
    int smaller = Math.min(arabicCounts.letters(), englishCounts.letters());
    int larger = Math.max(arabicCounts.letters(), englishCounts.letters());
    if (smaller < MIN_SIDE_RATIO * larger) {
      throw notBilingual(
          text,
          whole,
          String.format(
              Locale.ROOT,
              "the best cut leaves %d letters of %s against %d of %s, too little to be a translation",
              smaller,
              arabicCounts.letters() == smaller ? "Arabic" : "English",
              larger,
              arabicCounts.letters() == smaller ? "English" : "Arabic"));
    }
    return new BilingualSplit(arabic, english, describe(text, cut, arabicFirst));
  }

  /**
   * Whether a sentence may start at {@code p}: a non-space character after whitespace that follows
   * sentence-final punctuation (with any closing quotes) or contains a line break.
   */
  private static boolean isSentenceStart(String text, int p) {
    if (TextLines.isSpace(text.charAt(p)) || !TextLines.isSpace(text.charAt(p - 1))) {
      return false;
    }
    int i = p - 1;
    while (i >= 0 && TextLines.isSpace(text.charAt(i))) {
      if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        return true;
      }
      i--;
    }
    return i >= 0 && TextLines.endsWithTerminal(CharBuffer.wrap(text, 0, i + 1));
  }

  private static String describe(String text, int cut, boolean arabicFirst) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < cut; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return String.format(
        Locale.ROOT,
        "split at character %d (line %d, column %d): %d chars %s before, %d chars %s after",
        cut,
        line,
        cut - lineStart + 1,
        cut,
        arabicFirst ? "Arabic" : "English",
        text.length() - cut,
        arabicFirst ? "English" : "Arabic");
  }

  /** Two texts interleaved (a paragraph of one language, then of the other) switch this often or more. */
  private static final int INTERLEAVED_SWITCHES = 3;

  private static QantaraException notBilingual(String text, ScriptDetector.ScriptCounts whole, String why) {
    List<String> switches = languageSwitches(text);
    if (switches.size() >= INTERLEAVED_SWITCHES) {
      return new QantaraException(
          "text does not hold one language after the other: it switches between Arabic and English "
              + switches.size() + " times (" + String.join(", ", switches.subList(0, 3))
              + ", …)",
          "put the Arabic and the English in two files, or all of the Arabic before all of the English");
    }
    return new QantaraException(
        String.format(
            Locale.ROOT,
            "text does not hold one language after the other (%.0f%% of its letters are Arabic, %.0f%% Latin): %s",
            100 * whole.arabicShare(),
            100 * whole.latinShare(),
            why),
        NOT_BILINGUAL_FIX);
  }

  /** Where the language of a line differs from the previous line's: "line 3 English", one entry a change. */
  private static List<String> languageSwitches(String text) {
    List<String> switches = new ArrayList<>();
    Lang previous = null;
    int number = 0;
    for (String line : text.lines().toList()) {
      number++;
      Lang lang = ScriptDetector.dominant(line).orElse(null);
      if (lang == null) {
        continue;
      }
      if (previous != null && lang != previous) {
        switches.add("line " + number + " " + (lang == Lang.AR ? "Arabic" : "English"));
      }
      previous = lang;
    }
    return switches;
  }
}
