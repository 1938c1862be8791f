package org.qantara.core.review;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The name forms of every word a review meets ({@link Names.ArabicName}, {@link Names.EnglishName}), worked out once
 * a word text: the names collected across the documents, the word aligner's sure matches and each link's name
 * check all compare the same words, and working out look-up forms and skeletons was most of what they spent.
 * Thread-safe; kept for one review (or one word-evidence pass).
 */
final class NameForms {
  private final Map<String, Names.ArabicName> arabic = new ConcurrentHashMap<>();
  private final Map<String, Names.EnglishName> english = new ConcurrentHashMap<>();

  /** What {@link Names.ArabicName#of} gives for the word, which reads its text alone. */
  Names.ArabicName arabic(Word word) {
    Names.ArabicName known = arabic.get(word.text());
    return known != null ? known : arabic.computeIfAbsent(word.text(), text -> Names.ArabicName.of(word));
  }

  /** What {@link Names.EnglishName#of} gives for the word, which reads its text alone. */
  Names.EnglishName english(Word word) {
    Names.EnglishName known = english.get(word.text());
    return known != null ? known : english.computeIfAbsent(word.text(), text -> Names.EnglishName.of(word));
  }
}
