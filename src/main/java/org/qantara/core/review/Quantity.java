package org.qantara.core.review;

import org.qantara.core.text.Span;

/**
 * A quantity found in a sentence, reduced to a value both languages share: {@code key} is "2" for
 * "2", "٢", "two" and "يومين"; "month:10" for October, أكتوبر and تشرين الأول; "hijri:9" for Ramadan;
 * "ordinal:3" for third / الثالث; "approx:10" for dozens / عشرات. {@code weak} quantities (the word
 * "one", "first") often appear on one side only in a faithful translation, so they confirm a match but
 * are never reported alone.
 */
public record Quantity(String key, boolean weak, String text, Span span) {

  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December"
  };
  private static final String[] HIJRI_MONTHS = {
    "Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhira", "Rajab",
    "Sha'ban", "Ramadan", "Shawwal", "Dhu al-Qa'dah", "Dhu al-Hijjah"
  };

  /** What the quantity means, in English, for explanations. */
  public String meaning() {
    int colon = key.indexOf(':');
    if (colon < 0) {
      return key;
    }
    String value = key.substring(colon + 1);
    return switch (key.substring(0, colon)) {
      case "month" -> MONTHS[Integer.parseInt(value) - 1];
      case "hijri" -> HIJRI_MONTHS[Integer.parseInt(value) - 1] + " (Hijri)";
      case "ordinal" -> ordinal(Integer.parseInt(value));
      case "approx" -> switch (value) {
        case "10" -> "tens/dozens";
        case "100" -> "hundreds";
        case "1000" -> "thousands";
        case "1000000" -> "millions";
        default -> "billions";
      };
      default -> key;
    };
  }

  private static String ordinal(int n) {
    String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }
}
