package org.qantara.core.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A pure function of a word, its results kept: the reviewer and the aligner's word-evidence pass ask for the same
 * words over and over (folding, consonant skeletons). Bounded, so that a long-running process that reads text after
 * text (the workbench, a batch) keeps no more than a vocabulary's worth: past the bound it starts over. Long strings
 * (whole sentences) are not kept: they seldom come again.
 */
public final class WordMemo<T> {
  private static final int LONGEST_KEPT = 48;

  private final Function<String, T> function;
  private final int mostKept;
  private final Map<String, T> kept = new ConcurrentHashMap<>();

  public WordMemo(Function<String, T> function, int mostKept) {
    this.function = function;
    this.mostKept = mostKept;
  }

  public T apply(String word) {
    if (word.length() > LONGEST_KEPT) {
      return function.apply(word);
    }
    if (kept.size() >= mostKept) {
      kept.clear();
    }
    return kept.computeIfAbsent(word, function);
  }
}
