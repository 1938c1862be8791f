package org.qantara.core.align;

import java.util.List;

/**
 * One alignment link: consecutive source sentence indices ↔ consecutive target sentence indices
 * (either side may be empty for 1-0 / 0-1) and the link's score in [0, 1], higher = better.
 */
public record Link(List<Integer> source, List<Integer> target, double score) {
  public Link {
    source = List.copyOf(source);
    target = List.copyOf(target);
  }

  public boolean isOneSided() {
    return source.isEmpty() || target.isEmpty();
  }
}
