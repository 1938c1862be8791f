package org.qantara.eval.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.embed.Embedder;
import org.qantara.core.review.Flag;
import org.qantara.core.review.LinkReview;
import org.qantara.core.review.ReviewOptions;
import org.qantara.core.review.ReviewReport;
import org.qantara.core.review.Reviewer;
import org.qantara.core.text.Document;
import org.qantara.core.text.Span;
import org.qantara.eval.review.BenchmarkCase.GoldFlag;

/**
 * Runs the reviewer over benchmark cases and scores it per flag type. A flag matches an expected one
 * when the types agree and it points at the expected sentence on either side (its evidence spans fall
 * in that sentence). Recall counts the expected flags found.
 *
 * <p>Precision is given two ways. <em>Raw</em>: every raised flag of the type, over clean and perturbed
 * cases alike. Each clean pair appears once clean and up to eight times perturbed, so a false alarm on
 * a sentence the perturbation did not touch is counted up to nine times. <em>Net of the clean
 * baseline</em>: a flag on a perturbed case that was raised identically on the clean version of the
 * same pair (same type, same Arabic spans, same English text) is not a response to the injected error
 * and is left out there; it still counts once, on the clean case.
 *
 * <p>A flag that matches no expected flag but one of the case's {@linkplain BenchmarkCase#tolerated()
 * tolerated} findings (a name that left with a replaced sentence) is true but not measured: it counts
 * neither way, and the number of such flags is reported per type.
 *
 * <p>Where near-identical neighbours leave the place of an omission or addition open, the reviewer
 * names both sentences in one flag. <em>Strict place</em> scores count such a flag by its first
 * sentence only (the other flag types are scored as they are), so the difference shows how much the open
 * places contribute.
 *
 * <p>The clean pairs themselves, reviewed unchanged, give the false alarms a translator sees on a good
 * translation: every flag raised on them, per 100 links by type and severity ({@link Result#cleanPairs()}), except
 * the findings of the few true differences the clean data holds (checked by hand, {@code
 * clean-data-differences.tsv}), which every case of their pair tolerates.
 */
public final class ReviewEvaluation {
  private ReviewEvaluation() {}

  /** Per-type counts and the resulting precision / recall (NaN where nothing was raised / expected). */
  public record TypeScore(Flag.Type type, int truePositives, int falsePositives, int falseNegatives,
      int tolerated, double precision, double recall) {}

  /** What happened on one case. */
  public record CaseOutcome(String id, Perturbation perturbation, String change, int expected, int found,
      List<String> raised, String verdict) {}

  /** The similarity of one two-sided link, for the score distribution plots. */
  public record LinkScore(String caseId, Perturbation perturbation, double similarity, double zScore,
      boolean touchesError) {}

  public record Result(String modelId, ReviewOptions options, int cases, List<TypeScore> allSeverities,
      List<TypeScore> netOfCleanBaseline, List<TypeScore> majorOrWorseNet, List<TypeScore> strictPlaceNet,
      List<CaseOutcome> outcomes, List<LinkScore> linkScores, FlagRates cleanPairs) {}

  public static Result evaluate(List<BenchmarkCase> cases, BiFunction<Document, Document, AlignedDocuments> aligner,
      Embedder embedder, ReviewOptions options) {
    Map<Flag.Type, int[]> all = counters();
    Map<Flag.Type, int[]> net = counters();
    Map<Flag.Type, int[]> major = counters();
    Map<Flag.Type, int[]> strictPlace = counters();
    Map<String, Set<String>> cleanFlags = new HashMap<>();
    List<CaseOutcome> outcomes = new ArrayList<>();
    List<LinkScore> linkScores = new ArrayList<>();
    List<Flag> cleanPairFlags = new ArrayList<>();
    int cleanPairLinks = 0;
    for (BenchmarkCase c : cases) {
      ReviewReport report = Reviewer.review(aligner.apply(c.source(), c.target()), embedder, options);
      String pair = c.id().substring(0, c.id().lastIndexOf('/'));
      if (c.perturbation() == Perturbation.NONE) {
        cleanFlags.put(pair, report.flags().stream().map(f -> key(f, c)).collect(Collectors.toSet()));
        // A known true difference of the clean data (the only findings a clean case tolerates) is no false alarm.
        report.flags().stream().filter(f -> c.tolerated().stream().noneMatch(g -> matches(f, g, c)))
            .forEach(cleanPairFlags::add);
        cleanPairLinks += report.links().size();
      }
      Set<String> baseline = c.perturbation() == Perturbation.NONE ? Set.of() : cleanFlags.getOrDefault(pair, Set.of());
      List<Flag> fresh = report.flags().stream()
          .filter(f -> !baseline.contains(key(f, c)) || c.gold().stream().anyMatch(g -> matches(f, g, c))).toList();
      score(c, report.flags(), all);
      score(c, fresh, net);
      score(c, fresh.stream().filter(f -> f.severity() != Flag.Severity.MINOR).toList(), major);
      score(c, fresh.stream().map(ReviewEvaluation::firstSentenceOnly).toList(), strictPlace);
      int found = (int) c.gold().stream().filter(g -> report.flags().stream().anyMatch(f -> matches(f, g, c))).count();
      outcomes.add(new CaseOutcome(c.id(), c.perturbation(), c.change(), c.gold().size(), found,
          report.flags().stream().map(f -> f.type() + "/" + f.severity() + ": " + f.reason()).toList(),
          report.verdict().kind().name()));
      for (LinkReview review : report.linkReviews()) {
        if (!Double.isNaN(review.similarity())) {
          var link = report.links().get(review.linkIndex());
          boolean touches = c.gold().stream().anyMatch(g -> link.source().contains(g.sourceSentence())
              || link.target().contains(g.targetSentence()));
          linkScores.add(new LinkScore(c.id(), c.perturbation(), review.similarity(), review.zScore(), touches));
        }
      }
    }
    return new Result(embedder.modelId(), options, cases.size(), scores(all), scores(net), scores(major),
        scores(strictPlace), outcomes, linkScores, FlagRates.of(cleanPairLinks, cleanPairFlags));
  }

  /** An OMISSION or ADDITION flag reduced to the sentence it names first; other flags as they are. */
  private static Flag firstSentenceOnly(Flag f) {
    if (f.type() != Flag.Type.OMISSION && f.type() != Flag.Type.ADDITION) {
      return f;
    }
    return new Flag(f.type(), f.severity(), f.confidence(), f.linkIndex(), f.sourceSpans().stream().limit(1).toList(),
        f.targetSpans().stream().limit(1).toList(), f.reason());
  }

  /** What makes a flag the same on the clean and a perturbed version: type, Arabic spans, English text. */
  private static String key(Flag f, BenchmarkCase c) {
    return f.type() + "|" + f.sourceSpans() + "|"
        + f.targetSpans().stream().map(s -> s.of(c.target().original())).collect(Collectors.joining("|"));
  }

  private static Map<Flag.Type, int[]> counters() {
    Map<Flag.Type, int[]> counts = new EnumMap<>(Flag.Type.class);
    for (Flag.Type t : Flag.Type.values()) {
      counts.put(t, new int[4]); // true positives, false positives, false negatives, tolerated
    }
    return counts;
  }

  private static void score(BenchmarkCase c, List<Flag> raised, Map<Flag.Type, int[]> counts) {
    for (Flag f : raised) {
      boolean hit = c.gold().stream().anyMatch(g -> matches(f, g, c));
      boolean tolerated = !hit && c.tolerated().stream().anyMatch(g -> matches(f, g, c));
      counts.get(f.type())[hit ? 0 : tolerated ? 3 : 1]++;
    }
    for (GoldFlag g : c.gold()) {
      if (raised.stream().noneMatch(f -> matches(f, g, c))) {
        counts.get(g.type())[2]++;
      }
    }
  }

  static boolean matches(Flag flag, GoldFlag gold, BenchmarkCase c) {
    return flag.type() == gold.type()
        && (sentencesOf(flag.sourceSpans(), c.source()).contains(gold.sourceSentence())
            || sentencesOf(flag.targetSpans(), c.target()).contains(gold.targetSentence()));
  }

  private static Set<Integer> sentencesOf(List<Span> spans, Document document) {
    return document.sentences().stream()
        .filter(s -> spans.stream().anyMatch(span -> span.overlaps(s.span())))
        .map(s -> s.index())
        .collect(Collectors.toSet());
  }

  private static List<TypeScore> scores(Map<Flag.Type, int[]> counts) {
    List<TypeScore> scores = new ArrayList<>();
    counts.forEach((type, c) -> scores.add(new TypeScore(type, c[0], c[1], c[2], c[3],
        c[0] + c[1] == 0 ? Double.NaN : (double) c[0] / (c[0] + c[1]),
        c[0] + c[2] == 0 ? Double.NaN : (double) c[0] / (c[0] + c[2]))));
    return scores;
  }
}
