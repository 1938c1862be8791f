package org.qantara.eval.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.pipeline.AlignmentPipeline;
import org.qantara.core.review.Flag;
import org.qantara.core.review.ReviewOptions;

/**
 * The review issue's targets on the perturbation benchmark with the built-in model, as docs/QUALITY.md
 * reports them (all severities, net of the clean baseline): a change that loses them turns CI red.
 */
class ReviewBenchmarkTest {

  @Test
  void targetsHoldForOmissionAdditionNumberNameAndNegation() {
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, Path.of("models").toAbsolutePath().toString());
    List<BenchmarkCase> cases = new PerturbationGenerator(PerturbationGeneratorTest.benchmarkPairs(), 20260126L).cases();
    ReviewEvaluation.Result result;
    try (Embedder embedder = ModelRegistry.fromEnvironment().open("builtin-ar-en")) {
      AlignmentPipeline pipeline = new AlignmentPipeline(embedder, AlignerParams.defaults());
      result = ReviewEvaluation.evaluate(cases, pipeline::align, embedder, ReviewOptions.defaults());
    }
    Map<Flag.Type, ReviewEvaluation.TypeScore> net = result.netOfCleanBaseline().stream()
        .collect(Collectors.toMap(ReviewEvaluation.TypeScore::type, Function.identity()));
    for (Flag.Type type : List.of(Flag.Type.OMISSION, Flag.Type.ADDITION, Flag.Type.NUMBER, Flag.Type.NAME,
        Flag.Type.NEGATION)) {
      ReviewEvaluation.TypeScore score = net.get(type);
      assertThat(score.precision()).as(type + " precision, " + score).isGreaterThanOrEqualTo(0.8);
      assertThat(score.recall()).as(type + " recall, " + score).isGreaterThanOrEqualTo(0.9);
    }
    assertThat(net.get(Flag.Type.UNTRANSLATED).recall()).isEqualTo(1.0);
    // Severity that means something: the injected sentence omissions and additions are found at MAJOR too
    // (0.902 / 0.843 since the length test decides riders), not only net of minor flags.
    Map<Flag.Type, ReviewEvaluation.TypeScore> major = result.majorOrWorseNet().stream()
        .collect(Collectors.toMap(ReviewEvaluation.TypeScore::type, Function.identity()));
    assertThat(major.get(Flag.Type.OMISSION).recall()).as("major OMISSION recall, " + major.get(Flag.Type.OMISSION))
        .isGreaterThanOrEqualTo(0.9);
    assertThat(major.get(Flag.Type.ADDITION).recall()).as("major ADDITION recall, " + major.get(Flag.Type.ADDITION))
        .isGreaterThanOrEqualTo(0.84);
    // The precision target (0.5) at the recall reached. Word-level evidence reached 0.393 at recall 0.863.
    // The aligner's second look with word evidence (issue 14) raises fewer LOW_SIMILARITY flags in all (a clean
    // pair's two LOW_SIMILARITY links become a 1-0 and a 0-1), but reshapes links in perturbed variants, so that
    // fewer of their flags equal the clean pair's and are netted out: 0.396 -> 0.386 at the same recall. No
    // LOW_SIMILARITY where the two sides rank each other among their closest fifth of the document: 0.427. None
    // where the link's own NAME flag says a name is rendered as another and some words are paired: 0.440. With the
    // aligner's round-5 riders: 0.451 at recall 0.902. MAJOR (no word paired, no closer than unrelated pairs, and the
    // two sides not both a question or both an exclamation): 0.551 / 0.843. Issue 14, review6: no LOW_SIMILARITY
    // where a side holds no content word (0.474) or where the link is rendered like another link of the document
    // (its Arabic and its English each alike to that link's, 0.535 at recall 0.902, 0.541 merged with partial6's steps); MINOR where both sides are
    // negated (MAJOR 0.632 / 0.843).
    ReviewEvaluation.TypeScore low = net.get(Flag.Type.LOW_SIMILARITY);
    assertThat(low.precision()).as("LOW_SIMILARITY precision, " + low).isGreaterThanOrEqualTo(0.5);
    assertThat(low.recall()).as("LOW_SIMILARITY recall, " + low).isGreaterThanOrEqualTo(0.9);
    ReviewEvaluation.TypeScore majorLow = major.get(Flag.Type.LOW_SIMILARITY);
    assertThat(majorLow.precision()).as("major LOW_SIMILARITY precision, " + majorLow).isGreaterThanOrEqualTo(0.63);
    assertThat(majorLow.recall()).as("major LOW_SIMILARITY recall, " + majorLow).isGreaterThanOrEqualTo(0.84);
    // Strict place (an omission or addition counted at the first sentence it names): the 0.85 / 0.85, met
    // since align7 (OMISSION 0.792 / 0.824 -> 0.865 / 0.882: the link's mood in the aligner's second search, and a
    // sentence left alone taking the place of a near-paraphrase its partner renders no better; ADDITION 0.923 / 0.941).
    Map<Flag.Type, ReviewEvaluation.TypeScore> strict = result.strictPlaceNet().stream()
        .collect(Collectors.toMap(ReviewEvaluation.TypeScore::type, Function.identity()));
    assertThat(strict.get(Flag.Type.OMISSION).precision()).as("strict OMISSION").isGreaterThanOrEqualTo(0.85);
    assertThat(strict.get(Flag.Type.OMISSION).recall()).as("strict OMISSION").isGreaterThanOrEqualTo(0.85);
    // ADDITION was guarded at 0.92 / 0.94, above the target, what the dictionaries-only model reached (0.923 / 0.941);
    // with the learned model (issue 14, model8) it is 0.887 / 0.922: the guard is the target now.
    assertThat(strict.get(Flag.Type.ADDITION).precision()).as("strict ADDITION").isGreaterThanOrEqualTo(0.85);
    assertThat(strict.get(Flag.Type.ADDITION).recall()).as("strict ADDITION").isGreaterThanOrEqualTo(0.85);
    // The targets (0.6 / 0.5), met since partial7 (1.000 / 0.517, 15 of 29: a word paired only with an English
    // function word is not rendered, and a long unit stands out wherever the English has nothing left; before, 0.929 /
    // 0.448 by clauses and phrases, 0.750 / 0.207 by clauses alone). The bound is the target: one clause fewer misses it.
    ReviewEvaluation.TypeScore partial = net.get(Flag.Type.PARTIAL_OMISSION);
    // Precision was guarded at 0.9 (1.000 with the dictionaries-only model); the learned model (issue 14, model8) reads
    // 0.789: three clean Tatoeba lines whose short phrases it leaves unpaired ('بشكل جيد', 'بهذا الأمر', 'قيد الحياة',
    // MINOR) repeated in their pairs' variants. Guarded at what is reached, above the 0.6.
    assertThat(partial.precision()).as("PARTIAL_OMISSION precision, " + partial).isGreaterThanOrEqualTo(0.78);
    assertThat(partial.recall()).as("PARTIAL_OMISSION recall, " + partial).isGreaterThanOrEqualTo(0.5);
    // False alarms on the clean pairs as they are, per 100 links (the targets: major or worse < 2, all < 5).
    // Guards what was reached: 3.7 and 6.5 on 507 links, nearly all of it LOW_SIMILARITY (5.5 and 7.1 before the two
    // "Fadil" flags, true findings, were counted as such: clean-data-differences.tsv; 4.9 and 6.5 before a weak link
    // whose sides share a question or an exclamation became MINOR; 6.1 since a preposition carrying a pronoun, مني، معك،
    // is a function word; 5.9 since the clean line "أين عيناك حين تحتاجهما؟" / "Where are your eyes?" counts as the
    // partial omission it is). Issue 14, review6: 2.4 and 4.3, all under the 5, major or worse not under its 2
    // (weak links without content words on a side, rendered like another link, or both negated). Issue 14, review7:
    // 1.8 and 4.3, both under the targets (a sentence without a counterpart that nearly repeats one of the
    // neighbouring link, where the other side holds a near-repeated pair too, is MINOR: the alignment crossed two
    // renderings, nothing is lost or added).
    FlagRates clean = result.cleanPairs();
    assertThat(clean.links()).as("links of the clean pairs").isGreaterThan(500);
    // Issue 14, model8: the learned model, 10 major flags on 503 links (1.99; 1.8 with the dictionaries alone, guarded
    // under 1.9 then): the guard is the target, under 2.
    assertThat(clean.perHundredLinks(Flag.Severity.MAJOR)).as("clean pairs: major or worse per 100 links\n" + clean.table())
        .isLessThan(2);
    assertThat(clean.perHundredLinks(Flag.Severity.MINOR)).as("clean pairs: all flags per 100 links\n" + clean.table())
        .isLessThan(5);
    // Precision as raised (every flag, a clean pair's false alarm counted in each variant of the pair): the
    // issue's target 0.8 holds for NUMBER (1.000), NEGATION (0.889) and NAME (0.818). NAME was 0.621 while the two
    // clean Tatoeba lines that translate سامي as "Fadil" counted as false alarms, 7 times each; they are true
    // differences of the data (clean-data-differences.tsv) and tolerated now. 7 of the 8 left are seed 001's دمشق,
    // rendered as "the Syrian army"'s (MINOR), repeated in each variant of the pair.
    Map<Flag.Type, ReviewEvaluation.TypeScore> raw = result.allSeverities().stream()
        .collect(Collectors.toMap(ReviewEvaluation.TypeScore::type, Function.identity()));
    assertThat(raw.get(Flag.Type.NUMBER).precision()).as("NUMBER precision as raised").isGreaterThanOrEqualTo(0.8);
    assertThat(raw.get(Flag.Type.NEGATION).precision()).as("NEGATION precision as raised").isGreaterThanOrEqualTo(0.8);
    assertThat(raw.get(Flag.Type.NAME).precision()).as("NAME precision as raised").isGreaterThanOrEqualTo(0.8);
  }
}
