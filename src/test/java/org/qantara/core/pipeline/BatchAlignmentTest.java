package org.qantara.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.QantaraException;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.embed.DjlEmbedder;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.EmbeddingQueue;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.formats.AlignmentFormat;
import org.qantara.core.formats.ExportOptions;
import org.qantara.core.formats.ExportReport;
import org.qantara.core.formats.VecalignFormat;
import org.qantara.core.pipeline.BatchAlignment.Outcome;
import org.qantara.core.pipeline.BatchAlignment.Status;
import org.qantara.core.review.ReviewOptions;
import org.qantara.core.text.TextOptions;
import org.qantara.eval.align.AlignmentEvaluator;

/** Batches of real document pairs (the Tatoeba pseudo-documents) with the built-in model, on real files. */
class BatchAlignmentTest {
  private static final Path DOCS = Path.of("../shared/dev/tatoeba-docs");
  private static final TextOptions LINES = new TextOptions(null, true, false);
  private static Embedder embedder;

  @TempDir Path dir;

  @BeforeAll
  static void open() {
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, Path.of("models").toAbsolutePath().toString());
    embedder = ModelRegistry.fromEnvironment().open("builtin-ar-en");
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  private static BatchAlignment batch(AlignmentFormat format) {
    return new BatchAlignment(new PairProcessor(new AlignmentPipeline(embedder, AlignerParams.defaults()), null),
        new BatchAlignment.Settings(LINES, format, 100, ExportOptions.ALL, 2));
  }

  private Path copy(String name) throws IOException {
    return Files.copy(DOCS.resolve(name), dir.resolve(name));
  }

  private static List<Status> statuses(List<Outcome> outcomes) {
    return outcomes.stream().map(Outcome::status).toList();
  }

  @Test
  void alignsEachPairAndReportsAFailedOneWithoutStopping() throws IOException {
    copy("doc00.ar");
    copy("doc00.en");
    copy("doc01.ar");
    copy("doc01.en");
    Path manifest = Files.writeString(dir.resolve("pairs.tsv"),
        "# Arabic\tEnglish\ndoc00.ar\tdoc00.en\nmissing.ar\tdoc01.en\n\ndoc01.ar\tdoc01.en\n");
    Path out = dir.resolve("out");

    List<Outcome> outcomes = batch(AlignmentFormat.VECALIGN).run(BatchAlignment.fromManifest(manifest), out, (o, d, t) -> {});

    assertThat(statuses(outcomes)).containsExactly(Status.ALIGNED, Status.FAILED, Status.ALIGNED);
    assertThat(outcomes.get(1).problem()).contains("missing.ar");
    assertThat(AlignmentEvaluator.evaluateDocument(VecalignFormat.read(DOCS.resolve("doc00.gold")),
        VecalignFormat.read(out.resolve("doc00.vecalign"))).strictF1()).isGreaterThan(0.8);
    assertThat(Files.readString(out.resolve(BatchAlignment.STATE_FILE))).contains("doc00", "doc01").doesNotContain("missing");
  }

  @Test
  void anInterruptedBatchResumesWhereItStopped() throws IOException {
    for (String name : List.of("doc02.ar", "doc02.en", "doc03.ar", "doc03.en", "doc04.ar", "doc04.en")) {
      copy(name);
    }
    List<BatchJob> jobs = BatchAlignment.fromDirectory(dir);
    Path out = dir.resolve("out");
    List<String> seen = new ArrayList<>();
    BatchAlignment oneAtATime = new BatchAlignment(
        new PairProcessor(new AlignmentPipeline(embedder, AlignerParams.defaults()), null),
        new BatchAlignment.Settings(LINES, AlignmentFormat.TSV, 100, ExportOptions.ALL, 1));
    assertThatThrownBy(() -> oneAtATime.run(jobs, out, (o, done, total) -> {
      seen.add(o.job().id());
      if (done == 2) {
        throw new IllegalStateException("killed"); // what an interrupted process leaves behind
      }
    })).hasMessage("killed");
    assertThat(seen).containsExactly("doc02", "doc03");
    FileTime firstWritten = Files.getLastModifiedTime(out.resolve("doc02.tsv"));

    List<Outcome> resumed = batch(AlignmentFormat.TSV).run(jobs, out, (o, d, t) -> {});

    assertThat(statuses(resumed)).containsExactly(Status.UP_TO_DATE, Status.UP_TO_DATE, Status.ALIGNED);
    assertThat(Files.getLastModifiedTime(out.resolve("doc02.tsv"))).isEqualTo(firstWritten);
    assertThat(out.resolve("doc04.tsv")).isRegularFile();
  }

  /**
   * Issue 8: what an output was made from includes every file of the model as checked when it was opened: a
   * rebuilt tokenizer makes the outputs stale, though the graph (and so the model id) is the same.
   */
  @Test
  void outputsMadeWithOtherModelFilesAreMadeAgainThoughTheGraphIsTheSame() throws IOException {
    copy("doc08.ar");
    copy("doc08.en");
    Path models = dir.resolve("models");
    Path model = models.resolve("builtin-ar-en");
    Files.createDirectories(model);
    for (String file : List.of("recipe.json", "model.onnx", "tokenizer.json")) {
      Files.copy(Path.of("models/builtin-ar-en").resolve(file), model.resolve(file));
    }
    ModelRegistry registry = new ModelRegistry(models, dir.resolve("home"));
    Path out = dir.resolve("out");
    List<BatchJob> jobs = BatchAlignment.fromDirectory(dir);
    String firstId;
    try (Embedder first = registry.open("builtin-ar-en")) {
      firstId = first.modelId();
      assertThat(statuses(batchWith(first).run(jobs, out, (o, d, t) -> {}))).containsExactly(Status.ALIGNED);
      assertThat(statuses(batchWith(first).run(jobs, out, (o, d, t) -> {}))).containsExactly(Status.UP_TO_DATE);
    }
    // A rebuild that changes only the tokenizer, and records the new checksums in the recipe as the builder does.
    Path tokenizer = model.resolve("tokenizer.json");
    Files.writeString(tokenizer, Files.readString(tokenizer) + "\n");
    org.qantara.core.embed.ModelRecipe recipe = registry.recipe("builtin-ar-en");
    recipe.withFiles(recipe.files().stream().map(f -> org.qantara.core.embed.ModelRecipe.ModelFile.describe(
        model.resolve(f.saveAs()))).toList()).write(model.resolve("recipe.json"));

    try (Embedder rebuilt = registry.open("builtin-ar-en")) {
      assertThat(rebuilt.modelId()).isEqualTo(firstId);
      assertThat(statuses(batchWith(rebuilt).run(jobs, out, (o, d, t) -> {}))).containsExactly(Status.ALIGNED);
    }
  }

  private static BatchAlignment batchWith(Embedder model) {
    return new BatchAlignment(new PairProcessor(new AlignmentPipeline(model, AlignerParams.defaults()), null),
        new BatchAlignment.Settings(LINES, AlignmentFormat.VECALIGN, 100, ExportOptions.ALL, 1));
  }

  @Test
  void aChangedInputDeletedOutputOrOtherFormatIsAlignedAgain() throws IOException {
    for (String name : List.of("doc05.ar", "doc05.en", "doc06.ar", "doc06.en", "doc07.ar", "doc07.en")) {
      copy(name);
    }
    Path out = dir.resolve("out");
    List<BatchJob> jobs = BatchAlignment.fromDirectory(dir);
    batch(AlignmentFormat.JSON).run(jobs, out, (o, d, t) -> {});
    Files.writeString(dir.resolve("doc05.en"), Files.readString(dir.resolve("doc05.en")) + "One more line.\n");
    Files.delete(out.resolve("doc06.json"));

    assertThat(statuses(batch(AlignmentFormat.JSON).run(jobs, out, (o, d, t) -> {})))
        .containsExactly(Status.ALIGNED, Status.ALIGNED, Status.UP_TO_DATE);
    assertThat(statuses(batch(AlignmentFormat.VECALIGN).run(jobs, out, (o, d, t) -> {})))
        .containsOnly(Status.ALIGNED);
  }

  @Test
  void aFolderIsPairedByNameLeavingOtherFilesAlone() {
    List<BatchJob> jobs = BatchAlignment.fromDirectory(DOCS); // doc00.ar, doc00.en, doc00.gold, ..., README.md
    assertThat(jobs).extracting(BatchJob::id).containsExactly(
        "doc00", "doc01", "doc02", "doc03", "doc04", "doc05", "doc06", "doc07", "doc08", "doc09");
    BatchJob.FilePair first = (BatchJob.FilePair) jobs.get(0);
    assertThat(first.arabic().getFileName().toString()).isEqualTo("doc00.ar");
    assertThat(first.english().getFileName().toString()).isEqualTo("doc00.en");
  }

  /** A state damaged by hand or by a disk (bad bytes, lines of another shape) costs a redo, never a crash. */
  @Test
  void aDamagedStateMakesItsPairsAgainInsteadOfFailing() throws IOException {
    copy("doc09.ar");
    copy("doc09.en");
    Path out = dir.resolve("out");
    List<BatchJob> jobs = BatchAlignment.fromDirectory(dir);
    batch(AlignmentFormat.TSV).run(jobs, out, (o, d, t) -> {});
    Path state = out.resolve(BatchAlignment.STATE_FILE);
    Files.write(state, concat("null\n{\"id\": \"doc09\"}\n[1, 2]\n".getBytes(), new byte[] {(byte) 0xFF, (byte) 0xFE, '\n'}));

    assertThat(statuses(batch(AlignmentFormat.TSV).run(jobs, out, (o, d, t) -> {}))).containsExactly(Status.ALIGNED);
    assertThat(statuses(batch(AlignmentFormat.TSV).run(jobs, out, (o, d, t) -> {}))).containsExactly(Status.UP_TO_DATE);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  @Test
  void badPairListsSayWhatIsWrong() throws IOException {
    copy("doc08.ar");
    assertThatThrownBy(() -> BatchAlignment.fromDirectory(dir))
        .isInstanceOf(QantaraException.class).hasMessageContaining("no partner for doc08.ar");
    Path fiveFields = Files.writeString(dir.resolve("bad.tsv"), "a.ar\tb.en\n\nw\tx\ty\tz\tv\n");
    assertThatThrownBy(() -> BatchAlignment.fromManifest(fiveFields)).hasMessageContaining("line 3");
    Path empty = Files.writeString(dir.resolve("empty.tsv"), "# nothing yet\n");
    assertThatThrownBy(() -> BatchAlignment.fromManifest(empty)).hasMessageContaining("lists no pairs");
    Path twice = Files.writeString(dir.resolve("twice.tsv"), "doc.ar\tdoc.en\ndoc.ar\tdoc.en\n");
    assertThatThrownBy(() -> BatchAlignment.fromManifest(twice))
        .hasMessageContaining("twice.tsv line 1 and twice.tsv line 2 list the same files");
    // A text given as the list of pairs: one line, not one failure a row.
    Path prose = Files.writeString(dir.resolve("notes.txt"),
        "The minister said the talks would go on.\nNobody expected an agreement this week.\n");
    assertThatThrownBy(() -> BatchAlignment.fromManifest(prose)).hasMessageContaining("notes.txt does not look like "
        + "a list of pairs: none of the 2 Arabic files it names exists (notes.txt line 1 names 'The minister said "
        + "the talks would go on.')");
  }

  /** A JSONL manifest with the texts of the given Tatoeba documents inline, under ids of their own. */
  static String inlineRows(List<String> docs, String idPrefix) throws IOException {
    StringBuilder rows = new StringBuilder();
    for (String doc : docs) {
      rows.append(JSON.writeValueAsString(java.util.Map.of("id", idPrefix + doc,
          "ar", Files.readString(DOCS.resolve(doc + ".ar")), "en", Files.readString(DOCS.resolve(doc + ".en"))))).append('\n');
    }
    return rows.toString();
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  @Test
  void reviewsEveryPairCombinesOneCorpusAndReportsTheWorstFirst() throws IOException {
    Path manifest = Files.writeString(dir.resolve("pairs.jsonl"),
        inlineRows(List.of("doc00", "doc01", "doc02", "doc03"), "t-")
            + "{\"id\": \"swapped\", \"ar\": \"This side should be Arabic.\", \"en\": \"هذا الجانب عربي.\"}\n");
    Path out = dir.resolve("out");
    BatchAlignment reviewing = new BatchAlignment(
        new PairProcessor(new AlignmentPipeline(embedder, AlignerParams.defaults()), ReviewOptions.defaults()),
        new BatchAlignment.Settings(LINES, AlignmentFormat.JSON, 100, ExportOptions.ALL, 2));
    List<BatchJob> jobs = BatchAlignment.fromManifest(manifest);

    List<Outcome> outcomes = reviewing.run(jobs, out, (o, d, t) -> {});

    assertThat(statuses(outcomes)).containsExactly(Status.ALIGNED, Status.ALIGNED, Status.ALIGNED, Status.ALIGNED, Status.FAILED);
    assertThat(outcomes.get(4).problem()).contains("pairs.jsonl line 5 ('swapped')");
    assertThat(out.resolve("t-doc02.json")).isRegularFile();
    assertThat(out.resolve("t-doc02" + BatchAlignment.REVIEW_SUFFIX)).content().contains("\"verdict\"");

    java.util.Map<AlignmentFormat, ExportReport> all = BatchCorpus.write(jobs, out,
        java.util.EnumSet.of(AlignmentFormat.JSONL, AlignmentFormat.MOSES, AlignmentFormat.TMX), ExportOptions.ALL,
        embedder.modelId());
    int links = outcomes.stream().limit(4).mapToInt(o -> o.summary().links()).sum();
    List<String> rows = Files.readAllLines(out.resolve("corpus.jsonl"));
    assertThat(rows).hasSize(links);
    assertThat(all.get(AlignmentFormat.JSONL).written()).isEqualTo(links);
    assertThat(Files.readAllLines(out.resolve("corpus.ar"))).hasSize(links);
    assertThat(Files.readAllLines(out.resolve("corpus.en"))).hasSize(links);
    assertThat(rows.get(0)).startsWith("{\"document\":\"t-doc00\",\"position\":0,");
    assertThat(Files.readString(out.resolve("corpus.tmx"))).contains("tuid=\"t-doc03#0\"");
    assertThat(rows).anySatisfy(row -> assertThat(row).contains("\"severity\":\"MAJOR\""));
    ExportOptions strict = new ExportOptions(0.6, java.util.Set.of(), org.qantara.core.review.Flag.Severity.MINOR,
        false, ExportOptions.ManyToMany.JOIN, false, false);
    ExportReport kept = BatchCorpus.write(jobs, out, java.util.EnumSet.of(AlignmentFormat.JSONL), strict, null)
        .get(AlignmentFormat.JSONL);
    assertThat(kept.written()).isLessThan(links).isEqualTo(links - kept.dropped());
    assertThat(Files.readAllLines(out.resolve("corpus.jsonl"))).hasSize(kept.written())
        .allSatisfy(row -> assertThat(row).contains("\"flags\":[]"));
    // The Lucene corpus of the same pairs through the same filter: the same links, searchable.
    BatchCorpus.IndexWritten index = BatchCorpus.writeIndex(jobs, out, strict, embedder);
    assertThat(index.links()).isEqualTo(kept.written());
    assertThat(index.dropped()).isEqualTo(kept.dropped());
    try (org.qantara.core.corpus.Corpus corpus = org.qantara.core.corpus.Corpus.openReadOnly(index.folder(), embedder)) {
      assertThat(corpus.stats().occurrences()).isEqualTo(kept.written());
      assertThat(corpus.stats().pairsPerDocument().keySet()).allMatch(id -> id.startsWith("t-doc"));
      assertThat(corpus.bitexts(null, null).stream().flatMap(b -> b.units().stream()))
          .allSatisfy(unit -> assertThat(unit.score()).isGreaterThanOrEqualTo(0.6))
          .allSatisfy(unit -> assertThat(unit.flags()).isEmpty());
    }

    new BatchReport(outcomes, new BatchReport.Run(embedder.modelId(), true, 2, 3.0)).write(out);
    com.fasterxml.jackson.databind.JsonNode report = JSON.readTree(out.resolve(BatchReport.JSON_FILE).toFile());
    assertThat(report.path("totals").path("pairs").asInt()).isEqualTo(5);
    assertThat(report.path("totals").path("failed").asInt()).isEqualTo(1);
    assertThat(report.path("totals").path("links").asLong()).isEqualTo(links);
    assertThat(report.path("pairs").get(0).path("id").asText()).isEqualTo("swapped");
    assertThat(report.path("pairs").get(1).path("criticalFlags").asInt())
        .isGreaterThanOrEqualTo(report.path("pairs").get(4).path("criticalFlags").asInt());
    String html = Files.readString(out.resolve(BatchReport.HTML_FILE));
    assertThat(html).contains("<svg", "swapped", "t-doc03", "pairs/s").doesNotContain("http:", "https:", "src=");
  }

  /**
   * Concurrent workers give, pair for pair and byte for byte, what one worker embedding a document a call gives:
   * sharing the built-in model straight (its calls do not amortise), and sharing it run by ONNX Runtime, whose
   * calls do, through the embedding queue that embeds the texts of the pairs in flight together. (The two engines
   * agree to rounding, not to the last bit: in Java a run of sentences is its sentences' vectors summed, through ONNX
   * Runtime its joined text embedded; SummedRunsTest.)
   */
  @Test
  void concurrentWorkersGiveWhatOneWorkerGives() throws IOException {
    Path manifest = Files.writeString(dir.resolve("pairs.jsonl"),
        inlineRows(List.of("doc04", "doc05", "doc06", "doc07", "doc08", "doc09"), ""));
    List<BatchJob> jobs = BatchAlignment.fromManifest(manifest);
    ModelRegistry registry = ModelRegistry.fromEnvironment();
    List<String> outputs = new ArrayList<>();
    try (DjlEmbedder inEngines = DjlEmbedder.openInEngines(registry.recipe("builtin-ar-en"),
        registry.modelDir("builtin-ar-en"), 2)) {
      for (Embedder session : List.of(embedder, inEngines)) {
        for (int workers : new int[] {1, 2, 4}) {
          Path out = dir.resolve("out" + outputs.size());
          PairProcessor processor = workers == 1
              ? new PairProcessor(new AlignmentPipeline(session, AlignerParams.defaults()), ReviewOptions.defaults())
              : PairProcessor.sharedBy(session, AlignerParams.defaults(), ReviewOptions.defaults());
          assertThat(processor.pipeline().embedder() instanceof EmbeddingQueue)
              .isEqualTo(workers > 1 && session == inEngines);
          new BatchAlignment(processor, new BatchAlignment.Settings(LINES, AlignmentFormat.TSV, 100,
              ExportOptions.ALL, workers)).run(jobs, out, (o, d, t) -> {});
          BatchCorpus.write(jobs, out, java.util.EnumSet.of(AlignmentFormat.JSONL), ExportOptions.ALL, null);
          StringBuilder all = new StringBuilder(Files.readString(out.resolve("corpus.jsonl")));
          for (BatchJob job : jobs) {
            all.append(Files.readString(out.resolve(job.id() + ".tsv")))
                .append(Files.readString(out.resolve(job.id() + BatchAlignment.REVIEW_SUFFIX)));
          }
          outputs.add(all.toString());
        }
      }
    }
    assertThat(outputs.get(0)).contains("\"flags\"");
    int workerCounts = 3; // 1, 2 and 4 workers a session, one worker first
    for (int k = 0; k < outputs.size(); k++) {
      assertThat(outputs.get(k)).as("output %d", k).isEqualTo(outputs.get(k - k % workerCounts));
    }
  }

  @Test
  void aFolderWithSeveralCandidatesForOneSideIsAnErrorNamingThem() throws IOException {
    copy("doc00.ar");
    copy("doc00.en");
    Files.copy(DOCS.resolve("doc00.ar"), dir.resolve("doc00.ar.orig"));
    Files.copy(DOCS.resolve("doc00.en"), dir.resolve("doc00_en.txt"));

    assertThatThrownBy(() -> BatchAlignment.fromDirectory(dir))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("doc00.ar").hasMessageContaining("doc00.ar.orig").hasMessageContaining("rename");
  }

  @Test
  void aSecondBatchIntoTheSameFolderAtOnceIsRefused() throws IOException {
    copy("doc00.ar");
    copy("doc00.en");
    Path out = dir.resolve("out");
    List<BatchJob> jobs = BatchAlignment.fromDirectory(dir);
    List<String> refusals = new ArrayList<>();
    // the second batch starts while the first is between pairs
    batch(AlignmentFormat.VECALIGN).run(jobs, out, (o, d, t) -> {
      try {
        batch(AlignmentFormat.TSV).run(jobs, out, (o2, d2, t2) -> {});
      } catch (QantaraException e) {
        refusals.add(e.getMessage());
      }
    });
    assertThat(refusals).singleElement().asString().contains("another batch is writing into");
    assertThat(out.resolve("doc00.tsv")).doesNotExist();
    // once the first is done, the folder is free
    assertThat(statuses(batch(AlignmentFormat.TSV).run(jobs, out, (o, d, t) -> {}))).containsExactly(Status.ALIGNED);
  }

  @Test
  void aTruncatedOrEditedOutputIsMadeAgain() throws IOException {
    copy("doc00.ar");
    copy("doc00.en");
    Path out = dir.resolve("out");
    List<BatchJob> jobs = BatchAlignment.fromDirectory(dir);
    batch(AlignmentFormat.VECALIGN).run(jobs, out, (o, d, t) -> {});
    Path output = out.resolve("doc00.vecalign");
    String whole = Files.readString(output);
    Files.writeString(output, whole.substring(0, whole.length() / 2));

    assertThat(statuses(batch(AlignmentFormat.VECALIGN).run(jobs, out, (o, d, t) -> {}))).containsExactly(Status.ALIGNED);
    assertThat(Files.readString(output)).isEqualTo(whole);
    assertThat(statuses(batch(AlignmentFormat.VECALIGN).run(jobs, out, (o, d, t) -> {}))).containsExactly(Status.UP_TO_DATE);
  }
}
