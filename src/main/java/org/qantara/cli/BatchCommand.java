package org.qantara.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.qantara.core.QantaraException;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.pipeline.AlignmentPipeline;
import org.qantara.core.pipeline.BatchAlignment;
import org.qantara.core.pipeline.BatchAlignment.Outcome;
import org.qantara.core.pipeline.BatchAlignment.Status;
import org.qantara.core.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Align many document pairs into one folder, one output file a pair. PAIRS is a folder of pairs matched",
      "by name (NAME.ar with NAME.en, NAME_ar.txt with NAME_en.txt, ...) or a manifest listing one",
      "'ARABIC<TAB>ENGLISH' pair (or one bilingual file) a line. An interrupted or repeated batch resumes:",
      "pairs whose inputs and settings are unchanged and whose output is there are not aligned again.",
      "A pair that fails is reported and the others go on."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every pair aligned or up to date", "1:some pair failed (each is named with the fix), or bad PAIRS",
        "2:invalid command-line usage"})
final class BatchCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "PAIRS", description = "A folder of pairs, or a manifest file.")
  Path pairs;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
      description = "Folder for the alignments (NAME.<format extension>) and the batch state.")
  Path outDir;

  @Option(names = "--progress", description = "Show a progress bar even when standard error is not a terminal.")
  boolean progress;

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
    List<BatchAlignment.Job> jobs = jobs();
    List<Outcome> outcomes;
    try (Session session = model.openSession(); ProgressBar bar = progressBar(jobs.size())) {
      BatchAlignment batch = new BatchAlignment(new AlignmentPipeline(session.embedder(), AlignerParams.defaults()),
          reading.toTextOptions(), output.format, width.columns(), exportOptions.toOptions());
      List<Path> manifest = Files.isRegularFile(pairs) ? List.of(pairs) : List.of();
      outcomes = batch.run(jobs, manifest, outDir, (outcome, done, total) -> {
        if (bar != null) {
          bar.stepTo(done);
          bar.setExtraMessage(outcome.job().name());
        } else {
          stderr.printf("[%d/%d] %s: %s%n", done, total, outcome.job().name(), describe(outcome));
          stderr.flush();
        }
      });
    }
    long failed = outcomes.stream().filter(o -> o.status() == Status.FAILED).count();
    for (Outcome o : outcomes) {
      if (o.status() == Status.FAILED) {
        stderr.println("qantara: " + o.job().name() + ": " + o.problem());
      }
    }
    stdout.printf("%d pair(s): %d aligned, %d up to date, %d failed → %s%n", outcomes.size(),
        count(outcomes, Status.ALIGNED), count(outcomes, Status.UP_TO_DATE), failed, outDir);
    stdout.flush();
    stderr.flush();
    return failed > 0 ? ExitCodes.USER_ERROR : ExitCodes.OK;
  }

  private List<BatchAlignment.Job> jobs() {
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
