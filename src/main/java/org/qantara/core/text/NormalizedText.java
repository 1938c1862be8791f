package org.qantara.core.text;

/**
 * Text normalised for matching, with the way back: for every normalised character, the span of the
 * original text it came from. Matches found in the normalised text can so be shown in the original.
 */
public final class NormalizedText {
  private final String text;
  private final int[] sourceStarts;
  private final int[] sourceEnds;

  NormalizedText(String text, int[] sourceStarts, int[] sourceEnds) {
    this.text = text;
    this.sourceStarts = sourceStarts;
    this.sourceEnds = sourceEnds;
  }

  public String text() {
    return text;
  }

  /** The span of the original text that normalised characters [start, end) came from. */
  public Span sourceSpan(int start, int end) {
    if (start < 0 || end > text.length() || start >= end) {
      throw new IllegalArgumentException("bad range [" + start + ", " + end + ") of a " + text.length() + "-char text");
    }
    return new Span(sourceStarts[start], sourceEnds[end - 1]);
  }

  @Override
  public String toString() {
    return text;
  }
}
