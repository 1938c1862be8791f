package org.qantara.core.review;

/**
 * Whether the two texts look like a translation of each other at all, judged from how many sentences
 * sit in links no stronger than unrelated sentence pairs of the same documents.
 *
 * @param weakShare share of all sentences (both sides) in one-sided or weak links
 * @param explanation one plain sentence for the translator
 */
public record DocumentVerdict(Kind kind, double weakShare, String explanation) {
  public enum Kind {
    TRANSLATION,
    NOT_A_TRANSLATION,
    /** Too few sentences to compare links against unrelated pairs. */
    UNDETERMINED
  }

  public boolean isTranslation() {
    return kind != Kind.NOT_A_TRANSLATION;
  }
}
