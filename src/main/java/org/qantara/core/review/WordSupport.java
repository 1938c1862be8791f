package org.qantara.core.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.qantara.core.align.Link;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.TokenVectors;
import org.qantara.core.embed.Vectors;
import org.qantara.core.text.Document;
import org.qantara.core.text.Lang;
import org.qantara.core.text.Sentence;
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
  /** Sentences whose words are worked out on all cores rather than on the caller's thread. */
  private static final int PARALLEL_SIDES = 64;

  private final Document source;
  private final Document target;
  private final Embedder embedder;
  private final Map<Integer, SentenceWords> sourceSides = new ConcurrentHashMap<>();
  private final Map<Integer, SentenceWords> targetSides = new ConcurrentHashMap<>();
  /**
   * One array for every word vector of equal content, by word text: the sides are kept for the whole pass, and a
   * long document's sentences repeat their words (with a context-free model, a word's every occurrence has the same
   * vector: at 46,000 sentences a side, 340,000 word vectors of 1 KB held once per distinct word instead), with its
   * length, worked out once too.
   */
  private final Map<String, KeptVector> sharedVectors = new ConcurrentHashMap<>();
  /** One string for every word text, for the same reason. */
  private final Map<String, String> sharedTexts = new ConcurrentHashMap<>();
  /**
   * With a model whose token vectors are context-free: each word vector by the pieces of the tokens it sums
   * ({@link WordAligner#overlappingPieces}), so that a word's later occurrences find it instead of summing their
   * tokens again and comparing the sums ({@link #sentenceWords}). Null with any other model.
   */
  private final Map<String, float[]> vectorOfPieces;
  private final WordAligner aligner;

  private WordSupport(Document source, Document target, Embedder embedder, double minWordSimilarity) {
    this.source = source;
    this.target = target;
    this.embedder = embedder;
    this.vectorOfPieces = embedder.tokenVectorsContextFree() ? new ConcurrentHashMap<>() : null;
    this.aligner = new WordAligner(minWordSimilarity);
  }

  /**
   * A word's vector for {@link #sides}: the one kept for the pieces of its tokens where there is one
   * ({@link #vectorOfPieces}), else the sum of its tokens.
   */
  private float[] wordVector(TokenVectors tokens, int start, int end) {
    if (vectorOfPieces == null) {
      return WordAligner.sumOfOverlappingTokens(tokens, start, end);
    }
    String pieces = WordAligner.overlappingPieces(tokens, start, end);
    if (pieces.isEmpty()) {
      return null;
    }
    float[] kept = vectorOfPieces.get(pieces);
    if (kept != null) {
      return kept;
    }
    float[] sum = WordAligner.sumOfOverlappingTokens(tokens, start, end);
    kept = vectorOfPieces.putIfAbsent(pieces, sum);
    return kept != null ? kept : sum;
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
    return forStretch().support(sourceSentences, targetSentences);
  }

  /**
   * How many content words a source (or target) sentence holds: the tally {@link #support} gives it alone,
   * without aligning its words with nothing.
   */
  public int contentWords(int sentence, boolean sourceSide) {
    Document document = sourceSide ? source : target;
    SentenceWords words = sides(document, sourceSide ? sourceSides : targetSides, List.of(sentence),
        sourceSide ? Lang.AR : Lang.EN).get(0);
    if (words.inOwnSpan()) {
      return words.contentWords();
    }
    Span span = document.sentences().get(sentence).span();
    return sourceSide ? new Coverage(words.side().words(), List.of(), List.of()).sourceTally(span).content()
        : new Coverage(List.of(), words.side().words(), List.of()).targetTally(span).content();
  }

  /**
   * How a source (or target) sentence ends: '?' for a question, '!' for an exclamation, else 0 — the mood a
   * translation keeps, as the reviewer reads it ({@link DocumentJudgement#mood}).
   */
  public char mood(int sentence, boolean sourceSide) {
    return DocumentJudgement.mood((sourceSide ? source : target).sentences().get(sentence).text());
  }

  /** Whether a source (or target) sentence is negated, as the reviewer's negation check reads it ({@link Negation}). */
  public boolean negated(int sentence, boolean sourceSide) {
    String text = (sourceSide ? source : target).sentences().get(sentence).text();
    return !Negation.markers(Word.split(text, 0), sourceSide ? Lang.AR : Lang.EN, text).isEmpty();
  }

  /**
   * Support of the candidate links of one stretch of the documents, searched again: a pair of sentences sits in
   * many of them (in up to 15 with the default link types), and comparing its words (their cosines and sure
   * matches), most of the work, is done once a pair, as finding the quantities of a run of sentences is done once
   * a run. For one thread.
   */
  public Stretch forStretch() {
    return new Stretch();
  }

  /** {@link #support}, what pairs of sentences and runs of sentences share kept (the latest, up to a bound). */
  public final class Stretch {
    /**
     * Pairs of sentences (and runs of each side) whose comparison is kept: far more than a stretch around a
     * doubtful link asks about, and a bound on the memory of a long one (its search moves on row by row, so the
     * pairs dropped are behind it).
     */
    private static final int KEPT = 4096;

    private final Map<Long, PairComparison> pairs = latest();
    private final Map<SideRun, List<Quantity>> quantities = latest();
    private final Map<Integer, WordAligner.SureForms> sourceForms = latest();
    private final Map<Integer, WordAligner.SureForms> targetForms = latest();

    private Stretch() {}

    /** {@link #support} of source sentences [sourceFrom, sourceFrom + sourceCount) and target sentences [targetFrom, targetFrom + targetCount). */
    public Support support(int sourceFrom, int sourceCount, int targetFrom, int targetCount) {
      return support(Link.sentences(sourceFrom, sourceCount), Link.sentences(targetFrom, targetCount));
    }

    /** {@link WordSupport#support}, with the comparisons of the pairs and runs this stretch has met. */
    public Support support(List<Integer> sourceSentences, List<Integer> targetSentences) {
      return WordSupport.this.support(sourceSentences, targetSentences, this);
    }

    private static <K, V> Map<K, V> latest() {
      return new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
          return size() > KEPT;
        }
      };
    }

    /** The comparison of the words of source sentence s with those of target sentence t. */
    private PairComparison pair(int s, SentenceWords sourceWords, int t, SentenceWords targetWords) {
      return pairs.computeIfAbsent(((long) s << 32) | t, pair -> new PairComparison(
          WordAligner.cosines(sourceWords.side().vectors(), sourceWords.norms(), targetWords.side().vectors(),
              targetWords.norms()),
          aligner.sureMatches(
              sourceForms.computeIfAbsent(s, sentence -> aligner.new SureForms(sourceWords.side().words())),
              targetForms.computeIfAbsent(t, sentence -> aligner.new SureForms(targetWords.side().words())))));
    }

    /** The quantities of words [from, from + count) of the consecutive sentences joined into {@code side}. */
    private List<Quantity> quantities(List<Integer> sentences, WordAligner.Side side, int from, int count) {
      return quantities.computeIfAbsent(new SideRun(side.lang(), sentences.get(0), sentences.size(), from, count),
          run -> QuantityExtractor.extract(side.words().subList(from, from + count), side.lang()));
    }

    /**
     * The comparison of a link's source words [sourceFrom, sourceFrom + n) with its target words
     * [targetFrom, targetFrom + m), put together from those of each pair of its sentences.
     */
    private WordAligner.Comparison compare(List<Integer> sourceSentences, List<SentenceWords> sourceParts,
        WordAligner.Side src, int sourceFrom, int n, List<Integer> targetSentences,
        List<SentenceWords> targetParts, WordAligner.Side tgt, int targetFrom, int m) {
      double[][] cosines = new double[n][m];
      WordLink.Kind[][] sure = new WordLink.Kind[n][m];
      int sourceStart = 0;
      for (int k = 0; k < sourceParts.size(); k++) {
        SentenceWords sourcePart = sourceParts.get(k);
        int sourceEnd = sourceStart + sourcePart.side().words().size();
        int rowFrom = Math.max(sourceStart, sourceFrom);
        int rowTo = Math.min(sourceEnd, sourceFrom + n);
        int targetStart = 0;
        for (int l = 0; l < targetParts.size() && rowFrom < rowTo; l++) {
          SentenceWords targetPart = targetParts.get(l);
          int targetEnd = targetStart + targetPart.side().words().size();
          int columnFrom = Math.max(targetStart, targetFrom);
          int columnTo = Math.min(targetEnd, targetFrom + m);
          if (columnFrom < columnTo) {
            PairComparison pair = pair(sourceSentences.get(k), sourcePart, targetSentences.get(l), targetPart);
            for (int row = rowFrom; row < rowTo; row++) {
              System.arraycopy(pair.cosines()[row - sourceStart], columnFrom - targetStart, cosines[row - sourceFrom],
                  columnFrom - targetFrom, columnTo - columnFrom);
              System.arraycopy(pair.sureMatches()[row - sourceStart], columnFrom - targetStart, sure[row - sourceFrom],
                  columnFrom - targetFrom, columnTo - columnFrom);
            }
          }
          targetStart = targetEnd;
        }
        sourceStart = sourceEnd;
      }
      // A quantity links only with one of the same key on the other side: the target's are not looked for where
      // the source has none.
      List<Quantity> sourceQuantities = quantities(sourceSentences, src, sourceFrom, n);
      return new WordAligner.Comparison(cosines, sure, sourceQuantities,
          sourceQuantities.isEmpty() ? List.of() : quantities(targetSentences, tgt, targetFrom, m));
    }
  }

  /**
   * A sentence's words with their vectors, and what each link that holds it reads of them, worked out once rather
   * than in every stretch and every candidate link: the vectors' lengths (for the cosines, {@link Vectors#norm}),
   * which words are content words ({@link StopWords#isContent}) and how many, and whether they all lie inside the
   * sentence's span.
   */
  private record SentenceWords(WordAligner.Side side, double[] norms, boolean[] content, int contentWords,
      boolean inOwnSpan) {}

  /**
   * The sentence's words with their vectors, and what the links read of them ({@link SentenceWords}). Each word's text
   * is replaced by the string kept for it, and its vector by the array kept for its word when that one is equal to the
   * last bit (the same values, so every cosine is the same; its length too, worked out once), or kept for its word if
   * it is the first.
   */
  private SentenceWords sentenceWords(WordAligner.Side side, Sentence sentence) {
    int count = side.words().size();
    List<Word> words = new ArrayList<>(count);
    List<float[]> vectors = new ArrayList<>(count);
    double[] norms = new double[count];
    boolean[] content = new boolean[count];
    int contentWords = 0;
    boolean inOwnSpan = sentence.start() <= sentence.end();
    for (int w = 0; w < count; w++) {
      Word word = side.words().get(w);
      String text = sharedTexts.computeIfAbsent(word.text(), t -> t);
      words.add(text == word.text() ? word : new Word(text, word.start(), word.end()));
      float[] vector = side.vectors().get(w);
      if (vector != null) {
        KeptVector kept = sharedVectors.get(text);
        if (kept == null) {
          KeptVector mine = new KeptVector(vector, Vectors.norm(vector));
          kept = sharedVectors.putIfAbsent(text, mine);
          kept = kept == null ? mine : kept;
        }
        if (kept.vector() == vector || Arrays.equals(kept.vector(), vector)) {
          vector = kept.vector();
          norms[w] = kept.norm();
        } else {
          norms[w] = Vectors.norm(vector);
        }
      }
      vectors.add(vector);
      content[w] = StopWords.isContent(word, side.lang());
      contentWords += content[w] ? 1 : 0;
      inOwnSpan &= sentence.start() <= word.start() && word.end() <= sentence.end() && word.start() < word.end();
    }
    return new SentenceWords(new WordAligner.Side(words, vectors, side.lang()), norms, content, contentWords,
        inOwnSpan);
  }

  /** The vector kept for a word text, and its length ({@link Vectors#norm}). */
  private record KeptVector(float[] vector, double norm) {}

  /** The cosines and sure matches of the words of one source sentence with those of one target sentence. */
  private record PairComparison(double[][] cosines, WordLink.Kind[][] sureMatches) {}

  /** Words [from, from + count) of the sentences of one side joined. */
  private record SideRun(Lang lang, int firstSentence, int sentences, int from, int count) {}

  /** {@link #support}, its words compared by {@code stretch}. */
  private Support support(List<Integer> sourceSentences, List<Integer> targetSentences, Stretch stretch) {
    List<SentenceWords> sourceParts = sides(source, sourceSides, sourceSentences, Lang.AR);
    List<SentenceWords> targetParts = sides(target, targetSides, targetSentences, Lang.EN);
    WordAligner.Side src = joined(sourceParts, Lang.AR);
    WordAligner.Side tgt = joined(targetParts, Lang.EN);
    List<WordLink> wordLinks = aligner.align(src, tgt, (sourceFrom, n, targetFrom, m) -> stretch.compare(
        sourceSentences, sourceParts, src, sourceFrom, n, targetSentences, targetParts, tgt, targetFrom, m));
    Coverage coverage = new Coverage(src.words(), tgt.words(), wordLinks);
    int[][] between = new int[sourceSentences.size()][targetSentences.size()];
    for (WordLink link : wordLinks) {
      int s = sentenceOf(source, sourceSentences, link.source());
      int t = sentenceOf(target, targetSentences, link.target());
      if (s >= 0 && t >= 0) {
        between[s][t]++;
      }
    }
    return new Support(tallies(source, sourceSentences, sourceParts, coverage, true),
        tallies(target, targetSentences, targetParts, coverage, false), between);
  }

  private static WordAligner.Side joined(List<SentenceWords> parts, Lang lang) {
    if (parts.size() == 1) {
      return parts.get(0).side();
    }
    List<WordAligner.Side> sides = new ArrayList<>(parts.size());
    for (SentenceWords part : parts) {
      sides.add(part.side());
    }
    return WordAligner.Side.joined(sides, lang);
  }

  /**
   * The tallies of the source and of the target sentences of one candidate link, and how many word links join
   * each of its source sentences ({@code between[k]}, k-th sentence given) with each of its target sentences.
   */
  public record Support(List<WordTally> source, List<WordTally> target, int[][] between) {}

  private static int sentenceOf(Document document, List<Integer> sentences, Span span) {
    for (int k = 0; k < sentences.size(); k++) {
      Sentence sentence = document.sentences().get(sentences.get(k));
      if (sentence.start() < span.end() && span.start() < sentence.end()) { // Span.overlaps, without a Span a test
        return k;
      }
    }
    return -1;
  }

  /** The words of each sentence with their vectors, from the cache or embedded now (the missing ones in one call). */
  private List<SentenceWords> sides(Document document, Map<Integer, SentenceWords> sides,
      List<Integer> sentences, Lang lang) {
    List<SentenceWords> known = new ArrayList<>(sentences.size());
    for (int sentence : sentences) {
      SentenceWords side = sides.get(sentence);
      if (side == null) {
        break;
      }
      known.add(side);
    }
    if (known.size() == sentences.size()) {
      return Collections.unmodifiableList(known); // the search asks about the same sentences again and again
    }
    List<Integer> missing = sentences.stream().filter(i -> !sides.containsKey(i)).distinct().toList();
    if (!missing.isEmpty()) {
      List<TokenVectors> embedded =
          embedder.embedTokens(missing.stream().map(i -> document.sentences().get(i).text()).toList());
      // Each sentence's words and their vectors on all cores when there are many (the word-evidence pass prepares
      // a long document's sentences at once): sharing keeps equal vectors only, so the order does not matter.
      SentenceWords[] built = new SentenceWords[missing.size()];
      IntStream range = IntStream.range(0, missing.size());
      (missing.size() >= PARALLEL_SIDES ? range.parallel() : range).forEach(k -> built[k] = sentenceWords(
          WordAligner.side(List.of(embedded.get(k)), List.of(document.sentences().get(missing.get(k)).start()), lang,
              this::wordVector),
          document.sentences().get(missing.get(k))));
      for (int k = 0; k < missing.size(); k++) {
        sides.put(missing.get(k), built[k]);
      }
    }
    return sentences.stream().map(sides::get).toList();
  }


  /**
   * Each sentence's tally of one side of a link ({@link Coverage#sourceTally}: the content words inside its span).
   * Where every sentence's words lie inside its own span and the spans follow one another without overlapping (a
   * document's sentences as read), the words inside a sentence's span are its own: counted from its content words,
   * worked out once, without reading every word of the link again for each sentence.
   */
  private static List<WordTally> tallies(Document document, List<Integer> sentences, List<SentenceWords> parts,
      Coverage coverage, boolean sourceSide) {
    boolean ownWords = true;
    for (int k = 0; k < parts.size() && ownWords; k++) {
      ownWords = parts.get(k).inOwnSpan() && (k == 0
          || document.sentences().get(sentences.get(k - 1)).end() <= document.sentences().get(sentences.get(k)).start());
    }
    List<WordTally> tallies = new ArrayList<>(sentences.size());
    int from = 0;
    for (int k = 0; k < parts.size(); k++) {
      SentenceWords part = parts.get(k);
      if (ownWords) {
        int covered = 0;
        for (int w = 0; w < part.content().length; w++) {
          if (part.content()[w] && (sourceSide ? coverage.sourceCovered(from + w) : coverage.targetCovered(from + w))) {
            covered++;
          }
        }
        tallies.add(new WordTally(part.contentWords(), covered));
      } else {
        Span span = document.sentences().get(sentences.get(k)).span();
        tallies.add(sourceSide ? coverage.sourceTally(span) : coverage.targetTally(span));
      }
      from += part.content().length;
    }
    return Collections.unmodifiableList(tallies);
  }
}
