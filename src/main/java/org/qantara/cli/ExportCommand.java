package org.qantara.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.qantara.core.formats.AlignmentFormat;
import org.qantara.core.formats.Bitext;
import org.qantara.core.formats.ExportOptions;
import org.qantara.core.formats.ExportReport;
import org.qantara.core.formats.Exporter;
import org.qantara.core.io.OutputGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write aligned documents as one translation memory or parallel corpus: TMX, XLIFF, Moses, JSONL or TSV.",
      "INPUT is a JSON alignment (align --format json), a TMX file, or a folder of them (a batch's output); "
          + "an alignment in the vecalign format is read with its sentence files: --vecalign ALIGNMENT ARABIC ENGLISH."
    })
final class ExportCommand implements Callable<Integer> {

  @Mixin AlignedInputs inputs;
  @Mixin ExportTarget target;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    target.requireExchangeFormat("export");
    OutputGuard.protecting(inputs.files()).checkAll(OutputTarget.filesOf(target.format, target.out));
    List<Bitext> bitexts =
        inputs.read("export", "name JSON alignments, TMX files or folders, or use --vecalign");
    target.write(bitexts, spec.commandLine().getOut(), spec.commandLine().getErr());
    return ExitCodes.OK;
  }

  /** Exports to a file or standard output and says on standard error what was written and changed. */
  static void export(AlignmentFormat format, List<Bitext> bitexts, ExportOptions options, Path out,
      PrintWriter stdout, PrintWriter stderr) {
    ExportReport report;
    if (out == null) {
      try {
        report = Exporter.write(format, bitexts, options, stdout);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      stdout.flush();
    } else {
      report = Exporter.write(format, bitexts, options, out);
    }
    for (String warning : report.warnings()) {
      stderr.println("qantara: warning: " + warning);
    }
    stderr.printf("%d link(s) written as %s%s%s%n", report.written(), format.label(),
        report.dropped() > 0 ? ", " + report.dropped() + " left out by the export options" : "",
        out == null ? "" : " → " + out);
    stderr.flush();
  }
}
