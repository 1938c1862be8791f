package org.qantara.core.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.qantara.core.QantaraException;
import org.qantara.core.formats.AlignmentFormat;
import org.qantara.core.formats.Bitext;
import org.qantara.core.formats.ExportOptions;
import org.qantara.core.formats.ExportReport;
import org.qantara.core.formats.Exporter;
import org.qantara.core.formats.JsonlFormat;
import org.qantara.core.formats.MosesFormat;
import org.qantara.core.io.AtomicFiles;
import org.qantara.core.io.OutputGuard;
import org.qantara.core.io.Sha256;
import org.qantara.core.review.report.ReviewJson;
import org.qantara.core.text.TextOptions;

/**
 * Aligns many document pairs into one output folder, several at once, and picks up where it stopped.
 * Workers (as many as cores by default) share one pipeline, so one model session serves them all. As each
 * pair finishes, its output (and its review, when asked) is written atomically, its links are kept as
 * corpus rows for {@link BatchCorpus}, and a journal line in the folder's state records what it was made
 * from (checksums of the inputs and of the output, model, aligner parameters, reading options, format)
 * and its report line. A later run skips every pair whose record still matches and whose outputs are
 * intact, so an interrupted batch resumes, and a changed input or setting is done again. A pair that fails
 * (a missing or unreadable file, a text in the wrong language) is reported and the batch goes on. Memory
 * holds the pairs being worked on plus a small record a pair, whatever the length of the list.
 */
public final class BatchAlignment {
  /** The batch's own files in the output folder: hidden, and never the name of an output. */
  public static final String WORK_DIR = ".qantara-batch";
  /** The journal of finished pairs. */
  public static final String STATE_FILE = WORK_DIR + "/state.jsonl";
  /** Each finished pair's links as exchange units in JSONL, {@code NAME.jsonl}: what {@link BatchCorpus} reads. */
  public static final String SEGMENTS_DIR = WORK_DIR + "/pairs";
  /** The review written beside each output when pairs are reviewed. */
  public static final String REVIEW_SUFFIX = ".review.json";

  private static final Pattern LANGUAGE_ONLY = Pattern.compile("(?i)ar|ara|arabic|en|eng|english");
  private static final Pattern LANGUAGE_TAG =
      Pattern.compile("(?i)(.+?)[._-](ar|ara|arabic|en|eng|english)(\\.[^.]+)?");

  public enum Status {
    ALIGNED,
    UP_TO_DATE,
    FAILED
  }

  /** What became of a job: its output and report line, or the problem (with its fix) when it failed. */
  public record Outcome(BatchJob job, Status status, Path output, String problem, PairSummary summary) {}

  /** Told after every job as it finishes (from one thread at a time); {@code done} counts the jobs finished so far. */
  @FunctionalInterface
  public interface Listener {
    void finished(Outcome outcome, int done, int total);
  }

  /**
   * How a batch runs.
   *
   * @param width columns of the side-by-side text format (ignored by the others)
   * @param exportOptions which links the exchange formats (TMX, XLIFF, Moses, JSONL) write
   * @param workers pairs worked on at once
   */
  public record Settings(TextOptions textOptions, AlignmentFormat format, int width, ExportOptions exportOptions,
      int workers) {
    public Settings {
      if (workers < 1) {
        throw new QantaraException("workers " + workers + " is below 1", "pass 1 or more");
      }
    }

    public static int defaultWorkers() {
      return Runtime.getRuntime().availableProcessors();
    }
  }

  private final PairProcessor processor;
  private final Settings settings;

  public BatchAlignment(PairProcessor processor, Settings settings) {
    this.processor = processor;
    this.settings = settings;
  }

  /** Runs every job and returns their outcomes in the jobs' order. */
  public List<Outcome> run(List<BatchJob> jobs, Path outDir, Listener listener) {
    return run(jobs, List.of(), outDir, listener);
  }

  /**
   * Runs every job and returns their outcomes in the jobs' order.
   *
   * @param otherInputs files the jobs came from (a manifest), which no output may replace either
   */
  public List<Outcome> run(List<BatchJob> jobs, List<Path> otherInputs, Path outDir, Listener listener) {
    requireDistinctOutputs(jobs);
    requireOutputsApart(jobs, otherInputs, outDir);
    createDirectory(outDir.resolve(SEGMENTS_DIR));
    Outcome[] outcomes = new Outcome[jobs.size()];
    int[] done = {0};
    ExecutorService workers = Executors.newFixedThreadPool(settings.workers(), daemonThreads());
    try (FolderLock lock = FolderLock.take(outDir); BatchState state = BatchState.open(outDir.resolve(STATE_FILE))) {
      ExecutorCompletionService<Integer> finished = new ExecutorCompletionService<>(workers);
      for (int i = 0; i < jobs.size(); i++) {
        int index = i;
        finished.submit(() -> {
          Outcome outcome = runOne(jobs.get(index), outDir, state);
          outcomes[index] = outcome;
          synchronized (done) {
            listener.finished(outcome, ++done[0], jobs.size());
          }
          return index;
        });
      }
      for (int i = 0; i < jobs.size(); i++) {
        await(finished);
      }
    } finally {
      workers.shutdownNow();
    }
    return List.of(outcomes);
  }

  private static ThreadFactory daemonThreads() {
    return runnable -> {
      Thread thread = new Thread(runnable, "qantara-batch");
      thread.setDaemon(true);
      return thread;
    };
  }

  private static void await(ExecutorCompletionService<Integer> finished) {
    try {
      finished.take().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new QantaraException("the batch was interrupted", "run it again: it resumes where it stopped", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
    }
  }

  private Outcome runOne(BatchJob job, Path outDir, BatchState state) {
    String name = job.outputName();
    Path output = outDir.resolve(name + "." + settings.format().extension());
    Path segments = outDir.resolve(SEGMENTS_DIR).resolve(name + ".jsonl");
    long started = System.nanoTime();
    try {
      String fingerprint = fingerprint(job);
      BatchState.Record previous = state.get(job.id());
      if (previous != null && previous.fingerprint().equals(fingerprint) && intact(output, previous.outputSha256())
          && Files.isRegularFile(segments)
          && (processor.review() == null || Files.isRegularFile(outDir.resolve(name + REVIEW_SUFFIX)))) {
        return new Outcome(job, Status.UP_TO_DATE, output, null, previous.summary());
      }
      DocumentPair pair = job.load(settings.textOptions());
      PairResult result = processor.process(job.id(), pair);
      Bitext bitext = result.bitext();
      write(result, bitext, output);
      if (result.review() != null) {
        AtomicFiles.writeText(outDir.resolve(name + REVIEW_SUFFIX), out -> ReviewJson.write(result.review(), out));
      }
      AtomicFiles.writeText(segments, out -> JsonlFormat.write(bitext.units(), out, new ExportReport()));
      PairSummary summary = result.summary((System.nanoTime() - started) / 1e9);
      state.finished(new BatchState.Record(job.id(), fingerprint, output.getFileName().toString(), checksum(output),
          summary, false));
      return new Outcome(job, Status.ALIGNED, output, null, summary);
    } catch (QantaraException e) {
      state.failed(job.id());
      return new Outcome(job, Status.FAILED, null, e.getMessage(),
          PairSummary.failed(job.id(), e.getMessage(), (System.nanoTime() - started) / 1e9));
    }
  }

  private void write(PairResult result, Bitext bitext, Path output) {
    AlignmentFormat format = settings.format();
    if (format.writesWholeAlignment()) {
      AtomicFiles.writeText(output, out -> format.write(result.alignment(), out, settings.width()));
      return;
    }
    Exporter.write(format, List.of(bitext), settings.exportOptions(), output);
  }

  /** The files an output path stands for: Moses writes two, NAME.ar and NAME.en. */
  private List<Path> outputFiles(Path output) {
    return settings.format() == AlignmentFormat.MOSES ? MosesFormat.files(output) : List.of(output);
  }

  /**
   * What an output depends on: the inputs' bytes, the model's files (as checked when it was opened) and every
   * setting that changes the result.
   */
  private String fingerprint(BatchJob job) {
    AlignmentPipeline pipeline = processor.pipeline();
    return job.inputChecksum() + "|" + pipeline.embedder().modelId() + "|" + pipeline.embedder().filesChecksum() + "|"
        + pipeline.params() + "|"
        + settings.textOptions() + "|" + settings.format()
        + (settings.format() == AlignmentFormat.TEXT ? "|" + settings.width() : "")
        + (settings.format().writesWholeAlignment() ? "" : "|" + settings.exportOptions())
        + (processor.review() == null ? "" : "|review " + processor.review());
  }

  private boolean intact(Path output, String sha256) {
    try {
      return outputFiles(output).stream().allMatch(Files::isRegularFile) && checksum(output).equals(sha256);
    } catch (QantaraException e) {
      return false;
    }
  }

  /** The checksum of an output's file, or of its files one after the other. */
  private String checksum(Path output) {
    StringBuilder checksums = new StringBuilder();
    for (Path file : outputFiles(output)) {
      try {
        checksums.append(checksums.isEmpty() ? "" : "+").append(Sha256.of(file));
      } catch (IOException e) {
        throw new QantaraException("cannot read back " + file + ": " + e.getMessage(), "check the output folder", e);
      }
    }
    return checksums.toString();
  }

  private static void requireDistinctOutputs(List<BatchJob> jobs) {
    Map<String, BatchJob> seen = new HashMap<>();
    for (BatchJob job : jobs) {
      BatchJob other = seen.putIfAbsent(job.outputName(), job);
      if (other != null) {
        throw new QantaraException("two pairs would write the same output '" + job.outputName() + "': "
            + other.origin() + " ('" + other.id() + "') and " + job.origin() + " ('" + job.id() + "')",
            "give them distinct ids");
      }
    }
  }

  /**
   * No output may be one of the inputs (a pair's files, the manifest), nor may the batch's own state be.
   * (No output can be the state: output names never start with a dot.)
   */
  private void requireOutputsApart(List<BatchJob> jobs, List<Path> otherInputs, Path outDir) {
    List<Path> inputs = new ArrayList<>(otherInputs);
    for (BatchJob job : jobs) {
      if (job instanceof BatchJob.FilePair files) {
        inputs.add(files.arabic());
        inputs.add(files.english());
      }
    }
    OutputGuard guard = OutputGuard.protecting(inputs);
    guard.check(outDir.resolve(STATE_FILE));
    for (BatchJob job : jobs) {
      String name = job.outputName();
      guard.checkAll(outputFiles(outDir.resolve(name + "." + settings.format().extension())));
      if (processor.review() != null) {
        guard.check(outDir.resolve(name + REVIEW_SUFFIX));
      }
    }
  }

  private static void createDirectory(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new QantaraException("cannot create the output folder " + dir + ": " + e.getMessage(),
          "choose a folder you can write to");
    }
  }

  // ---- finding the pairs ---------------------------------------------------------------------------

  /** Pairs listed in a manifest (TSV or JSONL): see {@link BatchManifest}. */
  public static List<BatchJob> fromManifest(Path manifest) {
    return BatchManifest.read(manifest);
  }

  /**
   * Pairs in a folder, matched by name: {@code NAME.ar} with {@code NAME.en}, {@code NAME_ar.txt} with
   * {@code NAME_en.txt}, and so on ({@code ar|ara|arabic}, {@code en|eng|english}, after . _ or -). Other
   * files (gold alignments, notes) are left alone; an Arabic or English file without its partner is an
   * error, so that no pair is silently skipped.
   */
  public static List<BatchJob> fromDirectory(Path dir) {
    // name -> [Arabic candidates, English candidates]
    Map<String, List<List<Path>>> byName = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        Matcher m = LANGUAGE_TAG.matcher(file.getFileName().toString());
        if (!m.matches() || file.getFileName().toString().startsWith(".")) {
          continue;
        }
        boolean arabic = m.group(2).toLowerCase(Locale.ROOT).startsWith("ar");
        byName.computeIfAbsent(m.group(1), k -> List.of(new ArrayList<>(), new ArrayList<>())).get(arabic ? 0 : 1).add(file);
      }
    } catch (IOException e) {
      throw new QantaraException("cannot list " + dir + ": " + e.getMessage(), "pass a folder you can read");
    }
    List<BatchJob> jobs = new ArrayList<>();
    List<String> unpaired = new ArrayList<>();
    byName.forEach((name, sides) -> {
      for (List<Path> candidates : sides) {
        if (candidates.size() > 1) {
          // Choosing one would align a stale copy (doc.ar.orig) as readily as the real text.
          throw new QantaraException("several files could be the " + (candidates == sides.get(0) ? "Arabic" : "English")
              + " side of '" + name + "' in " + dir + ": " + candidates.stream().map(p -> p.getFileName().toString()).toList(),
              "move or rename all but one, or list the pairs in a manifest");
        }
      }
      if (!sides.get(0).isEmpty() && !sides.get(1).isEmpty()) {
        Path arabic = sides.get(0).getFirst();
        jobs.add(new BatchJob.FilePair(name, dir.getFileName() + "/" + arabic.getFileName(), arabic,
            sides.get(1).getFirst(), null));
      } else {
        unpaired.add((sides.get(0).isEmpty() ? sides.get(1) : sides.get(0)).getFirst().getFileName().toString());
      }
    });
    if (!unpaired.isEmpty()) {
      throw new QantaraException("no partner for " + String.join(", ", unpaired) + " in " + dir,
          "add the other language's file (NAME.ar with NAME.en), or list the pairs in a manifest");
    }
    if (jobs.isEmpty()) {
      throw new QantaraException("no document pairs in " + dir,
          "name them NAME.ar / NAME.en (or NAME_ar.txt / NAME_en.txt), or list them in a manifest");
    }
    return jobs;
  }

  /**
   * "report.ar.txt" and "report_ar.txt" give "report"; "seed-001/ar.txt", named by its language alone,
   * gives its folder's name; any other file its name less the extension. With {@code folders} above zero,
   * that many more of its folders go in front ("a/doc.ar" at 1 gives "a-doc"), to tell apart files of one name.
   */
  static String nameOf(Path source, int folders) {
    String file = source.getFileName().toString();
    Path folder = source.toAbsolutePath().normalize().getParent();
    Matcher m = LANGUAGE_TAG.matcher(file);
    String name;
    if (m.matches()) {
      name = m.group(1);
    } else {
      int dot = file.lastIndexOf('.');
      String stem = dot > 0 ? file.substring(0, dot) : file;
      boolean byFolder = LANGUAGE_ONLY.matcher(stem).matches() && folder != null && folder.getFileName() != null;
      name = byFolder ? folder.getFileName().toString() : stem;
      if (byFolder) {
        folder = folder.getParent();
      }
    }
    for (int i = 0; i < folders && folder != null && folder.getFileName() != null; i++) {
      name = folder.getFileName() + "-" + name;
      folder = folder.getParent();
    }
    return name;
  }
}
