package org.qantara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.Link;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.formats.JsonFormat;
import org.qantara.core.formats.VecalignFormat;
import org.qantara.eval.align.AlignmentEvaluator;

/** The acceptance path of {@code qantara align} on seed 001 with the built-in model. */
class AlignCommandTest {
  private static final Path GOLD = Path.of("../shared/gold/seed-001");
  private static final Path BILINGUAL = Path.of("corpora/001_cf1290a72f3a51aa.txt");

  @TempDir Path tmp;

  @BeforeAll
  static void useRepositoryModels() {
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, Path.of("models").toAbsolutePath().toString());
  }

  @Test
  void presegmentedSeed001ReproducesTheGoldAlignmentExactly() {
    Path out = tmp.resolve("pred.txt");
    CliRunner r = CliRunner.run("align", GOLD.resolve("ar.txt").toString(), GOLD.resolve("en.txt").toString(),
        "--presegmented", "--format", "vecalign", "--out", out.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    List<Link> predicted = VecalignFormat.read(out);
    List<Link> gold = VecalignFormat.read(GOLD.resolve("gold.txt"));
    assertThat(AlignmentEvaluator.evaluateDocument(gold, predicted).strictF1()).isEqualTo(1.0);
    assertThat(VecalignFormat.toString(predicted, false)).isEqualTo(VecalignFormat.toString(gold, false));
  }

  @Test
  void presegmentedIndicesAreTheInputsLineNumbersWhateverTheLinesHold() throws IOException {
    // A date line reads as metadata and a blank line holds nothing: both still count as lines.
    List<String> arabic = new java.util.ArrayList<>(Files.readAllLines(GOLD.resolve("ar.txt")));
    arabic.addFirst("تاريخ 2026-01-26");
    List<String> english = new java.util.ArrayList<>(Files.readAllLines(GOLD.resolve("en.txt")));
    english.add(3, "");
    english.addFirst("Date 2026-01-26");
    Path ar = Files.write(tmp.resolve("ar.txt"), arabic);
    Path en = Files.write(tmp.resolve("en.txt"), english);
    Path out = tmp.resolve("pred.txt");
    CliRunner r = CliRunner.run("align", ar.toString(), en.toString(), "--presegmented", "--format", "vecalign", "--out", out.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("Set aside");
    List<Link> links = VecalignFormat.read(out);
    assertThat(links.stream().flatMap(l -> l.source().stream()).toList())
        .isEqualTo(java.util.stream.IntStream.range(0, arabic.size()).boxed().toList());
    assertThat(links.stream().flatMap(l -> l.target().stream()).toList())
        .isEqualTo(java.util.stream.IntStream.range(0, english.size()).boxed().toList());
    assertThat(links).anySatisfy(l -> assertThat(l.source()).containsExactly(1)).anySatisfy(l -> assertThat(l.target()).containsExactly(1));
    assertThat(VecalignFormat.toString(links, false)).startsWith("[0]:[0]\n[1]:[1]\n[2]:[2]\n");
  }

  @Test
  void rawBilingualFileIsSplitSegmentedAndAlignedLikeTheGold() throws IOException {
    Path out = tmp.resolve("seed001.json");
    CliRunner r = CliRunner.run("align", BILINGUAL.toString(), "--format", "json", "--out", out.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("split at");
    AlignedDocuments aligned;
    try (var reader = Files.newBufferedReader(out)) {
      aligned = JsonFormat.read(reader, out.toString());
    }
    assertThat(aligned.source().sentenceTexts()).containsExactlyElementsOf(Files.readAllLines(GOLD.resolve("ar.txt")).stream().map(String::strip).toList());
    assertThat(aligned.target().sentenceTexts()).containsExactlyElementsOf(Files.readAllLines(GOLD.resolve("en.txt")).stream().map(String::strip).toList());
    assertThat(VecalignFormat.toString(aligned.links(), false))
        .isEqualTo(VecalignFormat.toString(VecalignFormat.read(GOLD.resolve("gold.txt")), false));
  }

  @Test
  void sideBySideTextShowsBothLanguagesAndWhatWasSetAside() {
    CliRunner r = CliRunner.run("align", "../shared/gold/seed-001/ar.txt", "corpora/000_e7fe8f05ef32d9d0.txt", "--width", "140");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("مطار القامشلي").contains("Qamishli Airport");
    assertThat(r.out()).contains("Set aside").contains("date 2026-01-26");
  }

  @Test
  void tsvHasOneRowPerLinkAfterTheHeader() {
    CliRunner r = CliRunner.run("align", BILINGUAL.toString(), "--format", "tsv");

    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> rows = r.out().lines().toList();
    assertThat(rows.getFirst()).startsWith("source\ttarget\tscore");
    assertThat(rows).hasSize(1 + 7);
    assertThat(rows.get(4)).startsWith("3\t3,4\t");
  }
}
