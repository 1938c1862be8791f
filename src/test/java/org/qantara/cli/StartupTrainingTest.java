package org.qantara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.align.Link;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.formats.VecalignFormat;

/** The start-up caches' training runs do what the launchers rely on them for. */
class StartupTrainingTest {
  private static final Path SAMPLE = Path.of("corpora/001_cf1290a72f3a51aa.txt");

  @TempDir Path tmp;

  @BeforeAll
  static void useRepositoryModels() {
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, Path.of("models").toAbsolutePath().toString());
  }

  @Test
  void alignTrainingReachesTheCoarseToFineSearchAndTheWordEvidencePass() throws IOException {
    assertThat(StartupTraining.train("align", SAMPLE, tmp)).isZero();

    List<Link> links = VecalignFormat.read(tmp.resolve("long.vecalign"));
    int maxFull = AlignerParams.defaults().maxFullDpSize();
    assertThat(Files.readAllLines(tmp.resolve("long.ar"))).hasSizeGreaterThan(maxFull);
    assertThat(Files.readAllLines(tmp.resolve("long.en"))).hasSizeGreaterThan(maxFull);
    // The word-evidence pass returns at once when every link is 1-1.
    assertThat(links).anyMatch(link -> link.source().size() + link.target().size() > 2);
    assertThat(VecalignFormat.read(tmp.resolve("sample.vecalign"))).isNotEmpty();
  }

  @Test
  void reviewTrainingWritesTheReview() throws IOException {
    assertThat(StartupTraining.train("review", SAMPLE, tmp)).isZero();

    assertThat(tmp.resolve("review.json")).isNotEmptyFile();
    assertThat(tmp.resolve("review.html")).isNotEmptyFile();
  }
}
