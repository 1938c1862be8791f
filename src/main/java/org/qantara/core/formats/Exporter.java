package org.qantara.core.formats;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.qantara.core.QantaraException;
import org.qantara.core.io.AtomicFiles;

/**
 * Writes aligned documents in an exchange format (TMX, XLIFF, Moses, JSONL, TSV) through the export
 * options, atomically, and reports what it wrote and what it had to change.
 */
public final class Exporter {
  private Exporter() {}

  /**
   * @param file the output file; for Moses the base name of the two files ({@link MosesFormat#files})
   */
  public static ExportReport write(AlignmentFormat format, List<Bitext> bitexts, ExportOptions options, Path file) {
    ExportReport report = new ExportReport();
    List<BitextUnit> units = select(bitexts, options, report);
    if (format == AlignmentFormat.MOSES) {
      MosesFormat.write(units, file, report);
    } else {
      AtomicFiles.writeText(file, out -> writeUnits(format, units, modelId(bitexts), out, report));
    }
    return report;
  }

  /**
   * Writes units that stream from disk (a batch's combined corpus) through the export options: memory holds
   * one unit at a time (plus the pairs seen, when de-duplicating). {@code units} is iterated once per file
   * written (twice for Moses), filtered afresh each time.
   *
   * @param modelId the model of all the units (a TMX header prop), or null
   */
  public static ExportReport write(
      AlignmentFormat format, Iterable<BitextUnit> units, String modelId, ExportOptions options, Path file) {
    ExportReport report = new ExportReport();
    boolean[] counted = {false};
    Iterable<BitextUnit> kept = () -> {
      boolean count = !counted[0];
      counted[0] = true;
      Predicate<BitextUnit> filter = options.filter();
      return java.util.stream.StreamSupport.stream(units.spliterator(), false).filter(unit -> {
        boolean keep = filter.test(unit);
        if (!keep && count) {
          report.drop();
        }
        return keep;
      }).iterator();
    };
    if (format == AlignmentFormat.MOSES) {
      MosesFormat.write(kept, file, report);
    } else {
      AtomicFiles.writeText(file, out -> writeUnits(format, kept, modelId, out, report));
    }
    return report;
  }

  /** To a stream (standard output): every format but Moses, which needs two files. */
  public static ExportReport write(AlignmentFormat format, List<Bitext> bitexts, ExportOptions options, Writer out)
      throws IOException {
    if (format == AlignmentFormat.MOSES) {
      throw new QantaraException("the Moses format writes two files and cannot go to standard output",
          "name them with --out NAME (writes NAME.ar and NAME.en)");
    }
    ExportReport report = new ExportReport();
    writeUnits(format, select(bitexts, options, report), modelId(bitexts), out, report);
    return report;
  }

  private static List<BitextUnit> select(List<Bitext> bitexts, ExportOptions options, ExportReport report) {
    Predicate<BitextUnit> filter = options.filter();
    return bitexts.stream().flatMap(b -> b.units().stream()).filter(unit -> {
      boolean kept = filter.test(unit);
      if (!kept) {
        report.drop();
      }
      return kept;
    }).toList();
  }

  private static void writeUnits(
      AlignmentFormat format, Iterable<BitextUnit> units, String modelId, Writer out, ExportReport report) throws IOException {
    switch (format) {
      case TMX -> TmxFormat.write(units, modelId, out, report);
      case XLIFF -> XliffFormat.write(units, out, report);
      case JSONL -> JsonlFormat.write(units, out, report);
      case TSV -> TsvFormat.write(units, out, report);
      default -> throw new QantaraException(
          "the " + format.label() + " format writes one whole alignment, not selected links",
          "export to tmx, xliff, moses, jsonl or tsv");
    }
  }

  /** The model of all the documents, or null when they were aligned with different (or unknown) ones. */
  private static String modelId(List<Bitext> bitexts) {
    List<String> models = bitexts.stream().map(Bitext::modelId).distinct().toList();
    return models.size() == 1 ? models.get(0) : null;
  }
}
