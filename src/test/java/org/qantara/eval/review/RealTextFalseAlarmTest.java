package org.qantara.eval.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.pipeline.AlignmentPipeline;
import org.qantara.core.review.Flag;
import org.qantara.core.review.ReviewOptions;

/**
 * False alarms on the clean real-text set (corpora/realtext: legal, religious, software texts with their
 * published translations), as docs/QUALITY.md reports them. Run as a program, it prints the table and
 * every flag: {@code java -cp … org.qantara.eval.review.RealTextFalseAlarmTest}.
 */
class RealTextFalseAlarmTest {
  static final Path SET = Path.of("corpora/realtext");

  static RealTextReview.Result review() {
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, Path.of("models").toAbsolutePath().toString());
    try (Embedder embedder = ModelRegistry.fromEnvironment().open("builtin-ar-en")) {
      return RealTextReview.run(SET, embedder, new AlignmentPipeline(embedder, AlignerParams.defaults()),
          ReviewOptions.defaults());
    }
  }

  private static RealTextReview.Result result;

  @BeforeAll
  static void reviewTheSet() {
    result = review();
  }

  @Test
  void cleanRealTextRaisesFewFalseAlarms() {
    System.out.print(result.rates().table());
    assertThat(result.links()).isGreaterThan(300);
    assertThat(result.rates().perHundredLinks(Flag.Severity.MAJOR)).as("major or worse per 100 links").isLessThan(BOUND_MAJOR);
    assertThat(result.rates().perHundredLinks(Flag.Severity.MINOR)).as("all flags per 100 links").isLessThan(BOUND_ALL);
  }

  /**
   * A negated word on one side ("failed" for فشل, "unmet" for غير مستوفى, "unaware" for غافلين) and a
   * restriction ("only" for لا … إلا) are how the languages say the same thing: never a NEGATION flag. The
   * set has both (the APT messages, surah 12).
   */
  @Test
  void lexicalNegativesAndRestrictionsRaiseNoNegationFlag() {
    assertThat(result.flags()).filteredOn(f -> f.type() == Flag.Type.NEGATION)
        .allSatisfy(f -> assertThat(f.severity()).as(f.reason()).isEqualTo(Flag.Severity.CRITICAL))
        .hasSizeLessThanOrEqualTo(2);
  }

  /** "[Joseph] said", "[O Muhammad]": a name the translator put in brackets is marked as an addition already. */
  @Test
  void bracketedNamesAreNotFlagged() {
    for (RealTextReview.PairResult pair : result.pairs()) {
      String english = pair.report().target().original();
      assertThat(pair.report().flags(Flag.Type.NAME)).allSatisfy(f -> assertThat(f.targetSpans())
          .noneMatch(s -> s.start() > 0 && "[(".indexOf(english.charAt(s.start() - 1)) >= 0).as(f.reason()));
    }
    assertThat(result.pairs().stream().map(p -> p.report().target().original()).filter(t -> t.contains("[Joseph]"))).isNotEmpty();
  }

  /**
   * Surah 12:67's last sentence ("Indeed, no one despairs of relief from Allah except the disbelieving people")
   * is the end of its verse's rendering, which the model barely knows: the verse's length needs it, by far
   * more than three standard deviations, so it is no rider whatever the sentence vectors say.
   */
  @Test
  void aSentenceTheVerseLengthNeedsIsNoRider() {
    assertThat(result.flags()).noneMatch(f -> f.type() == Flag.Type.ADDITION
        && f.reason().contains("Indeed, no one despairs of relief from Allah"));
  }

  /**
   * The names of this set are all rendered: what is left are pronouns made explicit (MINOR). Before, ordinary
   * Arabic words matched some English name of the document by their consonants alone (غيابت "Egypt") or were
   * dictionary names (سولت "Sault") paired with a quotation's opening word ("Rather") or with a name the
   * Arabic uses elsewhere ("Azeez").
   */
  @Test
  void renderedNamesRaiseNoMajorNameFlag() {
    assertThat(result.flags()).filteredOn(f -> f.type() == Flag.Type.NAME)
        .allSatisfy(f -> assertThat(f.severity()).as(f.reason()).isEqualTo(Flag.Severity.MINOR));
  }

  /**
   * Guards what was reached (10.3 and 25.2 on 417 links, with the aligner's echoes detached and verse clauses joined
   * back; 10.1 and 25.2 with no LOW_SIMILARITY where a NAME flag says a name is rendered as another, run alone, but
   * 10.3 when run after other review tests in the same JVM; 9.8 and 25.1 with the aligner's round-5 riders and a weak
   * link whose sides share a question or an exclamation MINOR; 9.3 and 24.2, under the targets, since a
   * preposition carrying a pronoun is a function word and a partial omission asks whether the English has words
   * left that could render the clause, "everyone", "can", "said" among them; 8.6 and 20.6 with no weak link
   * where a side holds no content word or where the link is rendered like another link of the document, and a weak
   * link MINOR where both sides are negated, issue 14, review6). The bound leaves one flag of room for that run-to-run
   * difference.
   */
  static final double BOUND_MAJOR = 8.9;
  static final double BOUND_ALL = 21;

  public static void main(String[] args) {
    RealTextReview.Result result = review();
    for (RealTextReview.PairResult pair : result.pairs()) {
      System.out.printf("== %s: %d links, %d of %d sentences one-sided%n", pair.name(), pair.links(),
          pair.sentencesOneSided(), pair.sentences());
      for (Flag f : pair.flags()) {
        System.out.printf("%s %s [%d] %s%n", f.type(), f.severity(), f.linkIndex(), f.reason());
        if (java.util.List.of(args).contains(f.type().name())) {
          var link = pair.report().links().get(f.linkIndex());
          System.out.println("    AR: " + link.source().stream().map(i -> pair.report().source().sentences().get(i).text())
              .collect(java.util.stream.Collectors.joining(" | ")));
          System.out.println("    EN: " + link.target().stream().map(i -> pair.report().target().sentences().get(i).text())
              .collect(java.util.stream.Collectors.joining(" | ")));
        }
      }
    }
    System.out.print(result.rates().table());
    System.out.printf("links %d, major+ per 100 %.1f, all per 100 %.1f, one-sided sentences %.1f%%%n", result.links(),
        result.rates().perHundredLinks(Flag.Severity.MAJOR), result.rates().perHundredLinks(Flag.Severity.MINOR),
        100 * result.oneSidedShare());
  }
}
