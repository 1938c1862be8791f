package org.qantara.core.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.Collections;
import java.util.HashSet;

/**
 * Ordinary English words that are never names: 62,757 words listed only in lower case by SCOWL (Debian
 * {@code wamerican}; derived by the model-build tool {@code CommonEnglishWordsList}, licence in
 * docs/QUALITY.md). A capitalised "Indeed", "Merciful" or "Council" in a heading, after a quote mark or as
 * an honorific capital is one of these.
 */
final class EnglishWords {
  static final String RESOURCE = "english-common-words.txt";
  private static final Set<String> COMMON = load();

  private EnglishWords() {}

  /**
   * Reads the list now if no one has (once a process): a review starts this on another core before it first needs
   * the list, which takes tens of milliseconds to read.
   */
  static void prepare() {
    // Nothing more: calling it initialises the class, which reads the list.
  }

  /** Whether the word, whatever its case, is an ordinary English word that is never a name. */
  static boolean isCommonWord(String word) {
    return COMMON.contains(Names.canonical(word).toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    try (InputStream in = EnglishWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
      }
      // One set, sized once (collecting into an unmodifiable set copies every word into a second one).
      String[] words = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      Set<String> common = HashSet.newHashSet(words.length);
      Collections.addAll(common, words);
      return Collections.unmodifiableSet(common);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + RESOURCE, e);
    }
  }
}
