package org.qantara.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.qantara.core.Problem;
import org.qantara.core.QantaraException;
import org.qantara.core.io.OutputGuard;
import org.qantara.core.pipeline.DocumentPair;
import org.qantara.core.text.Lang;
import org.qantara.core.text.TextOptions;
import org.qantara.core.text.TextReader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The two texts a command works on and how to read them: shared by every command that loads a pair. */
final class InputOptions {
  /** The file name that stands for standard input. */
  static final String STANDARD_INPUT = "-";

  @Parameters(index = "0", paramLabel = "SRC", description = "Arabic source text (or a bilingual file); - reads standard input.")
  Path source;

  @Parameters(index = "1", arity = "0..1", paramLabel = "TGT", description = "English target text; - reads standard input.")
  Path target;

  @Mixin ReadOptions reading;

  /** Refuses outputs that would write over SRC or TGT. */
  OutputGuard guard() {
    return OutputGuard.protecting(Arrays.asList(source, target));
  }

  /** Reads SRC and TGT (each once, so pipes work), or splits SRC by script when TGT is omitted. */
  DocumentPair load() {
    TextOptions options = reading.toTextOptions();
    if (isStandardInput(source) && isStandardInput(target)) {
      throw new QantaraException("SRC and TGT are both standard input (-)", "give at most one of them as -");
    }
    return DocumentPair.of(read(source, Lang.AR, options), target == null ? null : read(target, Lang.EN, options),
        options);
  }

  private static DocumentPair.Input read(Path file, Lang language, TextOptions options) {
    if (!isStandardInput(file)) {
      return DocumentPair.Input.read(file, language, options);
    }
    String where = "standard input";
    try {
      return new DocumentPair.Input("stdin", where, TextReader.decode(where, System.in.readAllBytes(), options.encodingOf(language)));
    } catch (IOException e) {
      throw new QantaraException(new Problem.InputUnreadable(where, "cannot read " + where + ": " + e.getMessage(),
          "check the command that feeds it"), e);
    }
  }

  private static boolean isStandardInput(Path file) {
    return file != null && file.toString().equals(STANDARD_INPUT);
  }
}
