package org.qantara.core.corpus;

import java.util.List;
import org.qantara.core.edit.ReviewStatus;

/**
 * Where a segment pair occurs: a document, the link's position in it, its sentence indices, score, review
 * status and flags (as {@link org.qantara.core.formats.FlagText} lines).
 */
public record Occurrence(
    String document, int position, List<Integer> source, List<Integer> target, double score, ReviewStatus status,
    List<String> flags) {
  public Occurrence {
    source = List.copyOf(source);
    target = List.copyOf(target);
    flags = List.copyOf(flags);
  }
}
