package org.qantara.core.review;

/** Content words counted in some stretch of text, and how many of them a word link accounts for. */
public record WordTally(int content, int covered) {
  /** The covered share; NaN when there are no content words. */
  public double share() {
    return content == 0 ? Double.NaN : (double) covered / content;
  }
}
