package org.qantara.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.qantara.core.QantaraException;
import org.qantara.core.formats.BitextUnit;
import org.qantara.core.formats.ExportReport;
import org.qantara.core.formats.TmxFormat;
import org.qantara.core.pipeline.BatchJob;
import org.qantara.core.pipeline.BatchManifest;

/**
 * Aligns (and reviews) document pairs on Apache Spark: the same work as {@code qantara batch}, pair for
 * pair through the same {@code PairProcessor}, spread over a cluster. Input: a batch manifest (TSV or JSONL,
 * its files on a path every executor can read) or a table (Parquet, or JSON lines) with {@code id},
 * {@code ar} and {@code en} text columns. Output under OUT: {@code segments/} (Parquet) and
 * {@code segments-jsonl/}, one aligned link a row with score, link type and flags; {@code verdicts/} and
 * {@code verdicts-jsonl/}, one pair a row with its verdict, sizes, scores, flag counts, or the problem that
 * failed it; {@code tmx/}, one TMX 1.4 document per part file. A bad row fails its pair, never the job.
 */
public final class SparkAlignment {
  public static final String SEGMENTS = "segments";
  public static final String VERDICTS = "verdicts";
  public static final String TMX = "tmx";
  static final String JSONL_SUFFIX = "-jsonl";

  public enum InputKind {
    /** A batch manifest: TSV or JSONL, paths or inline texts (read on the driver, texts by the executors). */
    MANIFEST,
    /** A Parquet table with id, ar, en columns. */
    PARQUET,
    /** JSON lines with id, ar, en fields, read by Spark (for tables too big for a manifest on the driver). */
    JSONL
  }

  private SparkAlignment() {}

  public static void main(String[] args) {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (QantaraException e) {
      System.err.println("qantara-spark: " + e.getMessage());
      System.err.println(Arguments.USAGE);
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("qantara-align").getOrCreate();
    try {
      Counts counts = run(spark, arguments.input(), arguments.kind(), arguments.out(), arguments.settings(),
          arguments.partitions());
      System.out.printf(Locale.ROOT, "%d pair(s): %d done, %d failed; %d segment(s) → %s%n", counts.pairs(),
          counts.pairs() - counts.failed(), counts.failed(), counts.segments(), arguments.out());
    } catch (QantaraException e) {
      System.err.println("qantara-spark: " + e.getMessage());
      System.exit(1);
    } finally {
      spark.stop();
    }
  }

  /** What a run did. */
  public record Counts(long pairs, long failed, long segments) {}

  /**
   * Runs the job and writes its tables under {@code out} (replacing what a previous run left there).
   *
   * @param partitions how many partitions to spread the pairs over; 0 for Spark's default parallelism
   */
  public static Counts run(SparkSession spark, String input, InputKind kind, String out, JobSettings settings,
      int partitions) {
    Dataset<Row> work = work(spark, input, kind);
    int slices = partitions > 0 ? partitions : spark.sparkContext().defaultParallelism();
    JavaRDD<Row> pairs = work.javaRDD().repartition(slices)
        .map(row -> PairRows.process(row, settings));
    Dataset<Row> results = spark.createDataFrame(pairs, PairRows.PAIR).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> verdicts = results.drop("segments");
      Dataset<Row> segments = results.select(functions.explode(results.col("segments")).as("s")).select("s.*");
      verdicts.write().mode(SaveMode.Overwrite).parquet(out + "/" + VERDICTS);
      verdicts.write().mode(SaveMode.Overwrite).json(out + "/" + VERDICTS + JSONL_SUFFIX);
      segments.write().mode(SaveMode.Overwrite).parquet(out + "/" + SEGMENTS);
      segments.write().mode(SaveMode.Overwrite).json(out + "/" + SEGMENTS + JSONL_SUFFIX);
      tmxShards(segments.javaRDD(), settings).saveAsTextFile(replace(spark, out + "/" + TMX));
      return new Counts(verdicts.count(), verdicts.filter(verdicts.col("status").equalTo("FAILED")).count(),
          segments.count());
    } finally {
      results.unpersist();
    }
  }

  /** The pairs to do as work rows: a manifest is read on the driver, a table by Spark. */
  static Dataset<Row> work(SparkSession spark, String input, InputKind kind) {
    return switch (kind) {
      case MANIFEST -> {
        List<Row> rows = new ArrayList<>();
        for (BatchJob job : BatchManifest.read(Path.of(input))) {
          rows.add(PairRows.work(job));
        }
        yield spark.createDataFrame(rows, PairRows.WORK);
      }
      case PARQUET, JSONL -> table(kind == InputKind.PARQUET ? spark.read().parquet(input) : spark.read().json(input),
          input);
    };
  }

  private static Dataset<Row> table(Dataset<Row> table, String input) {
    for (String column : List.of("id", "ar", "en")) {
      if (!List.of(table.columns()).contains(column)) {
        throw new QantaraException(input + " has no '" + column + "' column (it has " + String.join(", ", table.columns())
            + ")", "give the table id, ar and en columns: the pair's id, its Arabic text and its English text");
      }
    }
    return table.select(
        table.col("id").cast("string"), functions.lit(null).cast("string").as("origin"),
        table.col("ar").cast("string"), table.col("en").cast("string"),
        functions.lit(null).cast("string").as("arabic_file"), functions.lit(null).cast("string").as("english_file"),
        functions.lit(null).cast("string").as("encoding"), functions.lit(null).cast("string").as("manifest"),
        functions.lit(null).cast("long").as("offset"), functions.lit(null).cast("int").as("length"));
  }

  /** One TMX document per partition of the segments (none for an empty partition), through the corpus writer. */
  static JavaRDD<String> tmxShards(JavaRDD<Row> segments, JobSettings settings) {
    return segments.mapPartitions((Iterator<Row> rows) -> {
      if (!rows.hasNext()) {
        return List.<String>of().iterator();
      }
      String modelId = ExecutorModel.processor(settings).pipeline().embedder().modelId();
      List<BitextUnit> units = new ArrayList<>();
      rows.forEachRemaining(row -> units.add(PairRows.unit(row)));
      StringWriter tmx = new StringWriter();
      try {
        TmxFormat.write(units, modelId, tmx, new ExportReport());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return List.of(tmx.toString().stripTrailing()).iterator();
    });
  }

  /** saveAsTextFile refuses an existing folder; the tables replace theirs, so the shards do too. */
  private static String replace(SparkSession spark, String dir) {
    try {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(dir);
      org.apache.hadoop.fs.FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      fs.delete(path, true);
      return dir;
    } catch (IOException e) {
      throw new QantaraException("cannot replace " + dir + ": " + e.getMessage(), "check the output location", e);
    }
  }
}
