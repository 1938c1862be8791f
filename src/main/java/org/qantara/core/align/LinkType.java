package org.qantara.core.align;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.qantara.core.QantaraException;

/**
 * The shape of a link: {@code source} sentences rendered as {@code target} sentences (1-2 = one Arabic
 * sentence as two English ones; 1-0 = an untranslated source sentence; 0-1 = an added target sentence).
 * Written and parsed as {@code "1-2"}.
 */
public record LinkType(int source, int target) implements Comparable<LinkType> {
  /** Longest run of sentences on one side of a link that the aligner supports. */
  public static final int MAX_SIDE = 4;

  public static final LinkType ONE_TO_ONE = new LinkType(1, 1);
  public static final LinkType SOURCE_ONLY = new LinkType(1, 0);
  public static final LinkType TARGET_ONLY = new LinkType(0, 1);

  public LinkType {
    if (source < 0 || target < 0 || source > MAX_SIDE || target > MAX_SIDE) {
      throw new QantaraException(
          "link type " + source + "-" + target + " is out of range",
          "use sizes from 0 to " + MAX_SIDE + " on each side");
    }
    if (source == 0 && target == 0) {
      throw new QantaraException("link type 0-0 links nothing", "use at least one sentence on one side");
    }
    if ((source == 0 && target > 1) || (target == 0 && source > 1)) {
      // A run of skips is a sequence of 1-0 / 0-1 links; a wider skip would only duplicate them.
      throw new QantaraException(
          "link type " + source + "-" + target + " is not supported",
          "one-sided links are 1-0 and 0-1; longer gaps are runs of them");
    }
  }

  public boolean isOneSided() {
    return source == 0 || target == 0;
  }

  @JsonCreator
  public static LinkType parse(String text) {
    String[] parts = text.trim().split("-");
    try {
      if (parts.length == 2) {
        return new LinkType(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new QantaraException("link type '" + text + "' is not of the form N-M", "write it like 1-2 or 2-1");
  }

  @JsonValue
  @Override
  public String toString() {
    return source + "-" + target;
  }

  /** Orders by total size, then by source size, so every iteration over a set of types is deterministic. */
  @Override
  public int compareTo(LinkType other) {
    int bySize = Integer.compare(source + target, other.source + other.target);
    return bySize != 0 ? bySize : Integer.compare(source, other.source);
  }
}
