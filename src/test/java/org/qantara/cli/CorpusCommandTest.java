package org.qantara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.formats.TmxReader;

/** {@code corpus add|stats|export|remove} and {@code search} on the sample corpus, as a user runs them. */
class CorpusCommandTest {
  private static final Path GOLD = Path.of("../shared/gold/seed-001");

  @TempDir Path tmp;

  @BeforeAll
  static void useRepositoryModels() {
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, Path.of("models").toAbsolutePath().toString());
  }

  @Test
  void addSearchExportRemove() throws Exception {
    Path json = tmp.resolve("seed.json");
    assertThat(CliRunner.run("align", "corpora/001_cf1290a72f3a51aa.txt", "--format", "json", "--out", json.toString()).exitCode()).isZero();
    Path tmx = tmp.resolve("gold.tmx");
    assertThat(CliRunner.run("align", GOLD.resolve("ar.txt").toString(), "corpora/000_e7fe8f05ef32d9d0.txt",
        "--format", "tmx", "--out", tmx.toString()).exitCode()).isZero();
    String index = tmp.resolve("index").toString();

    CliRunner add = CliRunner.run("corpus", "add", json.toString(), tmx.toString(), "--corpus", index);
    assertThat(add.exitCode()).as(add.err()).isZero();
    assertThat(add.out()).contains("added seed: 7 link(s)", "added ar: ", "2 document(s)");

    CliRunner stats = CliRunner.run("corpus", "stats", "--corpus", index);
    assertThat(stats.exitCode()).as(stats.err()).isZero();
    assertThat(stats.out()).contains("documents:   2", "model:       builtin-ar-en", "seed", "ar");

    CliRunner arabic = CliRunner.run("search", "بالقاعدة", "--corpus", index, "--document", "seed");
    assertThat(arabic.exitCode()).as(arabic.err()).isZero();
    assertThat(arabic.out()).contains("pair(s) match", "⟦القاعدة⟧", "en: ", "seed#");

    CliRunner phrase = CliRunner.run("search", "\"Hmeimim base\"", "--corpus", index);
    assertThat(phrase.out()).contains("⟦Hmeimim base⟧");

    CliRunner similar = CliRunner.run("search", "--similar", "The source said the evacuation is still ongoing and the withdrawn equipment is moved to the Hmeimim base in Latakia.",
        "--corpus", index, "-n", "1");
    assertThat(similar.exitCode()).as(similar.err()).isZero();
    assertThat(similar.out()).contains("similarity", "عملية الإخلاء");

    Path exported = tmp.resolve("all.tmx");
    CliRunner export = CliRunner.run("corpus", "export", "--format", "tmx", "--out", exported.toString(), "--corpus", index);
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(TmxReader.read(exported).bitexts()).hasSize(2);

    CliRunner remove = CliRunner.run("corpus", "remove", "ar", "--corpus", index);
    assertThat(remove.exitCode()).as(remove.err()).isZero();
    assertThat(CliRunner.run("corpus", "stats", "--corpus", index).out()).contains("documents:   1");
  }

  @Test
  void badInputIsOneClearLine() throws Exception {
    Path notCorpus = tmp.resolve("mine");
    Files.createDirectories(notCorpus);
    Files.writeString(notCorpus.resolve("notes.txt"), "x");
    CliRunner search = CliRunner.run("search", "word", "--corpus", notCorpus.toString());
    assertThat(search.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(search.err().strip()).contains("is not empty and holds no corpus").doesNotContain("\n");

    CliRunner badQuery = CliRunner.run("search", "\"open", "--corpus", tmp.resolve("new").toString());
    assertThat(badQuery.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(badQuery.err().strip()).startsWith("qantara: cannot read the query").doesNotContain("\n");

    CliRunner nothing = CliRunner.run("corpus", "add", "--corpus", tmp.resolve("new").toString());
    assertThat(nothing.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(nothing.err().strip()).startsWith("qantara: nothing to add");
  }
}
