package org.qantara.core.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.qantara.core.QantaraException;
import org.qantara.core.io.AtomicFiles;
import org.qantara.core.review.Flag;

/**
 * One corpus from every finished pair of a batch folder: the pairs' corpus rows read back in the order of
 * the list (not the order they finished in), filtered, and written as one file per format. Rows stream
 * from disk one at a time, so the corpus can be larger than memory; and since it is made from what is on
 * disk, an interrupted and resumed batch combines to the very same files as one that ran straight through.
 */
public final class BatchCorpus {
  /** The file name every combined output starts with: {@code corpus.jsonl}, {@code corpus.ar} ... */
  public static final String NAME = "corpus";

  public enum Format {
    /** One row a line with everything (document, link, sentence numbers, texts, score, type, flags). */
    JSONL,
    /** Moses plain parallel files {@code corpus.ar} / {@code corpus.en}, line N of one ↔ line N of the other. */
    MOSES;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Which links go into the corpus. Links with one empty side (1-0, 0-1) never do: they are no translation
   * pair.
   *
   * @param minScore links scoring below this are left out
   * @param dropSeverity links carrying a flag of this severity or worse are left out; null keeps flagged links
   */
  public record Filter(double minScore, Flag.Severity dropSeverity) {
    public static final Filter ALL = new Filter(0, null);

    public Filter {
      if (!(minScore >= 0 && minScore <= 1)) {
        throw new QantaraException("minimum score " + minScore + " is outside [0, 1]", "pass a score such as 0.5");
      }
    }

    public boolean keeps(AlignedSegment segment) {
      return segment.isPair() && segment.score() >= minScore
          && (dropSeverity == null || segment.flags().stream().noneMatch(this::atOrAbove));
    }

    private boolean atOrAbove(String flag) {
      Flag.Severity severity = Flag.Severity.valueOf(flag.substring(flag.indexOf(':') + 1));
      return severity.compareTo(dropSeverity) <= 0;
    }
  }

  /** How many rows went in and how many the filter kept. */
  public record Counts(long rows, long kept) {}

  private BatchCorpus() {}

  /**
   * Writes the corpus of the finished pairs among {@code jobs} into {@code outDir}, one file (or pair of
   * files) per format, each atomically.
   */
  public static Counts write(List<BatchJob> jobs, Path outDir, Set<Format> formats, Filter filter) {
    List<Path> rows = new ArrayList<>();
    for (BatchJob job : jobs) {
      Path file = outDir.resolve(BatchAlignment.SEGMENTS_DIR).resolve(job.outputName() + ".jsonl");
      if (Files.isRegularFile(file)) {
        rows.add(file);
      }
    }
    long[] counts = new long[2];
    for (Format format : formats) {
      counts[0] = counts[1] = 0;
      switch (format) {
        case JSONL -> AtomicFiles.writeText(outDir.resolve(NAME + ".jsonl"), out ->
            each(rows, filter, counts, segment -> writeLine(out, SegmentRows.line(segment))));
        case MOSES -> AtomicFiles.writeText(outDir.resolve(NAME + ".ar"), arabic ->
            AtomicFiles.writeText(outDir.resolve(NAME + ".en"), english -> each(rows, filter, counts, segment -> {
              writeLine(arabic, oneLine(segment.arabic()));
              writeLine(english, oneLine(segment.english()));
            })));
      }
    }
    return new Counts(counts[0], counts[1]);
  }

  private static void each(List<Path> files, Filter filter, long[] counts, Consumer<AlignedSegment> sink) {
    try {
      for (Path file : files) {
        SegmentRows.read(file, segment -> {
          counts[0]++;
          if (filter.keeps(segment)) {
            counts[1]++;
            sink.accept(segment);
          }
        });
      }
    } catch (UncheckedIOException e) {
      throw new QantaraException("cannot write the corpus: " + e.getCause().getMessage(),
          "check that the disk is not full", e);
    }
  }

  private static void writeLine(Writer out, String line) {
    try {
      out.write(line);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A line break inside a segment would shift every later line of one side against the other. */
  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " ");
  }
}
