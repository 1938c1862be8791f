package org.qantara.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.qantara.core.io.OutputGuard;
import org.qantara.core.pipeline.DocumentPair;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The two texts a command works on and how to read them: shared by every command that loads a pair. */
final class InputOptions {
  @Parameters(index = "0", paramLabel = "SRC", description = "Arabic source text (or a bilingual file).")
  Path source;

  @Parameters(index = "1", arity = "0..1", paramLabel = "TGT", description = "English target text.")
  Path target;

  @Mixin ReadOptions reading;

  /** Refuses outputs that would write over SRC or TGT. */
  OutputGuard guard() {
    return OutputGuard.protecting(Arrays.asList(source, target));
  }

  /** Reads SRC and TGT, or splits SRC by script when TGT is omitted. */
  DocumentPair load() {
    return DocumentPair.load(source, target, reading.toTextOptions());
  }
}
