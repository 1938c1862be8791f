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
      mark(sourceWords, sourceCovered, link.source());
      mark(targetWords, targetCovered, link.target());
    }
  }

  private static void mark(List<Word> words, boolean[] covered, Span span) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).span().overlaps(span)) {
        covered[i] = true;
      }
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

  private static double share(List<Word> words, boolean[] covered, Lang lang) {
    int content = 0;
    int hit = 0;
    for (int i = 0; i < words.size(); i++) {
      if (StopWords.isContent(words.get(i), lang)) {
        content++;
        if (covered[i]) {
          hit++;
        }
      }
    }
    return content == 0 ? Double.NaN : (double) hit / content;
  }
}
