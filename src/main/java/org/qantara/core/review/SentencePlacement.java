package org.qantara.core.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.qantara.core.align.Link;
import org.qantara.core.embed.Vectors;
import org.qantara.core.text.Document;
import org.qantara.core.text.Sentence;
import org.qantara.core.text.Span;

/**
 * Sentences without a counterpart: one-sided links (OMISSION, ADDITION, UNTRANSLATED), an Arabic sentence
 * left alone beside an English one left alone (one LOW_SIMILARITY finding), and sentences riding along
 * inside a 1-2 / 2-1 link. Where the alignment cannot tell the sentence from its neighbour, the finding
 * names both, the likelier first.
 */
final class SentencePlacement {
  /**
   * A sentence riding along in a 1-2 / 2-1 link is reported when it is less similar to the other side
   * than the average unrelated pair. Stricter than {@link Background#UNRELATED_Z}: one short sentence alone
   * scores lower than a link, and on the benchmark z < 1 here doubled the false alarms for a few more finds.
   */
  static final double INSIDE_LINK_Z = 0.0;
  /**
   * A neighbour's partner that fits a sentence left alone within this many standard deviations of
   * unrelated pairs of its own sentence makes the place of the omission or addition open.
   */
  static final double AMBIGUOUS_PLACE_Z = 1.0;

  private final ReviewedDocuments docs;
  private final Background background;
  private final ReviewOptions options;
  private final List<Flag> flags;
  /** How English lengths follow Arabic ones in this document (null with too few 1-1 links to tell). */
  private final LengthModel lengths;
  /** Per sentence, {@link #closestOpposite} where {@link #measureOneSided} worked it out, else NaN. */
  private final double[] closestToSource;
  private final double[] closestToTarget;

  /** 1-1 links a document needs before its length ratio says anything. */
  static final int MIN_LINKS_FOR_LENGTH_RATIO = 3;
  /**
   * Standard deviations by which the length must argue for keeping a sentence in its link before it
   * outweighs both vector tests pointing at it: short sentences move the length little either way.
   */
  static final double LENGTH_OVERRULES_VECTORS = 2.0;
  /**
   * Standard deviations by which the length must argue for keeping a sentence before no vector test can make
   * it a rider: the link's rendering needs it to fill its length (a long verse the English splits into three
   * sentences, a model that knows little of their words). On the clean real text most riders the vector
   * tests alone pointed at were such; no sentence the benchmark inserted or left out comes near it.
   */
  static final double LENGTH_KEEPS_SENTENCE = 3.0;

  SentencePlacement(ReviewedDocuments docs, Background background, ReviewOptions options, List<Flag> flags) {
    this.docs = docs;
    this.background = background;
    this.options = options;
    this.flags = flags;
    this.lengths = LengthModel.of(docs);
    this.closestToSource = new double[docs.sourceVectors.length];
    this.closestToTarget = new double[docs.targetVectors.length];
    Arrays.fill(closestToSource, Double.NaN);
    Arrays.fill(closestToTarget, Double.NaN);
  }

  /**
   * Gale and Church's length model, fitted robustly to the document's 1-1 links: English characters are
   * about {@code ratio} times the Arabic ones, with a variance that grows with the length,
   * {@code variance} per Arabic character (median of the squared normalised deviations over the median
   * of a chi-square with one degree of freedom, so that a few bad links do not widen it).
   */
  private record LengthModel(double ratio, double variance) {
    private static final double CHI_SQUARE_1_MEDIAN = 0.4549;

    static LengthModel of(ReviewedDocuments docs) {
      List<int[]> pairs = docs.links.stream()
          .filter(l -> l.source().size() == 1 && l.target().size() == 1)
          .map(l -> new int[] {length(docs.source, l.source()), length(docs.target, l.target())})
          .filter(p -> p[0] > 0)
          .toList();
      if (pairs.size() < MIN_LINKS_FOR_LENGTH_RATIO) {
        return null;
      }
      double ratio = median(pairs.stream().mapToDouble(p -> (double) p[1] / p[0]).toArray());
      double variance = median(pairs.stream().mapToDouble(p -> Math.pow(p[1] - ratio * p[0], 2) / p[0]).toArray())
          / CHI_SQUARE_1_MEDIAN;
      return variance > 0 ? new LengthModel(ratio, variance) : null;
    }

    /** How many standard deviations these lengths stand from what the document's ratio predicts. */
    double deviation(double arabic, double english) {
      return arabic <= 0 ? Double.POSITIVE_INFINITY : Math.abs(english - ratio * arabic) / Math.sqrt(variance * arabic);
    }

    private static double median(double[] values) {
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      return sorted[sorted.length / 2];
    }
  }

  private static int length(Document document, List<Integer> sentences) {
    return sentences.stream().mapToInt(i -> document.sentences().get(i).text().strip().length()).sum();
  }

  /**
   * Whether links k and k+1 are an Arabic sentence left alone next to an English one left alone (1-0
   * beside 0-1): the English sits where the Arabic's rendering should be but does not render it. That
   * is one finding, meaning far from the source, not an omission plus an unrelated addition.
   */
  boolean isUnmatchedPair(int k) {
    List<Link> links = docs.links;
    if (k < 0 || k + 1 >= links.size()) {
      return false;
    }
    Link a = links.get(k);
    Link b = links.get(k + 1);
    boolean opposite = a.source().isEmpty() ? b.target().isEmpty() && !b.source().isEmpty()
        : a.target().isEmpty() && b.source().isEmpty() && !b.target().isEmpty();
    return a.isOneSided() && b.isOneSided() && opposite
        && !Reviewer.isMostlyArabic(docs.targetWordsOf(a.source().isEmpty() ? a : b));
  }

  void reviewUnmatchedPair(int k, WordAligner aligner, DocumentNames names) {
    Link a = docs.links.get(k);
    Link b = docs.links.get(k + 1);
    Link sourceOnly = a.target().isEmpty() ? a : b;
    Link targetOnly = a.target().isEmpty() ? b : a;
    flags.add(new Flag(Flag.Type.LOW_SIMILARITY, Flag.Severity.MAJOR, 0.6, k,
        ReviewedDocuments.spansOf(docs.source, sourceOnly.source()),
        ReviewedDocuments.spansOf(docs.target, targetOnly.target()),
        "the English \"" + Reviewer.excerpt(ReviewedDocuments.joined(docs.target, targetOnly.target()))
            + "\" stands where the Arabic \"" + Reviewer.excerpt(ReviewedDocuments.joined(docs.source, sourceOnly.source()))
            + "\" is, but does not render it"));
    // A name the English put in place of the Arabic one is often what pushed the two apart: the
    // static model weighs a name heavily in a short sentence. Say so where the names tell.
    Link pair = new Link(sourceOnly.source(), targetOnly.target(), Double.NaN);
    WordAligner.Side src = docs.sourceSide(pair.source());
    WordAligner.Side tgt = docs.targetSide(pair.target());
    for (WordAligner.Piece piece : WordAligner.pieces(src, tgt)) {
      List<WordLink> wordLinks = aligner.align(piece);
      List<Word> sourceWords = piece.source().words();
      List<Word> targetWords = piece.target().words();
      new LinkChecks(k, docs.source.original(), docs.target.original(), sourceWords, targetWords,
          new Coverage(sourceWords, targetWords, wordLinks), flags)
          .names(names, wordLinks, docs.targetSentenceStarts(pair), false);
    }
  }

  void reviewOneSided(int k, Link link) {
    if (link.target().isEmpty()) {
      for (int s : link.source()) {
        int completed = neighbourItCompletes(k, s, true);
        int repeated = completed < 0 ? repeatOfNeighbour(k, s, true) : -1;
        flags.add(oneSidedFlag(Flag.Type.OMISSION, completed < 0 && repeated < 0 ? Flag.Severity.MAJOR : Flag.Severity.MINOR,
            k, s, oneSidedConfidence(s, true),
            "Arabic sentence " + (s + 1) + " has no counterpart in the English: \""
                + Reviewer.excerpt(docs.source.sentences().get(s).text()) + "\"" + completesNote(completed, true)
                + repeatNote(repeated, true)));
      }
      return;
    }
    for (int t : link.target()) {
      Sentence sentence = docs.target.sentences().get(t);
      List<Word> words = docs.targetWords.get(t);
      if (Reviewer.isMostlyArabic(words)) {
        flags.add(new Flag(Flag.Type.UNTRANSLATED, Flag.Severity.MAJOR, 0.95, k, List.of(), List.of(sentence.span()),
            "English sentence " + (t + 1) + " is Arabic text left untranslated"));
        continue;
      }
      int completed = neighbourItCompletes(k, t, false);
      int repeated = completed < 0 ? repeatOfNeighbour(k, t, false) : -1;
      flags.add(oneSidedFlag(Flag.Type.ADDITION, completed < 0 && repeated < 0 ? Flag.Severity.MAJOR : Flag.Severity.MINOR,
          k, t, oneSidedConfidence(t, false),
          "English sentence " + (t + 1) + " has no counterpart in the Arabic: \"" + Reviewer.excerpt(sentence.text())
              + "\"" + completesNote(completed, false) + repeatNote(repeated, false)));
    }
  }

  /**
   * The neighbouring link (k-1 or k+1, two-sided, next to the sentence) whose length the sentence left alone
   * would complete: joined to it, the link fits the document's length model better by more than {@link
   * #LENGTH_KEEPS_SENTENCE} standard deviations. The sentence is then more likely the rest of that link's
   * rendering, split off where the model knows too little of the words to join it (a verse the English
   * renders as four sentences), than an addition or omission: worth a look, not a clear loss. Returns the
   * link's index, or -1.
   */
  private int neighbourItCompletes(int k, int sentence, boolean sourceSide) {
    if (lengths == null) {
      return -1;
    }
    double own = length(sourceSide ? docs.source : docs.target, List.of(sentence));
    for (int n : new int[] {k - 1, k + 1}) {
      if (n < 0 || n >= docs.links.size() || docs.links.get(n).isOneSided()) {
        continue;
      }
      Link neighbour = docs.links.get(n);
      List<Integer> side = sourceSide ? neighbour.source() : neighbour.target();
      if (side.get(0) != sentence + 1 && side.get(side.size() - 1) != sentence - 1) {
        continue;
      }
      double arabic = length(docs.source, neighbour.source());
      double english = length(docs.target, neighbour.target());
      double joined = sourceSide ? lengths.deviation(arabic + own, english) : lengths.deviation(arabic, english + own);
      if (lengths.deviation(arabic, english) - joined > LENGTH_KEEPS_SENTENCE) {
        return n;
      }
    }
    return -1;
  }

  /**
   * A sentence without a counterpart of its own (left alone at link k, or riding along in it) that nearly repeats a
   * sentence of a neighbouring link, where the other side holds a near-repeated pair too and one of that pair has no
   * counterpart of its own: it is left alone next to the neighbour, or the neighbour joins both to one sentence
   * opposite. "ماذا ستفعل؟" / "What are you going to do?" beside "ما الذي ستفعله؟" / "What're you going to do?", one
   * of each joined in a 2-2 link with their neighbours and the other two left alone; "How tall you are!" riding with
   * the sentence before while the next link joins "ما أطولك!" and "ما أطول عودك!" to "You really are tall, aren't
   * you?". Four sentences that say nearly the same two by two are two renderings the alignment could not tell apart,
   * and the sentence renders the spare one: nothing is lost or added, a sentence stands a link away from where its
   * rendering is. Sentences of one language are compared as in {@link DocumentJudgement} ("rendered like another
   * link"): at least {@link Background#WEAK_LINK_Z} standard deviations more alike than the document's sentence pairs
   * of that language, which the model measures far more reliably than a pair across the languages (these questions'
   * cross-language cosines stand below unrelated pairs). Returns the near-repeated sentence of the neighbour, or -1.
   */
  private int repeatOfNeighbour(int k, int sentence, boolean sourceSide) {
    for (int n : new int[] {k - 1, k + 1}) {
      if (n < 0 || n >= docs.links.size() || docs.links.get(n).isOneSided()) {
        continue;
      }
      Link neighbour = docs.links.get(n);
      List<Integer> same = sourceSide ? neighbour.source() : neighbour.target();
      List<Integer> opposite = sourceSide ? neighbour.target() : neighbour.source();
      int twin = same.stream().filter(x -> x != sentence && nearlyRepeats(sourceSide, sentence, x)).findFirst().orElse(-1);
      if (twin >= 0 && (opposite.size() > same.size() && hasNearRepeat(!sourceSide, opposite, opposite)
          || hasNearRepeat(!sourceSide, loneNextTo(n, !sourceSide), opposite))) {
        return twin;
      }
    }
    return -1;
  }

  /** The sentences of this side left alone in the links just before and after link n. */
  private List<Integer> loneNextTo(int n, boolean sourceSide) {
    List<Integer> lone = new ArrayList<>();
    for (int m : new int[] {n - 1, n + 1}) {
      if (m >= 0 && m < docs.links.size()) {
        Link link = docs.links.get(m);
        if ((sourceSide ? link.target() : link.source()).isEmpty()) {
          lone.addAll(sourceSide ? link.source() : link.target());
        }
      }
    }
    return lone;
  }

  /** Whether a sentence of {@code these} nearly repeats another one of {@code those} (one side of the document). */
  private boolean hasNearRepeat(boolean sourceSide, List<Integer> these, List<Integer> those) {
    return these.stream().anyMatch(a -> those.stream().anyMatch(b -> a.intValue() != b && nearlyRepeats(sourceSide, a, b)));
  }

  /** Whether two sentences of one side are at least {@link Background#WEAK_LINK_Z} more alike than its sentence pairs. */
  private boolean nearlyRepeats(boolean sourceSide, int a, int b) {
    Background among = docs.sentencePairs(sourceSide);
    float[][] vectors = sourceSide ? docs.sourceVectors : docs.targetVectors;
    return among.isKnown() && among.zScore(Vectors.fastDot(vectors[a], vectors[b])) >= Background.WEAK_LINK_Z;
  }

  private static String repeatNote(int repeated, boolean sourceSide) {
    String side = sourceSide ? "Arabic" : "English";
    String other = sourceSide ? "English" : "Arabic";
    return repeated < 0 ? "" : " — but it nearly repeats " + side + " sentence " + (repeated + 1)
        + " of the neighbouring link, and the " + other + " there has a near-repeated pair too: perhaps the alignment"
        + " crossed two renderings";
  }

  private String completesNote(int neighbourLink, boolean sourceSide) {
    if (neighbourLink < 0) {
      return "";
    }
    Link n = docs.links.get(neighbourLink);
    return sourceSide
        ? " — perhaps rendered in English sentence " + (n.target().get(0) + 1) + " too, which is too long for its Arabic without it"
        : " — perhaps the rest of the rendering of Arabic sentence " + (n.source().get(0) + 1) + ", whose English is too short without it";
  }

  /**
   * An OMISSION of Arabic sentence {@code sentence} or an ADDITION of English sentence {@code sentence}
   * found at link k. Where the alignment cannot tell that sentence from its neighbour, the flag names
   * both, the likelier one first: the one whose neighbour's partner fits the other sentence better word
   * for word (the word alignment sees the detail that one sentence vector blurs).
   */
  private Flag oneSidedFlag(Flag.Type type, Flag.Severity severity, int k, int sentence, double confidence,
      String reason) {
    boolean arabic = type == Flag.Type.OMISSION;
    Document document = arabic ? docs.source : docs.target;
    List<Span> spans = new ArrayList<>(List.of(document.sentences().get(sentence).span()));
    Neighbour twin = interchangeableNeighbour(k, sentence, arabic);
    if (twin != null) {
      String side = arabic ? "Arabic" : "English";
      String other = arabic ? "English" : "Arabic";
      int partner = twin.partner() + 1;
      if (wordFit(sentence, twin.partner(), arabic) > wordFit(twin.sentence(), twin.partner(), arabic)) {
        spans.add(0, document.sentences().get(twin.sentence()).span());
        reason += " — more likely " + side + " sentence " + (twin.sentence() + 1) + ": " + other + " sentence "
            + partner + " fits both about as well, and matches sentence " + (sentence + 1) + " better word for word";
      } else {
        spans.add(document.sentences().get(twin.sentence()).span());
        reason += " — or " + side + " sentence " + (twin.sentence() + 1) + ": " + other + " sentence " + partner
            + " fits both about as well";
      }
    }
    return new Flag(type, severity, confidence, k, arabic ? spans : List.of(), arabic ? List.of() : spans,
        reason);
  }

  /** A sentence of a 1-1 link next to a lone one, and its partner on the other side. */
  private record Neighbour(int sentence, int partner) {}

  /** Share of the content words of both sentences that the word alignment accounts for. */
  private double wordFit(int sentence, int partner, boolean sourceSide) {
    int s = sourceSide ? sentence : partner;
    int t = sourceSide ? partner : sentence;
    WordAligner.Side src = docs.sourceSide(List.of(s));
    WordAligner.Side tgt = docs.targetSide(List.of(t));
    Coverage c = new Coverage(src.words(), tgt.words(), new WordAligner(options.minWordSimilarity()).align(src, tgt));
    double a = Double.isNaN(c.sourceShare()) ? 0 : c.sourceShare();
    double b = Double.isNaN(c.targetShare()) ? 0 : c.targetShare();
    return (a + b) / 2;
  }

  /**
   * Where a sentence left alone sits next to a 1-1 link whose partner it would fit about as well as
   * that link's own sentence does, the alignment could as well have left the neighbour alone: near-
   * identical sentences (a repeated statement, a list of similar items) leave the place of an omission
   * or addition open. Returns that neighbour, or null when the choice is clear.
   */
  private Neighbour interchangeableNeighbour(int k, int sentence, boolean sourceSide) {
    if (!background.isKnown()) {
      return null;
    }
    Neighbour best = null;
    double bestGap = AMBIGUOUS_PLACE_Z;
    for (int neighbourLink : new int[] {k - 1, k + 1}) {
      if (neighbourLink < 0 || neighbourLink >= docs.links.size()) {
        continue;
      }
      Link n = docs.links.get(neighbourLink);
      if (n.source().size() != 1 || n.target().size() != 1) {
        continue;
      }
      int mine = sourceSide ? n.source().get(0) : n.target().get(0);
      if (Math.abs(mine - sentence) != 1) {
        continue;
      }
      double own = Vectors.dot(docs.sourceVectors[n.source().get(0)], docs.targetVectors[n.target().get(0)]);
      double swapped = sourceSide ? Vectors.dot(docs.sourceVectors[sentence], docs.targetVectors[n.target().get(0)])
          : Vectors.dot(docs.sourceVectors[n.source().get(0)], docs.targetVectors[sentence]);
      double gap = (own - swapped) / background.sd();
      if (gap < bestGap) {
        bestGap = gap;
        best = new Neighbour(mine, sourceSide ? n.target().get(0) : n.source().get(0));
      }
    }
    return best;
  }

  /** A sentence left alone is surer to be an omission / addition the less it resembles any sentence opposite. */
  private double oneSidedConfidence(int sentence, boolean sourceSide) {
    double[] closest = sourceSide ? closestToSource : closestToTarget;
    double best = closest[sentence];
    if (Double.isNaN(best)) {
      best = closestOpposite(sentence, sourceSide);
    }
    return Background.confidenceBelowWeak(background.zScore(best));
  }

  /**
   * Works out, on all cores, the similarity of each sentence of these one-sided links with the closest sentence of
   * the other side (a scan of the whole other document each, two sentences of one side at a time), which
   * {@link #reviewOneSided} then reads.
   */
  void measureOneSided(int[] oneSidedLinks) {
    List<int[]> twos = new ArrayList<>(); // two sentences of one side (the second -1 where there is none), the side
    for (boolean sourceSide : new boolean[] {true, false}) {
      int[] sentences = Arrays.stream(oneSidedLinks).mapToObj(docs.links::get)
          .flatMap(link -> (sourceSide ? link.source() : link.target()).stream()).mapToInt(i -> i).toArray();
      for (int k = 0; k < sentences.length; k += 2) {
        twos.add(new int[] {sentences[k], k + 1 < sentences.length ? sentences[k + 1] : -1, sourceSide ? 1 : 0});
      }
    }
    twos.parallelStream().forEach(two -> {
      boolean sourceSide = two[2] == 1;
      double[] closest = sourceSide ? closestToSource : closestToTarget;
      if (two[1] < 0) {
        closest[two[0]] = closestOpposite(two[0], sourceSide);
      } else {
        double[] both = closestOpposite(two[0], two[1], sourceSide);
        closest[two[0]] = both[0];
        closest[two[1]] = both[1];
      }
    });
  }

  /** The largest dot product of a sentence's vector with those of the other side's sentences. */
  private double closestOpposite(int sentence, boolean sourceSide) {
    float[] vector = (sourceSide ? docs.sourceVectors : docs.targetVectors)[sentence];
    float[][] opposite = sourceSide ? docs.targetVectors : docs.sourceVectors;
    double[] dots = new double[opposite.length];
    Vectors.dots(vector, opposite, 0, opposite.length, dots);
    double best = Double.NEGATIVE_INFINITY;
    for (double dot : dots) {
      best = Math.max(best, dot);
    }
    return best;
  }

  /**
   * {@link #closestOpposite(int, boolean)} of two sentences of one side at once, each dot product summed as
   * {@link Vectors#dot} sums it (the same values to the last bit): every vector of the other side is read once for
   * both, and the eight independent sums keep the multiply-adds busy (twice as fast under the C1 compiler).
   */
  private double[] closestOpposite(int first, int second, boolean sourceSide) {
    float[] a = (sourceSide ? docs.sourceVectors : docs.targetVectors)[first];
    float[] b = (sourceSide ? docs.sourceVectors : docs.targetVectors)[second];
    float[][] opposite = sourceSide ? docs.targetVectors : docs.sourceVectors;
    double bestA = Double.NEGATIVE_INFINITY;
    double bestB = Double.NEGATIVE_INFINITY;
    int k = 0;
    for (; k + 3 < opposite.length; k += 4) {
      float[] o0 = opposite[k];
      float[] o1 = opposite[k + 1];
      float[] o2 = opposite[k + 2];
      float[] o3 = opposite[k + 3];
      double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
      double b0 = 0, b1 = 0, b2 = 0, b3 = 0;
      for (int i = 0; i < a.length; i++) {
        float x = a[i];
        float y = b[i];
        a0 += x * o0[i];
        a1 += x * o1[i];
        a2 += x * o2[i];
        a3 += x * o3[i];
        b0 += y * o0[i];
        b1 += y * o1[i];
        b2 += y * o2[i];
        b3 += y * o3[i];
      }
      bestA = Math.max(bestA, Math.max(Math.max(a0, a1), Math.max(a2, a3)));
      bestB = Math.max(bestB, Math.max(Math.max(b0, b1), Math.max(b2, b3)));
    }
    for (; k < opposite.length; k++) {
      bestA = Math.max(bestA, Vectors.dot(a, opposite[k]));
      bestB = Math.max(bestB, Vectors.dot(b, opposite[k]));
    }
    return new double[] {bestA, bestB};
  }

  /**
   * In a 1-2 or 2-1 link, one sentence may ride along without belonging: an inserted sentence merged
   * with its neighbour, or an omitted one merged likewise. A sentence that is no closer to the other
   * side of its link than unrelated pairs are is reported on its own.
   */
  void reviewSentencesInsideLink(int k, Link link) {
    if (!background.isKnown()) {
      return;
    }
    // Dropping a sentence says something only against one whole sentence opposite: in a 2-2 link each
    // side's sentences share the other side between them.
    boolean oneOpposite = link.source().size() == 1 || link.target().size() == 1;
    if (link.target().size() > 1) {
      Map<Integer, Flag.Severity> riders = riders(Vectors.sum(docs.sourceVectors, link.source()),
          docs.targetVectors, link.target(), oneOpposite, t -> lengthFitsBetterWithout(link, t, false));
      for (int t : riders.keySet()) {
        if (!Reviewer.isMostlyArabic(docs.targetWords.get(t))) {
          Sentence sentence = docs.target.sentences().get(t);
          int repeated = repeatOfNeighbour(k, t, false);
          flags.add(oneSidedFlag(Flag.Type.ADDITION, repeated < 0 ? riders.get(t) : Flag.Severity.MINOR, k, t, 0.6,
              "English sentence " + (t + 1) + " does not render anything in the Arabic it is aligned with: \""
                  + Reviewer.excerpt(sentence.text()) + "\"" + repeatNote(repeated, false)));
        }
      }
    }
    if (link.source().size() > 1) {
      Map<Integer, Flag.Severity> riders = riders(Vectors.sum(docs.targetVectors, link.target()),
          docs.sourceVectors, link.source(), oneOpposite, s -> lengthFitsBetterWithout(link, s, true));
      for (int s : riders.keySet()) {
        Sentence sentence = docs.source.sentences().get(s);
        int repeated = repeatOfNeighbour(k, s, true);
        flags.add(oneSidedFlag(Flag.Type.OMISSION, repeated < 0 ? riders.get(s) : Flag.Severity.MINOR, k, s, 0.6,
            "Arabic sentence " + (s + 1) + " is not rendered in the English it is aligned with: \""
                + Reviewer.excerpt(sentence.text()) + "\"" + repeatNote(repeated, true)));
      }
    }
  }

  /**
   * By how many standard deviations the link's lengths fit the document's length model better without
   * this member (negative: better with it). A long Arabic sentence rendered as three English ones needs
   * all three to fill its length; an English sentence merged into a link it does not render makes the
   * link too long by its own length. Independent of the embedding model, which may know little of a
   * text's vocabulary.
   */
  private double lengthFitsBetterWithout(Link link, int member, boolean sourceSide) {
    double arabic = length(docs.source, link.source());
    double english = length(docs.target, link.target());
    double own = length(sourceSide ? docs.source : docs.target, List.of(member));
    double without = sourceSide ? lengths.deviation(arabic - own, english) : lengths.deviation(arabic, english - own);
    return lengths.deviation(arabic, english) - without;
  }

  /**
   * The sentences of a multi-sentence side that add nothing to their link, with the severity their
   * evidence supports. Three tests, each blind where the others see: the sentence alone is no closer to
   * the other side than unrelated pairs are; the link is no closer with it (a genuine split carries part
   * of the meaning in every sentence, so dropping any part lowers the similarity); and the link's length
   * fits the document's typical ratio better without it. A candidate is one the first test points at, or
   * the member whose removal brings the link closest when the link is at least as close without it. It
   * is MAJOR when the length and a vector test agree, or when both vector tests agree and the length does
   * not clearly argue for keeping it ({@link #LENGTH_OVERRULES_VECTORS}); else MINOR, unless the length argues
   * for keeping it beyond doubt ({@link #LENGTH_KEEPS_SENTENCE}): then it is not reported. Where the document
   * has too few 1-1 links for a length model, MAJOR when both vector tests agree.
   */
  private Map<Integer, Flag.Severity> riders(float[] otherSide, float[][] vectors, List<Integer> members,
      boolean tryDropping, IntToDoubleFunction lengthFitsBetterWithout) {
    List<Integer> riders = new ArrayList<>();
    List<Integer> notDiluting = new ArrayList<>();
    double whole = Vectors.cosine(otherSide, Vectors.sum(vectors, members));
    int mostDiluting = -1;
    double bestWithout = whole;
    for (int member : members) {
      if (background.zScore(Vectors.cosine(otherSide, vectors[member])) < INSIDE_LINK_Z) {
        riders.add(member);
      }
      double without = Vectors.cosine(otherSide,
          Vectors.sum(vectors, members.stream().filter(i -> i != member).toList()));
      if (without >= whole) {
        notDiluting.add(member);
      }
      if (without >= bestWithout) {
        bestWithout = without;
        mostDiluting = member;
      }
    }
    if (tryDropping && mostDiluting >= 0 && !riders.contains(mostDiluting)) {
      riders.add(mostDiluting);
    }
    if (riders.size() >= members.size()) {
      return Map.of();
    }
    // One vector test alone is also what a sentence split off a long rendering looks like to a sentence
    // vector, and a model that knows little of the text's vocabulary makes both point at such splits.
    Map<Integer, Flag.Severity> severities = new LinkedHashMap<>();
    for (int rider : riders) {
      boolean unrelated = background.zScore(Vectors.cosine(otherSide, vectors[rider])) < INSIDE_LINK_Z;
      boolean noCloserWithIt = notDiluting.contains(rider);
      double length = lengths == null ? 0 : lengthFitsBetterWithout.applyAsDouble(rider);
      if (length < -LENGTH_KEEPS_SENTENCE) {
        continue;
      }
      boolean clear = unrelated && noCloserWithIt && length > -LENGTH_OVERRULES_VECTORS
          || length > 0 && (unrelated || noCloserWithIt);
      severities.put(rider, clear ? Flag.Severity.MAJOR : Flag.Severity.MINOR);
    }
    return severities;
  }

}
