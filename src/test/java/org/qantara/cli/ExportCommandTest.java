package org.qantara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.formats.BitextUnit;
import org.qantara.core.formats.TmxReader;

/** {@code align --format tmx|moses|…}, {@code batch --format …} and {@code export} on seed 001. */
class ExportCommandTest {
  private static final Path GOLD = Path.of("../shared/gold/seed-001");
  private static final Path BILINGUAL = Path.of("corpora/001_cf1290a72f3a51aa.txt");

  @TempDir Path tmp;

  @BeforeAll
  static void useRepositoryModels() {
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, Path.of("models").toAbsolutePath().toString());
  }

  @Test
  void alignWritesTmxWithTheGoldLinks() {
    Path tmx = tmp.resolve("seed.tmx");
    CliRunner r = CliRunner.run("align", GOLD.resolve("ar.txt").toString(), GOLD.resolve("en.txt").toString(),
        "--presegmented", "--format", "tmx", "--out", tmx.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("7 link(s) written as tmx");
    List<BitextUnit> units = TmxReader.read(tmx).units();
    assertThat(units).extracting(u -> u.type().toString()).containsExactly("1-1", "1-1", "1-1", "1-2", "1-1", "1-1", "1-1");
    assertThat(units).allMatch(u -> u.document().equals("ar"));
  }

  @Test
  void alignWritesMosesAndSkipsManyToManyOnRequest() throws Exception {
    Path base = tmp.resolve("seed");
    CliRunner r = CliRunner.run("align", BILINGUAL.toString(), "--format", "moses", "--many", "skip", "--out", base.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readAllLines(tmp.resolve("seed.ar"))).hasSize(6);
    assertThat(Files.readAllLines(tmp.resolve("seed.en"))).hasSize(6);
    assertThat(r.err()).contains("6 link(s) written as moses, 1 left out by the export options");
  }

  @Test
  void mosesToStandardOutputIsOneClearLine() {
    CliRunner r = CliRunner.run("align", BILINGUAL.toString(), "--format", "moses");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err().strip()).startsWith("qantara: the Moses format writes two files").doesNotContain("\n");
  }

  @Test
  void exportTurnsABatchFolderOfJsonIntoOneXliffAndJsonl() throws Exception {
    Path batch = tmp.resolve("batch");
    Path manifest = tmp.resolve("pairs.tsv");
    Files.writeString(manifest, BILINGUAL.toAbsolutePath() + "\n" + GOLD.resolve("ar.txt").toAbsolutePath() + "\t"
        + Path.of("corpora/000_e7fe8f05ef32d9d0.txt").toAbsolutePath() + "\n");
    CliRunner b = CliRunner.run("batch", manifest.toString(), "--format", "json", "--out", batch.toString());
    assertThat(b.exitCode()).as(b.err()).isZero();

    Path xlf = tmp.resolve("all.xlf");
    CliRunner x = CliRunner.run("export", batch.toString(), "--format", "xliff", "--out", xlf.toString());
    assertThat(x.exitCode()).as(x.err()).isZero();
    assertThat(Files.readString(xlf).split("<file ", -1)).hasSize(3);

    CliRunner j = CliRunner.run("export", batch.toString(), "--format", "jsonl", "--dedup", "--exclude-flag", "omission");
    assertThat(j.exitCode()).as(j.err()).isZero();
    assertThat(j.out().lines().count()).isGreaterThanOrEqualTo(7);
  }

  @Test
  void batchWritesTmxPerPair() throws Exception {
    Path batch = tmp.resolve("batch");
    Path manifest = tmp.resolve("pairs.tsv");
    Files.writeString(manifest, BILINGUAL.toAbsolutePath() + "\n");
    CliRunner b = CliRunner.run("batch", manifest.toString(), "--format", "tmx", "--min-score", "0.1", "--out", batch.toString());
    assertThat(b.exitCode()).as(b.err()).isZero();
    assertThat(TmxReader.read(batch.resolve("001_cf1290a72f3a51aa.tmx")).units()).hasSize(7);
  }

  @Test
  void exportOfAMissingInputIsOneClearLine() {
    CliRunner r = CliRunner.run("export", tmp.resolve("nope.json").toString(), "--format", "tmx");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err().strip()).contains("nope.json does not exist").doesNotContain("\n");
  }
}
