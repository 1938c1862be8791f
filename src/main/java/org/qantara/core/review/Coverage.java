package org.qantara.core.review;

import java.util.List;
import org.qantara.core.text.Lang;
import org.qantara.core.text.Span;

/** Which words of each side of a link some word link accounts for. */
final class Coverage {
  private final List<Word> sourceWords;
  private final List<Word> targetWords;
  private final boolean[] sourceCovered;
  private final boolean[] targetCovered;

  Coverage(List<Word> sourceWords, List<Word> targetWords, List<WordLink> wordLinks) {
    this.sourceWords = sourceWords;
    this.targetWords = targetWords;
    this.sourceCovered = new boolean[sourceWords.size()];
    this.targetCovered = new boolean[targetWords.size()];
    for (WordLink link : wordLinks) {
      // Source and target spans are offsets into different texts, so each side is marked on its own.
      Word.markOverlapping(sourceWords, link.source(), sourceCovered);
      Word.markOverlapping(targetWords, link.target(), targetCovered);
    }
  }

  boolean sourceCovered(int i) {
    return sourceCovered[i];
  }

  boolean targetCovered(int i) {
    return targetCovered[i];
  }

  double sourceShare() {
    return share(sourceWords, sourceCovered, Lang.AR);
  }

  double targetShare() {
    return share(targetWords, targetCovered, Lang.EN);
  }

  /** The source content words inside {@code span} (one sentence of a link) and how many of them are covered. */
  WordTally sourceTally(Span span) {
    return tally(sourceWords, sourceCovered, Lang.AR, span);
  }

  WordTally targetTally(Span span) {
    return tally(targetWords, targetCovered, Lang.EN, span);
  }

  private static double share(List<Word> words, boolean[] covered, Lang lang) {
    return tally(words, covered, lang, null).share();
  }

  private static WordTally tally(List<Word> words, boolean[] covered, Lang lang, Span spanOrNull) {
    int content = 0;
    int hit = 0;
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      // The overlap test on the offsets: a Span per word and tally was a good part of what the aligner's
      // word-evidence pass allocated.
      boolean inSpan = spanOrNull == null || (spanOrNull.start() < word.end() && word.start() < spanOrNull.end());
      if (inSpan && StopWords.isContent(word, lang)) {
        content++;
        if (covered[i]) {
          hit++;
        }
      }
    }
    return new WordTally(content, hit);
  }
}
