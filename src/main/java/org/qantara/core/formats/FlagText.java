package org.qantara.core.formats;

import java.util.List;
import java.util.Locale;
import org.qantara.core.QantaraException;
import org.qantara.core.review.Flag;

/**
 * A review flag as one line of text, {@code OMISSION;MAJOR;0.87;The English leaves out …}, for formats
 * and indexes that store flags as strings (TMX props, the corpus). Evidence spans are not part of it:
 * they point into the original documents, which an exchange file does not carry.
 */
public final class FlagText {
  private FlagText() {}

  public static String encode(Flag flag) {
    return flag.type() + ";" + flag.severity() + ";" + flag.confidence() + ";" + flag.reason().replace('\n', ' ');
  }

  /** @param linkIndex the link the flag belongs to; @param where the origin, for the error message */
  public static Flag decode(String text, int linkIndex, String where) {
    String[] parts = text.split(";", 4);
    try {
      if (parts.length == 4) {
        return new Flag(
            Flag.Type.valueOf(parts[0].strip().toUpperCase(Locale.ROOT)),
            Flag.Severity.valueOf(parts[1].strip().toUpperCase(Locale.ROOT)),
            Double.parseDouble(parts[2].strip()), linkIndex, List.of(), List.of(), parts[3]);
      }
    } catch (IllegalArgumentException e) {
      // falls through to the message below
    }
    throw new QantaraException(
        where + ": flag '" + text + "' is not TYPE;SEVERITY;CONFIDENCE;REASON",
        "write flags like OMISSION;MAJOR;0.87;reason, with a known type and severity");
  }
}
