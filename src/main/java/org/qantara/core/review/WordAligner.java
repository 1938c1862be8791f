package org.qantara.core.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
   * same words in link after link, and working out look-up forms and skeletons was most of the time it spent.
   */
  private final Map<String, Names.ArabicName> arabicNames = new ConcurrentHashMap<>();
  private final Map<String, Names.EnglishName> englishNames = new ConcurrentHashMap<>();

  /** @param minSimilarity cosines below this never pair words, so that unrelated words stay uncovered */
  WordAligner(double minSimilarity) {
    this.minSimilarity = minSimilarity;
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
  }

  /** How many pieces a link of this many source and target words is cut into (1 up to {@link #MAX_PIECE_WORDS}). */
  static int pieceCount(int sourceWords, int targetWords) {
    return Math.max(1, Math.ceilDiv(Math.max(sourceWords, targetWords), MAX_PIECE_WORDS));
  }

  /** The k-th of {@code count} stretches of (nearly) equal length of a list, in order. */
  static <T> List<T> stretch(List<T> list, int k, int count) {
    return list.subList((int) ((long) k * list.size() / count), (int) ((long) (k + 1) * list.size() / count));
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

  /**
   * Builds one side from the model's token vectors of its sentences; {@code sentenceStarts} are the
   * offsets of the sentences in the document, since token offsets are relative to each sentence.
   */
  static Side side(List<TokenVectors> sentences, List<Integer> sentenceStarts, Lang lang) {
    List<Word> words = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      TokenVectors tv = sentences.get(s);
      int offset = sentenceStarts.get(s);
      for (Word w : Word.split(tv.text(), offset)) {
        words.add(w);
        vectors.add(meanOfOverlappingTokens(tv, w.start() - offset, w.end() - offset));
      }
    }
    return new Side(words, vectors, lang);
  }

  private static float[] meanOfOverlappingTokens(TokenVectors tv, int start, int end) {
    float[] sum = null;
    int count = 0;
    for (int t = 0; t < tv.tokens().size(); t++) {
      TokenVectors.Token token = tv.tokens().get(t);
      if (token.start() < end && start < token.end() && !isZero(tv.vectors()[t])) {
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

  private static boolean isZero(float[] v) {
    for (float x : v) {
      if (x != 0f) {
        return false;
      }
    }
    return true;
  }

  /** The word links of a link, piece by piece ({@link #pieces}). */
  List<WordLink> align(Side source, Side target) {
    List<WordLink> links = new ArrayList<>();
    for (Piece piece : pieces(source, target)) {
      links.addAll(align(piece));
    }
    return links;
  }

  /** The word links of one piece: every source word is compared with every target word. */
  List<WordLink> align(Piece piece) {
    Side source = piece.source();
    Side target = piece.target();
    int n = source.words().size();
    int m = target.words().size();
    boolean[] sourceDone = new boolean[n];
    boolean[] targetDone = new boolean[m];
    List<WordLink> links = new ArrayList<>();
    double[][] sim = cosines(source.vectors(), target.vectors());

    addSureMatches(source, target, sim, sourceDone, targetDone, links);

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

  private void addSureMatches(Side source, Side target, double[][] sim, boolean[] sourceDone,
      boolean[] targetDone, List<WordLink> links) {
    List<Quantity> sourceQuantities = QuantityExtractor.extract(source.words(), source.lang());
    List<Quantity> targetQuantities = QuantityExtractor.extract(target.words(), target.lang());
    for (Quantity sq : sourceQuantities) {
      for (Quantity tq : targetQuantities) {
        if (sq.key().equals(tq.key())) {
          Word.markOverlapping(source.words(), sq.span(), sourceDone);
          Word.markOverlapping(target.words(), tq.span(), targetDone);
          links.add(new WordLink(sq.span(), tq.span(), WordLink.Kind.NUMBER, Double.NaN));
          break;
        }
      }
    }
    // What a word brings to the comparison is worked out once a word, not once a pair (this loop meets every
    // pair of the link): its lower case and its name forms (those kept across links by text).
    Names.ArabicName[] arabicNames = new Names.ArabicName[source.words().size()];
    Names.EnglishName[] englishNames = new Names.EnglishName[target.words().size()];
    boolean[] targetMayBeName = new boolean[target.words().size()];
    String[] targetLower = new String[target.words().size()];
    for (int j = 0; j < targetMayBeName.length; j++) {
      String text = target.words().get(j).text();
      targetMayBeName[j] = !text.isEmpty() && !MatchNormalizer.hasArabicLetter(text)
          && Character.isUpperCase(text.codePointAt(0));
      targetLower[j] = text.toLowerCase(Locale.ROOT);
    }
    for (int i = 0; i < source.words().size(); i++) {
      Word sw = source.words().get(i);
      boolean sourceArabic = MatchNormalizer.hasArabicLetter(sw.text());
      String sourceLower = sw.text().length() > 1 ? sw.text().toLowerCase(Locale.ROOT) : null;
      for (int j = 0; j < target.words().size(); j++) {
        Word tw = target.words().get(j);
        WordLink.Kind kind = sureKind(sw, tw, sourceLower, targetLower[j], sourceArabic && targetMayBeName[j], i, j,
            arabicNames, englishNames);
        if (kind != null && !(sourceDone[i] && targetDone[j])) {
          links.add(new WordLink(sw.span(), tw.span(), kind, sim[i][j]));
          sourceDone[i] = true;
          targetDone[j] = true;
        }
      }
    }
  }

  /**
   * EXACT or TRANSLITERATION for source word i and target word j ({@code sourceLower}: the source word in lower
   * case, null for a one-letter word; {@code nameCandidate}: an Arabic word against a capitalised non-Arabic one);
   * fills the name arrays as it needs them.
   */
  private WordLink.Kind sureKind(Word source, Word target, String sourceLower, String targetLower,
      boolean nameCandidate, int i, int j, Names.ArabicName[] arabicNames, Names.EnglishName[] englishNames) {
    if (sourceLower != null && sourceLower.equals(targetLower)) {
      return WordLink.Kind.EXACT;
    }
    if (nameCandidate) {
      if (arabicNames[i] == null) {
        arabicNames[i] = this.arabicNames.computeIfAbsent(source.text(), text -> Names.ArabicName.of(source));
      }
      if (englishNames[j] == null) {
        englishNames[j] = this.englishNames.computeIfAbsent(target.text(), text -> Names.EnglishName.of(target));
      }
      if (englishNames[j].sameAs(arabicNames[i])) {
        return WordLink.Kind.TRANSLITERATION;
      }
    }
    return null;
  }

  private static double[][] cosines(List<float[]> a, List<float[]> b) {
    double[] normsB = b.stream().mapToDouble(Vectors::norm).toArray();
    double[][] sim = new double[a.size()][b.size()];
    for (int i = 0; i < a.size(); i++) {
      float[] u = a.get(i);
      double normU = Vectors.norm(u);
      for (int j = 0; j < b.size(); j++) {
        float[] v = b.get(j);
        if (u == null || v == null || normU == 0 || normsB[j] == 0) {
          sim[i][j] = Double.NaN;
          continue;
        }
        sim[i][j] = Vectors.dot(u, v) / (normU * normsB[j]);
      }
    }
    return sim;
  }
}
