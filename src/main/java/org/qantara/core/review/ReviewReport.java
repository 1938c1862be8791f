package org.qantara.core.review;

import java.util.Comparator;
import java.util.List;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.Link;
import org.qantara.core.text.Document;

/**
 * The result of a review: the alignment it was made on, the model that gave the word-level evidence,
 * per-link evidence, flags (in document order) and the document verdict. UI-free; the CLI, the HTML
 * report and the workbench all read this.
 */
public record ReviewReport(
    AlignedDocuments alignment,
    String modelId,
    ReviewOptions options,
    List<LinkReview> linkReviews,
    List<Flag> flags,
    DocumentVerdict verdict) {

  public ReviewReport {
    linkReviews = List.copyOf(linkReviews);
    flags = flags.stream()
        .sorted(Comparator.comparingInt(Flag::linkIndex).thenComparing(Flag::severity).thenComparing(Flag::type))
        .toList();
  }

  public Document source() {
    return alignment.source();
  }

  public Document target() {
    return alignment.target();
  }

  public List<Link> links() {
    return alignment.links();
  }

  public List<Flag> flags(Flag.Type type) {
    return flags.stream().filter(f -> f.type() == type).toList();
  }

  public List<Flag> flagsOfLink(int linkIndex) {
    return flags.stream().filter(f -> f.linkIndex() == linkIndex).toList();
  }

  /** Whether anything needs the translator before the text can be used: a critical flag or a failed verdict. */
  public boolean needsAttention() {
    return !verdict.isTranslation() || flags.stream().anyMatch(f -> f.severity() == Flag.Severity.CRITICAL);
  }
}
