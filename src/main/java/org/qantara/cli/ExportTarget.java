package org.qantara.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.qantara.core.QantaraException;
import org.qantara.core.formats.AlignmentFormat;
import org.qantara.core.formats.Bitext;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The exchange format, output path and link filters of the commands that export ({@code export}, {@code corpus export}). */
final class ExportTarget {
  @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", converter = FormatOption.Converter.class,
      description = "tmx, xliff, moses, jsonl or tsv.")
  AlignmentFormat format;

  @Option(names = {"-o", "--out"}, paramLabel = "PATH",
      description = "Output file (for moses the name of the two files: PATH.ar, PATH.en); standard output if omitted.")
  Path out;

  @Mixin ExportOptionsMixin options;

  /** Refuses the formats that show one whole alignment: they cannot hold selected links of many documents. */
  void requireExchangeFormat(String command) {
    if (!format.isExchangeFormat()) {
      throw new QantaraException(command + " writes tmx, xliff, moses, jsonl or tsv, not " + format.label(),
          "choose one of those with --format");
    }
  }

  void write(List<Bitext> bitexts, PrintWriter stdout, PrintWriter stderr) {
    ExportCommand.export(format, bitexts, options.toOptions(), out, stdout, stderr);
  }
}
