package org.qantara.core.review;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.qantara.core.align.Link;
import org.qantara.core.embed.Vectors;
import org.qantara.core.text.Lang;

/**
 * The judgements that compare each link with the whole document: is the English a translation of the
 * Arabic at all (the verdict), and which links stand out as far less similar than they should
 * (LOW_SIMILARITY).
 */
final class DocumentJudgement {
  private DocumentJudgement() {}

  /** @param linkZ each link's z-score against the background (NaN for one-sided links) */
  static DocumentVerdict verdict(ReviewedDocuments docs, Background background, double[] linkZ,
      ReviewOptions options) {
    int total = docs.source.sentences().size() + docs.target.sentences().size();
    if (!background.isKnown() || total == 0) {
      return new DocumentVerdict(DocumentVerdict.Kind.UNDETERMINED, Double.NaN,
          "too few sentences to tell whether these texts are a translation of each other");
    }
    int weak = 0;
    for (int k = 0; k < docs.links.size(); k++) {
      Link link = docs.links.get(k);
      double z = linkZ[k];
      if (link.isOneSided() || !(z >= Background.WEAK_LINK_Z)) {
        weak += link.source().size() + link.target().size();
      }
    }
    double share = (double) weak / total;
    if (share > options.notTranslationShare()) {
      return new DocumentVerdict(DocumentVerdict.Kind.NOT_A_TRANSLATION, share, String.format(
          "these texts do not look like a translation of each other: %.0f%% of the sentences have no "
              + "counterpart clearly closer than unrelated sentences", 100 * share));
    }
    return new DocumentVerdict(DocumentVerdict.Kind.TRANSLATION, share, String.format(
        "the English reads as a translation of the Arabic: %.0f%% of the sentences are in weak or one-sided links",
        100 * share));
  }

  /**
   * A link whose Arabic has more than this share of its content words paired by the word alignment
   * renders at least part of it, whatever its sentence vectors say: not LOW_SIMILARITY. The sentence
   * vector of a short or unfamiliar sentence is noisy; a replaced sentence shares no words at all.
   */
  static final double MAX_COVERAGE_OF_UNRELATED = 0.25;

  /**
   * Links not above unrelated pairs at all, and, when the document reads as a translation
   * ({@code againstTypicalLink}), links far below its own typical link (robust z-score against the
   * median and MAD of all two-sided links). In a document judged not to be a translation the typical
   * link is itself weak, so only the first test says anything there: it points at the links that are
   * no better than chance, which is also where a wrong verdict on a repetitive text shows its errors.
   * Either way only where the word alignment pairs (almost) none of the Arabic's content words, and MAJOR
   * only where it pairs none, the link is no closer than unrelated pairs and its two sides do not share a rarer
   * mood (both a question, both an exclamation).
   *
   * Nor where the link renders some of the Arabic's content words and a NAME flag of its own already says that
   * a name of the Arabic is rendered as another one: in a short sentence the static model weighs a name heavily,
   * so the other name alone pushes the sentence vectors apart ("London needed some money." for "احتاج سامي لبعض
   * المال."), and the NAME flag says what is wrong there.
   *
   * @param sourceCoverage each link's share of Arabic content words paired (NaN where unknown)
   * @param nameRenderedAsAnother links with a NAME flag naming an Arabic name and the English one in its place
   * @param selected the links judged: the typical link is still that of all of them, but only these are compared
   *     with the rest of the document (a scan of it each), as a re-review after an edit asks about a few links
   */
  static void lowSimilarity(ReviewedDocuments docs, double[] linkZ, double[] sourceCoverage,
      boolean[] nameRenderedAsAnother, boolean againstTypicalLink, ReviewOptions options, IntPredicate selected,
      List<Flag> flags) {
    double[] zs = Arrays.stream(linkZ).filter(z -> !Double.isNaN(z)).sorted().toArray();
    if (zs.length < 3) {
      return;
    }
    double median = median(zs);
    double mad = 1.4826 * median(Arrays.stream(zs).map(z -> Math.abs(z - median)).sorted().toArray());
    IntPredicate low = k -> {
      double z = linkZ[k];
      if (!selected.test(k) || Double.isNaN(z) || sourceCoverage[k] > MAX_COVERAGE_OF_UNRELATED
          || nameRenderedAsAnother[k] && sourceCoverage[k] > 0 || !bothSidesHaveContent(docs, docs.links.get(k))) {
        return false;
      }
      return z < Background.UNRELATED_Z
          || againstTypicalLink && (z - median) / Math.max(mad, 0.25) < -options.lowSimilarityCutoff();
    };
    // Whether the sides of each low link find each other (a scan of the document each) on all cores first.
    boolean[] findEachOther = new boolean[linkZ.length];
    RenderingsElsewhere elsewhere = new RenderingsElsewhere(docs);
    IntStream.range(0, linkZ.length).parallel().filter(low)
        .forEach(k -> findEachOther[k] = sidesFindEachOther(docs, docs.links.get(k)));
    for (int k = 0; k < linkZ.length; k++) {
      double z = linkZ[k];
      double robust = (z - median) / Math.max(mad, 0.25);
      boolean belowUnrelated = z < Background.UNRELATED_Z;
      if (low.test(k) && !findEachOther[k] && !elsewhere.rendersAlike(k)) {
        Link link = docs.links.get(k);
        flags.add(new Flag(Flag.Type.LOW_SIMILARITY, weakLinkSeverity(docs, link, belowUnrelated, sourceCoverage[k]),
            Reviewer.clamp(0.5 + (-robust - options.lowSimilarityCutoff()) / 4, 0.3, 0.95), k,
            ReviewedDocuments.spansOf(docs.source, link.source()), ReviewedDocuments.spansOf(docs.target, link.target()),
            belowUnrelated
                ? "the English here is no closer to the Arabic than unrelated sentences are"
                : String.format("the English here is much further from the Arabic than the rest of the document "
                    + "(%.1f MADs below the median link)", -robust)));
      }
    }
  }

  /**
   * How grave a weak link is. MAJOR needs both kinds of evidence: the sentence vectors no closer than unrelated pairs
   * and not one Arabic content word paired. A few words paired say that part is rendered, in words or a register the
   * sentence vectors know too little of (Quranic verses, terse software messages): worth a look. Nor where both sides
   * end as a question or both as an exclamation, or both are negated: a translation keeps the sentence's mood and its
   * polarity, two unrelated sentences share one of these rarer features only by chance ("Who do you think you are?"
   * for "من تظن نفسك؟", whose words the model does not know).
   *
   * @param sourceCoverage the link's share of Arabic content words paired (NaN where unknown)
   */
  static Flag.Severity weakLinkSeverity(ReviewedDocuments docs, Link link, boolean belowUnrelated, double sourceCoverage) {
    boolean major = belowUnrelated && !(sourceCoverage > 0) && !shareRareMood(docs, link) && !bothNegated(docs, link);
    return major ? Flag.Severity.MAJOR : Flag.Severity.MINOR;
  }

  /**
   * Whether each side of the link holds a content word. A side of function words alone ("You are doing very well.",
   * "You can do it.") gives the sentence vectors nothing to compare: how far they stand from the other side says
   * nothing about whether it is rendered.
   */
  static boolean bothSidesHaveContent(ReviewedDocuments docs, Link link) {
    return link.source().stream().anyMatch(s -> docs.sourceWords.get(s).stream().anyMatch(w -> StopWords.isContent(w, Lang.AR)))
        && link.target().stream().anyMatch(t -> docs.targetWords.get(t).stream().anyMatch(w -> StopWords.isContent(w, Lang.EN)));
  }

  /**
   * Whether both sides of the link are negated. Like a question or an exclamation, a negation is kept by a
   * translation and shared by two unrelated sentences only by chance ("لست مجبرا على فعل ذلك." / "You don't have to
   * do this.", whose words the model does not pair).
   */
  static boolean bothNegated(ReviewedDocuments docs, Link link) {
    List<Word> source = link.source().stream().flatMap(s -> docs.sourceWords.get(s).stream()).toList();
    List<Word> target = link.target().stream().flatMap(t -> docs.targetWords.get(t).stream()).toList();
    return !Negation.markers(source, Lang.AR, docs.source.original()).isEmpty()
        && !Negation.markers(target, Lang.EN, docs.target.original()).isEmpty();
  }

  /**
   * Whether a link is rendered the way the document renders another: its Arabic is as alike to another link's Arabic
   * as few Arabic sentence pairs of the document are, and its English likewise to that link's English (both at least
   * {@link Background#WEAK_LINK_Z} above the document's sentence pairs of one language). "كلما تقابلا تجادلا." /
   * "Every time they meet, they quarrel." beside "كلما تقابلا بدآ بالجدال." / "Whenever they meet, they quarrel."; a
   * software message and its translation repeated; a verse naming "the Most Merciful" (الرحمن) beside another. Two
   * sentences in one language are compared by the model far more reliably than across the languages (the same words
   * read the same), and an English sentence unrelated to its Arabic would stand out this way beside the one link whose
   * Arabic is alike only by chance (about one pair in forty is two standard deviations above the mean). Such a link is
   * no LOW_SIMILARITY, whatever the cross-lingual similarity of its own two sides.
   */
  private static final class RenderingsElsewhere {
    /**
     * Most links a weak link is compared with: an evenly spaced sample of a longer document (every link of one up to
     * this long), so that a book-length review stays linear.
     */
    private static final int MOST_LINKS_COMPARED = 250;
    private final ReviewedDocuments docs;
    private final float[][] sourceVectors;
    private final float[][] targetVectors;

    RenderingsElsewhere(ReviewedDocuments docs) {
      this.docs = docs;
      this.sourceVectors = new float[docs.links.size()][];
      this.targetVectors = new float[docs.links.size()][];
    }

    boolean rendersAlike(int k) {
      Background arabicPairs = docs.sentencePairs(true);
      Background englishPairs = docs.sentencePairs(false);
      if (!arabicPairs.isKnown() || !englishPairs.isKnown()) {
        return false;
      }
      int n = docs.links.size();
      int compared = Math.min(n, MOST_LINKS_COMPARED);
      for (int i = 0; i < compared; i++) {
        int j = (int) ((long) i * n / compared);
        if (j != k && !docs.links.get(j).isOneSided()
            && arabicPairs.zScore(Vectors.fastDot(vector(true, k), vector(true, j))) >= Background.WEAK_LINK_Z
            && englishPairs.zScore(Vectors.fastDot(vector(false, k), vector(false, j))) >= Background.WEAK_LINK_Z) {
          return true;
        }
      }
      return false;
    }

    /** The vector of one side of two-sided link j, worked out once. */
    private float[] vector(boolean sourceSide, int j) {
      float[][] vectors = sourceSide ? sourceVectors : targetVectors;
      if (vectors[j] == null) {
        Link link = docs.links.get(j);
        vectors[j] = docs.vectorOf(sourceSide, sourceSide ? link.source() : link.target());
      }
      return vectors[j];
    }
  }

  /** Whether the last sentences of the link's two sides both end in a question mark, or both in an exclamation mark. */
  static boolean shareRareMood(ReviewedDocuments docs, Link link) {
    char mood = mood(docs.source.sentences().get(link.source().get(link.source().size() - 1)).text());
    return mood != 0 && mood == mood(docs.target.sentences().get(link.target().get(link.target().size() - 1)).text());
  }

  /** '?' for a sentence ending in a question mark (Arabic ؟ or ?), '!' for an exclamation, else 0; closing quotes skipped. */
  static char mood(String sentence) {
    for (int i = sentence.length() - 1; i >= 0; i--) {
      char c = sentence.charAt(i);
      if (Character.isWhitespace(c) || "\"'»”’)]".indexOf(c) >= 0) {
        continue;
      }
      return c == '?' || c == '؟' ? '?' : c == '!' ? '!' : 0;
    }
    return 0;
  }

  /**
   * Share of a document's sentences within which each side of a link must rank the other for the two to
   * find each other: the English among the document's English sentences closest to the link's Arabic, and
   * the Arabic among the Arabic ones closest to its English. Two unrelated sides do so by chance in about
   * 4% of links (a fifth times a fifth).
   */
  static final double MUTUAL_RANK_SHARE = 0.2;

  /**
   * Whether the link's two sides rank each other among their closest ({@link #MUTUAL_RANK_SHARE}), however low
   * their similarity: the sentence vectors of the whole text then weigh little (a register or a terse style the
   * static model knows little of, "Do I look okay?" for "أهل أبدو أنيقا؟"), and this link is still the best
   * pairing they see. A replaced sentence is near nothing of the document; on the benchmark none ranks so.
   * Only where the two sides end alike (both statements, both a question or both an exclamation): a translation keeps
   * the sentence's mood, and a question answered by a statement that merely ranks close is the chance this rule would
   * otherwise accept ("Sami had a little bit of cash in his pocket." for "أتستطيع تحدث الفرنسية؟").
   */
  private static boolean sidesFindEachOther(ReviewedDocuments docs, Link link) {
    if (mood(docs.source.sentences().get(link.source().get(link.source().size() - 1)).text())
        != mood(docs.target.sentences().get(link.target().get(link.target().size() - 1)).text())) {
      return false;
    }
    float[] source = docs.vectorOf(true, link.source());
    float[] target = docs.vectorOf(false, link.target());
    double own = Vectors.cosine(source, target);
    return ranksAmongClosest(source, docs.targetVectors, docs.targetNorms, link.target(), own)
        && ranksAmongClosest(target, docs.sourceVectors, docs.sourceNorms, link.source(), own);
  }

  /**
   * Most sentences a side is ranked against. Ranking against the whole document made the check quadratic in
   * its length (an 8,000-sentence review spent 4 s here); an evenly spaced sample of a long document gives
   * the same share, and a document up to this long is ranked against all of its sentences.
   */
  static final int MOST_SENTENCES_RANKED = 1_000;

  /**
   * Whether fewer than {@link #MUTUAL_RANK_SHARE} of the sentences (outside the link; of an evenly spaced sample
   * of a long document) are closer to {@code vector} than {@code own}; stops counting once they are not.
   */
  private static boolean ranksAmongClosest(float[] vector, float[][] sentences, double[] norms, List<Integer> inLink,
      double own) {
    int ranked = Math.min(sentences.length, MOST_SENTENCES_RANKED);
    double mostAllowed = Math.max(1, MUTUAL_RANK_SHARE * ranked);
    double norm = Vectors.norm(vector);
    int rank = 1;
    // The sentences' dot products a chunk at a time (Vectors.dots: several at once), read in order.
    float[][] chunk = new float[Math.min(ranked, RANKED_AT_ONCE)][];
    int[] chunkSentences = new int[chunk.length];
    double[] dots = new double[chunk.length];
    for (int i = 0; i < ranked; ) {
      int count = 0;
      for (; i < ranked && count < chunk.length; i++) {
        int j = (int) ((long) i * sentences.length / ranked);
        if (!inLink.contains(j)) {
          chunkSentences[count] = j;
          chunk[count++] = sentences[j];
        }
      }
      Vectors.dots(vector, chunk, 0, count, dots);
      for (int c = 0; c < count; c++) {
        if (Vectors.cosineOfDot(dots[c], norm, norms[chunkSentences[c]]) > own && ++rank > mostAllowed) {
          return false;
        }
      }
    }
    return true;
  }

  /** Sentences whose dot products {@link #ranksAmongClosest} works out before it counts them. */
  private static final int RANKED_AT_ONCE = 64;

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
