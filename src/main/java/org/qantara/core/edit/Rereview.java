package org.qantara.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.review.Flag;
import org.qantara.core.review.ReviewReport;

/**
 * Review after an edit: the links the edit made or reshaped get the flags a review finds on them, every
 * other link keeps the flags it had (same fingerprints, so the person's decisions on them stand).
 *
 * <p>The reviewer judges a link against the whole document (unrelated sentence pairs, the typical link,
 * names found elsewhere), so it is asked about the whole edited alignment and only its findings on the
 * touched links are taken; links next to a touched one are taken too, because a finding on a one-sided
 * link depends on its neighbours (an Arabic sentence left alone beside an English one left alone).
 */
public final class Rereview {
  private Rereview() {}

  /**
   * @param linkIds the links to look at again, usually {@link EditResult#reshapedLinkIds()}
   * @param reviewer reviews an alignment, for example {@code a -> Reviewer.review(a, embedder, options)}
   * @param provenance the model and settings the alignment was made with, recorded in the report
   * @return the alignment with the new flags and the review's document verdict; ids missing from the
   *     alignment are ignored, so the ids of an edit that was undone meanwhile do no harm
   */
  public static EditResult touched(
      EditableAlignment alignment, Collection<Long> linkIds, Function<AlignedDocuments, ReviewReport> reviewer,
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
    ReviewReport report = reviewer.apply(alignment.toAlignedDocuments(provenance.modelId(), provenance.alignerParams()));
    Set<Long> reviewed = new TreeSet<>();
    rows.forEach(k -> reviewed.add(alignment.link(k).id()));
    List<LinkFlag> flags = new ArrayList<>();
    for (LinkFlag flag : alignment.flags()) {
      if (!reviewed.contains(flag.linkId())) {
        flags.add(flag);
      }
    }
    for (Flag flag : report.flags()) {
      if (rows.contains(flag.linkIndex())) {
        flags.add(LinkFlag.of(flag, alignment.link(flag.linkIndex()), alignment.source(), alignment.target()));
      }
    }
    EditableAlignment after = alignment.withReview(flags, report.verdict());
    String label = rows.isEmpty() ? "Review no link" : rows.size() == 1
        ? "Review link " + (rows.iterator().next() + 1)
        : "Review " + rows.size() + " links";
    return EditResult.between(label, alignment, after, OptionalLong.empty());
  }

  /** Reviews every link again: all flags are replaced by the review's (decisions stay, by fingerprint). */
  public static EditResult all(
      EditableAlignment alignment, Function<AlignedDocuments, ReviewReport> reviewer, Provenance provenance) {
    ReviewReport report = reviewer.apply(alignment.toAlignedDocuments(provenance.modelId(), provenance.alignerParams()));
    List<LinkFlag> flags = report.flags().stream()
        .map(f -> LinkFlag.of(f, alignment.link(f.linkIndex()), alignment.source(), alignment.target()))
        .toList();
    return EditResult.between("Review all links", alignment, alignment.withReview(flags, report.verdict()),
        OptionalLong.empty());
  }
}
