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
}
