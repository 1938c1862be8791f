package org.qantara.core.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.qantara.core.QantaraException;
import org.qantara.core.corpus.Corpus;
import org.qantara.core.embed.Embedder;
import org.qantara.core.formats.AlignmentFormat;
import org.qantara.core.formats.Bitext;
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
 * and resumed batch combines to the very same files as one that ran straight through. The same units can go
 * into a Lucene corpus ({@link #writeIndex}).
 */
public final class BatchCorpus {
  /** The base name of every combined output: {@code corpus.tmx}, {@code corpus.ar} + {@code corpus.en} ... */
  public static final String NAME = "corpus";

  private BatchCorpus() {}

  /** The folder of the combined Lucene corpus ({@link Corpus}), searchable with {@code qantara search --corpus}. */
  public static final String INDEX = NAME + "-index";

  /** What went into the combined corpus index. */
  public record IndexWritten(Path folder, long links, long dropped, long distinctPairs) {}

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
    List<Path> files = segmentFiles(jobs, outDir);
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

  /**
   * Builds the Lucene corpus of the finished pairs among {@code jobs} (each pair one document), through the
   * export options, in {@code outDir/corpus-index}. It is built afresh beside the previous one and then put
   * in its place, so it holds exactly the pairs finished now (a pair that failed this time is not left
   * over from an earlier run), and a process killed while building leaves the previous index whole.
   */
  public static IndexWritten writeIndex(List<BatchJob> jobs, Path outDir, ExportOptions options, Embedder embedder) {
    Path index = outDir.resolve(INDEX);
    Path fresh = outDir.resolve("." + INDEX + ".new");
    Path previous = outDir.resolve("." + INDEX + ".old");
    Predicate<BitextUnit> filter = options.filter();
    long links = 0;
    long dropped = 0;
    long pairs;
    try {
      deleteTree(fresh); // left by a run killed while building
      try (Corpus corpus = Corpus.open(fresh, embedder)) {
        List<Bitext> chunk = new ArrayList<>();
        int chunkUnits = 0;
        for (Path file : segmentFiles(jobs, outDir)) {
          List<BitextUnit> units = new ArrayList<>();
          JsonlFormat.read(file, unit -> units.add(unit));
          List<BitextUnit> kept = units.stream().filter(filter).toList();
          dropped += units.size() - kept.size();
          if (kept.isEmpty()) {
            continue;
          }
          chunk.add(new Bitext(kept.get(0).document(), embedder.modelId(), kept));
          chunkUnits += kept.size();
          links += kept.size();
          if (chunkUnits >= INDEX_CHUNK) {
            corpus.addAll(chunk);
            chunk.clear();
            chunkUnits = 0;
          }
        }
        corpus.addAll(chunk); // also commits an empty corpus, which then opens as one
        pairs = corpus.stats().pairs();
      }
      deleteTree(previous);
      if (Files.exists(index)) {
        Files.move(index, previous, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(fresh, index, StandardCopyOption.ATOMIC_MOVE);
      deleteTree(previous);
    } catch (IOException e) {
      throw new QantaraException("cannot write the corpus index " + index + ": " + e.getMessage(),
          "check the disk space and the folder's permissions", e);
    }
    return new IndexWritten(index, links, dropped, pairs);
  }

  /** Units handed to the corpus in one add (one commit): many documents, but not the whole batch in memory. */
  private static final int INDEX_CHUNK = 50_000;

  private static List<Path> segmentFiles(List<BatchJob> jobs, Path outDir) {
    List<Path> files = new ArrayList<>();
    for (BatchJob job : jobs) {
      Path file = outDir.resolve(BatchAlignment.SEGMENTS_DIR).resolve(job.outputName() + ".jsonl");
      if (Files.isRegularFile(file)) {
        files.add(file);
      }
    }
    return files;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
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
