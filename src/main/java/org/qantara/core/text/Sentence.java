package org.qantara.core.text;

/**
 * One sentence of a document: its position, its text exactly as in the original, and the character
 * offsets [start, end) of that text in the original document text.
 */
public record Sentence(int index, String text, int start, int end) {
  /**
   * Longest run of non-space characters that {@link #weighedLength()} counts whole: longer than a word of any
   * language (the tokenizers read such a run as one unknown token), it is a pasted blob or a token of 100,000
   * characters, and counting it whole would skew a document's Arabic/English length ratio and with it every link.
   */
  static final int MAX_WORD_CHARS = 100;

  public int length() {
    return end - start;
  }

  /** The length in characters, each run of non-space characters counted at most {@link #MAX_WORD_CHARS}. */
  public int weighedLength() {
    int length = 0;
    int inWord = 0;
    for (int i = 0; i < text.length(); i++) {
      if (TextLines.isSpace(text.charAt(i))) {
        inWord = 0;
        length++;
      } else if (inWord++ < MAX_WORD_CHARS) {
        length++;
      }
    }
    return length;
  }

  public Span span() {
    return new Span(start, end);
  }
}
