package org.qantara.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.review.DocumentVerdict;
import org.qantara.core.review.Flag;
import org.qantara.core.review.ReviewReport;

/**
 * Review after an edit: the links the edit made or reshaped get the flags a review finds on them, every
 * other link keeps the flags it had (same fingerprints, so the person's decisions on them stand).
 *
 * <p>The reviewer judges a link against the whole document (unrelated sentence pairs, the typical link,
 * names found elsewhere), so it is given the whole edited alignment and asked about the touched links
 * only; links next to a touched one are asked about too, because a finding on a one-sided link depends
 * on its neighbours (an Arabic sentence left alone beside an English one left alone).
 *
 * <p>A review takes a while on a long document: {@link #review} can run off the UI thread on a snapshot,
 * and its {@link Findings} be applied to whatever the alignment has become meanwhile ({@link
 * Findings#applyTo}): a link keeps its id exactly as long as its sentences stay the same, so findings on
 * ids still there are still true, and those on links edited away are dropped.
 */
public final class Rereview {
  private Rereview() {}

  /**
   * Reviews some links of an alignment against the whole of it: {@code (a, links) -> Reviewer.reviewLinks(a,
   * embedder, options, links)}, or with a session and the vectors of the first alignment {@code (a, links)
   * -> session.reviewLinks(new AlignmentResult(a, first.sourceVectors(), first.targetVectors()), options,
   * links)}.
   */
  @FunctionalInterface
  public interface LinkReviewer {
    /** A report whose flags are those found on the links at {@code linkIndices} (positions in {@code aligned}). */
    ReviewReport review(AlignedDocuments aligned, Collection<Integer> linkIndices);
  }

  /**
   * What a review found on some links.
   *
   * @param reviewedLinkIds the links looked at; their flags are replaced by {@code flags}
   * @param flags the flags found on them
   * @param verdict the review's verdict on the whole document
   */
  public record Findings(Set<Long> reviewedLinkIds, List<LinkFlag> flags, DocumentVerdict verdict) {
    public Findings {
      reviewedLinkIds = Set.copyOf(reviewedLinkIds);
      flags = List.copyOf(flags);
    }

    /** The alignment with these findings in place of the reviewed links' flags. */
    public EditResult applyTo(EditableAlignment alignment) {
      List<LinkFlag> kept = new ArrayList<>();
      for (LinkFlag flag : alignment.flags()) {
        if (!reviewedLinkIds.contains(flag.linkId())) {
          kept.add(flag);
        }
      }
      for (LinkFlag flag : flags) {
        if (alignment.indexOf(flag.linkId()) >= 0) {
          kept.add(flag);
        }
      }
      long still = reviewedLinkIds.stream().filter(id -> alignment.indexOf(id) >= 0).count();
      String label = still == 1 ? "Review 1 link" : "Review " + still + " links";
      return EditResult.between(label, alignment, alignment.withReview(kept, verdict), OptionalLong.empty());
    }
  }

  /**
   * Reviews the links {@code linkIds} and their neighbours; ids missing from the alignment are ignored.
   *
   * @param linkIds the links to look at again, usually {@link EditResult#reshapedLinkIds()}
   * @param reviewer reviews the links it is given against the whole alignment
   * @param provenance the model and settings the alignment was made with, recorded in the report
   */
  public static Findings review(
      EditableAlignment alignment, Collection<Long> linkIds, LinkReviewer reviewer,
      Provenance provenance) {
    Set<Integer> rows = new TreeSet<>();
    for (long id : linkIds) {
      int index = alignment.indexOf(id);
      if (index >= 0) {
        for (int k = Math.max(0, index - 1); k <= Math.min(alignment.size() - 1, index + 1); k++) {
          rows.add(k);
        }
      }
    }
    ReviewReport report =
        reviewer.review(alignment.toAlignedDocuments(provenance.modelId(), provenance.alignerParams()), rows);
    Set<Long> reviewed = new TreeSet<>();
    rows.forEach(k -> reviewed.add(alignment.link(k).id()));
    List<LinkFlag> found = new ArrayList<>();
    for (Flag flag : report.flags()) {
      if (rows.contains(flag.linkIndex())) {
        found.add(LinkFlag.of(flag, alignment.link(flag.linkIndex()), alignment.source(), alignment.target()));
      }
    }
    return new Findings(reviewed, found, report.verdict());
  }

  /** {@link #review} and {@link Findings#applyTo} in one, for a caller that can wait. */
  public static EditResult touched(
      EditableAlignment alignment, Collection<Long> linkIds, LinkReviewer reviewer,
      Provenance provenance) {
    return review(alignment, linkIds, reviewer, provenance).applyTo(alignment);
  }

  /** Reviews every link again: all flags are replaced by the review's (decisions stay, by fingerprint). */
  public static EditResult all(
      EditableAlignment alignment, LinkReviewer reviewer, Provenance provenance) {
    List<Long> every = alignment.links().stream().map(EditableLink::id).toList();
    Findings findings = review(alignment, every, reviewer, provenance);
    EditResult result = findings.applyTo(alignment);
    return new EditResult("Review all links", result.before(), result.after(), result.rows(), result.focus());
  }
}
