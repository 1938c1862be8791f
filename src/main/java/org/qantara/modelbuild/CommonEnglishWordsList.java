package org.qantara.modelbuild;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Builds the reviewer's list of common English words (the resource read by {@code EnglishWords}) from a
 * SCOWL word list such as Debian's {@code wamerican} ({@code /usr/share/dict/american-english}). SCOWL
 * writes names capitalised and ordinary words in lower case; a word listed only in lower case is an
 * ordinary word, so a capitalised occurrence of it in a translation is a heading, a vocative, an honorific
 * capital ("the Merciful"), not a name. Words listed both ways ("Mark" / "mark", "Tom" / "tom") stay
 * possible names.
 */
public final class CommonEnglishWordsList {
  private CommonEnglishWordsList() {}

  public static List<String> build(Path wordList) {
    List<String> words;
    try {
      words = Files.readAllLines(wordList, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> listed = Set.copyOf(words);
    return words.stream()
        .filter(w -> w.length() >= 3 && w.chars().allMatch(c -> c >= 'a' && c <= 'z'))
        .filter(w -> !listed.contains(Character.toUpperCase(w.charAt(0)) + w.substring(1)))
        .distinct()
        .sorted()
        .toList();
  }
}
