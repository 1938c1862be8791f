package org.qantara.core.embed.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The bilingual word graph read from both FreeDict directions: weighted edges between Arabic keys and English
 * keys (see {@link Words}), plus every single-word surface form seen, mapped to its key. A multi-word entry
 * or translation spreads its weight over its content words, so "rescue workers" links to both rescue and
 * worker at half strength. Later translations of an entry count less than the first ones (dictionaries list
 * the main sense first), and a pair that both dictionaries attest counts more (one direction alone is noisy:
 * كتاب → "Casebook"). Each key also counts the entries it appears in: a document frequency over the
 * dictionary, so that words used in very many definitions (make, take, thing) can weigh less. All maps are
 * sorted so that the build is deterministic.
 */
final class Lexicon {

  /**
   * How edges are weighted.
   *
   * @param rankDecay translation number r of an entry (0 first) weighs 1 / (1 + rankDecay × r)
   * @param agreementBonus a pair found in both dictionaries weighs (1 + agreementBonus) × its summed weight
   */
  record Weighting(double rankDecay, double agreementBonus) {
    static final Weighting FLAT = new Weighting(0, 0);
  }

  /** Arabic key → English key → summed edge weight. */
  final SortedMap<String, SortedMap<String, Double>> arabicToEnglish = new TreeMap<>();

  /** "ar:KEY" / "en:KEY" → number of dictionary entries (of both dictionaries) that mention the key. */
  final SortedMap<String, Integer> entryCounts = new TreeMap<>();

  /** Number of entries read from both dictionaries together. */
  int entries;

  /** Normalised Arabic surface word → Arabic key. */
  final SortedMap<String, String> arabicForms = new TreeMap<>();

  /** Lower-case English surface word → English key (stem). */
  final SortedMap<String, String> englishForms = new TreeMap<>();

  static Lexicon of(List<FreeDict.Entry> arabicEnglish, List<FreeDict.Entry> englishArabic) {
    return of(arabicEnglish, englishArabic, Weighting.FLAT);
  }

  static Lexicon of(List<FreeDict.Entry> arabicEnglish, List<FreeDict.Entry> englishArabic, Weighting weighting) {
    Lexicon lexicon = new Lexicon();
    SortedMap<String, SortedMap<String, Double>> fromArabic = new TreeMap<>();
    for (FreeDict.Entry entry : arabicEnglish) {
      List<String> arabic = lexicon.arabicContentWords(entry.headword());
      List<List<String>> translations = entry.translations().stream().map(lexicon::englishContentWords).toList();
      lexicon.count(arabic, translations, "ar:", "en:");
      for (int rank = 0; rank < translations.size(); rank++) {
        link(fromArabic, arabic, translations.get(rank), 1 / (1 + weighting.rankDecay() * rank));
      }
    }
    SortedMap<String, SortedMap<String, Double>> fromEnglish = new TreeMap<>();
    for (FreeDict.Entry entry : englishArabic) {
      List<String> english = lexicon.englishContentWords(entry.headword());
      List<List<String>> translations = entry.translations().stream().map(lexicon::arabicContentWords).toList();
      lexicon.count(english, translations, "en:", "ar:");
      for (int rank = 0; rank < translations.size(); rank++) {
        link(fromEnglish, translations.get(rank), english, 1 / (1 + weighting.rankDecay() * rank));
      }
    }
    fromArabic.forEach((ar, edges) -> edges.forEach((en, w) ->
        lexicon.arabicToEnglish.computeIfAbsent(ar, k -> new TreeMap<>()).merge(en, w, Double::sum)));
    fromEnglish.forEach((ar, edges) -> edges.forEach((en, w) -> {
      boolean bothWays = fromArabic.containsKey(ar) && fromArabic.get(ar).containsKey(en);
      lexicon.arabicToEnglish.computeIfAbsent(ar, k -> new TreeMap<>()).merge(en, w, Double::sum);
      if (bothWays) {
        lexicon.arabicToEnglish.get(ar).compute(en, (k, sum) -> sum * (1 + weighting.agreementBonus()));
      }
    }));
    return lexicon;
  }

  /** One entry's contribution to the document frequencies: each key it mentions counts once. */
  private void count(List<String> headwordKeys, List<List<String>> translationKeys, String headPrefix,
      String translationPrefix) {
    entries++;
    Set<String> seen = new TreeSet<>();
    headwordKeys.forEach(k -> seen.add(headPrefix + k));
    translationKeys.forEach(keys -> keys.forEach(k -> seen.add(translationPrefix + k)));
    seen.forEach(k -> entryCounts.merge(k, 1, Integer::sum));
  }

  private static void link(SortedMap<String, SortedMap<String, Double>> graph, List<String> arabicKeys,
      List<String> englishKeys, double strength) {
    if (arabicKeys.isEmpty() || englishKeys.isEmpty()) {
      return;
    }
    double weight = strength / (arabicKeys.size() * englishKeys.size());
    for (String arabic : arabicKeys) {
      Map<String, Double> edges = graph.computeIfAbsent(arabic, k -> new TreeMap<>());
      for (String english : englishKeys) {
        edges.merge(english, weight, Double::sum);
      }
    }
  }

  private List<String> arabicContentWords(String text) {
    String[] words = Words.WORD_SEPARATOR.split(TextNormalizer.normalize(text));
    List<String> keys = new ArrayList<>();
    for (String word : words) {
      if (Words.ARABIC_WORD.matcher(word).matches() && !Words.ARABIC_FUNCTION_WORDS.contains(word)) {
        String key = Words.arabicKey(word);
        arabicForms.putIfAbsent(word, key);
        keys.add(key);
      }
    }
    return keys;
  }

  private List<String> englishContentWords(String text) {
    String withoutNotes = text.replaceAll("\\([^)]*\\)", " ");
    String[] words = Words.WORD_SEPARATOR.split(TextNormalizer.normalize(withoutNotes));
    List<String> keys = new ArrayList<>();
    for (String word : words) {
      if (Words.ENGLISH_WORD.matcher(word).matches() && word.length() > 1
          && !Words.ENGLISH_FUNCTION_WORDS.contains(word)) {
        String key = Words.englishKey(word);
        englishForms.putIfAbsent(word, key);
        keys.add(key);
      }
    }
    return keys;
  }

  /** The first {@code maxArabicKeys} Arabic keys and what they touch: a small, fast model for tests. */
  Lexicon slice(int maxArabicKeys) {
    Lexicon slice = new Lexicon();
    slice.entries = entries;
    slice.entryCounts.putAll(entryCounts);
    arabicToEnglish.entrySet().stream().limit(maxArabicKeys)
        .forEach(e -> slice.arabicToEnglish.put(e.getKey(), e.getValue()));
    Set<String> english = new TreeSet<>();
    slice.arabicToEnglish.values().forEach(edges -> english.addAll(edges.keySet()));
    arabicForms.forEach((form, key) -> {
      if (slice.arabicToEnglish.containsKey(key)) {
        slice.arabicForms.put(form, key);
      }
    });
    englishForms.forEach((form, key) -> {
      if (english.contains(key)) {
        slice.englishForms.put(form, key);
      }
    });
    return slice;
  }
}
