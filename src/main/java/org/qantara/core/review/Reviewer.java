package org.qantara.core.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.qantara.core.Progress;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.Link;
import org.qantara.core.align.SentenceVectors;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.Vectors;
import org.qantara.core.text.Document;
import org.qantara.core.text.MatchNormalizer;

/**
 * Reviews an alignment: finds where the English does not say what the Arabic says and keeps the
 * evidence (word alignment, coverage, spans) for every finding. Thread-safe and UI-free.
 *
 * <p>The parts, each in its own class: what is read up front ({@link ReviewedDocuments}); the yardstick of
 * every similarity judgement, unrelated sentence pairs of the same documents ({@link Background}); the
 * names known across the documents ({@link DocumentNames}); the text checks of one link ({@link
 * LinkChecks}); sentences without a counterpart and their place ({@link SentencePlacement}); the verdict
 * on the document and the links that stand out against it ({@link DocumentJudgement}).
 */
public final class Reviewer {
  /**
   * Negation is compared only on links at least this close (z): below it the two sides are clearly
   * unrelated and a polarity difference means nothing. On the benchmark this removed a seventh of the
   * negation false alarms and no true finding; a bar at 0 cost a tenth of the recall.
   */
  static final double NEGATION_CHECK_Z = -1.0;

  private Reviewer() {}

  /** Progress is reported every this many links. */
  private static final int PROGRESS_EVERY = 256;

  /** Reviews every link, embedding the documents' sentences first (a session passes the aligner's instead). */
  public static ReviewReport review(AlignedDocuments aligned, Embedder embedder, ReviewOptions options) {
    return review(aligned, sentenceVectors(aligned.source(), aligned, embedder),
        sentenceVectors(aligned.target(), aligned, embedder), embedder, options, Progress.NONE);
  }

  /**
   * Reviews every link with the vectors the aligner already has of both documents' sentences and runs
   * ({@code embedder} gives the token vectors, and the vector of a link longer than the runs embedded);
   * reports to {@code progress} every few links and stops when it is cancelled.
   */
  public static ReviewReport review(AlignedDocuments aligned, SentenceVectors sourceVectors,
      SentenceVectors targetVectors, Embedder embedder, ReviewOptions options, Progress progress) {
    return run(new ReviewedDocuments(aligned, sourceVectors, targetVectors, embedder), options, k -> true, progress);
  }

  /**
   * Reviews only the given links (after an edit touched them), against the whole documents: the
   * background, the names and the verdict still come from every link. The report holds the evidence and
   * flags of these links only. A 1-0 beside a 0-1 is one finding, reported at the first of the two links,
   * so give both when an edit touched either.
   */
  public static ReviewReport reviewLinks(AlignedDocuments aligned, Embedder embedder, ReviewOptions options,
      Collection<Integer> linkIndices) {
    return reviewLinks(aligned, sentenceVectors(aligned.source(), aligned, embedder),
        sentenceVectors(aligned.target(), aligned, embedder), embedder, options, linkIndices);
  }

  /** {@link #reviewLinks(AlignedDocuments, Embedder, ReviewOptions, Collection)} with the aligner's vectors. */
  public static ReviewReport reviewLinks(AlignedDocuments aligned, SentenceVectors sourceVectors,
      SentenceVectors targetVectors, Embedder embedder, ReviewOptions options, Collection<Integer> linkIndices) {
    Set<Integer> selected = Set.copyOf(linkIndices);
    return run(new ReviewedDocuments(aligned, sourceVectors, targetVectors, embedder), options, selected::contains,
        Progress.NONE);
  }

  private static SentenceVectors sentenceVectors(Document document, AlignedDocuments aligned, Embedder embedder) {
    return SentenceVectors.embed(document.sentenceTexts(), embedder, aligned.params().maxOverlap(), Progress.NONE,
        document.name());
  }

  private static ReviewReport run(ReviewedDocuments docs, ReviewOptions options, IntPredicate selected,
      Progress progress) {
    AlignedDocuments aligned = docs.aligned;
    List<Link> links = docs.links;
    // The names first need the list of ordinary English words: it is read on the other core meanwhile (the other
    // core would otherwise wait while the names' first step reads it).
    ForkJoinPool.commonPool().execute(EnglishWords::prepare);
    double[] linkSimilarity = linkSimilarities(docs);
    Background background = Background.of(docs);
    double[] linkZ = Arrays.stream(linkSimilarity).map(background::zScore).toArray();
    DocumentNames names = DocumentNames.collect(docs);
    List<Flag> flags = new ArrayList<>();
    SentencePlacement placement = new SentencePlacement(docs, background, options, flags);
    WordAligner aligner = new WordAligner(options.minWordSimilarity(), names.forms());
    List<LinkReview> reviews = new ArrayList<>();
    // The word alignment and the checks of each two-sided link depend on that link alone: a block of links is
    // checked on every core, then its flags are added in link order, one-sided links and the placement checks
    // in between as before, so the report is the same as one link after another.
    for (int blockStart = 0; blockStart < links.size(); blockStart += PROGRESS_EVERY) {
      progress.step(Progress.Stage.REVIEWING, docs.source.name(), blockStart, links.size());
      int blockEnd = Math.min(links.size(), blockStart + PROGRESS_EVERY);
      CheckedLink[] checked = new CheckedLink[blockEnd - blockStart];
      int first = blockStart;
      IntStream.range(blockStart, blockEnd).parallel()
          .filter(k -> selected.test(k) && !links.get(k).isOneSided())
          .forEach(k -> checked[k - first] = checkLink(docs, k, linkSimilarity[k], linkZ[k], names, aligner, options));
      placement.measureOneSided(
          IntStream.range(blockStart, blockEnd).filter(k -> selected.test(k) && links.get(k).isOneSided()).toArray());
      for (int k = blockStart; k < blockEnd; k++) {
        if (!selected.test(k)) {
          continue;
        }
        Link link = links.get(k);
        if (link.isOneSided()) {
          reviews.add(new LinkReview(k, Double.NaN, Double.NaN, Double.NaN, Double.NaN, List.of()));
          if (placement.isUnmatchedPair(k)) {
            placement.reviewUnmatchedPair(k, aligner, names);
          } else if (!placement.isUnmatchedPair(k - 1)) {
            placement.reviewOneSided(k, link);
          }
          continue;
        }
        flags.addAll(checked[k - first].flags());
        reviews.add(checked[k - first].review());
        placement.reviewSentencesInsideLink(k, link);
      }
    }
    progress.step(Progress.Stage.REVIEWING, docs.source.name(), links.size(), links.size());
    DocumentVerdict verdict = DocumentJudgement.verdict(docs, background, linkZ, options);
    List<Flag> judged = new ArrayList<>();
    double[] sourceCoverage = new double[links.size()];
    Arrays.fill(sourceCoverage, Double.NaN);
    reviews.forEach(r -> sourceCoverage[r.linkIndex()] = r.sourceCoverage());
    boolean[] nameRenderedAsAnother = new boolean[links.size()];
    flags.stream().filter(f -> f.type() == Flag.Type.NAME && !f.sourceSpans().isEmpty() && !f.targetSpans().isEmpty())
        .forEach(f -> nameRenderedAsAnother[f.linkIndex()] = true);
    DocumentJudgement.lowSimilarity(docs, linkZ, sourceCoverage, nameRenderedAsAnother, verdict.isTranslation(),
        options, selected, judged);
    flags.addAll(judged);
    return new ReviewReport(aligned, docs.embedder.modelId(), options, reviews, flags, verdict);
  }

  /** A two-sided link's word links and coverage, and the flags its own checks raise. */
  private record CheckedLink(LinkReview review, List<Flag> flags) {}

  private static CheckedLink checkLink(ReviewedDocuments docs, int k, double similarity, double z,
      DocumentNames names, WordAligner aligner, ReviewOptions options) {
    Link link = docs.links.get(k);
    List<Flag> flags = new ArrayList<>();
    WordAligner.Side src = docs.sourceSide(link.source());
    WordAligner.Side tgt = docs.targetSide(link.target());
    List<WordLink> wordLinks = new ArrayList<>();
    // A link longer than any of real prose is checked piece by piece, like its words are aligned: every
    // check then costs time linear in the link's length.
    for (WordAligner.Piece piece : WordAligner.pieces(src, tgt)) {
      WordAligner.Comparison comparison = aligner.compare(piece.source(), piece.target());
      List<WordLink> pieceLinks = aligner.align(piece, comparison);
      wordLinks.addAll(pieceLinks);
      List<Word> sourceWords = piece.source().words();
      List<Word> targetWords = piece.target().words();
      LinkChecks checks = new LinkChecks(k, docs.source.original(), docs.target.original(), sourceWords, targetWords,
          new Coverage(sourceWords, targetWords, pieceLinks), flags);
      checks.untranslated();
      checks.numbers(comparison);
      checks.names(names, pieceLinks, docs.targetSentenceStarts(link), !(z < Background.WEAK_LINK_Z));
      // On a link whose sides do not belong together (a misalignment, a replaced sentence) a polarity
      // difference is noise; the link's own LOW_SIMILARITY flag says what is wrong there.
      if (!(z < NEGATION_CHECK_Z)) {
        checks.negation();
      }
      checks.partialOmissions(options.minUncoveredRun(), z, docs.sourceSentenceStarts(link), pieceLinks);
      // English spends more content words on the same meaning, and the model leaves a third to a half of a
      // faithful sentence's unpaired: a run of four or five in a long legal sentence is the model's gap
      // ("compelled to have recourse as a last resort"), all 13 on the clean real text were. From six.
      checks.addedRuns(options.minUncoveredRun() + 4, 2 * (options.minUncoveredRun() + 2), !(z < Background.WEAK_LINK_Z));
    }
    Coverage coverage = new Coverage(src.words(), tgt.words(), wordLinks);
    return new CheckedLink(
        new LinkReview(k, similarity, z, coverage.sourceShare(), coverage.targetShare(), wordLinks), flags);
  }

  /** Cosine of the two sides of each two-sided link (NaN for one-sided links). */
  private static double[] linkSimilarities(ReviewedDocuments docs) {
    double[] similarity = new double[docs.links.size()];
    Arrays.fill(similarity, Double.NaN);
    for (int k = 0; k < docs.links.size(); k++) {
      Link link = docs.links.get(k);
      if (!link.isOneSided()) {
        similarity[k] = Vectors.dot(docs.vectorOf(true, link.source()), docs.vectorOf(false, link.target()));
      }
    }
    return similarity;
  }

  static boolean isMostlyArabic(List<Word> words) {
    long arabic = words.stream().filter(w -> MatchNormalizer.hasArabicLetter(w.text())).count();
    return !words.isEmpty() && arabic * 2 > words.size();
  }

  static String excerpt(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= 90 ? oneLine : oneLine.substring(0, 87) + "…";
  }

  static double clamp(double x, double lo, double hi) {
    return Math.max(lo, Math.min(hi, x));
  }
}
