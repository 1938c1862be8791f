package org.qantara.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.qantara.core.QantaraException;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.formats.AlignmentFormat;
import org.qantara.core.formats.ExportOptions;
import org.qantara.core.formats.ExportReport;
import org.qantara.core.pipeline.BatchAlignment;
import org.qantara.core.pipeline.BatchAlignment.Outcome;
import org.qantara.core.pipeline.BatchAlignment.Status;
import org.qantara.core.pipeline.BatchCorpus;
import org.qantara.core.pipeline.BatchJob;
import org.qantara.core.pipeline.BatchReport;
import org.qantara.core.pipeline.PairProcessor;
import org.qantara.core.review.ReviewOptions;
import org.qantara.core.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Align (and with --review, review) many document pairs into one folder, one output file a pair.",
      "PAIRS is a folder of pairs matched by name (NAME.ar with NAME.en, "
          + "NAME_ar.txt with NAME_en.txt, ...) or a manifest: TSV with one 'ARABIC<TAB>ENGLISH' pair (or one "
          + "bilingual file) a line, optionally with an id column and a header (id, arabic, english, encoding, "
          + "arabic_encoding, english_encoding), or JSONL with the same fields or the texts inline "
          + "({\"id\": ..., \"ar\": ..., \"en\": ...}). "
          + "Ids name the outputs. An interrupted or repeated batch resumes: pairs whose inputs and settings "
          + "are unchanged and whose outputs are intact are not done again. A pair that fails is reported and "
          + "the others go on. report.json and report.html sum the batch up; --combine writes one corpus of "
          + "all finished pairs."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every pair done or up to date", "1:some pair failed (each is named with the fix), or bad PAIRS",
        "2:invalid command-line usage"})
final class BatchCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "PAIRS", description = "A folder of pairs, or a manifest file.")
  Path pairs;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
      description = "Folder for the alignments (NAME.<format extension>) and the batch state.")
  Path outDir;

  @Option(names = "--progress", description = "Show a progress bar even when standard error is not a terminal.")
  boolean progress;

  @Option(names = "--review", description = "Review every pair too: NAME.review.json beside each output, "
      + "verdicts and flag counts in the report, flags on the corpus rows.")
  boolean review;

  @Option(names = "--workers", paramLabel = "N",
      description = "Pairs worked on at once (default: one per core, ${DEFAULT-VALUE} here).")
  int workers = BatchAlignment.Settings.defaultWorkers();

  /**
   * The embedding caches' room a worker: a pair's vectors are asked for again within the pair (the word-evidence
   * pass, the review) and seldom by the pairs after it, so the caches need to hold the pairs in flight (a news-size
   * pair's token vectors are about 0.4 M floats), not the default 2 × 32 M floats, which a long batch fills with
   * vectors of finished pairs: the heap would grow with the number of pairs up to 256 MB of cache.
   */
  private static final long CACHE_FLOATS_PER_WORKER = 2L << 20;

  /** What --combine names besides the exchange formats: the Lucene corpus, searchable with {@code search}. */
  private static final String INDEX = "index";

  @Option(names = "--combine", split = ",", paramLabel = "FORMAT",
      description = "Also write one corpus of all finished pairs, corpus.<ext>, in each of these exchange formats: "
          + "tmx, xliff, moses (corpus.ar + corpus.en), jsonl, tsv, and with 'index' a Lucene corpus in corpus-index/ "
          + "(search it with: qantara search --corpus OUT/corpus-index); comma-separated. The export options apply.")
  List<String> combine = List.of();

  @Mixin FormatOption output;
  @Mixin ExportOptionsMixin exportOptions;
  @Mixin ReadOptions reading;
  @Mixin TerminalWidth width;
  @Mixin ModelOption model;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    List<BatchJob> jobs = jobs();
    Set<AlignmentFormat> corpusFormats = corpusFormats();
    ExportOptions export = exportOptions.toOptions();
    BatchAlignment.Settings settings =
        new BatchAlignment.Settings(reading.toTextOptions(), output.format, width.columns(), export, workers);
    long started = System.nanoTime();
    String modelId;
    long failed;
    // One model session for the whole command: the pairs' alignment and, with --combine index, the index's vectors.
    try (Session session = model.openSession(CACHE_FLOATS_PER_WORKER * workers)) {
      modelId = session.modelId();
      List<Outcome> outcomes;
      try (ProgressBar bar = progressBar(jobs.size())) {
        PairProcessor processor = PairProcessor.sharedBy(session.embedder(), AlignerParams.defaults(),
            review ? ReviewOptions.defaults() : null);
        List<Path> manifest = Files.isRegularFile(pairs) ? List.of(pairs) : List.of();
        outcomes = new BatchAlignment(processor, settings).run(jobs, manifest, outDir, (outcome, done, total) -> {
          if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(outcome.job().id());
          } else {
            stderr.printf("[%d/%d] %s: %s%n", done, total, outcome.job().id(), describe(outcome));
            stderr.flush();
          }
        });
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      BatchReport report = new BatchReport(outcomes, new BatchReport.Run(modelId, review, workers, seconds));
      report.write(outDir);
      failed = outcomes.stream().filter(o -> o.status() == Status.FAILED).count();
      for (Outcome o : outcomes) {
        if (o.status() == Status.FAILED) {
          stderr.println("qantara: " + o.job().id() + ": " + o.problem());
        }
      }
      stdout.printf("%d pair(s): %d aligned, %d up to date, %d failed → %s (report: %s)%n", outcomes.size(),
          count(outcomes, Status.ALIGNED), count(outcomes, Status.UP_TO_DATE), failed, outDir,
          outDir.resolve(BatchReport.HTML_FILE));
      if (combine.stream().anyMatch(INDEX::equalsIgnoreCase)) {
        BatchCorpus.IndexWritten index = BatchCorpus.writeIndex(jobs, outDir, export, session.embedder());
        stdout.printf("corpus index: %d link(s) written (%d distinct pair(s)), %d left out → %s%n", index.links(),
            index.distinctPairs(), index.dropped(), index.folder());
      }
    }
    if (!corpusFormats.isEmpty()) {
      Map<AlignmentFormat, ExportReport> written = BatchCorpus.write(jobs, outDir, corpusFormats, export, modelId);
      written.forEach((format, exported) -> {
        exported.warnings().forEach(w -> stderr.println("qantara: " + w));
        stdout.printf("corpus: %d link(s) written, %d left out → %s%s%n", exported.written(), exported.dropped(),
            BatchCorpus.file(outDir, format), format == AlignmentFormat.MOSES ? " (+ .en)" : "");
      });
    }
    stdout.flush();
    stderr.flush();
    return failed > 0 ? ExitCodes.USER_ERROR : ExitCodes.OK;
  }

  private Set<AlignmentFormat> corpusFormats() {
    Set<AlignmentFormat> formats = EnumSet.noneOf(AlignmentFormat.class);
    for (String name : combine) {
      if (name.strip().equalsIgnoreCase(INDEX)) {
        continue;
      }
      AlignmentFormat format;
      try {
        format = new FormatOption.Converter().convert(name);
      } catch (picocli.CommandLine.TypeConversionException e) {
        throw new ParameterException(spec.commandLine(), "--combine: " + e.getMessage() + " or index");
      }
      if (!format.isExchangeFormat()) {
        throw new ParameterException(spec.commandLine(), "--combine: a corpus cannot be written as " + format.label()
            + "; use tmx, xliff, moses, jsonl, tsv or index");
      }
      formats.add(format);
    }
    return formats;
  }

  private List<BatchJob> jobs() {
    if (Files.isDirectory(pairs)) {
      return BatchAlignment.fromDirectory(pairs);
    }
    if (!Files.isRegularFile(pairs)) {
      throw new QantaraException(pairs + " does not exist", "pass a folder of NAME.ar / NAME.en pairs or a manifest file");
    }
    return BatchAlignment.fromManifest(pairs);
  }

  private ProgressBar progressBar(int total) {
    if (!progress && !Terminal.isInteractive()) {
      return null;
    }
    return new ProgressBarBuilder().setTaskName("Aligning").setInitialMax(total).setUnit(" pairs", 1)
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
  }

  private static String describe(Outcome outcome) {
    return switch (outcome.status()) {
      case ALIGNED -> "aligned → " + outcome.output();
      case UP_TO_DATE -> "up to date: " + outcome.output();
      case FAILED -> "failed";
    };
  }

  private static long count(List<Outcome> outcomes, Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }
}
