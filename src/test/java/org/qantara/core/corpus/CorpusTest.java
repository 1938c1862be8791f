package org.qantara.core.corpus;

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
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.edit.ReviewStatus;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.formats.Bitext;
import org.qantara.core.formats.BitextUnit;
import org.qantara.core.pipeline.AlignmentPipeline;
import org.qantara.core.review.Flag;
import org.qantara.core.text.BilingualDocuments;
import org.qantara.core.text.Document;
import org.qantara.core.text.DocumentLoader;
import org.qantara.core.text.Lang;
import org.qantara.core.text.Span;
import org.qantara.core.text.TextOptions;

/** A real index on disk, built from the sample corpus with the built-in model, closed and reopened. */
class CorpusTest {
  private static final Path CORPORA = Path.of("corpora");
  private static Embedder embedder;
  private static List<Bitext> sample;

  @TempDir static Path dir;

  @BeforeAll
  static void alignTheSampleCorpus() {
    embedder = new ModelRegistry(Path.of("models"), dir.resolve("downloads")).open("builtin-ar-en");
    AlignmentPipeline pipeline = new AlignmentPipeline(embedder, AlignerParams.defaults());
    TextOptions options = TextOptions.DEFAULT;
    BilingualDocuments seed = DocumentLoader.loadBilingual(CORPORA.resolve("001_cf1290a72f3a51aa.txt"), options);
    sample = new ArrayList<>();
    sample.add(Bitext.of("001", pipeline.align(seed.source(), seed.target())));
    for (String english : List.of("000_e7fe8f05ef32d9d0", "002_4f50d30e0741fa47", "003_136573a2288a97b2", "004_f7073c6b32d1ead5")) {
      Document target = DocumentLoader.load(CORPORA.resolve(english + ".txt"), Lang.EN, options);
      AlignedDocuments aligned = pipeline.align(seed.source(), target);
      sample.add(Bitext.of("001-vs-" + english.substring(0, 3), aligned));
    }
    try (Corpus corpus = Corpus.open(dir.resolve("index"), embedder)) {
      sample.forEach(corpus::add);
    }
  }

  @AfterAll
  static void closeModel() {
    embedder.close();
  }

  private static Corpus reopen() {
    return Corpus.open(dir.resolve("index"), embedder);
  }

  @Test
  void reopenedIndexKnowsItsDocumentsModelAndSchema() {
    try (Corpus corpus = reopen()) {
      CorpusStats stats = corpus.stats();
      assertThat(stats.pairsPerDocument()).containsOnlyKeys("001", "001-vs-000", "001-vs-002", "001-vs-003", "001-vs-004");
      assertThat(stats.modelId()).isEqualTo(embedder.modelId());
      assertThat(stats.schemaVersion()).isEqualTo(Corpus.SCHEMA_VERSION);
      long units = sample.stream().mapToLong(b -> b.units().size()).sum();
      assertThat(stats.occurrences()).isEqualTo(units);
      // 000 is 001's English with a date line: their identical pairs are stored once and counted twice.
      assertThat(stats.pairs()).isLessThan(units);
    }
  }

  @Test
  void arabicWordIsFoundByAPrefixedForm() {
    try (Corpus corpus = reopen()) {
      SearchPage page = corpus.search("بالقاعدة", SearchFilter.NONE, 0, 50);
      assertThat(page.totalHits()).isPositive();
      CorpusHit hit = page.hits().get(0);
      assertThat(hit.arabic()).contains("القاعدة");
      assertThat(hit.arabicMatches()).isNotEmpty();
      assertThat(hit.arabicMatches()).extracting(span -> span.of(hit.arabic())).allMatch(word -> word.contains("قاعد"));
      assertThat(hit.english()).isNotEmpty();
    }
  }

  @Test
  void englishPhraseIsFoundWithItsArabicCounterpartAndHighlights() {
    try (Corpus corpus = reopen()) {
      SearchPage page = corpus.search("\"Qamishli Airport\"", SearchFilter.NONE, 0, 10);
      assertThat(page.totalHits()).isPositive();
      for (CorpusHit hit : page.hits()) {
        assertThat(hit.english().toLowerCase()).contains("qamishli airport");
        assertThat(hit.englishMatches()).extracting(span -> span.of(hit.english()).toLowerCase())
            .contains("qamishli airport");
        assertThat(hit.arabic()).isNotEmpty();
      }
      SearchPage notAirport = corpus.search("Qamishli NOT airport", SearchFilter.NONE, 0, 50);
      assertThat(notAirport.hits()).allMatch(hit -> !hit.english().toLowerCase().contains("airport"));
    }
  }

  @Test
  void filtersAndPagingNarrowTheHits() {
    try (Corpus corpus = reopen()) {
      SearchPage all = corpus.search("Russian OR روسي", SearchFilter.NONE, 0, 100);
      SearchPage onlySeed = corpus.search("Russian OR روسي", new SearchFilter("001", null, null, null), 0, 100);
      assertThat(onlySeed.totalHits()).isPositive().isLessThan(all.totalHits());
      assertThat(onlySeed.hits()).allMatch(h -> h.occurrences().stream().anyMatch(o -> o.document().equals("001")));
      SearchPage strong = corpus.search("Russian OR روسي", new SearchFilter(null, 0.5, null, null), 0, 100);
      assertThat(strong.hits()).allMatch(h -> h.occurrences().stream().anyMatch(o -> o.score() >= 0.5));
      assertThat(corpus.search("Russian OR روسي", new SearchFilter(null, null, null, ReviewStatus.ACCEPTED), 0, 10).totalHits()).isZero();
      assertThat(corpus.search("Russian OR روسي", new SearchFilter(null, null, Flag.Type.NUMBER, null), 0, 10).totalHits()).isZero();
      SearchPage second = corpus.search("Russian OR روسي", SearchFilter.NONE, 1, 2);
      assertThat(second.hits()).hasSize(2);
      assertThat(second.hits().get(0).english()).isEqualTo(all.hits().get(2).english());
    }
  }

  @Test
  void seed001PairIsFoundBySemanticQueryInTheOtherLanguage() {
    BitextUnit first = sample.get(0).units().get(0);
    try (Corpus corpus = reopen()) {
      // An English paraphrase (not the stored English) must find the Arabic sentence's pair.
      List<CorpusHit> nearest = corpus.nearest(
          "A Russian source said Moscow started leaving its base at Qamishli airport, moving military equipment and soldiers two days ago.",
          3, SearchFilter.NONE, null);
      assertThat(nearest).isNotEmpty();
      assertThat(nearest.get(0).arabic()).isEqualTo(first.arabic());
      assertThat(nearest.get(0).relevance()).isBetween(0.3, 1.0);
      // And the Arabic sentence itself finds the pair through either side.
      assertThat(corpus.nearest(first.arabic(), 1, SearchFilter.NONE, null).get(0).english()).isEqualTo(first.english());
      // Hybrid: only pairs with the keyword.
      assertThat(corpus.nearest(first.arabic(), 5, SearchFilter.NONE, "Hmeimim"))
          .allMatch(hit -> hit.english().contains("Hmeimim"));
    }
  }

  @Test
  void aQueryWithAnotherModelIsRefused() {
    Embedder other = new Embedder() {
      @Override public String modelId() { return "another-model@0000"; }
      @Override public int dimension() { return embedder.dimension(); }
      @Override public float[][] embedSentences(List<String> texts) { return embedder.embedSentences(texts); }
      @Override public List<org.qantara.core.embed.TokenVectors> embedTokens(List<String> texts) { return List.of(); }
      @Override public void close() {}
    };
    try (Corpus corpus = Corpus.open(dir.resolve("index"), other)) {
      assertThatThrownBy(() -> corpus.nearest("base", 3, SearchFilter.NONE, null))
          .isInstanceOf(QantaraException.class)
          .hasMessageContaining("holds vectors of model " + embedder.modelId())
          .hasMessageContaining("--model builtin-ar-en");
      assertThatThrownBy(() -> corpus.add(sample.get(0))).isInstanceOf(QantaraException.class);
      assertThat(corpus.search("base", SearchFilter.NONE, 0, 1).totalHits()).isPositive();
    }
  }

  @Test
  void reAddingReplacesAndRemovingKeepsSharedPairs(@TempDir Path own) {
    try (Corpus corpus = Corpus.open(own, embedder)) {
      corpus.add(sample.get(0));
      corpus.add(sample.get(1));
      long shared = corpus.stats().pairs();
      corpus.add(sample.get(0));
      assertThat(corpus.stats().pairs()).isEqualTo(shared);
      assertThat(corpus.stats().occurrences()).isEqualTo(sample.get(0).units().size() + sample.get(1).units().size());
      Bitext shorter = new Bitext("001", sample.get(0).modelId(), sample.get(0).units().subList(0, 2));
      corpus.add(shorter);
      assertThat(corpus.stats().pairsPerDocument().get("001")).isEqualTo(2);
      corpus.remove("001-vs-000");
      assertThat(corpus.stats().pairsPerDocument()).containsOnlyKeys("001");
      assertThat(corpus.stats().pairs()).isEqualTo(2);
      assertThat(corpus.bitexts(null, SearchFilter.NONE)).singleElement()
          .satisfies(b -> assertThat(b.units()).isEqualTo(shorter.units()));
      assertThatThrownBy(() -> corpus.remove("nope")).isInstanceOf(QantaraException.class).hasMessageContaining("no document 'nope'");
    }
  }

  @Test
  void oneBatchWithRepeatsAndSharedPairsEqualsAddingOneByOne(@TempDir Path a, @TempDir Path b) {
    Bitext shorter = new Bitext("001", sample.get(0).modelId(), sample.get(0).units().subList(0, 3));
    List<Bitext> documents = List.of(sample.get(0), sample.get(1), shorter, sample.get(2), sample.get(1), sample.get(0));
    try (Corpus oneByOne = Corpus.open(a, embedder); Corpus batch = Corpus.open(b, embedder)) {
      documents.forEach(oneByOne::add);
      batch.addAll(documents);
      assertThat(batch.stats()).isEqualTo(oneByOne.stats());
      assertThat(batch.bitexts(null, SearchFilter.NONE)).isEqualTo(oneByOne.bitexts(null, SearchFilter.NONE));
      assertThat(batch.stats().occurrences())
          .isEqualTo(sample.get(0).units().size() + sample.get(1).units().size() + sample.get(2).units().size());
    }
  }

  /** The light stemmer leaves broken plurals apart; the skeleton field brings them together, the same word first. */
  @Test
  void aBrokenPluralAndItsSingularFindEachOther(@TempDir Path own) {
    List<String[]> pairs = List.of(
        new String[] {"اجتمع الوزراء أمس في دمشق.", "The ministers met in Damascus yesterday."},
        new String[] {"قال الوزير إن الاجتماع انتهى.", "The minister said the meeting was over."},
        new String[] {"قرأت الكتب في المدارس.", "I read the books in the schools."},
        new String[] {"نسي الطالب قلمه.", "The student forgot his pen."});
    List<BitextUnit> units = new ArrayList<>();
    for (int k = 0; k < pairs.size(); k++) {
      units.add(new BitextUnit("plurals", k, List.of(k), List.of(k), pairs.get(k)[0], pairs.get(k)[1], 0.8, List.of(),
          ReviewStatus.UNREVIEWED));
    }
    try (Corpus corpus = Corpus.open(own, embedder)) {
      corpus.add(new Bitext("plurals", embedder.modelId(), units));
      SearchPage singular = corpus.search("الوزير", SearchFilter.NONE, 0, 10);
      assertThat(singular.hits()).extracting(CorpusHit::english)
          .containsExactly("The minister said the meeting was over.", "The ministers met in Damascus yesterday.");
      SearchPage plural = corpus.search("الوزراء", SearchFilter.NONE, 0, 10);
      assertThat(plural.hits()).extracting(CorpusHit::english)
          .containsExactly("The ministers met in Damascus yesterday.", "The minister said the meeting was over.");
      assertThat(corpus.search("كتاب", SearchFilter.NONE, 0, 10).hits()).extracting(CorpusHit::english)
          .containsExactly("I read the books in the schools.");
      assertThat(corpus.search("مدرسة", SearchFilter.NONE, 0, 10).hits()).extracting(CorpusHit::english)
          .containsExactly("I read the books in the schools.");
      assertThat(corpus.search("أقلام", SearchFilter.NONE, 0, 10).hits()).extracting(CorpusHit::english)
          .containsExactly("The student forgot his pen.");
      assertThat(corpus.search("الدول", SearchFilter.NONE, 0, 10).totalHits()).isZero();
    }
  }

  /** Arabic typed on a Persian keyboard (ک, ی) and a query typed on an Arabic one (ك, ي) find each other, both ways. */
  @Test
  void persianKeyboardLettersAndArabicOnesFindEachOther(@TempDir Path own) {
    List<BitextUnit> units = List.of(
        new BitextUnit("keyboards", 0, List.of(0), List.of(0), "شکراً لك علی کل شيء.", "Thanks for everything.", 0.8,
            List.of(), ReviewStatus.UNREVIEWED),
        new BitextUnit("keyboards", 1, List.of(1), List.of(1), "نسي الطالب قلمه.", "The student forgot his pen.", 0.8,
            List.of(), ReviewStatus.UNREVIEWED));
    try (Corpus corpus = Corpus.open(own, embedder)) {
      corpus.add(new Bitext("keyboards", embedder.modelId(), units));
      assertThat(corpus.search("على كل", SearchFilter.NONE, 0, 10).hits()).extracting(CorpusHit::english)
          .containsExactly("Thanks for everything.");
      assertThat(corpus.search("کل", SearchFilter.NONE, 0, 10).hits()).extracting(CorpusHit::english)
          .containsExactly("Thanks for everything.");
    }
  }

  @Test
  void aBadQueryIsOneClearLine() {
    try (Corpus corpus = reopen()) {
      assertThatThrownBy(() -> corpus.search("\"unclosed", SearchFilter.NONE, 0, 10))
          .isInstanceOf(QantaraException.class).hasMessageStartingWith("cannot read the query")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }

  @Test
  void aFolderThatIsNoCorpusIsRefused(@TempDir Path other) throws Exception {
    java.nio.file.Files.writeString(other.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> Corpus.open(other, embedder)).isInstanceOf(QantaraException.class)
        .hasMessageContaining("is not empty and holds no corpus");
  }

  /** A corpus written by an older Qantara (schema 3: a vector graph per side) is refused in one line, with the way out. */
  @Test
  void aCorpusOfAnOlderSchemaIsRefusedClearly(@TempDir Path older) throws Exception {
    try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(older);
        org.apache.lucene.index.IndexWriter writer = new org.apache.lucene.index.IndexWriter(directory,
            new org.apache.lucene.index.IndexWriterConfig())) {
      writer.setLiveCommitData(java.util.Map.of("qantara.schema", "3", "qantara.model", embedder.modelId()).entrySet());
      writer.commit();
    }
    assertThatThrownBy(() -> Corpus.open(older, embedder)).isInstanceOf(QantaraException.class)
        .hasMessageStartingWith(older + " is a corpus of schema version 3; this Qantara reads version " + Corpus.SCHEMA_VERSION)
        .hasMessageContaining("rebuild the corpus with this version (corpus add)");
  }

  @Test
  void spansAreInsideTheText() {
    try (Corpus corpus = reopen()) {
      for (CorpusHit hit : corpus.search("base OR قاعدة", SearchFilter.NONE, 0, 20).hits()) {
        for (Span span : hit.arabicMatches()) {
          assertThat(span.end()).isLessThanOrEqualTo(hit.arabic().length());
        }
      }
    }
  }
}
