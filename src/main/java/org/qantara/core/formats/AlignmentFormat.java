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
  VECALIGN("vecalign"),
  /** TMX 1.4 translation memory, one unit per link with score, link type, flags, review status. */
  TMX("tmx"),
  /** XLIFF 2.1, one unit per link, segment state from the review status. */
  XLIFF("xlf"),
  /** Moses plain parallel text, two files NAME.ar and NAME.en, line N ↔ line N. */
  MOSES("ar"),
  /** JSON Lines, one link per line with everything known about it. */
  JSONL("jsonl");

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

  /**
   * Whether the format writes links one by one as exchange units, so that the {@link ExportOptions} apply
   * and {@link Exporter} writes it (TSV is both: a whole alignment here, selected links there).
   */
  public boolean isExchangeFormat() {
    return switch (this) {
      case TMX, XLIFF, MOSES, JSONL, TSV -> true;
      case TEXT, JSON, VECALIGN -> false;
    };
  }

  /** Whether {@link #write} writes it: the formats that show one whole alignment (text, TSV, JSON, Vecalign). */
  public boolean writesWholeAlignment() {
    return switch (this) {
      case TEXT, TSV, JSON, VECALIGN -> true;
      case TMX, XLIFF, MOSES, JSONL -> false;
    };
  }

  /**
   * A whole alignment in one of the formats that show it as it is (text, TSV, JSON, Vecalign).
   *
   * @param width columns of the side-by-side text; ignored by the other formats
   */
  public void write(AlignedDocuments aligned, Writer out, int width) throws IOException {
    switch (this) {
      case TEXT -> SideBySideText.write(aligned, out, width);
      case TSV -> TsvFormat.write(aligned, out);
      case JSON -> JsonFormat.write(aligned, out);
      case VECALIGN -> VecalignFormat.write(aligned.links(), out, true);
      case TMX, XLIFF, MOSES, JSONL -> throw new IllegalStateException(label() + " is written by the Exporter");
    }
  }
}
