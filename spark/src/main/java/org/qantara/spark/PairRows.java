package org.qantara.spark;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.qantara.core.formats.BitextUnit;
import org.qantara.core.formats.StatusText;
import org.qantara.core.pipeline.BatchJob;
import org.qantara.core.pipeline.DocumentPair;
import org.qantara.core.pipeline.PairProcessor;
import org.qantara.core.pipeline.PairResult;
import org.qantara.core.pipeline.PairSummary;
import org.qantara.core.review.Flag;

/**
 * The job's tables and how a pair becomes a row of them. Work rows say where a pair's texts are (inline,
 * two files, a bilingual file, or a line of a JSONL manifest); a pair row holds the pair's verdict and its
 * aligned segments, which the job then writes as two tables.
 */
final class PairRows {
  private PairRows() {}

  static final StructType WORK = new StructType(new StructField[] {
      field("id", DataTypes.StringType), field("origin", DataTypes.StringType),
      field("ar", DataTypes.StringType), field("en", DataTypes.StringType),
      field("arabic_file", DataTypes.StringType), field("english_file", DataTypes.StringType),
      field("encoding", DataTypes.StringType), field("manifest", DataTypes.StringType),
      field("offset", DataTypes.LongType), field("length", DataTypes.IntegerType)});

  static final StructType FLAG = new StructType(new StructField[] {
      field("type", DataTypes.StringType), field("severity", DataTypes.StringType),
      field("confidence", DataTypes.DoubleType), field("reason", DataTypes.StringType)});

  /** One link: the row of the segments table. */
  static final StructType SEGMENT = new StructType(new StructField[] {
      field("document", DataTypes.StringType), field("position", DataTypes.IntegerType),
      field("arabic_sentences", DataTypes.createArrayType(DataTypes.IntegerType)),
      field("english_sentences", DataTypes.createArrayType(DataTypes.IntegerType)),
      field("link_type", DataTypes.StringType), field("score", DataTypes.DoubleType),
      field("arabic", DataTypes.StringType), field("english", DataTypes.StringType),
      field("status", DataTypes.StringType), field("flags", DataTypes.createArrayType(FLAG))});

  /** Columns of the verdicts table, in order; the pair row adds the segments. */
  static final StructType VERDICT = new StructType(new StructField[] {
      field("id", DataTypes.StringType), field("status", DataTypes.StringType), field("problem", DataTypes.StringType),
      field("arabic_sentences", DataTypes.IntegerType), field("english_sentences", DataTypes.IntegerType),
      field("links", DataTypes.IntegerType), field("one_sided_links", DataTypes.IntegerType),
      field("mean_score", DataTypes.DoubleType), field("min_score", DataTypes.DoubleType),
      field("verdict", DataTypes.StringType), field("weak_share", DataTypes.DoubleType),
      field("critical_flags", DataTypes.IntegerType),
      field("flags", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType)),
      field("seconds", DataTypes.DoubleType)});

  static final StructType PAIR = VERDICT.add("segments", DataTypes.createArrayType(SEGMENT));

  private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  static Row work(BatchJob job) {
    return switch (job) {
      case BatchJob.FilePair files -> RowFactory.create(files.id(), files.origin(), null, null,
          files.arabic().toString(), files.english() == null ? null : files.english().toString(),
          files.arabicEncoding() == null ? null : files.arabicEncoding().name(), null, null, null);
      case BatchJob.InlinePair inline -> RowFactory.create(inline.id(), inline.origin(), null, null, null, null, null,
          inline.manifest().toString(), inline.offset(), inline.length());
    };
  }

  /** Aligns (and reviews) the pair of a work row; a pair that cannot be done becomes a FAILED row, never an error. */
  static Row process(Row work, JobSettings settings) {
    long started = System.nanoTime();
    String id = work.getString(0);
    try {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("the row has no id — give every row an id");
      }
      PairProcessor processor = ExecutorModel.processor(settings);
      PairResult result = processor.process(id, load(work, settings));
      return pairRow(result.summary(seconds(started)), result.bitext().units());
    } catch (RuntimeException e) {
      String problem = e.getMessage() == null ? e.toString() : e.getMessage();
      return pairRow(PairSummary.failed(id, problem, seconds(started)), List.of());
    }
  }

  private static DocumentPair load(Row work, JobSettings settings) {
    String id = work.getString(0);
    String origin = work.isNullAt(1) ? "row '" + id + "'" : work.getString(1);
    if (!work.isNullAt(7)) {
      return new BatchJob.InlinePair(id, origin, Path.of(work.getString(7)), work.getLong(8), work.getInt(9))
          .load(settings.textOptions());
    }
    if (!work.isNullAt(4)) {
      return new BatchJob.FilePair(id, origin, Path.of(work.getString(4)),
          work.isNullAt(5) ? null : Path.of(work.getString(5)),
          work.isNullAt(6) ? null : Charset.forName(work.getString(6))).load(settings.textOptions());
    }
    if (work.isNullAt(2) || work.isNullAt(3)) {
      throw new IllegalArgumentException(origin + " lacks its Arabic or its English text — fill both columns");
    }
    return DocumentPair.fromTexts(work.getString(2), work.getString(3), settings.textOptions(), origin);
  }

  private static double seconds(long started) {
    return (System.nanoTime() - started) / 1e9;
  }

  private static Row pairRow(PairSummary s, List<BitextUnit> units) {
    Map<String, Integer> flags = new HashMap<>();
    s.flags().forEach((type, n) -> flags.put(type.name(), n));
    List<Row> segments = new ArrayList<>(units.size());
    for (BitextUnit unit : units) {
      segments.add(segmentRow(unit));
    }
    return RowFactory.create(s.id(), s.state().name(), s.problem(), s.arabicSentences(), s.englishSentences(),
        s.links(), s.oneSided(), nullIfNaN(s.meanScore()), nullIfNaN(s.minScore()), s.verdict(),
        nullIfNaN(s.weakShare()), s.criticalFlags(), scala(flags), s.seconds(), scala(segments));
  }

  private static Row segmentRow(BitextUnit unit) {
    List<Row> flags = unit.flags().stream()
        .map(f -> RowFactory.create(f.type().name(), f.severity().name(), f.confidence(), f.reason())).toList();
    return RowFactory.create(unit.document(), unit.position(), scala(unit.source()), scala(unit.target()),
        unit.type().toString(), unit.score(), unit.arabic(), unit.english(), StatusText.label(unit.state()), scala(flags));
  }

  /** A segments-table row back as the exchange unit the corpus writers take (TMX shards). */
  static BitextUnit unit(Row segment) {
    int position = segment.getInt(1);
    List<Flag> flags = new ArrayList<>();
    for (Row flag : segment.<Row>getList(9)) {
      flags.add(new Flag(Flag.Type.valueOf(flag.getString(0)), Flag.Severity.valueOf(flag.getString(1)),
          flag.getDouble(2), position, List.of(), List.of(), flag.getString(3)));
    }
    return new BitextUnit(segment.getString(0), position, segment.<Integer>getList(2), segment.<Integer>getList(3),
        segment.getString(6), segment.getString(7), segment.getDouble(5), flags,
        StatusText.parse(segment.getString(8), "segment " + segment.getString(0) + "#" + position));
  }

  private static Double nullIfNaN(double value) {
    return Double.isNaN(value) ? null : value;
  }

  private static <T> scala.collection.immutable.Seq<T> scala(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
  }

  private static <K, V> scala.collection.Map<K, V> scala(Map<K, V> map) {
    return scala.jdk.javaapi.CollectionConverters.asScala(map);
  }
}
