package org.qantara.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.edit.EditableAlignment;
import org.qantara.core.edit.FlagDecision;
import org.qantara.core.edit.LinkFlag;
import org.qantara.core.edit.Provenance;
import org.qantara.core.embed.Embedder;
import org.qantara.core.formats.AlignmentFormat;
import org.qantara.core.formats.Bitext;
import org.qantara.core.formats.ExportOptions;
import org.qantara.core.formats.ExportReport;
import org.qantara.core.formats.Exporter;
import org.qantara.core.io.AtomicFiles;
import org.qantara.core.review.Flag;
import org.qantara.core.review.ReviewReport;
import org.qantara.core.review.Reviewer;
import org.qantara.core.review.report.ReviewHtml;

/** Writes the edited alignment through the core's formats, as the command line does, and says what was written. */
final class Exports {
  /** What the export dialog offers: every core format, and the HTML review report. */
  enum Target {
    JSON(AlignmentFormat.JSON), TSV(AlignmentFormat.TSV), VECALIGN(AlignmentFormat.VECALIGN), TEXT(AlignmentFormat.TEXT),
    TMX(AlignmentFormat.TMX), XLIFF(AlignmentFormat.XLIFF), MOSES(AlignmentFormat.MOSES), JSONL(AlignmentFormat.JSONL),
    HTML(null);

    final AlignmentFormat format;

    Target(AlignmentFormat format) {
      this.format = format;
    }

    String extension() {
      return format == null ? "html" : format.extension();
    }

    @Override
    public String toString() {
      return switch (this) {
        case HTML -> "HTML review report";
        case MOSES -> "Moses (two files, .ar and .en)";
        default -> name() + " (." + extension() + ")";
      };
    }
  }

  private Exports() {}

  /** Writes one file (two for Moses) and returns a one-line summary for the status bar and the dialog. */
  static String write(
      Target target, EditableAlignment alignment, Provenance provenance, ExportOptions options, Path file,
      Embedder embedder) {
    if (target == Target.HTML) {
      ReviewReport report = reportOf(alignment, provenance, embedder);
      AtomicFiles.writeText(file, out -> ReviewHtml.write(report, out));
      return "Wrote the review report of " + alignment.size() + " links and " + report.flags().size() + " open flags to " + file;
    }
    AlignmentFormat format = target.format;
    if (format.isExchangeFormat()) {
      ExportReport report = Exporter.write(format, List.of(Bitext.of(idOf(file), alignment, provenance.modelId())), options, file);
      return String.format(Locale.ROOT, "Wrote %d links as %s to %s%s%s", report.written(), format.label(), file,
          report.dropped() > 0 ? "; " + report.dropped() + " left out by the export options" : "",
          report.warnings().isEmpty() ? "" : "; " + String.join("; ", report.warnings()));
    }
    AlignedDocuments aligned = alignment.toAlignedDocuments(provenance.modelId(), provenance.alignerParams());
    AtomicFiles.writeText(file, out -> format.write(aligned, out, 160));
    return "Wrote all " + alignment.size() + " links as " + format.label() + " to " + file;
  }

  private static String idOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /**
   * The HTML report needs the reviewer's word-level evidence, which a project does not keep: the edited
   * alignment is reviewed afresh, and the flags the translator dismissed are left out.
   */
  private static ReviewReport reportOf(EditableAlignment alignment, Provenance provenance, Embedder embedder) {
    AlignedDocuments aligned = alignment.toAlignedDocuments(provenance.modelId(), provenance.alignerParams());
    ReviewReport fresh = Reviewer.review(aligned, embedder, provenance.reviewOptions());
    List<Flag> kept = new ArrayList<>();
    for (Flag flag : fresh.flags()) {
      String fingerprint = LinkFlag.of(flag, alignment.link(flag.linkIndex()), alignment.source(), alignment.target()).fingerprint();
      boolean dismissed = alignment.decisionOn(fingerprint).map(d -> d.kind() == FlagDecision.Kind.DISMISSED).orElse(false);
      if (!dismissed) {
        kept.add(flag);
      }
    }
    return new ReviewReport(fresh.alignment(), fresh.modelId(), fresh.options(), fresh.linkReviews(), kept, fresh.verdict());
  }
}
