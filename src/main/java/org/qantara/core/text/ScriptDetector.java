package org.qantara.core.text;

import java.util.Optional;

/**
 * Tells Arabic from English text by the share of Arabic-script and Latin-script letters. Digits,
 * punctuation and other scripts are not counted, so numbers or a quoted Cyrillic word do not tip it.
 */
public final class ScriptDetector {
  /** A script dominates when it holds at least this share of the Arabic and Latin letters. */
  public static final double DOMINANCE = 0.75;

  private ScriptDetector() {}

  /** How many Arabic-script and Latin-script letters a text holds. */
  public record ScriptCounts(int arabic, int latin) {
    public int letters() {
      return arabic + latin;
    }

    /** Share of Arabic among the counted letters; 0 when there are none. */
    public double arabicShare() {
      return letters() == 0 ? 0 : (double) arabic / letters();
    }

    public double latinShare() {
      return letters() == 0 ? 0 : (double) latin / letters();
    }

    /** The language whose script holds at least {@link #DOMINANCE} of the letters, if any. */
    public Optional<Lang> dominant() {
      if (letters() > 0 && arabicShare() >= DOMINANCE) {
        return Optional.of(Lang.AR);
      }
      if (letters() > 0 && latinShare() >= DOMINANCE) {
        return Optional.of(Lang.EN);
      }
      return Optional.empty();
    }
  }

  public static ScriptCounts count(CharSequence text) {
    // Reading a document counts every char of both files while the compiler is still busy with the start: the chars
    // are copied out a chunk at a time and tallied from a table, with no call per char (both files of 4,610
    // sentences, compiled: 2.3 -> 0.6 ms; docs/BENCHMARKS.md, eleventh round).
    int arabic = 0;
    int latin = 0;
    char[] chunk = new char[Math.min(text.length(), CHUNK)];
    for (int from = 0; from < text.length(); from += chunk.length) {
      int to = Math.min(text.length(), from + chunk.length);
      if (text instanceof String string) {
        string.getChars(from, to, chunk, 0);
      } else {
        for (int i = from; i < to; i++) {
          chunk[i - from] = text.charAt(i);
        }
      }
      for (int i = 0; i < to - from; i++) {
        char c = chunk[i];
        byte kind = c < KIND_BELOW.length ? KIND_BELOW[c] : kindOf(lookUp(c));
        arabic += kind & ARABIC_KIND;
        latin += kind >> 1;
      }
    }
    return new ScriptCounts(arabic, latin);
  }

  /** Chars copied out of the text at a time by {@link #count}. */
  private static final int CHUNK = 8192;
  /** {@link #count}'s kinds: 0 for a char of neither script; 2 is Latin (the kind shifted right once is 1). */
  private static final byte ARABIC_KIND = 1;
  private static final byte LATIN_KIND = 2;

  private static byte kindOf(Character.UnicodeScript script) {
    return script == Character.UnicodeScript.ARABIC ? ARABIC_KIND
        : script == Character.UnicodeScript.LATIN ? LATIN_KIND : 0;
  }

  /** The language whose script dominates {@code text}; empty when neither does (mixed, or no letters). */
  public static Optional<Lang> dominant(CharSequence text) {
    return count(text).dominant();
  }

  /**
   * ARABIC or LATIN for a letter of that script, COMMON otherwise. Both scripts live in the Basic
   * Multilingual Plane, so a char-level test is exact for them.
   */
  static Character.UnicodeScript scriptOf(char c) {
    return c < BELOW_SCRIPTS.length ? BELOW_SCRIPTS[c] : lookUp(c);
  }

  /**
   * {@link #lookUp} of every char below U+0800 (Latin, Arabic and the punctuation between them), worked out once:
   * the look-up is a binary search of Unicode's script table, and reading a long document asks it of every char.
   */
  private static final Character.UnicodeScript[] BELOW_SCRIPTS = new Character.UnicodeScript[0x0800];
  /** {@link #kindOf} the script of every char below U+0800, for {@link #count}. */
  private static final byte[] KIND_BELOW = new byte[BELOW_SCRIPTS.length];

  static {
    for (char c = 0; c < BELOW_SCRIPTS.length; c++) {
      BELOW_SCRIPTS[c] = lookUp(c);
      KIND_BELOW[c] = kindOf(BELOW_SCRIPTS[c]);
    }
  }

  private static Character.UnicodeScript lookUp(char c) {
    if (!Character.isLetter(c)) {
      return Character.UnicodeScript.COMMON;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.LATIN
        ? script
        : Character.UnicodeScript.COMMON;
  }
}
