package org.qantara.modelbuild;

import java.util.Map;
import java.util.TreeMap;

/**
 * A consonant key shared by the Arabic and Latin scripts, letter by letter: names no dictionary covers
 * (حميميم / Hmeimim, طرطوس / Tartus) fall back to letters, and letters that sound alike read the same row, so
 * such a name still pulls its two renderings together. Vowels and vowel letters (ا و ي ع / a e i o u y w) get
 * no row: English writes short vowels that Arabic omits, so they would only add noise.
 */
final class PhoneticLetters {

  private static final String CLASSES = """
      b ب b p
      t ت ط t
      th ث
      j ج j g
      h ح ه h
      kh خ x
      d د ض d
      dh ذ
      r ر r
      z ز ظ z
      s س ص s c
      sh ش
      gh غ
      f ف f v
      q ق q
      k ك k
      l ل l
      m م m
      n ن n
      """;

  private static final String VOWELS = "اويعءئؤ" + "aeiouyw";

  private PhoneticLetters() {}

  /** Letter → row key ("ph:b"), or null for vowels; digits map to their own rows. */
  static Map<String, String> rows() {
    Map<String, String> rows = new TreeMap<>();
    CLASSES.lines().map(l -> l.strip().split("\\s+")).forEach(f -> {
      for (int i = 1; i < f.length; i++) {
        rows.put(f[i], "ph:" + f[0]);
      }
    });
    VOWELS.chars().forEach(c -> rows.put(String.valueOf((char) c), null));
    for (char digit = '0'; digit <= '9'; digit++) {
      rows.put(String.valueOf(digit), "digit:" + digit);
    }
    return rows;
  }
}
