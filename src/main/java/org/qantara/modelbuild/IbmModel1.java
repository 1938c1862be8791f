package org.qantara.modelbuild;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Word translation probabilities t(produced word | given word) learned from sentence pairs by the EM algorithm of
 * IBM Model 1 (Brown et al. 1993): every produced word is explained by one word of the given sentence or by
 * an empty word, each equally likely a priori. Only pairs that co-occur in some sentence pair get a
 * probability. Sentences are visited in order and sums kept in doubles, so the result is reproducible.
 */
final class IbmModel1 {

  /** The given side's empty word, which explains produced words with no counterpart. */
  static final String EMPTY = "<empty>";

  private IbmModel1() {}

  /** t(produced | given) after {@code iterations} EM rounds, for every co-occurring pair (not the empty word). */
  static SortedMap<String, SortedMap<String, Double>> train(List<List<String>> given, List<List<String>> produced,
      int iterations) {
    Map<String, Integer> givenIds = new HashMap<>();
    List<String> givenWords = new ArrayList<>();
    Map<String, Integer> producedIds = new HashMap<>();
    List<String> producedWords = new ArrayList<>();
    id(EMPTY, givenIds, givenWords);
    Map<Long, Integer> pairIds = new HashMap<>();
    IntList pairGiven = new IntList();
    IntList pairProduced = new IntList();
    // Per sentence pair: for each produced word, the pair ids of (given word, it) for the empty word and every given word.
    List<int[][]> sentences = new ArrayList<>(given.size());
    for (int s = 0; s < given.size(); s++) {
      List<String> g = given.get(s);
      int[] gIds = new int[g.size() + 1];
      for (int i = 0; i < g.size(); i++) {
        gIds[i + 1] = id(g.get(i), givenIds, givenWords);
      }
      List<String> p = produced.get(s);
      int[][] links = new int[p.size()][gIds.length];
      for (int j = 0; j < p.size(); j++) {
        int pId = id(p.get(j), producedIds, producedWords);
        for (int i = 0; i < gIds.length; i++) {
          long key = ((long) gIds[i] << 32) | pId;
          Integer pair = pairIds.get(key);
          if (pair == null) {
            pair = pairIds.size();
            pairIds.put(key, pair);
            pairGiven.add(gIds[i]);
            pairProduced.add(pId);
          }
          links[j][i] = pair;
        }
      }
      sentences.add(links);
    }
    double[] t = new double[pairIds.size()];
    java.util.Arrays.fill(t, 1.0); // uniform start: the first E-step only compares pairs within one sentence
    for (int round = 0; round < iterations; round++) {
      double[] count = new double[t.length];
      double[] total = new double[givenWords.size()];
      for (int[][] links : sentences) {
        for (int[] candidates : links) {
          double z = 0;
          for (int pair : candidates) {
            z += t[pair];
          }
          for (int pair : candidates) {
            double share = t[pair] / z;
            count[pair] += share;
            total[pairGiven.get(pair)] += share;
          }
        }
      }
      for (int pair = 0; pair < t.length; pair++) {
        t[pair] = count[pair] / total[pairGiven.get(pair)];
      }
    }
    SortedMap<String, SortedMap<String, Double>> table = new TreeMap<>();
    for (int pair = 0; pair < t.length; pair++) {
      if (pairGiven.get(pair) != 0) {
        table.computeIfAbsent(givenWords.get(pairGiven.get(pair)), k -> new TreeMap<>())
            .put(producedWords.get(pairProduced.get(pair)), t[pair]);
      }
    }
    return table;
  }

  private static int id(String word, Map<String, Integer> ids, List<String> words) {
    return ids.computeIfAbsent(word, w -> {
      words.add(w);
      return words.size() - 1;
    });
  }

  /** A growable int array: the pair tables hold a few hundred thousand entries. */
  private static final class IntList {
    private int[] values = new int[1024];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int get(int index) {
      return values[index];
    }
  }
}
