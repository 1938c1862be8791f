package org.qantara.core.formats;

import java.util.Locale;
import org.qantara.core.QantaraException;

/**
 * Where a link stands with the translator, as the exchange formats carry it: a TMX {@code x-review-status}
 * prop, an XLIFF segment state, a corpus filter.
 */
public enum ReviewState {
  /** As the aligner left it; nobody has looked. */
  UNREVIEWED,
  /** A person confirmed the link. */
  ACCEPTED,
  /** A person marked the link for another look. */
  NEEDS_REVIEW;

  /** The word written in files: {@code unreviewed}, {@code accepted}, {@code needs-review}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static ReviewState parse(String label, String where) {
    for (ReviewState state : values()) {
      if (state.label().equalsIgnoreCase(label.strip())) {
        return state;
      }
    }
    throw new QantaraException(
        where + ": review status '" + label + "' is unknown", "use unreviewed, accepted or needs-review");
  }
}
