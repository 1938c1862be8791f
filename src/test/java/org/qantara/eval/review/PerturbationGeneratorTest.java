package org.qantara.eval.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qantara.core.review.Flag;
import org.qantara.core.text.Lang;

class PerturbationGeneratorTest {
  private static final Path SHARED = Path.of("../shared");

  static List<CleanPair> benchmarkPairs() {
    List<CleanPair> pairs = new ArrayList<>();
    pairs.add(CleanPair.goldAligned(SHARED.resolve("gold/seed-001")));
    pairs.addAll(CleanPair.lineParallel(SHARED.resolve("dev/tatoeba-ara-eng/dev.ar"),
        SHARED.resolve("dev/tatoeba-ara-eng/dev.en"), 10));
    return pairs;
  }

  @Test
  void sameSeedSameBenchmarkAndEveryErrorTypeIsPresent() {
    List<BenchmarkCase> first = new PerturbationGenerator(benchmarkPairs(), 7).cases();
    List<BenchmarkCase> again = new PerturbationGenerator(benchmarkPairs(), 7).cases();
    assertThat(again).extracting(BenchmarkCase::change).isEqualTo(first.stream().map(BenchmarkCase::change).toList());
    Map<Perturbation, Long> perKind = first.stream()
        .collect(Collectors.groupingBy(BenchmarkCase::perturbation, Collectors.counting()));
    assertThat(perKind.keySet()).containsExactlyInAnyOrder(Perturbation.values());
    assertThat(perKind.get(Perturbation.NONE)).isEqualTo(51);
    assertThat(perKind.get(Perturbation.CHANGE_NUMBER)).isGreaterThanOrEqualTo(8);
    assertThat(perKind.get(Perturbation.SWAP_NAME)).isGreaterThanOrEqualTo(20);
  }

  @Test
  void goldPointsAtTheChangedSentence() {
    for (BenchmarkCase c : new PerturbationGenerator(benchmarkPairs(), 11).cases()) {
      if (c.perturbation() == Perturbation.NONE) {
        assertThat(c.gold()).isEmpty();
        assertThat(c.target().sentenceTexts()).isEqualTo(c.source().sentences().size() == 7
            ? CleanPair.goldAligned(SHARED.resolve("gold/seed-001")).target() : c.target().sentenceTexts());
        continue;
      }
      assertThat(c.gold()).singleElement().satisfies(g -> assertThat(g.type()).isEqualTo(c.perturbation().expected()));
      BenchmarkCase.GoldFlag g = c.gold().get(0);
      switch (c.perturbation()) {
        case DELETE_SENTENCE -> assertThat(c.target().sentences()).hasSize(c.source().sentences().size()
            + (c.source().sentences().size() == 7 ? 0 : -1));
        case INSERT_SENTENCE -> assertThat(g.targetSentence()).isBetween(0, c.target().sentences().size() - 1);
        case COPY_SOURCE -> assertThat(c.target().sentences().get(g.targetSentence()).text())
            .isEqualTo(c.source().sentences().get(g.sourceSentence()).text());
        default -> assertThat(g.targetSentence()).isNotNegative();
      }
    }
  }

  @Test
  void sentenceEditsChangeWhatTheySay() {
    Random random = new Random(1);
    assertThat(PerturbationGenerator.flipNegation("I don't like fish.")).hasValue("I do like fish.");
    assertThat(PerturbationGenerator.flipNegation("Sami is a teacher.")).hasValue("Sami is not a teacher.");
    assertThat(PerturbationGenerator.flipNegation("Sami likes fish.")).isEmpty();
    assertThat(PerturbationGenerator.changeNumber("It started two days ago.", random).orElseThrow())
        .doesNotContain("two").startsWith("It started ").endsWith(" days ago.");
    assertThat(PerturbationGenerator.changeNumber("He has 15 cats.", random).orElseThrow()).doesNotContain("15");
    assertThat(PerturbationGenerator.deleteClause(
        "The convoy was heading north, amid tight security measures, said the source.", random))
        .hasValue("The convoy was heading north, said the source.");
  }

  @Test
  void findingsImpliedByTheChangeAreToleratedAtTheChangedSentenceOnly() {
    List<BenchmarkCase> cases = new PerturbationGenerator(benchmarkPairs(), 11).cases();
    for (BenchmarkCase c : cases) {
      List<BenchmarkCase.GoldFlag> implied = c.tolerated().stream().filter(t -> !isKnownDifference(c, t)).toList();
      switch (c.perturbation()) {
        case NONE, CHANGE_NUMBER, SWAP_NAME, FLIP_NEGATION -> assertThat(implied).as(c.change()).isEmpty();
        default -> assertThat(implied).as(c.change()).allSatisfy(t -> {
          assertThat(t.type()).isNotEqualTo(c.perturbation().expected());
          assertThat(t.sourceSentence()).isEqualTo(c.gold().get(0).sourceSentence());
          assertThat(t.targetSentence()).isEqualTo(c.gold().get(0).targetSentence());
        });
      }
    }
    // A replaced sentence that named someone leaves that name unrendered: true, but not what is measured.
    assertThat(cases).filteredOn(c -> c.perturbation() == Perturbation.REPLACE_SENTENCE)
        .anySatisfy(c -> assertThat(c.tolerated()).extracting(BenchmarkCase.GoldFlag::type).contains(Flag.Type.NAME));
    assertThat(PerturbationGenerator.removedStretch("Only 3 out of the 98 passengers survived.", "Only 3 out of the."))
        .isEqualTo(" 98 passengers survived");
  }

  @Test
  void trueDifferencesOfTheCleanDataAreToleratedInEveryCaseOfTheirPair() {
    PerturbationGenerator generator = new PerturbationGenerator(benchmarkPairs(), 11);
    assertThat(PerturbationGenerator.KNOWN_DIFFERENCES).hasSize(3);
    assertThat(generator.knownDifferencesMissing()).as("rows of clean-data-differences.tsv not in the data").isEmpty();
    List<BenchmarkCase> holding = generator.cases().stream()
        .filter(c -> c.tolerated().stream().anyMatch(t -> isKnownDifference(c, t))).toList();
    // Three Tatoeba pseudo-documents, each in its clean case and every variant.
    assertThat(holding).extracting(c -> c.id().substring(0, c.id().lastIndexOf('/'))).containsOnly("tatoeba-ara-eng-003",
        "tatoeba-ara-eng-021", "tatoeba-ara-eng-041");
    List<BenchmarkCase> clean = holding.stream().filter(c -> c.perturbation() == Perturbation.NONE).toList();
    assertThat(clean).hasSize(3).allSatisfy(c -> assertThat(c.tolerated()).hasSize(1));
    assertThat(clean).filteredOn(c -> c.tolerated().get(0).type() == Flag.Type.NAME).hasSize(2)
        .allSatisfy(c -> assertThat(c.tolerated()).singleElement().satisfies(t -> {
          assertThat(c.target().sentences().get(t.sourceSentence()).text()).contains("Fadil");
          assertThat(c.source().sentences().get(t.sourceSentence()).text()).contains("سامي");
        }));
    // "أين عيناك حين تحتاجهما؟" rendered "Where are your eyes?": "when you need them" is left out.
    assertThat(clean).filteredOn(c -> c.tolerated().get(0).type() == Flag.Type.PARTIAL_OMISSION).singleElement()
        .satisfies(c -> assertThat(c.source().sentences().get(c.tolerated().get(0).sourceSentence()).text())
            .contains("حين تحتاجهما"));
  }

  private static boolean isKnownDifference(BenchmarkCase c, BenchmarkCase.GoldFlag t) {
    return t.targetSentence() < 0 && t.sourceSentence() >= 0 && PerturbationGenerator.KNOWN_DIFFERENCES.stream()
        .anyMatch(d -> d.type() == t.type() && d.arabic().equals(c.source().sentences().get(t.sourceSentence()).text().strip()));
  }

  @Test
  void documentsKeepSentenceOffsets() {
    var doc = PerturbationGenerator.document("x", Lang.EN, List.of("One.", "Two three."));
    assertThat(doc.sentences().get(1).span().of(doc.original())).isEqualTo("Two three.");
    assertThat(Flag.Type.values()).contains(Perturbation.REPLACE_SENTENCE.expected());
  }
}
