package org.qantara.cli;

import java.nio.charset.Charset;
import org.qantara.core.QantaraException;
import org.qantara.core.text.TextOptions;
import org.qantara.core.text.TextReader;
import picocli.CommandLine.Option;

/** How input texts are read: shared by every command that loads documents. */
final class ReadOptions {
  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "Encoding of both input files (default UTF-8, with or without BOM; e.g. windows-1256, "
          + "ISO-8859-6, UTF-16).")
  String encoding;

  @Option(
      names = "--ar-encoding",
      paramLabel = "CHARSET",
      description = "Encoding of the Arabic file (or of a bilingual file) when it differs from the English one's, "
          + "e.g. windows-1256 with an English file in UTF-8.")
  String arabicEncoding;

  @Option(names = "--en-encoding", paramLabel = "CHARSET", description = "Encoding of the English file.")
  String englishEncoding;

  @Option(names = "--presegmented", description = "Inputs already hold one sentence a line: do not segment.")
  boolean presegmented;

  @Option(
      names = "--keep-set-aside",
      description = "Align everything: take back in what would be set aside as non-content (metadata, boilerplate).")
  boolean keepSetAside;

  TextOptions toTextOptions() {
    Charset both = charset(encoding, "--encoding");
    Charset arabic = arabicEncoding == null ? both : charset(arabicEncoding, "--ar-encoding");
    Charset english = englishEncoding == null ? both : charset(englishEncoding, "--en-encoding");
    return new TextOptions(arabic, english, presegmented, keepSetAside);
  }

  private static Charset charset(String name, String option) {
    if (name == null) {
      return null;
    }
    return TextReader.encodingNamed(name).orElseThrow(() -> new QantaraException(
        "unknown encoding '" + name + "' given to " + option, "use e.g. UTF-8, windows-1256 or ISO-8859-6"));
  }
}
