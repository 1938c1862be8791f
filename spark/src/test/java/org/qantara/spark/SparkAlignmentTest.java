package org.qantara.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.embed.DjlEmbedder;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.formats.AlignmentFormat;
import org.qantara.core.formats.BitextUnit;
import org.qantara.core.formats.ExportOptions;
import org.qantara.core.formats.JsonlFormat;
import org.qantara.core.pipeline.AlignmentPipeline;
import org.qantara.core.pipeline.BatchAlignment;
import org.qantara.core.pipeline.BatchCorpus;
import org.qantara.core.pipeline.BatchJob;
import org.qantara.core.pipeline.BatchManifest;
import org.qantara.core.pipeline.PairProcessor;
import org.qantara.core.review.ReviewOptions;
import org.qantara.core.text.TextOptions;

/**
 * The Spark job in local mode (two cores) on a few hundred generated pairs: the same links, scores and
 * flags as {@code qantara batch} on the same manifest, and on the same texts given as a JSON lines or a
 * Parquet table; bad rows in the verdicts table, the model opened once in the executor JVM. One SparkSession for the class keeps it quick.
 */
class SparkAlignmentTest {
  private static final Path MODELS = Path.of("../models").toAbsolutePath();
  private static final Path TATOEBA = Path.of("../../shared/dev/tatoeba-ara-eng");
  private static final int PAIRS = 200;
  /** Pairs of the manifest also given to the job as a table (with the bad rows). */
  private static final int TABLE_PAIRS = 30;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SparkSession spark;

  @TempDir static Path dir;
  private static Path manifest;
  private static List<BitextUnit> batchUnits;
  private static List<String> batchFailed;
  private static SparkAlignment.Counts counts;
  private static Path out;
  private static final JobSettings SETTINGS =
      new JobSettings("builtin-ar-en", null, MODELS.toString(), true, true, false, null);

  @BeforeAll
  static void alignTheSamePairsWithBatchAndWithSpark() throws IOException {
    manifest = generatedManifest();
    batchUnits = batch(manifest);
    spark = SparkSession.builder().master("local[2]").appName("qantara-test")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4").getOrCreate();
    out = dir.resolve("spark-out");
    counts = SparkAlignment.run(spark, manifest.toString(), SparkAlignment.InputKind.MANIFEST, out.toString(), SETTINGS, 4);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** Pairs of 3 to 14 consecutive Tatoeba sentences, each from its own place, and two bad rows. */
  private static Path generatedManifest() throws IOException {
    List<String> arabic = Files.readAllLines(TATOEBA.resolve("dev.ar"));
    List<String> english = Files.readAllLines(TATOEBA.resolve("dev.en"));
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < PAIRS; i++) {
      int length = 3 + (i * 7) % 12;
      int start = (i * 37) % (arabic.size() - length);
      rows.append(JSON.writeValueAsString(Map.of("id", "gen-" + i,
          "ar", String.join("\n", arabic.subList(start, start + length)),
          "en", String.join("\n", english.subList(start, start + length))))).append('\n');
    }
    rows.append("{\"id\": \"swapped\", \"ar\": \"This side should have been Arabic.\", \"en\": \"هذا الجانب عربي.\"}\n");
    rows.append("{\"id\": \"empty\", \"ar\": \"\", \"en\": \"Nothing on the other side.\"}\n");
    return Files.writeString(dir.resolve("pairs.jsonl"), rows);
  }

  /** What {@code qantara batch --review --presegmented --combine jsonl} makes of the manifest. */
  private static List<BitextUnit> batch(Path manifest) {
    Path batchOut = dir.resolve("batch-out");
    List<BatchJob> jobs = BatchManifest.read(manifest);
    try (DjlEmbedder embedder = new ModelRegistry(MODELS, dir.resolve("downloads")).open("builtin-ar-en")) {
      PairProcessor processor =
          new PairProcessor(new AlignmentPipeline(embedder, AlignerParams.defaults()), ReviewOptions.defaults());
      batchFailed = new BatchAlignment(processor, new BatchAlignment.Settings(new TextOptions(null, true, false),
          AlignmentFormat.JSONL, 100, ExportOptions.ALL, 2)).run(jobs, batchOut, (o, d, t) -> {}).stream()
          .filter(o -> o.status() == BatchAlignment.Status.FAILED).map(o -> o.job().id()).toList();
    }
    BatchCorpus.write(jobs, batchOut, EnumSet.of(AlignmentFormat.JSONL), ExportOptions.ALL, null);
    List<BitextUnit> units = new ArrayList<>();
    JsonlFormat.read(BatchCorpus.file(batchOut, AlignmentFormat.JSONL), units::add);
    return units;
  }

  private static final Comparator<BitextUnit> IN_ORDER =
      Comparator.comparing(BitextUnit::document).thenComparingInt(BitextUnit::position);

  @Test
  void theSegmentsTableHoldsTheLinksOfBatchLinkForLink() {
    List<BitextUnit> sparkUnits = spark.read().parquet(out.resolve(SparkAlignment.SEGMENTS).toString())
        .collectAsList().stream().map(PairRows::unit).sorted(IN_ORDER).toList();
    List<BitextUnit> expected = batchUnits.stream().sorted(IN_ORDER).toList();

    assertThat(expected).hasSizeGreaterThan(PAIRS * 3);
    assertSameLinks(sparkUnits, expected);
    assertThat(sparkUnits).anySatisfy(u -> assertThat(u.flags()).isNotEmpty());
    assertThat(counts.segments()).isEqualTo(expected.size());
  }

  /** Link for link: document, place, sentence numbers, texts, score, and every flag's type, severity and reason. */
  private static void assertSameLinks(List<BitextUnit> actual, List<BitextUnit> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      BitextUnit a = actual.get(i);
      BitextUnit b = expected.get(i);
      assertThat(List.of(a.document(), a.position(), a.source(), a.target(), a.arabic(), a.english(), a.score()))
          .isEqualTo(List.of(b.document(), b.position(), b.source(), b.target(), b.arabic(), b.english(), b.score()));
      assertThat(a.flags()).extracting(f -> f.type() + ":" + f.severity() + ":" + f.reason())
          .isEqualTo(b.flags().stream().map(f -> f.type() + ":" + f.severity() + ":" + f.reason()).toList());
    }
  }

  @Test
  void badRowsAreVerdictsNotAFailedJob() {
    List<Row> failed = spark.read().parquet(out.resolve(SparkAlignment.VERDICTS).toString())
        .filter("status = 'FAILED'").collectAsList();
    assertThat(failed).extracting(r -> r.<String>getAs("id")).containsExactlyInAnyOrder("swapped", "empty");
    assertThat(failed).allSatisfy(r -> assertThat(r.<String>getAs("problem")).contains("pairs.jsonl line"));
    assertThat(counts.pairs()).isEqualTo(PAIRS + 2);
    assertThat(counts.failed()).isEqualTo(2);
    Row done = spark.read().json(out.resolve(SparkAlignment.VERDICTS + SparkAlignment.JSONL_SUFFIX).toString())
        .filter("id = 'gen-5'").first();
    assertThat(done.<String>getAs("status")).isEqualTo("DONE");
    assertThat(done.<String>getAs("verdict")).isNotNull();
  }

  @Test
  void theModelIsOpenedOncePerExecutorJvmNotPerPairOrPartition() {
    assertThat(ExecutorModel.opened()).isEqualTo(1);
  }

  @Test
  void tmxShardsHoldEverySegmentOnce() throws IOException {
    long units = 0;
    try (Stream<Path> parts = Files.list(out.resolve(SparkAlignment.TMX))) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        String tmx = Files.readString(part).strip();
        assertThat(tmx).startsWith("<?xml").contains("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">").endsWith("</tmx>");
        units += tmx.split("<tu ", -1).length - 1;
      }
    }
    assertThat(units).isEqualTo(counts.segments());
  }

  @Test
  void aJsonLinesTableOfTextsGivesTheLinksAndVerdictsOfBatch() throws IOException {
    Path table = dir.resolve("texts.jsonl");
    StringBuilder lines = new StringBuilder();
    for (Row row : tableRows()) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("id", row.getString(0));
      fields.put("ar", row.getString(1));
      fields.put("en", row.getString(2));
      fields.put("source", row.getString(3));
      lines.append(JSON.writeValueAsString(fields)).append('\n');
    }
    Files.writeString(table, lines);

    assertTableRunMatchesBatch(table, SparkAlignment.InputKind.JSONL);
  }

  @Test
  void aParquetTableOfTextsGivesTheLinksAndVerdictsOfBatch() {
    Path table = dir.resolve("texts.parquet");
    StructType schema = new StructType().add("id", DataTypes.StringType).add("ar", DataTypes.StringType)
        .add("en", DataTypes.StringType).add("source", DataTypes.StringType);
    spark.createDataFrame(tableRows(), schema).write().parquet(table.toString());

    assertTableRunMatchesBatch(table, SparkAlignment.InputKind.PARQUET);
  }

  /**
   * The first {@value #TABLE_PAIRS} pairs of the manifest and its two bad rows as a table would hold them: id,
   * Arabic text, English text (as written in the manifest, unread by Qantara) and a column the job does not use.
   */
  private static List<Row> tableRows() {
    List<Row> rows = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(manifest)) {
        JsonNode row = JSON.readTree(line);
        String id = row.get("id").asText();
        if (rows.size() < TABLE_PAIRS || !id.startsWith("gen-")) {
          rows.add(RowFactory.create(id, row.get("ar").asText(), row.get("en").asText(), "tatoeba-dev"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** The job on a table of texts gives, for the table's ids, the links of the batch and its verdicts (which failed). */
  private static void assertTableRunMatchesBatch(Path table, SparkAlignment.InputKind kind) {
    Path tableOut = dir.resolve("out-" + kind);
    SparkAlignment.Counts tableCounts =
        SparkAlignment.run(spark, table.toString(), kind, tableOut.toString(), SETTINGS, 2);

    List<String> ids = tableRows().stream().map(r -> r.getString(0)).toList();
    List<BitextUnit> fromTable = spark.read().parquet(tableOut.resolve(SparkAlignment.SEGMENTS).toString())
        .collectAsList().stream().map(PairRows::unit).sorted(IN_ORDER).toList();
    List<BitextUnit> expected = batchUnits.stream().filter(u -> ids.contains(u.document())).sorted(IN_ORDER).toList();
    assertThat(expected).hasSizeGreaterThan(TABLE_PAIRS * 3);
    assertSameLinks(fromTable, expected);
    List<String> failed = spark.read().parquet(tableOut.resolve(SparkAlignment.VERDICTS).toString())
        .filter("status = 'FAILED'").collectAsList().stream().map(r -> r.<String>getAs("id")).sorted().toList();
    assertThat(failed).isEqualTo(batchFailed.stream().filter(ids::contains).sorted().toList())
        .containsExactly("empty", "swapped");
    assertThat(tableCounts.pairs()).isEqualTo(ids.size());
  }
}
