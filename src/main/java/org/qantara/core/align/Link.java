package org.qantara.core.align;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One alignment link: consecutive source sentence indices ↔ consecutive target sentence indices
 * (either side may be empty for 1-0 / 0-1) and the link's score in [0, 1], higher = better.
 */
public record Link(List<Integer> source, List<Integer> target, double score) {
  public Link {
    source = List.copyOf(source);
    target = List.copyOf(target);
  }

  /**
   * Sentences [first, first + count) as an immutable list, which the constructor keeps without copying: the
   * aligner and the word-evidence pass make one for every candidate link they look at.
   */
  public static List<Integer> sentences(int first, int count) {
    return switch (count) {
      case 0 -> List.of();
      case 1 -> List.of(first);
      case 2 -> List.of(first, first + 1);
      case 3 -> List.of(first, first + 1, first + 2);
      default -> List.copyOf(IntStream.range(first, first + count).boxed().toList());
    };
  }

  public boolean isOneSided() {
    return source.isEmpty() || target.isEmpty();
  }
}
