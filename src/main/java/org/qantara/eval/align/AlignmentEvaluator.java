package org.qantara.eval.align;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qantara.core.QantaraException;
import org.qantara.core.align.Link;

/**
 * Scores alignments exactly as Vecalign's {@code score.py} (also used by Bertalign), so figures are
 * comparable with published ones:
 * <ul>
 *   <li>links are compared as sets of (source indices, target indices); scores are ignored and duplicates
 *       count once;
 *   <li>precision is over all predicted links, one-sided ones included: a link is a strict hit if the gold
 *       alignment has the identical link, a lax hit if some gold link shares a source sentence with it and
 *       also a target sentence (so a one-sided link is never a lax hit unless it is a strict one);
 *   <li>recall is the same computation with roles swapped, over the gold links that are non-empty on both
 *       sides, matched against the predicted links that are non-empty on both sides;
 *   <li>counts are summed over all documents before dividing (micro-average); 0/0 is reported as 0.
 * </ul>
 */
public final class AlignmentEvaluator {
  private AlignmentEvaluator() {}

  public static AlignmentScores evaluateDocument(List<Link> gold, List<Link> predicted) {
    return evaluate(List.of(gold), List.of(predicted));
  }

  /** Micro-averaged scores over documents; {@code gold.get(k)} and {@code predicted.get(k)} are one document. */
  public static AlignmentScores evaluate(List<List<Link>> gold, List<List<Link>> predicted) {
    if (gold.size() != predicted.size()) {
      throw new QantaraException(
          gold.size() + " gold alignments but " + predicted.size() + " predicted ones",
          "pass one predicted alignment per gold alignment, in the same order");
    }
    Counts precision = new Counts();
    Counts recall = new Counts();
    int goldLinks = 0;
    int predictedLinks = 0;
    for (int doc = 0; doc < gold.size(); doc++) {
      Set<Pair> goldSet = pairs(gold.get(doc), false);
      Set<Pair> predictedSet = pairs(predicted.get(doc), false);
      goldLinks += goldSet.size();
      predictedLinks += predictedSet.size();
      precision.add(predictedSet, goldSet);
      recall.add(pairs(gold.get(doc), true), pairs(predicted.get(doc), true));
    }
    double strictPrecision = precision.strictRate();
    double strictRecall = recall.strictRate();
    double laxPrecision = precision.laxRate();
    double laxRecall = recall.laxRate();
    return new AlignmentScores(
        gold.size(),
        goldLinks,
        predictedLinks,
        strictPrecision,
        strictRecall,
        f1(strictPrecision, strictRecall),
        laxPrecision,
        laxRecall,
        f1(laxPrecision, laxRecall));
  }

  private record Pair(List<Integer> source, List<Integer> target) {}

  private static Set<Pair> pairs(List<Link> links, boolean twoSidedOnly) {
    Set<Pair> set = new LinkedHashSet<>();
    for (Link link : links) {
      boolean keep = twoSidedOnly ? !link.isOneSided() : !(link.source().isEmpty() && link.target().isEmpty());
      if (keep) {
        set.add(new Pair(link.source(), link.target()));
      }
    }
    return set;
  }

  /** Strict and lax hit/miss counts of "test" links judged against "reference" links. */
  private static final class Counts {
    private long strictHits;
    private long strictMisses;
    private long laxHits;
    private long laxMisses;

    void add(Set<Pair> test, Set<Pair> reference) {
      Map<Integer, Set<Integer>> referenceTargetsOfSource = new HashMap<>();
      for (Pair pair : reference) {
        for (int source : pair.source()) {
          referenceTargetsOfSource.computeIfAbsent(source, s -> new HashSet<>()).addAll(pair.target());
        }
      }
      for (Pair pair : test) {
        if (reference.contains(pair)) {
          strictHits++;
          laxHits++;
          continue;
        }
        strictMisses++;
        boolean overlaps = false;
        for (int source : pair.source()) {
          Set<Integer> targets = referenceTargetsOfSource.getOrDefault(source, Set.of());
          for (int target : pair.target()) {
            overlaps |= targets.contains(target);
          }
        }
        if (overlaps) {
          laxHits++;
        } else {
          laxMisses++;
        }
      }
    }

    double strictRate() {
      return rate(strictHits, strictMisses);
    }

    double laxRate() {
      return rate(laxHits, laxMisses);
    }

    private static double rate(long hits, long misses) {
      return hits + misses == 0 ? 0 : (double) hits / (hits + misses);
    }
  }

  private static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
