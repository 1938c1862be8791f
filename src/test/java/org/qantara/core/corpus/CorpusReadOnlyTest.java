package org.qantara.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.QantaraException;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.formats.Bitext;
import org.qantara.core.pipeline.AlignmentPipeline;
import org.qantara.core.text.BilingualDocuments;
import org.qantara.core.text.DocumentLoader;
import org.qantara.core.text.TextOptions;

/** A corpus opened for reading only beside a process that writes it: no lock, nothing written, new commits seen. */
class CorpusReadOnlyTest {
  private static Embedder embedder;
  private static AlignedDocuments aligned;
  private static Bitext seed;

  @TempDir Path dir;

  @BeforeAll
  static void alignSeed001() {
    embedder = new ModelRegistry(Path.of("models"), Path.of("target/no-downloads")).open("builtin-ar-en");
    BilingualDocuments docs = DocumentLoader.loadBilingual(Path.of("corpora/001_cf1290a72f3a51aa.txt"), TextOptions.DEFAULT);
    aligned = new AlignmentPipeline(embedder, AlignerParams.defaults()).align(docs.source(), docs.target());
    seed = Bitext.of("001", aligned);
  }

  @AfterAll
  static void closeModel() {
    embedder.close();
  }

  @Test
  void searchesBesideAWriterAndSeesItsNextCommit() {
    Path index = dir.resolve("index");
    try (Corpus writer = Corpus.open(index, embedder)) {
      writer.add(seed);
      try (Corpus reader = Corpus.openReadOnly(index, embedder)) {
        assertThat(reader.modelId()).isEqualTo(embedder.modelId());
        assertThat(reader.search("بالقاعدة", SearchFilter.NONE, 0, 10).totalHits()).isPositive();
        assertThat(reader.nearest(seed.units().get(0).english(), 1, SearchFilter.NONE, null).getFirst().arabic())
            .isEqualTo(seed.units().get(0).arabic());

        writer.add(Bitext.of("001-again", aligned));
        assertThat(reader.stats().pairsPerDocument()).containsOnlyKeys("001", "001-again");

        assertThatThrownBy(() -> reader.add(seed)).isInstanceOf(QantaraException.class).hasMessageContaining("reading only");
        assertThatThrownBy(() -> reader.remove("001")).isInstanceOf(QantaraException.class).hasMessageContaining("reading only");
      }
    }
  }

  @Test
  void refusesAFolderWithoutACorpusAndCreatesNothing() {
    Path missing = dir.resolve("missing");
    assertThatThrownBy(() -> Corpus.openReadOnly(missing, null)).isInstanceOf(QantaraException.class)
        .hasMessageContaining("there is no corpus folder " + missing);
    assertThat(missing).doesNotExist();
    assertThatThrownBy(() -> Corpus.openReadOnly(dir, null)).isInstanceOf(QantaraException.class)
        .hasMessageContaining("holds no corpus");
    assertThat(dir).isEmptyDirectory();
  }
}
