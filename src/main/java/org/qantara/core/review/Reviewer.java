package org.qantara.core.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.qantara.core.Progress;
import org.qantara.core.QantaraException;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.Link;
import org.qantara.core.align.SentenceVectors;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.TokenVectors;
import org.qantara.core.embed.Vectors;
import org.qantara.core.text.Document;
import org.qantara.core.text.Lang;
import org.qantara.core.text.Sentence;
import org.qantara.core.text.Span;

/**
 * Reviews an alignment: finds where the English does not say what the Arabic says and keeps the
 * evidence (word alignment, coverage, spans) for every finding. Thread-safe and UI-free.
 *
 * <p>Similarities are never compared with one fixed threshold: each link's sentence similarity is
 * expressed as a z-score against the sentence pairs of the same two documents that are <em>not</em>
 * linked, so the judgement adapts to the model and to the documents (a static model's cosines run
 * lower than LaBSE's; two reports on one event are more alike than two random texts).
 */
public final class Reviewer {

  /**
   * A link is weak when its similarity is fewer than this many standard deviations above unrelated
   * pairs of the same documents: true translations stand far above them, while the best of a handful of
   * unrelated candidates lands about 1.5 to 2 above by chance.
   */
  static final double WEAK_LINK_Z = 2.0;
  /**
   * Below this a link or sentence is no closer than a typical unrelated pair: an error, not a loose
   * rendering. Faithful links of seed 001 reach z ≥ 1.9 with the built-in model.
   */
  static final double UNRELATED_Z = 1.0;
  /**
   * A sentence riding along in a 1-2 / 2-1 link is reported when it is less similar to the other side
   * than the average unrelated pair. Stricter than {@link #UNRELATED_Z}: one short sentence alone scores
   * lower than a link, and on the benchmark z < 1 here doubled the false alarms for a few more finds.
   */
  static final double INSIDE_LINK_Z = 0.0;
  /**
   * Negation is compared only on links at least this close (z): below it the two sides are clearly
   * unrelated and a polarity difference means nothing. On the benchmark this removed a seventh of the
   * negation false alarms and no true finding; a bar at 0 cost a tenth of the recall.
   */
  static final double NEGATION_CHECK_Z = -1.0;
  /**
   * A neighbour's partner that fits a sentence left alone within this many standard deviations of
   * unrelated pairs of its own sentence makes the place of the omission or addition open.
   */
  static final double AMBIGUOUS_PLACE_Z = 1.0;
  /** Sentence pairs of a document looked at for the background distribution, at most. */
  private static final long BACKGROUND_SAMPLE = 100_000;
  private static final long BACKGROUND_SEED = 20260126L;
  /** Fewer unrelated pairs than this give no usable background distribution. */
  private static final int MIN_BACKGROUND_PAIRS = 12;
  /** Links reviewed between two progress reports. */
  private static final int PROGRESS_EVERY = 256;

  private Reviewer() {}

  public static ReviewReport review(AlignedDocuments aligned, Embedder embedder, ReviewOptions options) {
    int maxRun = aligned.params().maxOverlap();
    SentenceVectors source = SentenceVectors.embed(aligned.source().sentenceTexts(), embedder, maxRun, Progress.NONE, "");
    SentenceVectors target = SentenceVectors.embed(aligned.target().sentenceTexts(), embedder, maxRun, Progress.NONE, "");
    return review(aligned, source, target, embedder, options, Progress.NONE);
  }

  /**
   * Reviews with the vectors the aligner already has of both documents' sentences and links ({@code embedder}
   * gives the token vectors, and the vector of a link longer than the runs embedded); reports every few links
   * to {@code progress} and stops when it is cancelled.
   */
  public static ReviewReport review(AlignedDocuments aligned, SentenceVectors sourceVectors,
      SentenceVectors targetVectors, Embedder embedder, ReviewOptions options, Progress progress) {
    return new Run(aligned, sourceVectors, targetVectors, embedder, options, progress).review();
  }

  /** The state of one review; all methods read the documents, vectors and links gathered up front. */
  private static final class Run {
    private final AlignedDocuments aligned;
    private final Document source;
    private final Document target;
    private final List<Link> links;
    private final Embedder embedder;
    private final ReviewOptions options;
    private final Progress progress;
    private final SentenceVectors sourceRuns;
    private final SentenceVectors targetRuns;
    private final float[][] sourceVectors;
    private final float[][] targetVectors;
    private final List<TokenVectors> sourceTokens;
    private final List<TokenVectors> targetTokens;
    private final List<List<Word>> sourceWords;
    private final List<List<Word>> targetWords;
    private double backgroundMean = Double.NaN;
    private double backgroundSd = Double.NaN;
    /** Arabic word (folded) known as a name → the English spelling it matched. */
    private final Map<String, String> knownNames = new HashMap<>();
    /** Capitalised English words that match an Arabic word somewhere in the documents. */
    private final Set<String> englishNames = new HashSet<>();
    /** English words capitalised somewhere other than at the start of a sentence. */
    private final Set<String> midSentenceCapitals = new HashSet<>();
    private final List<Flag> flags = new ArrayList<>();

    Run(AlignedDocuments aligned, SentenceVectors sourceRuns, SentenceVectors targetRuns, Embedder embedder,
        ReviewOptions options, Progress progress) {
      this.aligned = aligned;
      this.source = aligned.source();
      this.target = aligned.target();
      this.links = aligned.links();
      this.embedder = embedder;
      this.options = options;
      this.progress = progress;
      requireCoherent();
      if (sourceRuns.sentenceCount() != source.sentences().size()
          || targetRuns.sentenceCount() != target.sentences().size()) {
        throw new IllegalArgumentException("the sentence vectors belong to other documents");
      }
      this.sourceRuns = sourceRuns;
      this.targetRuns = targetRuns;
      this.sourceVectors = sourceRuns.sentences();
      this.targetVectors = targetRuns.sentences();
      this.sourceTokens = embedder.embedTokens(source.sentenceTexts());
      this.targetTokens = embedder.embedTokens(target.sentenceTexts());
      this.sourceWords = source.sentences().stream().map(s -> Word.split(s.text(), s.start())).toList();
      this.targetWords = target.sentences().stream().map(s -> Word.split(s.text(), s.start())).toList();
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

    ReviewReport review() {
      double[] linkSimilarity = linkSimilarities();
      computeBackground();
      collectNames();
      WordAligner aligner = new WordAligner(options.minWordSimilarity());
      List<LinkReview> reviews = new ArrayList<>();
      for (int k = 0; k < links.size(); k++) {
        if (k % PROGRESS_EVERY == 0) {
          progress.step(Progress.Stage.REVIEWING, source.name(), k, links.size());
        }
        Link link = links.get(k);
        double z = zScore(linkSimilarity[k]);
        if (link.isOneSided()) {
          reviews.add(new LinkReview(k, Double.NaN, Double.NaN, Double.NaN, Double.NaN, List.of()));
          if (isUnmatchedPair(k)) {
            reviewUnmatchedPair(k, aligner);
          } else if (!isUnmatchedPair(k - 1)) {
            reviewOneSided(k, link);
          }
          continue;
        }
        WordAligner.Side src = sideOf(sourceTokens, source, link.source(), Lang.AR);
        WordAligner.Side tgt = sideOf(targetTokens, target, link.target(), Lang.EN);
        List<WordLink> wordLinks = aligner.align(src, tgt);
        Coverage coverage = new Coverage(src.words(), tgt.words(), wordLinks);
        reviews.add(new LinkReview(k, linkSimilarity[k], z, coverage.sourceShare(), coverage.targetShare(),
            wordLinks));
        LinkChecks checks = new LinkChecks(k, source.original(), target.original(), src.words(), tgt.words(), coverage, flags);
        checks.untranslated();
        checks.numbers();
        checks.names(knownNames, englishNames, midSentenceCapitals, wordLinks, sentenceStarts(link),
            !(z < WEAK_LINK_Z));
        // On a link whose sides do not belong together (a misalignment, a replaced sentence) a polarity
        // difference is noise; the link's own LOW_SIMILARITY flag says what is wrong there.
        if (!(z < NEGATION_CHECK_Z)) {
          checks.negation();
        }
        checks.uncoveredRuns(options.minUncoveredRun(), !(z < WEAK_LINK_Z));
        reviewSentencesInsideLink(k, link);
      }
      progress.step(Progress.Stage.REVIEWING, source.name(), links.size(), links.size());
      DocumentVerdict verdict = verdict(reviews);
      lowSimilarity(reviews, verdict.isTranslation());
      return new ReviewReport(aligned, embedder.modelId(), options, reviews, flags, verdict);
    }

    // ---- sentence similarity and its background ------------------------------------------------

    private double[] linkSimilarities() {
      double[] similarity = new double[links.size()];
      Arrays.fill(similarity, Double.NaN);
      for (int k = 0; k < links.size(); k++) {
        Link link = links.get(k);
        if (!link.isOneSided()) {
          similarity[k] = Vectors.dot(vectorOf(sourceRuns, source, link.source()),
              vectorOf(targetRuns, target, link.target()));
        }
      }
      return similarity;
    }

    /** The vector of a link's side: the aligner's, unless the link is longer than any run it embedded. */
    private float[] vectorOf(SentenceVectors runs, Document document, List<Integer> sentences) {
      int start = sentences.get(0);
      if (runs.hasRun(start, sentences.size()) && sentences.get(sentences.size() - 1) == start + sentences.size() - 1) {
        return runs.run(start, sentences.size());
      }
      return embedder.embedSentences(List.of(joined(document, sentences)))[0];
    }

    /** Mean and spread of the similarities of sentence pairs that no link joins. */
    private void computeBackground() {
      int[] linkOfSource = new int[source.sentences().size()];
      int[] linkOfTarget = new int[target.sentences().size()];
      for (int k = 0; k < links.size(); k++) {
        for (int s : links.get(k).source()) {
          linkOfSource[s] = k;
        }
        for (int t : links.get(k).target()) {
          linkOfTarget[t] = k;
        }
      }
      double sum = 0;
      double sumSquares = 0;
      int count = 0;
      long pairs = (long) sourceVectors.length * targetVectors.length;
      // Every pair while that is cheap; past it a fixed, seeded sample, so that a book-length review
      // stays linear (the mean and spread of 100,000 pairs are as good as those of all of them).
      SplittableRandom random = new SplittableRandom(BACKGROUND_SEED);
      long draws = Math.min(pairs, BACKGROUND_SAMPLE);
      for (long p = 0; p < draws; p++) {
        long pair = pairs <= BACKGROUND_SAMPLE ? p : random.nextLong(pairs);
        int i = (int) (pair / targetVectors.length);
        int j = (int) (pair % targetVectors.length);
        if (linkOfSource[i] != linkOfTarget[j]) {
          double d = Vectors.dot(sourceVectors[i], targetVectors[j]);
          sum += d;
          sumSquares += d * d;
          count++;
        }
      }
      if (count >= MIN_BACKGROUND_PAIRS) {
        backgroundMean = sum / count;
        backgroundSd = Math.max(1e-6, Math.sqrt(Math.max(0, sumSquares / count - backgroundMean * backgroundMean)));
      }
    }

    private double zScore(double similarity) {
      return (similarity - backgroundMean) / backgroundSd;
    }

    // ---- one-sided links and sentences that do not belong inside a link -------------------------

    /**
     * Whether links k and k+1 are an Arabic sentence left alone next to an English one left alone (1-0
     * beside 0-1): the English sits where the Arabic's rendering should be but does not render it. That
     * is one finding, meaning far from the source, not an omission plus an unrelated addition.
     */
    private boolean isUnmatchedPair(int k) {
      if (k < 0 || k + 1 >= links.size()) {
        return false;
      }
      Link a = links.get(k);
      Link b = links.get(k + 1);
      boolean opposite = a.source().isEmpty() ? b.target().isEmpty() && !b.source().isEmpty()
          : a.target().isEmpty() && b.source().isEmpty() && !b.target().isEmpty();
      return a.isOneSided() && b.isOneSided() && opposite && !isMostlyArabic(wordsOf(a.source().isEmpty() ? a : b));
    }

    private List<Word> wordsOf(Link targetOnly) {
      return targetOnly.target().stream().flatMap(t -> targetWords.get(t).stream()).toList();
    }

    private void reviewUnmatchedPair(int k, WordAligner aligner) {
      Link a = links.get(k);
      Link b = links.get(k + 1);
      Link sourceOnly = a.target().isEmpty() ? a : b;
      Link targetOnly = a.target().isEmpty() ? b : a;
      flags.add(new Flag(Flag.Type.LOW_SIMILARITY, Flag.Severity.MAJOR, 0.6, k,
          spansOf(source, sourceOnly.source()), spansOf(target, targetOnly.target()),
          "the English \"" + excerpt(joined(target, targetOnly.target())) + "\" stands where the Arabic \""
              + excerpt(joined(source, sourceOnly.source())) + "\" is, but does not render it"));
      // A name the English put in place of the Arabic one is often what pushed the two apart: the
      // static model weighs a name heavily in a short sentence. Say so where the names tell.
      Link pair = new Link(sourceOnly.source(), targetOnly.target(), Double.NaN);
      WordAligner.Side src = sideOf(sourceTokens, source, pair.source(), Lang.AR);
      WordAligner.Side tgt = sideOf(targetTokens, target, pair.target(), Lang.EN);
      List<WordLink> wordLinks = aligner.align(src, tgt);
      new LinkChecks(k, source.original(), target.original(), src.words(), tgt.words(),
          new Coverage(src.words(), tgt.words(), wordLinks), flags)
          .names(knownNames, englishNames, midSentenceCapitals, wordLinks, sentenceStarts(pair), false);
    }

    private static WordAligner.Side sideOf(List<TokenVectors> tokens, Document document, List<Integer> sentences,
        Lang lang) {
      return WordAligner.side(tokensOf(tokens, sentences), startsOf(document, sentences), lang);
    }

    private void reviewOneSided(int k, Link link) {
      if (link.target().isEmpty()) {
        for (int s : link.source()) {
          flags.add(oneSidedFlag(Flag.Type.OMISSION, k, s, oneSidedConfidence(sourceVectors[s], targetVectors),
              "Arabic sentence " + (s + 1) + " has no counterpart in the English: \""
                  + excerpt(source.sentences().get(s).text()) + "\""));
        }
        return;
      }
      for (int t : link.target()) {
        Sentence sentence = target.sentences().get(t);
        List<Word> words = targetWords.get(t);
        if (isMostlyArabic(words)) {
          flags.add(new Flag(Flag.Type.UNTRANSLATED, Flag.Severity.MAJOR, 0.95, k, List.of(), List.of(sentence.span()),
              "English sentence " + (t + 1) + " is Arabic text left untranslated"));
          continue;
        }
        flags.add(oneSidedFlag(Flag.Type.ADDITION, k, t, oneSidedConfidence(targetVectors[t], sourceVectors),
            "English sentence " + (t + 1) + " has no counterpart in the Arabic: \"" + excerpt(sentence.text()) + "\""));
      }
    }

    /**
     * An OMISSION of Arabic sentence {@code sentence} or an ADDITION of English sentence {@code sentence}
     * found at link k. Where the alignment cannot tell that sentence from its neighbour, the flag names
     * both, the likelier one first: the one whose neighbour's partner fits the other sentence better word
     * for word (the word alignment sees the detail that one sentence vector blurs).
     */
    private Flag oneSidedFlag(Flag.Type type, int k, int sentence, double confidence, String reason) {
      boolean arabic = type == Flag.Type.OMISSION;
      Document document = arabic ? source : target;
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
      return new Flag(type, Flag.Severity.MAJOR, confidence, k, arabic ? spans : List.of(), arabic ? List.of() : spans,
          reason);
    }

    /**
     * Where a sentence left alone sits next to a 1-1 link whose partner it would fit about as well as
     * that link's own sentence does, the alignment could as well have left the neighbour alone: near-
     * identical sentences (a repeated statement, a list of similar items) leave the place of an omission
     * or addition open. Returns that neighbour, or null when the choice is clear.
     */
    /** A sentence of a 1-1 link next to a lone one, and its partner on the other side. */
    private record Neighbour(int sentence, int partner) {}

    /** Share of the content words of both sentences that the word alignment accounts for. */
    private double wordFit(int sentence, int partner, boolean sourceSide) {
      int s = sourceSide ? sentence : partner;
      int t = sourceSide ? partner : sentence;
      WordAligner.Side src = sideOf(sourceTokens, source, List.of(s), Lang.AR);
      WordAligner.Side tgt = sideOf(targetTokens, target, List.of(t), Lang.EN);
      Coverage c = new Coverage(src.words(), tgt.words(), new WordAligner(options.minWordSimilarity()).align(src, tgt));
      double a = Double.isNaN(c.sourceShare()) ? 0 : c.sourceShare();
      double b = Double.isNaN(c.targetShare()) ? 0 : c.targetShare();
      return (a + b) / 2;
    }

    private Neighbour interchangeableNeighbour(int k, int sentence, boolean sourceSide) {
      if (Double.isNaN(backgroundSd)) {
        return null;
      }
      Neighbour best = null;
      double bestGap = AMBIGUOUS_PLACE_Z;
      for (int neighbourLink : new int[] {k - 1, k + 1}) {
        if (neighbourLink < 0 || neighbourLink >= links.size()) {
          continue;
        }
        Link n = links.get(neighbourLink);
        if (n.source().size() != 1 || n.target().size() != 1) {
          continue;
        }
        int mine = sourceSide ? n.source().get(0) : n.target().get(0);
        if (Math.abs(mine - sentence) != 1) {
          continue;
        }
        double own = Vectors.dot(sourceVectors[n.source().get(0)], targetVectors[n.target().get(0)]);
        double swapped = sourceSide ? Vectors.dot(sourceVectors[sentence], targetVectors[n.target().get(0)])
            : Vectors.dot(sourceVectors[n.source().get(0)], targetVectors[sentence]);
        double gap = (own - swapped) / backgroundSd;
        if (gap < bestGap) {
          bestGap = gap;
          best = new Neighbour(mine, sourceSide ? n.target().get(0) : n.source().get(0));
        }
      }
      return best;
    }

    /** A sentence left alone is surer to be an omission / addition the less it resembles any sentence opposite. */
    private double oneSidedConfidence(float[] vector, float[][] opposite) {
      double best = Double.NEGATIVE_INFINITY;
      for (float[] o : opposite) {
        best = Math.max(best, Vectors.dot(vector, o));
      }
      return confidenceBelowWeak(zScore(best));
    }

    /**
     * In a 1-2 or 2-1 link, one sentence may ride along without belonging: an inserted sentence merged
     * with its neighbour, or an omitted one merged likewise. A sentence that is no closer to the other
     * side of its link than unrelated pairs are is reported on its own.
     */
    private void reviewSentencesInsideLink(int k, Link link) {
      if (Double.isNaN(backgroundMean)) {
        return;
      }
      // Dropping a sentence says something only against one whole sentence opposite: in a 2-2 link each
      // side's sentences share the other side between them.
      boolean oneOpposite = link.source().size() == 1 || link.target().size() == 1;
      if (link.target().size() > 1) {
        for (int t : riders(Vectors.sum(sourceVectors, link.source()), targetVectors, link.target(), oneOpposite)) {
          if (!isMostlyArabic(targetWords.get(t))) {
            Sentence sentence = target.sentences().get(t);
            flags.add(oneSidedFlag(Flag.Type.ADDITION, k, t, 0.6,
                "English sentence " + (t + 1) + " does not render anything in the Arabic it is aligned with: \""
                    + excerpt(sentence.text()) + "\""));
          }
        }
      }
      if (link.source().size() > 1) {
        for (int s : riders(Vectors.sum(targetVectors, link.target()), sourceVectors, link.source(), oneOpposite)) {
          Sentence sentence = source.sentences().get(s);
          flags.add(oneSidedFlag(Flag.Type.OMISSION, k, s, 0.6,
              "Arabic sentence " + (s + 1) + " is not rendered in the English it is aligned with: \""
                  + excerpt(sentence.text()) + "\""));
        }
      }
    }

    /**
     * The sentences of a multi-sentence side that add nothing to their link: each one no closer to the
     * other side than unrelated pairs are, and the one whose removal brings the link closest if the link
     * is at least as close without it. A genuine split carries part of the meaning in every sentence, so
     * dropping any part lowers the similarity; a sentence merged in because the alignment had nowhere
     * better to put it (an omission, an addition) does not.
     */
    private List<Integer> riders(float[] otherSide, float[][] vectors, List<Integer> members, boolean tryDropping) {
      List<Integer> riders = new ArrayList<>();
      double whole = Vectors.cosine(otherSide, Vectors.sum(vectors, members));
      int mostDiluting = -1;
      double bestWithout = whole;
      for (int member : members) {
        if (zScore(Vectors.cosine(otherSide, vectors[member])) < INSIDE_LINK_Z) {
          riders.add(member);
        }
        double without = Vectors.cosine(otherSide, Vectors.sum(vectors, members.stream().filter(i -> i != member).toList()));
        if (without >= bestWithout) {
          bestWithout = without;
          mostDiluting = member;
        }
      }
      if (tryDropping && mostDiluting >= 0 && !riders.contains(mostDiluting)) {
        riders.add(mostDiluting);
      }
      return riders.size() < members.size() ? riders : List.of();
    }

    // ---- names known across the documents ------------------------------------------------------

    /**
     * Names of the documents. A capitalised English word is a known name when it matches an Arabic word
     * anywhere in the source. An Arabic word form is a known name when it matches a capitalised English
     * word in its own link, or anywhere when its skeleton has three consonants or more: two-consonant
     * skeletons match too many ordinary words (شهود and Assad are both "st") without the link's support.
     */
    private void collectNames() {
      SkeletonIndex englishBySkeleton = new SkeletonIndex();
      for (List<Word> sentence : targetWords) {
        for (Word w : Names.englishCandidates(sentence)) {
          Names.englishSkeletons(w.text()).forEach(s -> englishBySkeleton.add(s, w.text()));
          if (w != sentence.get(0)) {
            midSentenceCapitals.add(Names.canonical(w.text()));
          }
        }
      }
      for (List<Word> sentence : sourceWords) {
        for (Word w : sentence) {
          for (String arabic : Names.arabicSkeletons(w)) {
            if (arabic.length() < 3) {
              continue;
            }
            englishBySkeleton.find(arabic).ifPresent(english -> {
              englishNames.add(Names.canonical(english));
              knownNames.putIfAbsent(ArabicForms.fold(w.text()), Names.canonical(english));
            });
          }
        }
      }
      for (Link link : links) {
        List<Word> english = link.target().stream().flatMap(t -> Names.englishCandidates(targetWords.get(t)).stream())
            .toList();
        List<Word> arabic = link.source().stream().flatMap(s -> sourceWords.get(s).stream()).toList();
        for (Word e : english) {
          // Only an unambiguous pair: "Russian President" matches both الروسي and الرئيس ("rs").
          List<Word> matches = arabic.stream().filter(w -> Names.sameName(e, w)).toList();
          if (matches.size() == 1) {
            englishNames.add(Names.canonical(e.text()));
            knownNames.putIfAbsent(ArabicForms.fold(matches.get(0).text()), Names.canonical(e.text()));
          }
        }
      }
    }

    // ---- document verdict and low similarity ---------------------------------------------------

    private DocumentVerdict verdict(List<LinkReview> reviews) {
      int total = source.sentences().size() + target.sentences().size();
      if (Double.isNaN(backgroundMean) || total == 0) {
        return new DocumentVerdict(DocumentVerdict.Kind.UNDETERMINED, Double.NaN,
            "too few sentences to tell whether these texts are a translation of each other");
      }
      int weak = 0;
      for (int k = 0; k < links.size(); k++) {
        Link link = links.get(k);
        double z = reviews.get(k).zScore();
        if (link.isOneSided() || !(z >= WEAK_LINK_Z)) {
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
     * Links not above unrelated pairs at all, and, when the document reads as a translation
     * ({@code againstTypicalLink}), links far below its own typical link (robust z-score against the
     * median and MAD of all two-sided links). In a document judged not to be a translation the typical
     * link is itself weak, so only the first test says anything there: it points at the links that are
     * no better than chance, which is also where a wrong verdict on a repetitive text shows its errors.
     */
    private void lowSimilarity(List<LinkReview> reviews, boolean againstTypicalLink) {
      double[] zs = reviews.stream().mapToDouble(LinkReview::zScore).filter(z -> !Double.isNaN(z)).sorted().toArray();
      if (zs.length < 3) {
        return;
      }
      double median = median(zs);
      double mad = 1.4826 * median(Arrays.stream(zs).map(z -> Math.abs(z - median)).sorted().toArray());
      for (LinkReview review : reviews) {
        double z = review.zScore();
        if (Double.isNaN(z)) {
          continue;
        }
        double robust = (z - median) / Math.max(mad, 0.25);
        boolean belowUnrelated = z < UNRELATED_Z;
        if (belowUnrelated || againstTypicalLink && robust < -options.lowSimilarityCutoff()) {
          Link link = links.get(review.linkIndex());
          flags.add(new Flag(Flag.Type.LOW_SIMILARITY, belowUnrelated ? Flag.Severity.MAJOR : Flag.Severity.MINOR,
              clamp(0.5 + (-robust - options.lowSimilarityCutoff()) / 4, 0.3, 0.95), review.linkIndex(),
              spansOf(source, link.source()), spansOf(target, link.target()),
              belowUnrelated
                  ? "the English here is no closer to the Arabic than unrelated sentences are"
                  : String.format("the English here is much further from the Arabic than the rest of the document "
                      + "(%.1f MADs below the median link)", -robust)));
        }
      }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private List<Integer> sentenceStarts(Link link) {
      List<Integer> starts = new ArrayList<>();
      for (int t : link.target()) {
        starts.add(target.sentences().get(t).start());
      }
      return starts;
    }

    private static List<TokenVectors> tokensOf(List<TokenVectors> all, List<Integer> indices) {
      return indices.stream().map(all::get).toList();
    }

    private static List<Integer> startsOf(Document document, List<Integer> indices) {
      return indices.stream().map(i -> document.sentences().get(i).start()).toList();
    }

    private static List<Span> spansOf(Document document, List<Integer> indices) {
      return indices.stream().map(i -> document.sentences().get(i).span()).toList();
    }

    private static String joined(Document document, List<Integer> indices) {
      return indices.stream().map(i -> document.sentences().get(i).text()).collect(Collectors.joining(" "));
    }
  }

  static boolean isMostlyArabic(List<Word> words) {
    long arabic = words.stream().filter(w -> ArabicForms.isArabic(w.text())).count();
    return !words.isEmpty() && arabic * 2 > words.size();
  }

  static String excerpt(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= 90 ? oneLine : oneLine.substring(0, 87) + "…";
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** Confidence that a pair with this z-score is unrelated: near 1 at z ≤ 0, 0.5 at the unrelated bar. */
  private static double confidenceBelowWeak(double z) {
    return Double.isNaN(z) ? 0.7 : clamp(1 - z / (2 * UNRELATED_Z), 0.3, 0.99);
  }

  static double clamp(double x, double lo, double hi) {
    return Math.max(lo, Math.min(hi, x));
  }
}
