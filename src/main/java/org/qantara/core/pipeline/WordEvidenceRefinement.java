package org.qantara.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.qantara.core.align.Link;
import org.qantara.core.align.SentenceVectors;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.Vectors;
import org.qantara.core.review.WordSupport;
import org.qantara.core.review.WordTally;
import org.qantara.core.text.Document;

/**
 * A second look at the aligner's links that join several sentences, with the word alignment the reviewer
 * reads ({@link WordSupport}). The aligner decides on sentence vectors alone, and a sentence vector of a
 * static model blurs: an unrelated sentence next to a translation is often cheaper to merge into its link
 * than to leave alone (a rider), and two neighbouring 1-1 links of near-paraphrases can look like one 2-2.
 * Word links tell these apart where the vectors cannot:
 *
 * <ul>
 *   <li>A link with several sentences on both sides becomes two links where the words of its first sentences
 *       link mostly with the other side's first sentences and those of its last with the last: at least
 *       {@link #SPLIT_RATIO} times as many word links inside the two halves as across them, and some in each.
 *   <li>The first or last sentence of a multi-sentence side leaves its link as a 1-0 / 0-1 when none of its
 *       content words has a counterpart on the other side, when so many of them do not that a translated
 *       sentence of this document would rarely show it, and when the link is at least as similar without it.
 * </ul>
 *
 * "Rarely" is measured on the document itself: the share p of content words the word alignment covers in its
 * 1-1 links. A translated sentence with k content words has none covered with probability about (1 − p)^k;
 * below {@link #UNSUPPORTED_CHANCE} the sentence is taken for a rider. A weak model on an unusual text (a low
 * p) thus needs many more silent words before it detaches anything than a model that covers most words.
 */
final class WordEvidenceRefinement {
  /** Chance below which a translated sentence would not show all its content words uncovered. */
  static final double UNSUPPORTED_CHANCE = 0.05;
  /** How many more word links must stay inside the two halves of a many-to-many link than cross them. */
  static final int SPLIT_RATIO = 2;
  /** 1-1 links looked at to measure the document's coverage rate; enough for a stable share. */
  private static final int RATE_SAMPLE = 400;

  private final Document source;
  private final Document target;
  private final SentenceVectors sourceVectors;
  private final SentenceVectors targetVectors;
  private final Embedder embedder;
  private final WordSupport words;
  private double sourceRate;
  private double targetRate;

  WordEvidenceRefinement(Document source, Document target, SentenceVectors sourceVectors,
      SentenceVectors targetVectors, Embedder embedder) {
    this.source = source;
    this.target = target;
    this.sourceVectors = sourceVectors;
    this.targetVectors = targetVectors;
    this.embedder = embedder;
    this.words = WordSupport.of(source, target, embedder);
  }

  /** The links with many-to-many links split and riders detached; links without either are returned as they are. */
  List<Link> refine(List<Link> links) {
    if (links.stream().allMatch(l -> l.source().size() + l.target().size() <= 2)) {
      return links;
    }
    prepareWords(links);
    measureCoverageRates(links);
    // Each link is refined on its own once the rates are known: the links are shared between the cores.
    return links.parallelStream().flatMap(link -> refined(link).stream()).toList();
  }

  /** The link split and with its riders detached, in document order. */
  private List<Link> refined(Link link) {
    if (link.source().size() + link.target().size() <= 2) {
      return List.of(link);
    }
    List<Link> parts = new ArrayList<>();
    split(link, parts);
    List<Link> refined = new ArrayList<>();
    for (Link part : parts) {
      detachRiders(part, refined);
    }
    return refined;
  }

  /** Embeds the tokens of every sentence the pass will look at in one call: those of the sampled 1-1 and of the longer links. */
  private void prepareWords(List<Link> links) {
    Set<Integer> sourceSentences = new LinkedHashSet<>();
    Set<Integer> targetSentences = new LinkedHashSet<>();
    int oneToOne = 0;
    for (Link link : links) {
      boolean sampled = link.source().size() == 1 && link.target().size() == 1 && oneToOne++ < RATE_SAMPLE;
      if (sampled || link.source().size() + link.target().size() > 2) {
        sourceSentences.addAll(link.source());
        targetSentences.addAll(link.target());
      }
    }
    words.prepare(sourceSentences, targetSentences);
  }

  /** The share of content words the word alignment covers on each side, over (up to a sample of) the 1-1 links. */
  private void measureCoverageRates(List<Link> links) {
    int sourceContent = 0;
    int sourceCovered = 0;
    int targetContent = 0;
    int targetCovered = 0;
    int seen = 0;
    for (Link link : links) {
      if (link.source().size() == 1 && link.target().size() == 1 && seen++ < RATE_SAMPLE) {
        WordSupport.Support support = words.support(link.source(), link.target());
        sourceContent += support.source().get(0).content();
        sourceCovered += support.source().get(0).covered();
        targetContent += support.target().get(0).content();
        targetCovered += support.target().get(0).covered();
      }
    }
    sourceRate = sourceContent == 0 ? 0 : (double) sourceCovered / sourceContent;
    targetRate = targetContent == 0 ? 0 : (double) targetCovered / targetContent;
  }

  private void split(Link link, List<Link> out) {
    int a = link.source().size();
    int b = link.target().size();
    if (a >= 2 && b >= 2) {
      int[][] between = words.support(link.source(), link.target()).between();
      for (int p = 1; p < a; p++) {
        for (int q = 1; q < b; q++) {
          int first = 0;
          int second = 0;
          int crossing = 0;
          for (int k = 0; k < a; k++) {
            for (int l = 0; l < b; l++) {
              if ((k < p) != (l < q)) {
                crossing += between[k][l];
              } else if (k < p) {
                first += between[k][l];
              } else {
                second += between[k][l];
              }
            }
          }
          if (first > 0 && second > 0 && first + second >= SPLIT_RATIO * crossing) {
            split(scored(link.source().subList(0, p), link.target().subList(0, q)), out);
            split(scored(link.source().subList(p, a), link.target().subList(q, b)), out);
            return;
          }
        }
      }
    }
    out.add(link);
  }

  /** Adds the link to {@code out}, each rider at its edges taken out as a 1-0 / 0-1 beside it. */
  private void detachRiders(Link link, List<Link> out) {
    List<Link> before = new ArrayList<>();
    List<Link> after = new ArrayList<>();
    Link current = link;
    while (current.source().size() + current.target().size() > 2) {
      Rider rider = likeliestRider(current);
      if (rider == null) {
        break;
      }
      if (rider.first()) {
        before.add(rider.alone());
      } else {
        after.add(0, rider.alone());
      }
      current = rider.rest();
    }
    out.addAll(before);
    out.add(current);
    out.addAll(after);
  }

  /** A sentence at the edge of a link, as its own one-sided link, and the link without it. */
  private record Rider(Link alone, Link rest, boolean first, int contentWords) {}

  /** Of the edge sentences that pass the tests, the one with the most silent content words; null if none does. */
  private Rider likeliestRider(Link link) {
    WordSupport.Support support = words.support(link.source(), link.target());
    Rider best = null;
    for (boolean sourceSide : new boolean[] {true, false}) {
      List<Integer> sentences = sourceSide ? link.source() : link.target();
      List<WordTally> tallies = sourceSide ? support.source() : support.target();
      double rate = sourceSide ? sourceRate : targetRate;
      if (sentences.size() < 2) {
        continue;
      }
      for (boolean first : new boolean[] {true, false}) {
        int position = first ? 0 : sentences.size() - 1;
        WordTally tally = tallies.get(position);
        if (tally.content() == 0 || tally.covered() > 0 || Math.pow(1 - rate, tally.content()) > UNSUPPORTED_CHANCE
            || (best != null && best.contentWords() >= tally.content())) {
          continue;
        }
        List<Integer> rest = first ? sentences.subList(1, sentences.size()) : sentences.subList(0, sentences.size() - 1);
        Link restLink = sourceSide ? scored(rest, link.target()) : scored(link.source(), rest);
        if (restLink.score() < link.score()) {
          continue;
        }
        int sentence = sentences.get(position);
        Link alone = sourceSide ? new Link(List.of(sentence), List.of(), 0) : new Link(List.of(), List.of(sentence), 0);
        best = new Rider(alone, restLink, first, tally.content());
      }
    }
    return best;
  }

  /** A link with the aligner's score: the cosine of its two sides' vectors, clipped to [0, 1]. */
  private Link scored(List<Integer> sourceSentences, List<Integer> targetSentences) {
    double cosine = Vectors.dot(Vectors.normalised(vector(source, sourceVectors, sourceSentences)),
        Vectors.normalised(vector(target, targetVectors, targetSentences)));
    return new Link(sourceSentences, targetSentences, Math.clamp(cosine, 0.0, 1.0));
  }

  private float[] vector(Document document, SentenceVectors runs, List<Integer> sentences) {
    if (runs.hasRun(sentences.get(0), sentences.size())) {
      return runs.run(sentences.get(0), sentences.size());
    }
    return embedder.embedSentences(List.of(sentences.stream().map(i -> document.sentences().get(i).text())
        .collect(Collectors.joining(" "))))[0];
  }
}
