package org.qantara.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.qantara.core.Progress;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.io.AtomicFiles;
import org.qantara.core.pipeline.DocumentPair;
import org.qantara.core.review.ReviewOptions;
import org.qantara.core.review.ReviewReport;
import org.qantara.core.review.report.ReviewHtml;
import org.qantara.core.review.report.ReviewJson;
import org.qantara.core.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "Align an Arabic text (SRC) with its English rendering (TGT) and point at where the English does not say "
          + "what the Arabic says.",
      "It looks for omissions, additions, numbers, names, negation, untranslated text and sentences far from "
          + "their source, and says whether the texts are a translation of each other at all.",
      "With TGT omitted, SRC is one file holding both texts and is split by script."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:reviewed; no critical flag",
      "1:bad input or missing model (the message says what to fix)",
      "2:invalid command-line usage",
      ExitCodes.CRITICAL_FLAGS + ":reviewed; critical flags found, or the texts are not a translation of each other"
    })
final class ReviewCommand implements Callable<Integer> {

  enum ColourMode {
    auto,
    always,
    never
  }

  @Option(names = "--json", paramLabel = "FILE", description = "Also write every flag with its spans and the word alignment as JSON to FILE.")
  Path json;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report to FILE.")
  Path html;

  @Option(
      names = "--sensitivity",
      defaultValue = "0.5",
      paramLabel = "0..1",
      description = "How readily links count as far from the source (LOW_SIMILARITY): 0 fewest, 1 most (default: ${DEFAULT-VALUE}).")
  double sensitivity;

  @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN", description = "Colour the flags: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: only on a terminal, never with NO_COLOR set).")
  ColourMode colour;


  @Option(names = {"-q", "--quiet"}, description = "Print only the verdict and the summary, not the side-by-side alignment.")
  boolean quiet;

  @Mixin InputOptions input;
  @Mixin TerminalWidth width;
  @Mixin ModelOption model;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    ReviewOptions options = ReviewOptions.defaults().withSensitivity(sensitivity);
    input.guard().checkAll(Arrays.asList(json, html));
    ModelOption.Opening opening = model.openSessionMeanwhile();
    DocumentPair pair = opening.meanwhile(input::load);
    ReviewReport report;
    Progress progress = ProgressBars.forTerminal(false);
    try (Session session = opening.session()) {
      report = session.review(session.align(pair, AlignerParams.defaults(), progress), options, progress);
    } finally {
      ProgressBars.finish(progress);
    }
    pair.splitDescription().ifPresent(d -> stdout.println("Bilingual file " + input.source + ": " + d));
    if (quiet) {
      stdout.println("Verdict: " + report.verdict().explanation());
      stdout.println(ReviewText.summary(report));
    } else {
      OutputTarget.write(null, stdout, w -> ReviewText.write(report, w, width.columns(), useColour()));
    }
    if (json != null) {
      AtomicFiles.writeText(json, w -> ReviewJson.write(report, w));
    }
    if (html != null) {
      AtomicFiles.writeText(html, w -> ReviewHtml.write(report, w));
    }
    if (quiet) {
      AlignCommand.countSetAside(stdout, List.of(report.source(), report.target()));
    } else {
      AlignCommand.reportSetAside(stdout, List.of(report.source(), report.target()));
    }
    stdout.flush();
    return report.needsAttention() ? ExitCodes.CRITICAL_FLAGS : ExitCodes.OK;
  }

  private boolean useColour() {
    return switch (colour) {
      case always -> true;
      case never -> false;
      case auto -> System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM")) && Terminal.isInteractive();
    };
  }
}
