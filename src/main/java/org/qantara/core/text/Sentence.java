package org.qantara.core.text;

/**
 * One sentence of a document: its position, its text exactly as in the original, and the character
 * offsets [start, end) of that text in the original document text.
 */
public record Sentence(int index, String text, int start, int end) {
  public int length() {
    return end - start;
  }

  public Span span() {
    return new Span(start, end);
  }
}
