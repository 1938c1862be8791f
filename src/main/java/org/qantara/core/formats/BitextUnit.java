package org.qantara.core.formats;

import java.util.List;
import org.qantara.core.align.LinkType;
import org.qantara.core.edit.ReviewStatus;
import org.qantara.core.review.Flag;

/**
 * One link of an alignment as the exchange formats and the corpus see it: its texts (the sentences of
 * each side joined with a space), where it comes from, its score, its review flags and its review state.
 *
 * @param document the id of the document pair the link belongs to
 * @param position the link's index in that alignment
 * @param source the Arabic sentence indices of the link (consecutive; empty for 0-1)
 * @param target the English sentence indices (empty for 1-0)
 * @param flags the reviewer's findings on this link (their {@code linkIndex} is {@code position})
 */
public record BitextUnit(
    String document,
    int position,
    List<Integer> source,
    List<Integer> target,
    String arabic,
    String english,
    double score,
    List<Flag> flags,
    ReviewStatus state) {

  public BitextUnit {
    source = List.copyOf(source);
    target = List.copyOf(target);
    flags = List.copyOf(flags);
  }

  public LinkType type() {
    return new LinkType(source.size(), target.size());
  }

  public boolean isOneSided() {
    return source.isEmpty() || target.isEmpty();
  }

  public boolean isOneToOne() {
    return source.size() == 1 && target.size() == 1;
  }
}
