package org.qantara.core.edit;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Consecutive sentences [start, end) of one document. An empty range (start == end) still has a place:
 * the position between sentences where a one-sided link sits, so that ranges of consecutive links meet.
 */
public record SentenceRange(int start, int end) {
  public SentenceRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad sentence range [" + start + ", " + end + ")");
    }
  }

  public static SentenceRange empty(int at) {
    return new SentenceRange(at, at);
  }

  public static SentenceRange of(int sentence) {
    return new SentenceRange(sentence, sentence + 1);
  }

  /**
   * The range of a list of consecutive indices as the aligner writes them; an empty list gets the place
   * {@code emptyAt}.
   *
   * @throws IllegalArgumentException if the indices are not consecutive and ascending
   */
  public static SentenceRange of(List<Integer> indices, int emptyAt) {
    if (indices.isEmpty()) {
      return empty(emptyAt);
    }
    int start = indices.getFirst();
    for (int k = 0; k < indices.size(); k++) {
      if (indices.get(k) != start + k) {
        throw new IllegalArgumentException("sentence indices " + indices + " are not consecutive");
      }
    }
    return new SentenceRange(start, start + indices.size());
  }

  public int size() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public boolean contains(int sentence) {
    return sentence >= start && sentence < end;
  }

  public List<Integer> indices() {
    return IntStream.range(start, end).boxed().toList();
  }

  /** 1-based, as a translator counts: "5", "5–7", or "after 4" for an empty range. */
  public String display() {
    return isEmpty() ? "after " + start : size() == 1 ? String.valueOf(start + 1) : (start + 1) + "–" + end;
  }
}
