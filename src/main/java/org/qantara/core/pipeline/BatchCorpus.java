package org.qantara.core.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.qantara.core.QantaraException;
import org.qantara.core.formats.AlignmentFormat;
import org.qantara.core.formats.BitextUnit;
import org.qantara.core.formats.ExportOptions;
import org.qantara.core.formats.ExportReport;
import org.qantara.core.formats.Exporter;
import org.qantara.core.formats.JsonlFormat;

/**
 * One corpus from every finished pair of a batch folder, in any exchange format (TMX, XLIFF, Moses, JSONL,
 * TSV), through the export options. The pairs' units are read back from the folder in the order of the
 * list (not the order the pairs finished in), one pair at a time, so the corpus may be larger than memory
 * (XLIFF, which groups by document, excepted); and since it is made from what is on disk, an interrupted
 * and resumed batch combines to the very same files as one that ran straight through.
 */
public final class BatchCorpus {
  /** The base name of every combined output: {@code corpus.tmx}, {@code corpus.ar} + {@code corpus.en} ... */
  public static final String NAME = "corpus";

  private BatchCorpus() {}

  /** The file a format's corpus goes to (for Moses, the first of its two). */
  public static Path file(Path outDir, AlignmentFormat format) {
    return outDir.resolve(NAME + "." + format.extension());
  }

  /**
   * Writes the corpus of the finished pairs among {@code jobs} in each of {@code formats} into
   * {@code outDir}, each file atomically; returns what each export wrote and left out.
   *
   * @param modelId the model that aligned the pairs (a TMX header prop), or null
   */
  public static Map<AlignmentFormat, ExportReport> write(List<BatchJob> jobs, Path outDir, Set<AlignmentFormat> formats,
      ExportOptions options, String modelId) {
    List<Path> files = new ArrayList<>();
    for (BatchJob job : jobs) {
      Path file = outDir.resolve(BatchAlignment.SEGMENTS_DIR).resolve(job.outputName() + ".jsonl");
      if (Files.isRegularFile(file)) {
        files.add(file);
      }
    }
    Iterable<BitextUnit> units = () -> new PairByPair(files);
    Map<AlignmentFormat, ExportReport> reports = new LinkedHashMap<>();
    for (AlignmentFormat format : formats) {
      if (!format.isExchangeFormat()) {
        throw new QantaraException("a corpus cannot be written as " + format.label(),
            "combine into tmx, xliff, moses, jsonl or tsv");
      }
      reports.put(format, Exporter.write(format, units, modelId, options, file(outDir, format)));
    }
    return reports;
  }

  /** The units of one pair's file after another, holding one pair's units at a time. */
  private static final class PairByPair implements Iterator<BitextUnit> {
    private final Iterator<Path> files;
    private Iterator<BitextUnit> current = Collections.emptyIterator();

    PairByPair(List<Path> files) {
      this.files = files.iterator();
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && files.hasNext()) {
        List<BitextUnit> units = new ArrayList<>();
        JsonlFormat.read(files.next(), units::add);
        current = units.iterator();
      }
      return current.hasNext();
    }

    @Override
    public BitextUnit next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
