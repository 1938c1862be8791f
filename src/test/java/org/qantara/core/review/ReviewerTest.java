package org.qantara.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.pipeline.AlignmentPipeline;
import org.qantara.core.text.Document;
import org.qantara.core.text.DocumentLoader;
import org.qantara.core.text.Lang;
import org.qantara.core.text.TextOptions;
import org.qantara.eval.review.PerturbationGenerator;

/** The reviewer with the built-in model on seed 001, clean, perturbed by hand, and against seed 003. */
class ReviewerTest {
  private static final Path GOLD = Path.of("../shared/gold/seed-001");
  private static Embedder embedder;
  private static AlignmentPipeline pipeline;
  private static List<String> arabic;
  private static List<String> english;

  @BeforeAll
  static void openBuiltinModel() throws IOException {
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, Path.of("models").toAbsolutePath().toString());
    embedder = ModelRegistry.fromEnvironment().open("builtin-ar-en");
    pipeline = new AlignmentPipeline(embedder, AlignerParams.defaults());
    arabic = Files.readAllLines(GOLD.resolve("ar.txt")).stream().map(String::strip).toList();
    english = Files.readAllLines(GOLD.resolve("en.txt")).stream().map(String::strip).toList();
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  private static ReviewReport review(List<String> englishLines) {
    Document source = PerturbationGenerator.document("seed-001.ar", Lang.AR, arabic);
    Document target = PerturbationGenerator.document("seed-001.en", Lang.EN, englishLines);
    return Reviewer.review(pipeline.align(source, target), embedder, ReviewOptions.defaults());
  }

  private static List<String> edited(int sentence, String from, String to) {
    List<String> lines = new ArrayList<>(english);
    assertThat(lines.get(sentence)).contains(from);
    lines.set(sentence, lines.get(sentence).replace(from, to));
    return lines;
  }

  @Test
  void reviewingSomeLinksGivesTheirFlagsAsTheWholeReviewDoes() {
    List<String> lines = edited(0, "two days", "five days");
    lines.set(6, lines.get(6).replace("will not be", "will be"));
    Document source = PerturbationGenerator.document("seed-001.ar", Lang.AR, arabic);
    Document target = PerturbationGenerator.document("seed-001.en", Lang.EN, lines);
    var aligned = pipeline.align(source, target);
    ReviewReport whole = Reviewer.review(aligned, embedder, ReviewOptions.defaults());
    List<Integer> some = List.of(0, aligned.links().size() - 1);

    ReviewReport part = Reviewer.reviewLinks(aligned, embedder, ReviewOptions.defaults(), some);

    assertThat(part.flags()).isNotEmpty()
        .isEqualTo(whole.flags().stream().filter(f -> some.contains(f.linkIndex())).toList());
    assertThat(part.linkReviews()).extracting(LinkReview::linkIndex).containsExactlyElementsOf(some);
    assertThat(part.verdict()).isEqualTo(whole.verdict());
  }

  @Test
  void cleanSeedIsATranslationWithoutCriticalOrMajorFlags() {
    ReviewReport report = review(english);
    assertThat(report.verdict().kind()).isEqualTo(DocumentVerdict.Kind.TRANSLATION);
    assertThat(report.flags()).as(report.flags().toString())
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Flag.Severity.MINOR));
    assertThat(report.needsAttention()).isFalse();
  }

  @Test
  void anotherOutletsReportIsNotATranslation() {
    Document source = PerturbationGenerator.document("seed-001.ar", Lang.AR, arabic);
    Document other = DocumentLoader.load(Path.of("../shared/corpora/seeds/003_136573a2288a97b2.txt"), Lang.EN,
        TextOptions.DEFAULT);
    ReviewReport report = Reviewer.review(pipeline.align(source, other), embedder, ReviewOptions.defaults());
    assertThat(report.verdict().kind()).isEqualTo(DocumentVerdict.Kind.NOT_A_TRANSLATION);
    assertThat(report.verdict().explanation()).contains("do not look like a translation");
    assertThat(report.needsAttention()).isTrue();
  }

  @Test
  void changedDualIsACriticalNumberFlagWithBothSpans() {
    ReviewReport report = review(edited(0, "two days", "five days"));
    Flag flag = onlyFlag(report, Flag.Type.NUMBER);
    assertThat(flag.severity()).isEqualTo(Flag.Severity.CRITICAL);
    assertThat(flag.reason()).contains("يومين").contains("five");
    assertThat(flag.sourceSpans().get(0).of(report.source().original())).isEqualTo("يومين");
    assertThat(flag.targetSpans().get(0).of(report.target().original())).isEqualTo("five");
  }

  @Test
  void swappedPlaceNameIsANameFlag() {
    ReviewReport report = review(edited(2, "Tartus", "Latakia"));
    List<Flag> serious = report.flags(Flag.Type.NAME).stream().filter(f -> f.severity() != Flag.Severity.MINOR).toList();
    assertThat(serious).as(report.flags().toString()).singleElement()
        .satisfies(f -> assertThat(f.targetSpans().get(0).of(report.target().original())).isEqualTo("Latakia"));
  }

  @Test
  void flippedNegationIsCritical() {
    ReviewReport report = review(edited(6, "will not be", "will be"));
    Flag flag = onlyFlag(report, Flag.Type.NEGATION);
    assertThat(flag.severity()).isEqualTo(Flag.Severity.CRITICAL);
    assertThat(flag.sourceSpans()).extracting(s -> s.of(report.source().original())).contains("لن");
  }

  @Test
  void deletedSentenceIsAnOmissionOfThatArabicSentence() {
    List<String> lines = new ArrayList<>(english);
    lines.remove(5);
    ReviewReport report = review(lines);
    Flag flag = onlyFlag(report, Flag.Type.OMISSION);
    assertThat(flag.sourceSpans()).containsExactly(report.source().sentences().get(4).span());
  }

  @Test
  void cleanSeedRaisesNoPartialOmission() {
    ReviewReport report = review(english);
    assertThat(report.flags(Flag.Type.PARTIAL_OMISSION)).as(report.flags().toString()).isEmpty();
  }

  @Test
  void droppedClauseIsAPartialOmissionInsideThatClause() {
    ReviewReport report = review(edited(1,
        ", and the equipment being withdrawn is being transferred to the Hmeimim base in Latakia", ""));
    Flag flag = onlyFlag(report, Flag.Type.PARTIAL_OMISSION);
    String arabicClause = "والمعدات التي يتم سحبها تُنقل إلى قاعدة حميميم في اللاذقية";
    int clauseStart = report.source().original().indexOf(arabicClause);
    assertThat(flag.sourceSpans()).singleElement().satisfies(span -> {
      assertThat(span.start()).isGreaterThanOrEqualTo(clauseStart);
      assertThat(span.end()).isLessThanOrEqualTo(clauseStart + arabicClause.length());
    });
    assertThat(flag.reason()).contains("سحبها تُنقل").contains("not rendered");
  }

  @Test
  void copiedArabicIsUntranslated() {
    List<String> lines = new ArrayList<>(english);
    lines.set(6, arabic.get(5));
    ReviewReport report = review(lines);
    assertThat(report.flags(Flag.Type.UNTRANSLATED)).isNotEmpty();
    assertThat(report.flags(Flag.Type.UNTRANSLATED).get(0).targetSpans().get(0).of(report.target().original()))
        .isEqualTo(arabic.get(5).replaceAll("[.]$", "")); // the evidence runs from the first to the last word
  }

  @Test
  void wordLevelEvidenceCoversMostOfAFaithfulLinkAndMatchesNamesAcrossScripts() {
    ReviewReport report = review(english);
    LinkReview second = report.linkReviews().get(1);
    assertThat(second.sourceCoverage()).isGreaterThan(0.5);
    assertThat(second.targetCoverage()).isGreaterThan(0.5);
    assertThat(second.wordLinks())
        .filteredOn(w -> w.kind() == WordLink.Kind.TRANSLITERATION)
        .extracting(w -> w.target().of(report.target().original()))
        .contains("Hmeimim", "Latakia", "Qamishli");
  }

  private static Flag onlyFlag(ReviewReport report, Flag.Type type) {
    assertThat(report.flags(type)).as(report.flags().toString()).hasSize(1);
    return report.flags(type).get(0);
  }
}
