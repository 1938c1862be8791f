package org.qantara.core.review;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.TokenVectors;
import org.qantara.core.text.Document;
import org.qantara.core.text.Lang;
import org.qantara.core.text.Span;

/**
 * Word-level support of the sentences of a candidate link: the review's word alignment ({@link WordAligner})
 * run over the link, and for each of its sentences how many of its content words some word of the other side
 * accounts for ({@link Coverage}). What the aligner asks before it keeps a sentence inside a link that joins
 * several: the same evidence the reviewer later reads, so the two agree on what a rider is. A sentence's words
 * and their vectors are worked out the first time it is asked about (an alignment looks at few of a long
 * document's sentences), or all at once for the sentences named to {@link #prepare}, and kept. Thread-safe.
 */
public final class WordSupport {
  private final Document source;
  private final Document target;
  private final Embedder embedder;
  private final Map<Integer, WordAligner.Side> sourceSides = new ConcurrentHashMap<>();
  private final Map<Integer, WordAligner.Side> targetSides = new ConcurrentHashMap<>();
  private final WordAligner aligner;

  private WordSupport(Document source, Document target, Embedder embedder, double minWordSimilarity) {
    this.source = source;
    this.target = target;
    this.embedder = embedder;
    this.aligner = new WordAligner(minWordSimilarity);
  }

  /** Words pair as in a review with the default options. */
  public static WordSupport of(Document source, Document target, Embedder embedder) {
    return new WordSupport(source, target, embedder, ReviewOptions.defaults().minWordSimilarity());
  }

  /**
   * Embeds the tokens of these sentences in one batched call, so that the links asked about later find them ready
   * (one call per link would hand a few texts at a time to the embedder's workers).
   */
  public void prepare(Collection<Integer> sourceSentences, Collection<Integer> targetSentences) {
    sides(source, sourceSides, List.copyOf(sourceSentences), Lang.AR);
    sides(target, targetSides, List.copyOf(targetSentences), Lang.EN);
  }

  /**
   * For the link of source sentences {@code sourceSentences} and target sentences {@code targetSentences},
   * each sentence's content words and how many of them the link's word alignment covers, in the order given.
   */
  public Support support(List<Integer> sourceSentences, List<Integer> targetSentences) {
    WordAligner.Side src = WordAligner.Side.joined(sides(source, sourceSides, sourceSentences, Lang.AR), Lang.AR);
    WordAligner.Side tgt = WordAligner.Side.joined(sides(target, targetSides, targetSentences, Lang.EN), Lang.EN);
    List<WordLink> wordLinks = aligner.align(src, tgt);
    Coverage coverage = new Coverage(src.words(), tgt.words(), wordLinks);
    int[][] between = new int[sourceSentences.size()][targetSentences.size()];
    for (WordLink link : wordLinks) {
      int s = sentenceOf(source, sourceSentences, link.source());
      int t = sentenceOf(target, targetSentences, link.target());
      if (s >= 0 && t >= 0) {
        between[s][t]++;
      }
    }
    return new Support(perSentence(source, sourceSentences, coverage::sourceTally),
        perSentence(target, targetSentences, coverage::targetTally), between);
  }

  /**
   * The tallies of the source and of the target sentences of one candidate link, and how many word links join
   * each of its source sentences ({@code between[k]}, k-th sentence given) with each of its target sentences.
   */
  public record Support(List<WordTally> source, List<WordTally> target, int[][] between) {}

  private static int sentenceOf(Document document, List<Integer> sentences, Span span) {
    for (int k = 0; k < sentences.size(); k++) {
      if (document.sentences().get(sentences.get(k)).span().overlaps(span)) {
        return k;
      }
    }
    return -1;
  }

  /** The words of each sentence with their vectors, from the cache or embedded now (the missing ones in one call). */
  private List<WordAligner.Side> sides(Document document, Map<Integer, WordAligner.Side> sides,
      List<Integer> sentences, Lang lang) {
    List<Integer> missing = sentences.stream().filter(i -> !sides.containsKey(i)).distinct().toList();
    if (!missing.isEmpty()) {
      List<TokenVectors> embedded =
          embedder.embedTokens(missing.stream().map(i -> document.sentences().get(i).text()).toList());
      for (int k = 0; k < missing.size(); k++) {
        int sentence = missing.get(k);
        sides.put(sentence,
            WordAligner.side(List.of(embedded.get(k)), List.of(document.sentences().get(sentence).start()), lang));
      }
    }
    return sentences.stream().map(sides::get).toList();
  }

  private static List<WordTally> perSentence(Document document, List<Integer> sentences,
      Function<Span, WordTally> tally) {
    return sentences.stream().map(i -> tally.apply(document.sentences().get(i).span())).toList();
  }
}
