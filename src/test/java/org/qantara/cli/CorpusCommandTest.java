package org.qantara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.corpus.Corpus;
import org.qantara.core.edit.ReviewStatus;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.formats.Bitext;
import org.qantara.core.formats.BitextUnit;
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
    assertThat(search.err().strip()).contains("holds no corpus").doesNotContain("\n");

    CliRunner noCorpus = CliRunner.run("search", "word", "--corpus", tmp.resolve("new").toString());
    assertThat(noCorpus.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(noCorpus.err().strip()).startsWith("qantara: there is no corpus folder").doesNotContain("\n");
    assertThat(tmp.resolve("new")).doesNotExist(); // searching creates nothing

    CliRunner nothing = CliRunner.run("corpus", "add", "--corpus", tmp.resolve("new").toString());
    assertThat(nothing.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(nothing.err().strip()).startsWith("qantara: nothing to add");
  }

  /**
   * Searching opens the corpus for reading only: it runs while another writer holds the corpus's lock and
   * adds to it (seeing each commit), and it writes nothing into the folder (made read-only here; the
   * listing check is what bites when the tests run as root, whom permissions do not stop).
   */
  @Test
  void searchReadsBesideAWriterAndWritesNothing() throws Exception {
    Path json = tmp.resolve("seed.json");
    assertThat(CliRunner.run("align", "corpora/001_cf1290a72f3a51aa.txt", "--format", "json", "--out", json.toString()).exitCode()).isZero();
    Path index = tmp.resolve("index");
    assertThat(CliRunner.run("corpus", "add", json.toString(), "--corpus", index.toString()).exitCode()).isZero();

    try (Embedder embedder = new ModelRegistry(Path.of("models"), tmp.resolve("downloads")).open("builtin-ar-en");
        Corpus writer = Corpus.open(index, embedder)) {
      CliRunner before = CliRunner.run("search", "Hmeimim", "--corpus", index.toString());
      assertThat(before.exitCode()).as(before.err()).isZero();
      assertThat(before.out()).contains("⟦Hmeimim⟧");
      assertThat(CliRunner.run("search", "ministers Hmeimim", "--corpus", index.toString()).out()).contains("0 pair(s) match");
      CliRunner similar = CliRunner.run("search", "--similar", "The withdrawn equipment is moved to the Hmeimim base.",
          "--corpus", index.toString(), "-n", "1");
      assertThat(similar.exitCode()).as(similar.err()).isZero();
      assertThat(similar.out()).contains("similarity", "حميميم");

      writer.add(new Bitext("later", embedder.modelId(), List.of(new BitextUnit("later", 0, List.of(0), List.of(0),
          "اجتمع الوزراء في قاعدة حميميم.", "The ministers met at the Hmeimim base.", 0.9, List.of(), ReviewStatus.UNREVIEWED))));
      CliRunner after = CliRunner.run("search", "ministers Hmeimim", "--corpus", index.toString());
      assertThat(after.exitCode()).as(after.err()).isZero();
      assertThat(after.out()).contains("1 pair(s) match", "⟦ministers⟧");
    }

    Map<Path, String> files = listing(index);
    Set<PosixFilePermission> writable = Files.getPosixFilePermissions(index);
    Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      CliRunner readOnly = CliRunner.run("search", "ministers Hmeimim", "--corpus", index.toString());
      assertThat(readOnly.exitCode()).as(readOnly.err()).isZero();
      assertThat(readOnly.out()).contains("1 pair(s) match");
      assertThat(CliRunner.run("corpus", "stats", "--corpus", index.toString()).out()).contains("documents:   2");
      CliRunner badQuery = CliRunner.run("search", "\"open", "--corpus", index.toString());
      assertThat(badQuery.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
      assertThat(badQuery.err().strip()).startsWith("qantara: cannot read the query").doesNotContain("\n");
    } finally {
      Files.setPosixFilePermissions(index, writable);
    }
    assertThat(listing(index)).isEqualTo(files);
  }

  /** Every file of the folder with its size and modification time. */
  private static Map<Path, String> listing(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      Map<Path, String> listing = new TreeMap<>();
      for (Path file : files.toList()) {
        listing.put(file.getFileName(), Files.size(file) + " " + Files.getLastModifiedTime(file));
      }
      return listing;
    }
  }
}
