package org.qantara.modelbuild;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The bilingual word graph read from both FreeDict directions: weighted edges between Arabic keys and English
 * keys (see {@link Words}), plus every single-word surface form seen, mapped to its key. A multi-word entry
 * or translation spreads its weight over its content words, so "rescue workers" links to both rescue and
 * worker at half strength. All maps are sorted so that the build is deterministic.
 */
final class Lexicon {

  /** Arabic key → English key → summed edge weight. */
  final SortedMap<String, SortedMap<String, Double>> arabicToEnglish = new TreeMap<>();

  /** Normalised Arabic surface word → Arabic key. */
  final SortedMap<String, String> arabicForms = new TreeMap<>();

  /** Lower-case English surface word → English key (stem). */
  final SortedMap<String, String> englishForms = new TreeMap<>();

  /**
   * Arabic key learned from the training pairs that no dictionary lists → the dictionary key it is made of with
   * clitics (شعرك → شعر, بيده → يد), where there is one: the learned form pools that key's evidence.
   */
  final SortedMap<String, String> learnedStems = new TreeMap<>();

  /** Learned key → the pronoun suffix it ends in beyond its dictionary key (شعرك → ك), where it has one. */
  final SortedMap<String, String> learnedPronouns = new TreeMap<>();

  /** Arabic key → English synonym of one of its translations → weight ({@link #addSynonyms}). */
  final SortedMap<String, SortedMap<String, Double>> synonymEdges = new TreeMap<>();

  static Lexicon of(List<FreeDict.Entry> arabicEnglish, List<FreeDict.Entry> englishArabic) {
    Lexicon lexicon = new Lexicon();
    for (FreeDict.Entry entry : arabicEnglish) {
      List<String> arabic = lexicon.arabicContentWords(entry.headword());
      for (String translation : entry.translations()) {
        link(lexicon.arabicToEnglish, arabic, lexicon.englishContentWords(translation));
      }
    }
    for (FreeDict.Entry entry : englishArabic) {
      List<String> english = lexicon.englishContentWords(entry.headword());
      for (String translation : entry.translations()) {
        link(lexicon.arabicToEnglish, lexicon.arabicContentWords(translation), english);
      }
    }
    return lexicon;
  }

  /**
   * Adds the word translations IBM Model 1 learns from {@code pairs}, trained both ways: an Arabic key and an
   * English key are linked at {@code weight} times the geometric mean of t(English | Arabic) and
   * t(Arabic | English), where that mean reaches {@code minScore} (one direction alone pairs a rare word with
   * whatever frequent word shares its sentences). Function words take part in the training, where they soak up
   * the probability of their own occurrences, but get no links. A key the dictionaries already have takes its learned
   * links at {@code dictionaryShare} of that weight.
   */
  void learn(List<ParallelCorpus.Pair> pairs, int iterations, double weight, double minScore, double dictionaryShare) {
    List<List<String>> arabic = new ArrayList<>();
    List<List<String>> english = new ArrayList<>();
    Map<String, String> arabicSurface = new TreeMap<>();
    Map<String, String> englishSurface = new TreeMap<>();
    for (ParallelCorpus.Pair pair : pairs) {
      arabic.add(arabicTrainingTokens(pair.arabic(), arabicSurface));
      english.add(englishTrainingTokens(pair.english(), englishSurface));
    }
    // Learning reads a preposition with a pronoun as a function word, so the tokenizer must split it too: a
    // dictionary key among them goes (بي "with me" is also the letter B of بي إس دي "BSD", whose row it read).
    arabicToEnglish.keySet().removeAll(Words.PREPOSITION_PRONOUNS);
    arabicForms.values().removeAll(Words.PREPOSITION_PRONOUNS);
    Set<String> dictionaryKeys = new TreeSet<>(arabicToEnglish.keySet());
    SortedMap<String, SortedMap<String, Double>> englishGivenArabic = IbmModel1.train(arabic, english, iterations);
    SortedMap<String, SortedMap<String, Double>> arabicGivenEnglish = IbmModel1.train(english, arabic, iterations);
    englishGivenArabic.forEach((ar, row) -> row.forEach((en, forward) -> {
      if (ar.startsWith(FUNCTION_MARK) || en.startsWith(FUNCTION_MARK)) {
        return;
      }
      double score = Math.sqrt(forward * arabicGivenEnglish.get(en).getOrDefault(ar, 0.0));
      double share = dictionaryKeys.contains(ar) ? dictionaryShare : 1;
      if (score >= minScore && share > 0) {
        arabicToEnglish.computeIfAbsent(ar, k -> new TreeMap<>()).merge(en, share * weight * score, Double::sum);
      }
    }));
    arabicSurface.forEach((form, key) -> {
      if (arabicToEnglish.containsKey(key)) {
        arabicForms.putIfAbsent(form, key);
      }
    });
    for (String key : arabicToEnglish.keySet()) {
      if (!dictionaryKeys.contains(key)) {
        Clitics clitics = keyUnderClitics(key, dictionaryKeys);
        if (clitics != null) {
          learnedStems.put(key, clitics.key());
          if (!clitics.suffix().isEmpty() && HandLexicon.pronounOfSuffix(clitics.suffix()) != null) {
            learnedPronouns.put(key, clitics.suffix());
          }
        }
      }
    }
    Set<String> linkedEnglish = new TreeSet<>();
    arabicToEnglish.values().forEach(edges -> linkedEnglish.addAll(edges.keySet()));
    englishSurface.forEach((form, key) -> {
      if (linkedEnglish.contains(key)) {
        englishForms.putIfAbsent(form, key);
      }
    });
  }

  /**
   * Lets each translation also reach its English synonyms ({@link WordNetSynonyms}) at {@code share} of its weight,
   * so that an Arabic word the dictionary renders by a rarer synonym (عسكري "martial") still meets the everyday word
   * (military). Only English keys the graph already has are reached; the edges are kept apart ({@link #synonymEdges})
   * so that they feed the Arabic rows only and do not spread further.
   */
  void addSynonyms(SortedMap<String, SortedSet<String>> synonyms, double share) {
    Set<String> englishKeys = new TreeSet<>();
    arabicToEnglish.values().forEach(edges -> englishKeys.addAll(edges.keySet()));
    arabicToEnglish.forEach((ar, edges) -> {
      SortedMap<String, Double> added = new TreeMap<>();
      edges.forEach((en, w) -> synonyms.getOrDefault(en, EMPTY).forEach(synonym -> {
        if (englishKeys.contains(synonym)) {
          added.merge(synonym, share * w, Double::sum);
        }
      }));
      if (!added.isEmpty()) {
        synonymEdges.put(ar, added);
      }
    });
  }

  private static final SortedSet<String> EMPTY = new TreeSet<>();

  private static final List<String> CLITIC_PREFIXES = List.of("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل",
      "وك");
  private static final List<String> CLITIC_SUFFIXES = List.of("", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما",
      "كن", "ي", "ني", "نا", "ا");

  /** A dictionary key and the suffix a word adds to it. */
  private record Clitics(String key, String suffix) {}

  /** The longest dictionary key that {@code key} is with a proclitic and / or a pronoun suffix; null if none. */
  private static Clitics keyUnderClitics(String key, Set<String> dictionaryKeys) {
    Clitics best = null;
    for (String prefix : CLITIC_PREFIXES) {
      for (String suffix : CLITIC_SUFFIXES) {
        if ((prefix + suffix).isEmpty() || !key.startsWith(prefix) || !key.endsWith(suffix)
            || key.length() < prefix.length() + suffix.length() + 2) {
          continue;
        }
        String rest = Words.arabicKey(key.substring(prefix.length(), key.length() - suffix.length()));
        String taMarbuta = !suffix.isEmpty() && rest.endsWith("ت") ? rest.substring(0, rest.length() - 1) + "ه" : rest;
        for (String candidate : List.of(taMarbuta, rest)) {
          if (dictionaryKeys.contains(candidate) && (best == null || candidate.length() > best.key().length())) {
            best = new Clitics(candidate, suffix);
          }
        }
      }
    }
    return best;
  }

  /** Marks a function word's training token, so that it never becomes a key. */
  private static final String FUNCTION_MARK = "#";

  private static List<String> arabicTrainingTokens(String text, Map<String, String> surface) {
    return trainingTokens(text, Words.ARABIC_WORD, 1, Words.ARABIC_FUNCTION_WORDS, Words::arabicKey, surface);
  }

  private static List<String> englishTrainingTokens(String text, Map<String, String> surface) {
    return trainingTokens(text, Words.ENGLISH_WORD, 2, Words.ENGLISH_FUNCTION_WORDS, Words::englishKey, surface);
  }

  /**
   * The words of one side of a training pair that match {@code word} and are at least {@code minLength} long, as
   * keys; a function word is kept, marked ({@link #FUNCTION_MARK}), so that it never becomes a key. Each surface form's key is recorded in {@code surface}.
   */
  private static List<String> trainingTokens(String text, Pattern word, int minLength, Set<String> functionWords,
      UnaryOperator<String> key, Map<String, String> surface) {
    List<String> tokens = new ArrayList<>();
    for (String token : Words.WORD_SEPARATOR.split(TextNormalizer.normalize(text))) {
      if (!word.matcher(token).matches() || token.length() < minLength) {
        continue;
      }
      if (functionWords.contains(token) || Words.PREPOSITION_PRONOUNS.contains(token)) {
        tokens.add(FUNCTION_MARK + token);
      } else {
        String tokenKey = key.apply(token);
        surface.putIfAbsent(token, tokenKey);
        tokens.add(tokenKey);
      }
    }
    return tokens;
  }

  /**
   * The key whose row a dictionary key should read: a key that is another key plus a pronoun suffix
   * (قاعدتها = قاعدة + ها, listed on its own with a one-off translation) reads its stem's row, which pools
   * far more evidence; any other key reads its own.
   */
  String arabicRowKey(String key) {
    for (String suffix : Words.PRONOUN_SUFFIXES) {
      if (key.endsWith(suffix) && key.length() >= suffix.length() + 3) {
        String stem = key.substring(0, key.length() - suffix.length());
        String taMarbuta = stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) + "ه" : stem;
        if (arabicToEnglish.containsKey(taMarbuta)) {
          return taMarbuta;
        }
        if (arabicToEnglish.containsKey(stem)) {
          return stem;
        }
      }
    }
    return key;
  }

  private static void link(SortedMap<String, SortedMap<String, Double>> graph, List<String> arabicKeys,
      List<String> englishKeys) {
    if (arabicKeys.isEmpty() || englishKeys.isEmpty()) {
      return;
    }
    double weight = 1.0 / (arabicKeys.size() * englishKeys.size());
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
