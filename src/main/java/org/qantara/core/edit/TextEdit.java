package org.qantara.core.edit;

import java.util.Objects;

/**
 * A stretch of one document's text that a person has rewritten: characters [{@code start}, {@code end}) of
 * the text as it is now were {@code original} in the text as it was read. The input file itself is never
 * written; an alignment keeps these beside its documents, so that the window can say what the input had and
 * the input's own text can be rebuilt by putting every original back.
 *
 * <p>The edits of one side never overlap: a sentence edited twice is one edit, whose original is what the
 * input had before the first.
 */
public record TextEdit(Side side, int start, int end, String original) {
  public TextEdit {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(original, "original");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad text edit range [" + start + ", " + end + ")");
    }
  }

  /** Whether this edit lies in characters [from, to) of its side's text, wholly or in part. */
  public boolean touches(int from, int to) {
    return start < to && from < end;
  }
}
