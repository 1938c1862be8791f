package org.qantara.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.QantaraException;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.corpus.Corpus;
import org.qantara.core.corpus.CorpusHit;
import org.qantara.core.corpus.CorpusStats;
import org.qantara.core.corpus.SearchFilter;
import org.qantara.core.embed.DjlEmbedder;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.formats.Bitext;
import org.qantara.core.pipeline.AlignmentPipeline;
import org.qantara.core.text.BilingualDocuments;
import org.qantara.core.text.Document;
import org.qantara.core.text.DocumentLoader;
import org.qantara.core.text.Lang;
import org.qantara.core.text.Span;
import org.qantara.core.text.TextOptions;

/**
 * The concordance panel's view-model fed by its browser on a real Lucene corpus on disk (seed 001 and four
 * other English texts aligned against its Arabic), opened read-only as the window opens it. No display.
 */
class ConcordanceModelTest {
  @TempDir static Path dir;
  private static ModelRegistry registry;
  private static Bitext seed;
  private static CorpusBrowser browser;

  @BeforeAll
  static void buildCorpus() {
    registry = new ModelRegistry(Path.of("models"), dir.resolve("downloads"));
    try (DjlEmbedder embedder = registry.open("builtin-ar-en")) {
      AlignmentPipeline pipeline = new AlignmentPipeline(embedder, AlignerParams.defaults());
      BilingualDocuments docs = DocumentLoader.loadBilingual(Path.of("corpora/001_cf1290a72f3a51aa.txt"), TextOptions.DEFAULT);
      List<Bitext> bitexts = new ArrayList<>();
      seed = Bitext.of("001_cf1290a72f3a51aa", pipeline.align(docs.source(), docs.target()));
      bitexts.add(seed);
      for (String english : List.of("000_e7fe8f05ef32d9d0", "002_4f50d30e0741fa47", "003_136573a2288a97b2", "004_f7073c6b32d1ead5")) {
        Document target = DocumentLoader.load(Path.of("corpora", english + ".txt"), Lang.EN, TextOptions.DEFAULT);
        bitexts.add(Bitext.of("other-" + english.substring(0, 3), pipeline.align(docs.source(), target)));
      }
      try (Corpus corpus = Corpus.open(dir.resolve("corpus"), embedder)) {
        corpus.addAll(bitexts);
      }
    }
    browser = new CorpusBrowser(registry);
  }

  @AfterAll
  static void close() {
    browser.close();
  }

  private static ConcordanceModel opened() {
    ConcordanceModel model = new ConcordanceModel();
    CorpusStats stats = browser.open(dir.resolve("corpus"));
    model.opened(dir.resolve("corpus"), stats);
    return model;
  }

  @Test
  void opensTheCorpusAndSaysWhatItHolds() {
    ConcordanceModel model = new ConcordanceModel();
    assertThat(model.canSearch()).isFalse();
    model.started("Opening…");
    assertThat(model.isBusy()).isTrue();

    CorpusStats stats = browser.open(dir.resolve("corpus"));
    model.opened(dir.resolve("corpus"), stats);

    assertThat(model.canSearch()).isTrue();
    assertThat(model.documents()).containsExactly("001_cf1290a72f3a51aa", "other-000", "other-002", "other-003", "other-004");
    assertThat(model.corpusSummary()).isEqualTo(dir.resolve("corpus") + ": " + stats.pairs() + " pairs from 5 documents, vectors of builtin-ar-en");
    assertThat(model.message()).isEqualTo(model.corpusSummary());
  }

  @Test
  void arabicKeywordByAPrefixedFormFindsTheWordWithItsCounterpartHighlighted() {
    ConcordanceModel model = opened();
    SearchFilter onlySeed = new SearchFilter("001_cf1290a72f3a51aa", null, null, null);

    model.keywordResults("بالقاعدة", onlySeed, browser.keywords("بالقاعدة", onlySeed, 0, ConcordanceModel.PAGE_SIZE));

    assertThat(model.rows()).isNotEmpty();
    ConcordanceModel.Row first = model.rows().getFirst();
    assertThat(first.number()).isEqualTo(1);
    assertThat(first.measure()).startsWith("relevance ");
    assertThat(first.hit().arabicMatches()).isNotEmpty();
    Span match = first.hit().arabicMatches().getFirst();
    assertThat(first.hit().arabic().substring(match.start(), match.end())).contains("قاعدة");
    assertThat(first.hit().english()).isNotBlank();
    assertThat(first.places()).startsWith("001_cf1290a72f3a51aa #");
    assertThat(model.message()).endsWith("(in 001_cf1290a72f3a51aa); page 1 of 1.");
    assertThat(model.selected()).contains(first);
  }

  @Test
  void englishWordsPageThroughTwentyAtATime() {
    ConcordanceModel model = opened();
    String query = "Russian OR base OR source OR equipment OR Moscow OR soldiers";
    model.keywordResults(query, SearchFilter.NONE, browser.keywords(query, SearchFilter.NONE, 0, ConcordanceModel.PAGE_SIZE));
    assertThat(model.total()).as("enough pairs match for two pages").isGreaterThan(ConcordanceModel.PAGE_SIZE);
    assertThat(model.rows()).hasSize(ConcordanceModel.PAGE_SIZE);
    assertThat(model.hasPreviousPage()).isFalse();
    assertThat(model.hasNextPage()).isTrue();
    assertThat(model.rows().getFirst().hit().englishMatches()).isNotEmpty();

    model.started("Searching…");
    assertThat(model.hasNextPage()).as("no paging while a search runs").isFalse();
    model.keywordResults(query, SearchFilter.NONE, browser.keywords(query, SearchFilter.NONE, 1, ConcordanceModel.PAGE_SIZE));

    assertThat(model.page()).isEqualTo(1);
    assertThat(model.rows().getFirst().number()).isEqualTo(ConcordanceModel.PAGE_SIZE + 1);
    assertThat(model.hasPreviousPage()).isTrue();
    assertThat(model.message()).contains("page 2 of " + model.pages());
  }

  @Test
  void similarSentenceInEnglishFindsSeed001sArabicPair() {
    ConcordanceModel model = opened();
    String english = seed.units().get(2).english();

    List<CorpusHit> nearest = browser.similar(english, ConcordanceModel.NEAREST, SearchFilter.NONE, null);
    model.similarResults(english, SearchFilter.NONE, nearest);

    assertThat(model.mode()).isEqualTo(ConcordanceModel.Mode.SIMILAR);
    assertThat(model.rows()).hasSizeLessThanOrEqualTo(ConcordanceModel.NEAREST).isNotEmpty();
    ConcordanceModel.Row best = model.rows().getFirst();
    assertThat(best.hit().arabic()).isEqualTo(seed.units().get(2).arabic());
    assertThat(best.hit().relevance()).isGreaterThan(0.5);
    assertThat(best.measure()).matches("similarity 0\\.\\d{3}|similarity 1\\.000");
    assertThat(model.hasNextPage()).isFalse();
    assertThat(model.message()).startsWith(model.rows().size() + " nearest pairs by meaning");
  }

  @Test
  void aBadQueryIsOneLineAndKeepsTheHitsShown() {
    ConcordanceModel model = opened();
    model.keywordResults("القاعدة", SearchFilter.NONE, browser.keywords("القاعدة", SearchFilter.NONE, 0, ConcordanceModel.PAGE_SIZE));
    List<ConcordanceModel.Row> before = model.rows();

    Throwable error = org.assertj.core.api.Assertions.catchThrowable(() -> browser.keywords("\"unclosed", SearchFilter.NONE, 0, 20));
    model.failed(ErrorDialogs.message(error).replace("\n\n", " "));

    assertThat(model.message()).startsWith("Cannot read the query '\"unclosed'").contains("What to do:").doesNotContain("\n");
    assertThat(model.rows()).isSameAs(before);
    assertThat(model.isBusy()).isFalse();
  }

  @Test
  void aFolderWithoutACorpusIsRefusedClearly() {
    CorpusBrowser other = new CorpusBrowser(registry);
    assertThatThrownBy(() -> other.open(dir.resolve("nothing-here"))).isInstanceOf(QantaraException.class)
        .hasMessageContaining("there is no corpus folder");
    assertThatThrownBy(() -> other.keywords("x", SearchFilter.NONE, 0, 1)).isInstanceOf(QantaraException.class)
        .hasMessageContaining("no corpus is open");
  }

  @Test
  void aHitsDocumentIsFoundAmongRecentProjects() {
    List<Path> recent = List.of(Path.of("/work/a.txt"), Path.of("/work/001_cf1290a72f3a51aa.qantara.json"), Path.of("/w/other-000.json"));
    assertThat(ConcordanceModel.projectOf("001_cf1290a72f3a51aa", recent)).contains(Path.of("/work/001_cf1290a72f3a51aa.qantara.json"));
    assertThat(ConcordanceModel.projectOf("other-000", recent)).as("an alignment file is not a project the window opens").isEmpty();
    assertThat(ConcordanceModel.place(occurrenceOf(0))).as("links numbered from 1, as in the grid").isEqualTo("001_cf1290a72f3a51aa #1");
    assertThat(ConcordanceModel.place(occurrenceOf(3))).isEqualTo("001_cf1290a72f3a51aa #4");
  }

  private static org.qantara.core.corpus.Occurrence occurrenceOf(int position) {
    var unit = seed.units().get(position);
    return new org.qantara.core.corpus.Occurrence(unit.document(), unit.position(), unit.source(), unit.target(), unit.score(),
        unit.state(), List.of());
  }
}
