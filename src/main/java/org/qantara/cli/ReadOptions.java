package org.qantara.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.qantara.core.QantaraException;
import org.qantara.core.text.TextOptions;
import picocli.CommandLine.Option;

/** How input texts are read: shared by every command that loads documents. */
final class ReadOptions {
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

  TextOptions toTextOptions() {
    return new TextOptions(charset(), presegmented, keepSetAside);
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
