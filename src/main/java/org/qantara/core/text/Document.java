package org.qantara.core.text;

import java.util.List;

/**
 * One side of a translation pair: the original text (never altered), its language, the sentences
 * found in it (offsets into {@code original}) and what was set aside as non-content.
 */
public record Document(String name, Lang lang, String original, List<Sentence> sentences, List<SetAside> setAside) {
  public Document {
    sentences = List.copyOf(sentences);
    setAside = List.copyOf(setAside);
  }

  public List<String> sentenceTexts() {
    return sentences.stream().map(Sentence::text).toList();
  }

  /**
   * The length in characters of each sentence, as the aligner's length term wants them: a run of characters
   * longer than any word counted as one word ({@link Sentence#weighedLength()}), so that one giant token does
   * not move the length ratio of the whole document.
   */
  public int[] weighedLengths() {
    return sentences.stream().mapToInt(Sentence::weighedLength).toArray();
  }
}
