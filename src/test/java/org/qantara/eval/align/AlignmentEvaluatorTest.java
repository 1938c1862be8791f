package org.qantara.eval.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qantara.core.align.Link;
import org.qantara.core.formats.VecalignFormat;

class AlignmentEvaluatorTest {
  private static final Path DEV = Path.of("../shared/dev/tatoeba-docs");

  private static List<Link> links(String text) {
    return VecalignFormat.parse(text, "test");
  }

  // Hand-computed with the definitions of Vecalign's score.py:
  // precision over 7 predicted links: strict hits [0]:[0], [2]:[], []:[3]; lax adds [1]:[1] and [3]:[4].
  // recall over the 3 two-sided gold links vs two-sided predictions: strict [0]:[0]; lax all three.
  private static final List<Link> GOLD = links("[0]:[0]\n[1]:[1,2]\n[2]:[]\n[]:[3]\n[3,4]:[4]\n");
  private static final List<Link> PREDICTED = links("[0]:[0]\n[1]:[1]\n[]:[2]\n[2]:[]\n[]:[3]\n[3]:[4]\n[4]:[]\n");

  @Test
  void matchesHandComputedFiguresOnATinyExample() {
    AlignmentScores scores = AlignmentEvaluator.evaluateDocument(GOLD, PREDICTED);

    assertThat(scores.strictPrecision()).isCloseTo(3.0 / 7, within(1e-12));
    assertThat(scores.laxPrecision()).isCloseTo(5.0 / 7, within(1e-12));
    assertThat(scores.strictRecall()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(scores.laxRecall()).isEqualTo(1.0);
    assertThat(scores.strictF1()).isCloseTo(0.375, within(1e-12));
    assertThat(scores.laxF1()).isCloseTo(10.0 / 12, within(1e-12));
    assertThat(scores.goldLinks()).isEqualTo(5);
    assertThat(scores.predictedLinks()).isEqualTo(7);
  }

  @Test
  void microAveragesCountsOverDocuments() {
    List<Link> perfect = links("[0]:[0]\n[1]:[1]\n[2]:[2]\n");

    AlignmentScores scores = AlignmentEvaluator.evaluate(List.of(GOLD, perfect), List.of(PREDICTED, perfect));

    // Summed counts: precision (3+3)/(7+3), recall (1+3)/(3+3) — not the mean of per-document rates.
    assertThat(scores.strictPrecision()).isCloseTo(0.6, within(1e-12));
    assertThat(scores.strictRecall()).isCloseTo(4.0 / 6, within(1e-12));
    assertThat(scores.documents()).isEqualTo(2);
  }

  @Test
  void duplicateLinksCountOnceAndScoresAreIgnored() {
    List<Link> gold = links("[0]:[0]\n[1]:[1]\n");
    List<Link> predicted = links("[0]:[0]:0.9\n[0]:[0]:0.1\n[1]:[1]:0.5\n");

    AlignmentScores scores = AlignmentEvaluator.evaluateDocument(gold, predicted);

    assertThat(scores.strictPrecision()).isEqualTo(1.0);
    assertThat(scores.predictedLinks()).isEqualTo(2);
  }

  @Test
  void goldAgainstItselfScoresOneOnTheDevelopmentDocuments() throws Exception {
    List<List<Link>> gold = new ArrayList<>();
    try (var files = Files.list(DEV)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".gold")).sorted().toList()) {
        gold.add(VecalignFormat.read(file));
      }
    }
    assertThat(gold).hasSize(10);

    AlignmentScores scores = AlignmentEvaluator.evaluate(gold, gold);

    assertThat(List.of(scores.strictPrecision(), scores.strictRecall(), scores.strictF1(), scores.laxF1()))
        .containsOnly(1.0);
  }

  @Test
  void nothingPredictedScoresZeroInsteadOfDividingByZero() {
    AlignmentScores scores = AlignmentEvaluator.evaluateDocument(GOLD, List.of());

    assertThat(scores.strictPrecision()).isZero();
    assertThat(scores.strictF1()).isZero();
  }

  @Test
  void serialisesToJsonAndRendersAsText() throws Exception {
    AlignmentScores scores = AlignmentEvaluator.evaluateDocument(GOLD, PREDICTED);

    assertThat(new ObjectMapper().readValue(scores.toJson(), AlignmentScores.class)).isEqualTo(scores);
    assertThat(scores.render()).contains("precision  0.429     0.714").contains("F1         0.375     0.833");
  }
}
