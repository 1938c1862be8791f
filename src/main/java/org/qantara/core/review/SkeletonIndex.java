package org.qantara.core.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Name skeletons of one document, found again from another skeleton without comparing it with each of
 * them: {@link Transliteration#sameName} allows at most one edit, and two strings one edit apart share a
 * single-character deletion (or one is a deletion of the other), so every skeleton is filed under itself
 * and its deletions. A lookup is then a handful of map reads, and a book-length review stays linear.
 */
final class SkeletonIndex {
  private final Map<String, String> valueBySkeleton = new HashMap<>();
  private final Map<String, List<String>> skeletonsByKey = new HashMap<>();

  /** Files {@code skeleton} with its value; the first value given for a skeleton stays. */
  void add(String skeleton, String value) {
    if (valueBySkeleton.putIfAbsent(skeleton, value) != null) {
      return;
    }
    for (String key : keys(skeleton)) {
      skeletonsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(skeleton);
    }
  }

  /** The value of a filed skeleton that is the same name as {@code skeleton}: an equal one first. */
  Optional<String> find(String skeleton) {
    String equal = valueBySkeleton.get(skeleton);
    if (equal != null) {
      return Transliteration.sameName(skeleton, skeleton) ? Optional.of(equal) : Optional.empty();
    }
    TreeSet<String> candidates = new TreeSet<>(); // sorted: the same answer on every run
    for (String key : keys(skeleton)) {
      candidates.addAll(skeletonsByKey.getOrDefault(key, List.of()));
    }
    return candidates.stream()
        .filter(candidate -> Transliteration.sameName(candidate, skeleton))
        .findFirst()
        .map(valueBySkeleton::get);
  }

  private static List<String> keys(String skeleton) {
    List<String> keys = new ArrayList<>(skeleton.length() + 1);
    keys.add(skeleton);
    for (int i = 0; i < skeleton.length(); i++) {
      keys.add(skeleton.substring(0, i) + skeleton.substring(i + 1));
    }
    return keys;
  }
}
