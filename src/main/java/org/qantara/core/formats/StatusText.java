package org.qantara.core.formats;

import java.util.Locale;
import org.qantara.core.QantaraException;
import org.qantara.core.edit.ReviewStatus;

/** A link's review status as files write it: {@code unreviewed}, {@code accepted}, {@code needs-review}. */
public final class StatusText {
  private StatusText() {}

  public static String label(ReviewStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** @param where the origin, for the error message */
  public static ReviewStatus parse(String label, String where) {
    for (ReviewStatus status : ReviewStatus.values()) {
      if (label(status).equalsIgnoreCase(label.strip())) {
        return status;
      }
    }
    throw new QantaraException(
        where + ": review status '" + label + "' is unknown", "use unreviewed, accepted or needs-review");
  }
}
