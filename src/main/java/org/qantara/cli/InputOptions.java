package org.qantara.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import org.qantara.core.QantaraException;
import org.qantara.core.pipeline.DocumentPair;
import org.qantara.core.text.TextOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The two texts a command works on and how to read them: shared by every command that loads a pair. */
public final class InputOptions {
  @Parameters(index = "0", paramLabel = "SRC", description = "Arabic source text (or a bilingual file).")
  Path source;

  @Parameters(index = "1", arity = "0..1", paramLabel = "TGT", description = "English target text.")
  Path target;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "Encoding of the input files (default UTF-8, with or without BOM; e.g. windows-1256, ISO-8859-6).")
  String encoding;

  @Option(names = "--presegmented", description = "Inputs already hold one sentence a line: do not segment.")
  boolean presegmented;

  @Option(
      names = "--keep-set-aside",
      description = "Align everything: take back in what would be set aside as non-content (metadata, boilerplate).")
  boolean keepSetAside;

  /** Reads SRC and TGT, or splits SRC by script when TGT is omitted. */
  DocumentPair load() {
    return DocumentPair.load(source, target, new TextOptions(charset(), presegmented, keepSetAside));
  }

  private Charset charset() {
    if (encoding == null) {
      return null;
    }
    try {
      return Charset.forName(encoding);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new QantaraException(
          "unknown encoding '" + encoding + "'", "use e.g. UTF-8, windows-1256 or ISO-8859-6");
    }
  }
}
