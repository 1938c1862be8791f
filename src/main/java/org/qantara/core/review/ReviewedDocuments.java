package org.qantara.core.review;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.qantara.core.QantaraException;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.Link;
import org.qantara.core.align.SentenceVectors;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.TokenVectors;
import org.qantara.core.embed.Vectors;
import org.qantara.core.text.Document;
import org.qantara.core.text.Lang;
import org.qantara.core.text.Span;

/**
 * What every part of a review reads: the two documents, their links, and per sentence its vector, its
 * token vectors and its words, gathered once up front. Checked on the way in: an Arabic source, an English
 * target, links that point at sentences of these documents.
 */
final class ReviewedDocuments {
  final AlignedDocuments aligned;
  final Document source;
  final Document target;
  final List<Link> links;
  final Embedder embedder;
  /** The embedder's vectors of every sentence and of every run of sentences the aligner looked at. */
  final SentenceVectors sourceRuns;
  final SentenceVectors targetRuns;
  final float[][] sourceVectors;
  final float[][] targetVectors;
  /** The length ({@link Vectors#norm}) of each sentence's vector: the reviewer ranks sentences against many others. */
  final double[] sourceNorms;
  final double[] targetNorms;
  final List<TokenVectors> sourceTokens;
  final List<TokenVectors> targetTokens;
  final List<List<Word>> sourceWords;
  final List<List<Word>> targetWords;
  /** How alike two sentences of one side are by chance, worked out when first asked ({@link #sentencePairs}). */
  private Background sourceSentencePairs;
  private Background targetSentencePairs;

  ReviewedDocuments(AlignedDocuments aligned, SentenceVectors sourceRuns, SentenceVectors targetRuns, Embedder embedder) {
    this.aligned = aligned;
    this.source = aligned.source();
    this.target = aligned.target();
    this.links = aligned.links();
    this.embedder = embedder;
    requireCoherent();
    if (sourceRuns.sentenceCount() != source.sentences().size() || targetRuns.sentenceCount() != target.sentences().size()) {
      throw new IllegalArgumentException("the sentence vectors belong to other documents");
    }
    this.sourceRuns = sourceRuns;
    this.targetRuns = targetRuns;
    this.sourceVectors = sourceRuns.sentences();
    this.targetVectors = targetRuns.sentences();
    this.sourceNorms = Arrays.stream(sourceVectors).mapToDouble(Vectors::norm).toArray();
    this.targetNorms = Arrays.stream(targetVectors).mapToDouble(Vectors::norm).toArray();
    this.sourceTokens = embedder.embedTokens(source.sentenceTexts());
    this.targetTokens = embedder.embedTokens(target.sentenceTexts());
    // Every sentence split once, on all cores (in order): the word aligner's sides and every check read these.
    this.sourceWords = source.sentences().parallelStream().map(s -> Word.split(s.text(), s.start())).toList();
    this.targetWords = target.sentences().parallelStream().map(s -> Word.split(s.text(), s.start())).toList();
  }

  private void requireCoherent() {
    if (source.lang() != Lang.AR || target.lang() != Lang.EN) {
      throw new QantaraException(
          "review expects an Arabic source and an English target, got " + source.lang() + " → " + target.lang(),
          "pass the Arabic document first and its English rendering second");
    }
    for (Link link : links) {
      for (int s : link.source()) {
        requireIndex(s, source);
      }
      for (int t : link.target()) {
        requireIndex(t, target);
      }
    }
  }

  private static void requireIndex(int index, Document document) {
    if (index < 0 || index >= document.sentences().size()) {
      throw new QantaraException(
          "alignment refers to sentence " + index + " of '" + document.name() + "', which has "
              + document.sentences().size() + " sentences",
          "re-align the documents; the alignment belongs to other texts");
    }
  }

  /** The Arabic words of these source sentences with their token vectors, ready for the word aligner. */
  WordAligner.Side sourceSide(List<Integer> sentences) {
    return WordAligner.side(sentences.stream().map(sourceTokens::get).toList(),
        sentences.stream().map(sourceWords::get).toList(), startsOf(source, sentences), Lang.AR);
  }

  /** The English words of these target sentences with their token vectors. */
  WordAligner.Side targetSide(List<Integer> sentences) {
    return WordAligner.side(sentences.stream().map(targetTokens::get).toList(),
        sentences.stream().map(targetWords::get).toList(), startsOf(target, sentences), Lang.EN);
  }

  /** The words of the target sentences of a link (a target-only link in practice). */
  List<Word> targetWordsOf(Link link) {
    return link.target().stream().flatMap(t -> targetWords.get(t).stream()).toList();
  }

  /** Where each source sentence of the link starts in the source text. */
  List<Integer> sourceSentenceStarts(Link link) {
    return startsOf(source, link.source());
  }

  /** Where each target sentence of the link starts in the target text. */
  List<Integer> targetSentenceStarts(Link link) {
    return startsOf(target, link.target());
  }

  private static List<Integer> startsOf(Document document, List<Integer> indices) {
    return indices.stream().map(i -> document.sentences().get(i).start()).toList();
  }

  static List<Span> spansOf(Document document, List<Integer> indices) {
    return indices.stream().map(i -> document.sentences().get(i).span()).toList();
  }

  /** The vector of a link's side: the aligner's, unless the link is longer than any run it embedded. */
  float[] vectorOf(boolean sourceSide, List<Integer> sentences) {
    SentenceVectors runs = sourceSide ? sourceRuns : targetRuns;
    int start = sentences.get(0);
    boolean contiguous = sentences.get(sentences.size() - 1) == start + sentences.size() - 1;
    if (contiguous && runs.hasRun(start, sentences.size())) {
      return runs.run(start, sentences.size());
    }
    return embedder.embedSentences(List.of(joined(sourceSide ? source : target, sentences)))[0];
  }

  /**
   * How alike the sentence pairs of one side are ({@link Background#amongSentences}): the yardstick for "this sentence
   * nearly repeats that one", read by the weak-link and the placement checks alike.
   */
  synchronized Background sentencePairs(boolean sourceSide) {
    if (sourceSide && sourceSentencePairs == null) {
      sourceSentencePairs = Background.amongSentences(sourceVectors);
    } else if (!sourceSide && targetSentencePairs == null) {
      targetSentencePairs = Background.amongSentences(targetVectors);
    }
    return sourceSide ? sourceSentencePairs : targetSentencePairs;
  }

  static String joined(Document document, List<Integer> indices) {
    return indices.stream().map(i -> document.sentences().get(i).text()).collect(Collectors.joining(" "));
  }
}
