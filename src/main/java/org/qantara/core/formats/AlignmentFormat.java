package org.qantara.core.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.qantara.core.align.AlignedDocuments;

/** The ways an alignment is written out, each with the file extension a batch gives its files. */
public enum AlignmentFormat {
  /** Arabic and English side by side, for people. */
  TEXT("txt"),
  /** One link a row: indices, score, Arabic, English. */
  TSV("tsv"),
  /** The full document: sentences with offsets, links, scores, model id, parameters. */
  JSON("json"),
  /** Vecalign's notation with scores, {@code [3]:[3,4]:0.812}. */
  VECALIGN("vecalign");

  private final String extension;

  AlignmentFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** The name users type: {@code text}, {@code tsv}, {@code json}, {@code vecalign}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @param width columns of the side-by-side text; ignored by the other formats */
  public void write(AlignedDocuments aligned, Writer out, int width) throws IOException {
    switch (this) {
      case TEXT -> SideBySideText.write(aligned, out, width);
      case TSV -> TsvFormat.write(aligned, out);
      case JSON -> JsonFormat.write(aligned, out);
      case VECALIGN -> VecalignFormat.write(aligned.links(), out, true);
    }
  }
}
