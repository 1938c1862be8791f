package org.qantara.core.review;

import org.qantara.core.text.Span;

/**
 * One word-level correspondence inside a link: a source word and a target word (spans in the original
 * document texts), why they were paired, and the cosine of their vectors where the model saw both
 * (NaN when it did not).
 */
public record WordLink(Span source, Span target, Kind kind, double similarity) {
  public enum Kind {
    /** Mutual best match of the model's token vectors (SimAlign itermax). */
    EMBEDDING,
    /** The same string on both sides (digits, Latin names, copied text). */
    EXACT,
    /** The same name in both scripts by consonant skeleton. */
    TRANSLITERATION,
    /** The same quantity ("يومين" and "two"). */
    NUMBER
  }
}
