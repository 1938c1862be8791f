package org.qantara.core.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.qantara.core.embed.NameKeys;
import org.qantara.core.embed.TokenVectors;
import org.qantara.core.embed.Vectors;
import org.qantara.core.text.Lang;
import org.qantara.core.text.MatchNormalizer;

/**
 * Word alignment inside one link. First the sure matches: the same quantity, the same string, the same
 * name by transliteration. Then SimAlign's itermax over the model's token vectors (averaged per word):
 * repeatedly pair words that are each other's best match, allowing a word already paired to take a
 * second partner only if that partner is still alone. Works with any {@link
 * org.qantara.core.embed.Embedder}, static or contextual.
 */
final class WordAligner {
  private static final int ITERATIONS = 3;
  /**
   * Most words one side of a piece holds. The links of real prose hold far fewer (four long sentences make a
   * few hundred words) and are one piece; a longer link (a presegmented page, an unpunctuated blob) is cut
   * into pieces, so that pairing its words costs time and memory linear in its length, not quadratic.
   */
  static final int MAX_PIECE_WORDS = 512;

  private final double minSimilarity;
  /**
   * Name forms by word text, kept for the aligner's life: a review or the aligner's word-evidence pass meets the
   * same words in link after link.
   */
  private final NameForms nameForms;

  /** @param minSimilarity cosines below this never pair words, so that unrelated words stay uncovered */
  WordAligner(double minSimilarity) {
    this(minSimilarity, new NameForms());
  }

  /** An aligner that reads the name forms of its words from {@code nameForms}, which other checks share. */
  WordAligner(double minSimilarity, NameForms nameForms) {
    this.minSimilarity = minSimilarity;
    this.nameForms = nameForms;
  }

  /** Words of the sentences of one side, each with its vector (null when the model saw none of it). */
  record Side(List<Word> words, List<float[]> vectors, Lang lang) {
    /** The sides of consecutive sentences as one side: what {@link #side} gives for all their sentences at once. */
    static Side joined(List<Side> sentences, Lang lang) {
      if (sentences.size() == 1) {
        return sentences.get(0);
      }
      List<Word> words = new ArrayList<>();
      List<float[]> vectors = new ArrayList<>();
      for (Side sentence : sentences) {
        words.addAll(sentence.words());
        vectors.addAll(sentence.vectors());
      }
      return new Side(words, vectors, lang);
    }

    private Side stretch(int k, int count) {
      return new Side(WordAligner.stretch(words, k, count), WordAligner.stretch(vectors, k, count), lang);
    }

    /** Its words [from, from + count). */
    Side slice(int from, int count) {
      return new Side(words.subList(from, from + count), vectors.subList(from, from + count), lang);
    }
  }

  /** How many pieces a link of this many source and target words is cut into (1 up to {@link #MAX_PIECE_WORDS}). */
  static int pieceCount(int sourceWords, int targetWords) {
    return Math.max(1, Math.ceilDiv(Math.max(sourceWords, targetWords), MAX_PIECE_WORDS));
  }

  /** The k-th of {@code count} stretches of (nearly) equal length of a list, in order. */
  static <T> List<T> stretch(List<T> list, int k, int count) {
    return list.subList(stretchStart(list.size(), k, count), stretchStart(list.size(), k + 1, count));
  }

  /** One stretch of a link: its source words against its target words, aligned and checked on their own. */
  record Piece(Side source, Side target) {}

  /**
   * The link cut into pieces of at most {@link #MAX_PIECE_WORDS} words a side, both sides cut at the same
   * proportions (over a few hundred words a translation keeps the order of its source); one piece for
   * every link of real prose.
   */
  static List<Piece> pieces(Side source, Side target) {
    int count = pieceCount(source.words().size(), target.words().size());
    List<Piece> pieces = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      pieces.add(new Piece(source.stretch(k, count), target.stretch(k, count)));
    }
    return pieces;
  }

  /** Where the k-th of {@code count} stretches of a list of {@code size} starts ({@link #stretch}). */
  private static int stretchStart(int size, int k, int count) {
    return (int) ((long) k * size / count);
  }

  /**
   * Builds one side from the model's token vectors of its sentences; {@code sentenceStarts} are the
   * offsets of the sentences in the document, since token offsets are relative to each sentence.
   */
  static Side side(List<TokenVectors> sentences, List<Integer> sentenceStarts, Lang lang) {
    return side(sentences, sentenceStarts, lang, TOKEN_SUM);
  }

  /** {@link #side(List, List, Lang)}, each word's vector found by {@code vectors}. */
  static Side side(List<TokenVectors> sentences, List<Integer> sentenceStarts, Lang lang, WordVectors vectors) {
    List<List<Word>> sentenceWords = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      sentenceWords.add(Word.split(sentences.get(s).text(), sentenceStarts.get(s)));
    }
    return side(sentences, sentenceWords, sentenceStarts, lang, vectors);
  }

  /**
   * How a word's vector is found from the tokens of its sentence: {@code start} and {@code end} are the word's offsets
   * in the sentence's text; null when no token gives it one.
   */
  @FunctionalInterface
  interface WordVectors {
    float[] of(TokenVectors tokens, int start, int end);
  }

  /** The sum of the vectors of the tokens that overlap the word ({@link #overlapsAndCounts}), worked out each time. */
  static final WordVectors TOKEN_SUM = WordAligner::sumOfOverlappingTokens;

  /**
   * {@link #side(List, List, Lang)} with each sentence's words already split ({@link Word#split} of its text at its
   * offset): a review has split every sentence once up front.
   */
  static Side side(List<TokenVectors> sentences, List<List<Word>> sentenceWords, List<Integer> sentenceStarts,
      Lang lang) {
    return side(sentences, sentenceWords, sentenceStarts, lang, TOKEN_SUM);
  }

  private static Side side(List<TokenVectors> sentences, List<List<Word>> sentenceWords, List<Integer> sentenceStarts,
      Lang lang, WordVectors wordVectors) {
    List<Word> words = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      TokenVectors tv = sentences.get(s);
      int offset = sentenceStarts.get(s);
      for (Word w : sentenceWords.get(s)) {
        words.add(w);
        vectors.add(wordVectors.of(tv, w.start() - offset, w.end() - offset));
      }
    }
    return new Side(words, vectors, lang);
  }

  /**
   * The sum, in token order, of the vectors of the tokens that overlap the word [start, end) and count
   * ({@link #overlapsAndCounts}); null when none does. Cosines read no length, so the sum serves as the tokens' mean.
   */
  static float[] sumOfOverlappingTokens(TokenVectors tv, int start, int end) {
    float[] sum = null;
    int count = 0;
    for (int t = 0; t < tv.tokens().size(); t++) {
      if (overlapsAndCounts(tv, t, start, end)) {
        float[] v = tv.vectors()[t];
        if (sum == null) {
          sum = new float[v.length];
        }
        for (int k = 0; k < v.length; k++) {
          sum[k] += v[k];
        }
        count++;
      }
    }
    return count == 0 ? null : sum;
  }

  /**
   * The pieces of the tokens whose vectors {@link #sumOfOverlappingTokens} sums for the word [start, end), in order,
   * each followed by a NUL; empty when it sums none. Where token vectors are context-free
   * ({@link org.qantara.core.embed.Embedder#tokenVectorsContextFree}), equal pieces give an equal sum to the last bit.
   */
  static String overlappingPieces(TokenVectors tv, int start, int end) {
    StringBuilder pieces = new StringBuilder();
    for (int t = 0; t < tv.tokens().size(); t++) {
      if (overlapsAndCounts(tv, t, start, end)) {
        pieces.append(tv.tokens().get(t).piece()).append('\0');
      }
    }
    return pieces.toString();
  }

  /** Whether token t overlaps the word [start, end) and its vector counts in the word's. */
  private static boolean overlapsAndCounts(TokenVectors tv, int t, int start, int end) {
    TokenVectors.Token token = tv.tokens().get(t);
    // A name bucket token (NameKeys) stands for the word's sound, which Names pairs by its skeleton anyway: in the
    // mean it only dilutes the word's own vector, and a name the model paired by its pieces would go unpaired.
    return token.start() < end && start < token.end() && !isZero(tv.vectors()[t])
        && !token.piece().startsWith(NameKeys.BUCKET_PREFIX);
  }

  private static boolean isZero(float[] v) {
    for (float x : v) {
      if (x != 0f) {
        return false;
      }
    }
    return true;
  }

  /**
   * What pairing the words of a piece starts from: the cosine of each source word with each target word (NaN
   * where a word has no vector), the sure match of each pair ({@link #sureMatches}, null for none) and the
   * quantities of each side.
   */
  record Comparison(double[][] cosines, WordLink.Kind[][] sureMatches, List<Quantity> sourceQuantities,
      List<Quantity> targetQuantities) {}

  /**
   * The comparison of the source words [sourceFrom, sourceFrom + n) of a link with its target words
   * [targetFrom, targetFrom + m): what {@link #compare} gives for them, however it is worked out.
   */
  @FunctionalInterface
  interface Comparisons {
    Comparison of(int sourceFrom, int n, int targetFrom, int m);
  }

  /** The comparison of the words of a source side with those of a target side. */
  Comparison compare(Side source, Side target) {
    return new Comparison(cosines(source.vectors(), target.vectors()), sureMatches(source.words(), target.words()),
        QuantityExtractor.extract(source.words(), source.lang()), QuantityExtractor.extract(target.words(), target.lang()));
  }

  /** The word links of a link, piece by piece ({@link #pieces}). */
  List<WordLink> align(Side source, Side target) {
    return align(source, target, (sourceFrom, n, targetFrom, m) ->
        compare(source.slice(sourceFrom, n), target.slice(targetFrom, m)));
  }

  /**
   * The word links of a link, piece by piece ({@link #pieces}), its words' comparison given (the word-evidence
   * pass meets the same pair of sentences in many candidate links and compares their words once).
   */
  List<WordLink> align(Side source, Side target, Comparisons comparisons) {
    int n = source.words().size();
    int m = target.words().size();
    int count = pieceCount(n, m);
    List<WordLink> links = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      Piece piece = new Piece(source.stretch(k, count), target.stretch(k, count));
      links.addAll(align(piece, comparisons.of(stretchStart(n, k, count), piece.source().words().size(),
          stretchStart(m, k, count), piece.target().words().size())));
    }
    return links;
  }

  /** The word links of one piece: every source word is compared with every target word. */
  List<WordLink> align(Piece piece) {
    return align(piece, compare(piece.source(), piece.target()));
  }

  /** The word links of one piece, its words' comparison ({@link #compare}) given. */
  List<WordLink> align(Piece piece, Comparison comparison) {
    Side source = piece.source();
    Side target = piece.target();
    int n = source.words().size();
    int m = target.words().size();
    boolean[] sourceDone = new boolean[n];
    boolean[] targetDone = new boolean[m];
    List<WordLink> links = new ArrayList<>();
    double[][] sim = comparison.cosines();

    addSureMatches(source, target, comparison, sourceDone, targetDone, links);

    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      int[] bestTargetOf = new int[n];
      int[] bestSourceOf = new int[m];
      Arrays.fill(bestTargetOf, -1);
      Arrays.fill(bestSourceOf, -1);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < m; j++) {
          if ((sourceDone[i] && targetDone[j]) || !(sim[i][j] >= minSimilarity)) {
            continue;
          }
          if (bestTargetOf[i] < 0 || sim[i][j] > sim[i][bestTargetOf[i]]) {
            bestTargetOf[i] = j;
          }
          if (bestSourceOf[j] < 0 || sim[i][j] > sim[bestSourceOf[j]][j]) {
            bestSourceOf[j] = i;
          }
        }
      }
      boolean added = false;
      boolean[] newSource = sourceDone.clone();
      boolean[] newTarget = targetDone.clone();
      for (int i = 0; i < n; i++) {
        int j = bestTargetOf[i];
        if (j >= 0 && bestSourceOf[j] == i) {
          links.add(new WordLink(source.words().get(i).span(), target.words().get(j).span(),
              WordLink.Kind.EMBEDDING, sim[i][j]));
          newSource[i] = true;
          newTarget[j] = true;
          added = true;
        }
      }
      System.arraycopy(newSource, 0, sourceDone, 0, n);
      System.arraycopy(newTarget, 0, targetDone, 0, m);
      if (!added) {
        break;
      }
    }
    return links;
  }

  private static void addSureMatches(Side source, Side target, Comparison comparison, boolean[] sourceDone,
      boolean[] targetDone, List<WordLink> links) {
    for (Quantity sq : comparison.sourceQuantities()) {
      for (Quantity tq : comparison.targetQuantities()) {
        if (sq.key().equals(tq.key())) {
          Word.markOverlapping(source.words(), sq.span(), sourceDone);
          Word.markOverlapping(target.words(), tq.span(), targetDone);
          links.add(new WordLink(sq.span(), tq.span(), WordLink.Kind.NUMBER, Double.NaN));
          break;
        }
      }
    }
    WordLink.Kind[][] sure = comparison.sureMatches();
    for (int i = 0; i < sure.length; i++) {
      for (int j = 0; j < sure[i].length; j++) {
        if (sure[i][j] != null && !(sourceDone[i] && targetDone[j])) {
          links.add(new WordLink(source.words().get(i).span(), target.words().get(j).span(), sure[i][j],
              comparison.cosines()[i][j]));
          sourceDone[i] = true;
          targetDone[j] = true;
        }
      }
    }
  }

  /** EXACT or TRANSLITERATION for each source word with each target word (the same string, the same name), or null. */
  WordLink.Kind[][] sureMatches(List<Word> sourceWords, List<Word> targetWords) {
    return sureMatches(new SureForms(sourceWords), new SureForms(targetWords));
  }

  /** {@link #sureMatches(List, List)} of the words of two sides, read once a side. */
  WordLink.Kind[][] sureMatches(SureForms source, SureForms target) {
    int n = source.words.size();
    int m = target.words.size();
    WordLink.Kind[][] kinds = new WordLink.Kind[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        kinds[i][j] = sureKind(source, i, target, j);
      }
    }
    return kinds;
  }

  /**
   * The words of one side as {@link #sureMatches} reads them, worked out once a word, not once a pair (the
   * comparison meets every pair of a link, and the word-evidence pass meets a sentence in several pairs): its lower
   * case and its hash (two words of different hashes are no EXACT match, and an Arabic word is rarely one of an
   * English: most pairs are told apart without comparing strings), whether it holds an Arabic letter or may be an
   * English name, and its name forms (those kept across links by text, looked up when first needed). For one thread.
   */
  final class SureForms {
    private final List<Word> words;
    private final String[] lower;
    private final int[] lowerHash;
    private final boolean[] arabic;
    private final boolean[] mayBeName;
    private final Names.ArabicName[] arabicNames;
    private final Names.EnglishName[] englishNames;

    SureForms(List<Word> words) {
      this.words = words;
      this.lower = new String[words.size()];
      this.lowerHash = new int[words.size()];
      this.arabic = new boolean[words.size()];
      this.mayBeName = new boolean[words.size()];
      this.arabicNames = new Names.ArabicName[words.size()];
      this.englishNames = new Names.EnglishName[words.size()];
      for (int i = 0; i < words.size(); i++) {
        String text = words.get(i).text();
        lower[i] = text.toLowerCase(Locale.ROOT);
        lowerHash[i] = lower[i].hashCode();
        arabic[i] = MatchNormalizer.hasArabicLetter(text);
        mayBeName[i] = !text.isEmpty() && !arabic[i] && Character.isUpperCase(text.codePointAt(0));
      }
    }

    private Names.ArabicName arabicName(int i) {
      if (arabicNames[i] == null) {
        arabicNames[i] = nameForms.arabic(words.get(i));
      }
      return arabicNames[i];
    }

    private Names.EnglishName englishName(int j) {
      if (englishNames[j] == null) {
        englishNames[j] = nameForms.english(words.get(j));
      }
      return englishNames[j];
    }
  }

  /**
   * EXACT for source word i and target word j when they are the same string of more than one letter, ignoring
   * case; TRANSLITERATION when an Arabic word and a capitalised non-Arabic one are the same name; else null.
   */
  private static WordLink.Kind sureKind(SureForms source, int i, SureForms target, int j) {
    if (source.lowerHash[i] == target.lowerHash[j] && source.words.get(i).text().length() > 1
        && source.lower[i].equals(target.lower[j])) {
      return WordLink.Kind.EXACT;
    }
    if (source.arabic[i] && target.mayBeName[j] && target.englishName(j).sameAs(source.arabicName(i))) {
      return WordLink.Kind.TRANSLITERATION;
    }
    return null;
  }

  /** The cosine of every vector of {@code a} with every vector of {@code b}; NaN where either is null or zero. */
  static double[][] cosines(List<float[]> a, List<float[]> b) {
    return cosines(a, norms(a), b, norms(b));
  }

  /** The length of each vector ({@link Vectors#norm}), for {@link #cosines(List, double[], List, double[])}. */
  static double[] norms(List<float[]> vectors) {
    double[] norms = new double[vectors.size()];
    for (int i = 0; i < norms.length; i++) {
      norms[i] = Vectors.norm(vectors.get(i));
    }
    return norms;
  }

  /**
   * {@link #cosines(List, List)} with the vectors' lengths given ({@link #norms}): the word-evidence pass compares a
   * sentence's words with those of several others and works their lengths out once.
   */
  static double[][] cosines(List<float[]> a, double[] normsA, List<float[]> b, double[] normsB) {
    // The vectors of b that have a direction, each row's dot products with them worked out together (Vectors.dots).
    float[][] usable = new float[b.size()][];
    int[] columnOf = new int[b.size()];
    int usableCount = 0;
    for (int j = 0; j < b.size(); j++) {
      float[] v = b.get(j);
      if (v != null && normsB[j] != 0) {
        usable[usableCount] = v;
        columnOf[usableCount++] = j;
      }
    }
    double[][] sim = new double[a.size()][b.size()];
    double[] dots = new double[usableCount];
    for (int i = 0; i < a.size(); i++) {
      float[] u = a.get(i);
      double normU = normsA[i];
      Arrays.fill(sim[i], Double.NaN);
      if (u == null || normU == 0) {
        continue;
      }
      Vectors.dots(u, usable, 0, usableCount, dots);
      for (int c = 0; c < usableCount; c++) {
        sim[i][columnOf[c]] = dots[c] / (normU * normsB[columnOf[c]]);
      }
    }
    return sim;
  }
}
