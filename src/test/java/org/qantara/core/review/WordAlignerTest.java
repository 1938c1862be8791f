package org.qantara.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qantara.core.text.Lang;

/** The word aligner on links far longer than any of prose: a presegmented page, an unpunctuated blob. */
class WordAlignerTest {

  /** n different words of letters ("ab", "bb", …), one space apart, without vectors (only sure matches pair them). */
  private static WordAligner.Side side(int n, Lang lang) {
    List<Word> words = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      StringBuilder letters = new StringBuilder();
      for (int k = i; k > 0 || letters.length() < 2; k /= 26) {
        letters.append((char) ('a' + k % 26));
      }
      String text = letters.toString();
      words.add(new Word(text, i * 10, i * 10 + text.length()));
    }
    return new WordAligner.Side(words, Collections.nCopies(n, null), lang);
  }

  @Test
  void aLongLinkIsCutIntoPiecesWhoseWordPairsGrowLinearlyWithItsLength() {
    int max = WordAligner.MAX_PIECE_WORDS;
    int[] sizes = {0, 1, 80, max, max + 1, 3 * max - 7, 20_000, 1_000_000};
    Map<Integer, WordAligner.Side> sources = new HashMap<>();
    Map<Integer, WordAligner.Side> targets = new HashMap<>();
    for (int n : sizes) {
      sources.put(n, side(n, Lang.AR));
      targets.put(n, side(n, Lang.EN));
    }
    for (int n : sizes) {
      for (int m : sizes) {
        List<WordAligner.Piece> pieces = WordAligner.pieces(sources.get(n), targets.get(m));
        long pairs = 0;
        List<Word> sourceWords = new ArrayList<>();
        List<Word> targetWords = new ArrayList<>();
        for (WordAligner.Piece piece : pieces) {
          assertThat(piece.source().words()).hasSizeLessThanOrEqualTo(max);
          assertThat(piece.target().words()).hasSizeLessThanOrEqualTo(max);
          pairs += (long) piece.source().words().size() * piece.target().words().size();
          sourceWords.addAll(piece.source().words());
          targetWords.addAll(piece.target().words());
        }
        // Every word in exactly one piece, in order; the pairs compared bounded by a constant times the length.
        assertThat(sourceWords).isEqualTo(sources.get(n).words());
        assertThat(targetWords).isEqualTo(targets.get(m).words());
        assertThat(pairs).as("%d × %d words", n, m).isLessThanOrEqualTo((long) max * Math.max(n, m));
        if (Math.max(n, m) <= max) {
          assertThat(pieces).as("a link of prose is one piece").hasSize(1);
        }
      }
    }
  }

  @Test
  void aLinkOfThirtyThousandWordsASideIsAlignedWordForWord() {
    // Every pair at once would take a 30,000 × 30,000 matrix of cosines (7.2 GB).
    int n = 30_000;
    List<WordLink> links = new WordAligner(0.3).align(side(n, Lang.AR), side(n, Lang.EN));

    assertThat(links).hasSize(n)
        .allSatisfy(l -> assertThat(l.kind()).isEqualTo(WordLink.Kind.EXACT))
        .allSatisfy(l -> assertThat(l.target()).isEqualTo(l.source()));
  }
}
