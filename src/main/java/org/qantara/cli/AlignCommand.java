package org.qantara.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.qantara.core.Progress;
import org.qantara.core.QantaraException;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.formats.AlignmentFormat;
import org.qantara.core.formats.VisibleControls;
import org.qantara.core.formats.Bitext;
import org.qantara.core.pipeline.DocumentPair;
import org.qantara.core.session.Session;
import org.qantara.core.text.Document;
import org.qantara.core.text.SetAside;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "align",
    mixinStandardHelpOptions = true,
    description = {
      "Sentence-align an Arabic text (SRC) with its English rendering (TGT).",
      "With TGT omitted, SRC is one file holding both texts and is split by script."
    })
final class AlignCommand implements Callable<Integer> {

  @Mixin FormatOption output;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the alignment to FILE (atomically) instead of standard output.")
  Path out;

  @Mixin ExportOptionsMixin exportOptions;
  @Mixin InputOptions input;
  @Mixin TerminalWidth width;
  @Mixin ModelOption model;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    input.guard().checkAll(OutputTarget.filesOf(output.format, out));
    if (output.format == AlignmentFormat.MOSES && out == null) {
      // Before the work, not after it: the two files need a name.
      throw new QantaraException("the Moses format writes two files and cannot go to standard output",
          "name them with --out NAME (writes NAME.ar and NAME.en)");
    }
    ModelOption.Opening opening = model.openSessionMeanwhile();
    DocumentPair pair = opening.meanwhile(input::load);
    AlignedDocuments aligned;
    Progress progress = ProgressBars.forTerminal(false);
    try (Session session = opening.session()) {
      aligned = session.align(pair, AlignerParams.defaults(), progress).aligned();
    } finally {
      ProgressBars.finish(progress);
    }
    // The side-by-side view is for people: the account of what was split and set aside goes with it.
    // Machine formats keep standard output clean and report on standard error.
    PrintWriter report = output.format == AlignmentFormat.TEXT && out == null ? stdout : stderr;
    pair.splitDescription().ifPresent(d -> report.println("Bilingual file " + input.source + ": " + d));
    if (output.format.writesWholeAlignment()) {
      OutputTarget.write(out, stdout, w -> output.format.write(aligned, w, width.columns()));
    } else {
      ExportCommand.export(output.format, List.of(Bitext.of(documentId(), aligned)), exportOptions.toOptions(), out,
          stdout, stderr);
    }
    reportSetAside(report, List.of(aligned.source(), aligned.target()));
    report.flush();
    return ExitCodes.OK;
  }

  /** The name a pair goes by in exchange files: the Arabic file's name less its extension. */
  private String documentId() {
    return input.source.getFileName().toString().replaceFirst("\\.[^.]*$", "");
  }

  static void reportSetAside(PrintWriter report, List<Document> documents) {
    for (Document document : documents) {
      if (document.setAside().isEmpty()) {
        continue;
      }
      report.println("Set aside as non-content in " + document.name() + " (--keep-set-aside aligns them too):");
      for (SetAside item : document.setAside()) {
        report.printf("  [%d,%d) %s: %s%n", item.start(), item.end(), item.kind(), abbreviate(item.text()));
      }
    }
  }

  /** What --quiet says of the set-aside text: how much, in one line, not the list (which may be long). */
  static void countSetAside(PrintWriter report, List<Document> documents) {
    List<String> counts = documents.stream().filter(d -> !d.setAside().isEmpty())
        .map(d -> d.setAside().size() + " in " + d.name()).toList();
    if (!counts.isEmpty()) {
      report.println("Set aside as non-content: " + String.join(", ", counts) + " (listed without --quiet)");
    }
  }

  private static String abbreviate(String text) {
    String oneLine = VisibleControls.show(text.strip().replaceAll("\\s+", " "));
    return oneLine.length() <= 100 ? oneLine : oneLine.substring(0, 97) + "...";
  }
}
