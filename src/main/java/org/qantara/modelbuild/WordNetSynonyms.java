package org.qantara.modelbuild;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.qantara.core.QantaraException;

/**
 * English synonyms from Princeton WordNet 3.0's database files (Debian {@code wordnet-base}, {@code
 * /usr/share/wordnet}): a word's synonyms are the other one-word lemmas of the synset of its most frequent sense in
 * each part of speech, and for an adjective satellite (martial "soldierly") also those of its head (military). Only
 * the first sense: the others of a common word (base, conflict) lead far from what a dictionary pair means.
 */
final class WordNetSynonyms {

  private static final List<String> PARTS_OF_SPEECH = List.of("noun", "verb", "adj", "adv");

  private WordNetSynonyms() {}

  /** English key ({@link Words#englishKey}) → the keys of its synonyms, itself left out; sorted. */
  static SortedMap<String, SortedSet<String>> read(Path dir) {
    SortedMap<String, SortedSet<String>> synonyms = new TreeMap<>();
    for (String part : PARTS_OF_SPEECH) {
      Path index = dir.resolve("index." + part);
      Path data = dir.resolve("data." + part);
      if (!Files.isRegularFile(index) || !Files.isRegularFile(data)) {
        throw new QantaraException("WordNet's " + part + " files not found in " + dir,
            "install them (apt-get install wordnet-base) or pass the folder that holds index." + part + " and data."
                + part);
      }
      try {
        Map<String, Synset> synsets = synsets(data);
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
          if (line.startsWith(" ")) {
            continue; // the licence header
          }
          String[] f = line.split(" ");
          String lemma = f[0];
          if (!Words.ENGLISH_WORD.matcher(lemma).matches() || Words.ENGLISH_FUNCTION_WORDS.contains(lemma)) {
            continue;
          }
          int pointerKinds = Integer.parseInt(f[3]);
          Synset first = synsets.get(f[4 + pointerKinds + 2]);
          List<String> words = new ArrayList<>(first.words());
          if (first.head() != null) {
            words.addAll(synsets.get(first.head()).words());
          }
          String key = Words.englishKey(lemma);
          for (String word : words) {
            String other = Words.englishKey(word);
            if (!other.equals(key) && !Words.ENGLISH_FUNCTION_WORDS.contains(word)) {
              synonyms.computeIfAbsent(key, k -> new TreeSet<>()).add(other);
            }
          }
        }
      } catch (IOException | RuntimeException e) {
        throw new QantaraException("cannot read WordNet's " + part + " files in " + dir + ": " + e.getMessage(),
            "reinstall wordnet-base", e);
      }
    }
    return synonyms;
  }

  /** A synset's one-word lower-case lemmas and, for an adjective satellite, its head synset's offset. */
  private record Synset(List<String> words, String head) {}

  private static Map<String, Synset> synsets(Path data) throws IOException {
    Map<String, Synset> synsets = new TreeMap<>();
    for (String line : Files.readAllLines(data, StandardCharsets.UTF_8)) {
      if (line.startsWith(" ")) {
        continue;
      }
      String[] f = line.split(" ");
      boolean satellite = f[2].equals("s");
      int wordCount = Integer.parseInt(f[3], 16);
      List<String> words = new ArrayList<>();
      for (int i = 0; i < wordCount; i++) {
        String word = f[4 + 2 * i].replaceAll("\\(.*\\)$", ""); // adjective markers: galore(ip)
        if (Words.ENGLISH_WORD.matcher(word).matches()) {
          words.add(word);
        }
      }
      int pointers = 4 + 2 * wordCount;
      int pointerCount = Integer.parseInt(f[pointers]);
      String head = null;
      for (int p = 0; p < pointerCount && satellite; p++) {
        if (f[pointers + 1 + 4 * p].equals("&")) {
          head = f[pointers + 2 + 4 * p];
          break;
        }
      }
      synsets.put(f[0], new Synset(words, head));
    }
    return synsets;
  }
}
