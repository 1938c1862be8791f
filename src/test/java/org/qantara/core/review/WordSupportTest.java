package org.qantara.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qantara.core.align.Link;
import org.qantara.core.embed.BuiltinModelForTests;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.TokenVectors;
import org.qantara.core.text.Document;
import org.qantara.core.text.DocumentLoader;
import org.qantara.core.text.Lang;
import org.qantara.core.text.Sentence;
import org.qantara.core.text.TextOptions;

/**
 * {@link WordSupport} against the word aligner run on a link's words from scratch: the link's sides built from its
 * sentences' tokens, every word compared with every other, each sentence's tally read over its span
 * ({@link Coverage}). With the built-in model on the shared Tatoeba documents; skipped while it has not been built.
 * Its token vectors are context-free, so WordSupport finds a word's later occurrences' vector by the pieces of their
 * tokens instead of summing them again: the comparison with sums made from scratch checks that too.
 */
class WordSupportTest {
  private static final Path DEV = Path.of("../shared/dev/tatoeba-docs");
  private static final TextOptions ONE_SENTENCE_A_LINE = new TextOptions(null, true, true);

  private static Embedder embedder;

  @BeforeAll
  static void openModel() {
    embedder = BuiltinModelForTests.openOrSkip();
  }

  @AfterAll
  static void close() {
    if (embedder != null) {
      embedder.close();
    }
  }

  /** Every link of up to three sentences a side among a Tatoeba document's first sentences, alone and in a stretch. */
  @Test
  void aLinksSupportIsTheWordAlignmentOfItsWords() {
    Document source = DocumentLoader.load(DEV.resolve("doc01.ar"), Lang.AR, ONE_SENTENCE_A_LINE);
    Document target = DocumentLoader.load(DEV.resolve("doc01.en"), Lang.EN, ONE_SENTENCE_A_LINE);
    WordSupport words = WordSupport.of(source, target, embedder);
    WordSupport.Stretch stretch = words.forStretch();
    int asked = 0;
    for (int i = 0; i < 12; i++) {
      for (int j = Math.max(0, i - 2); j < i + 3; j++) {
        for (int a = 1; a <= 3; a++) {
          for (int b = 1; b <= 3; b++) {
            WordSupport.Support expected = fromScratch(source, Link.sentences(i, a), target, Link.sentences(j, b));
            assertThat(words.support(Link.sentences(i, a), Link.sentences(j, b))).usingRecursiveComparison()
                .isEqualTo(expected);
            assertThat(stretch.support(i, a, j, b)).usingRecursiveComparison().isEqualTo(expected);
            asked++;
          }
        }
      }
    }
    assertThat(asked).isEqualTo((3 + 4 + 10 * 5) * 9); // the first two rows have fewer targets before them
  }

  /**
   * A sentence's tally counts the content words inside its span: where the spans of a link's sentences overlap (a
   * document made by hand), a word of one sentence counts in the other's tally too, as it always did.
   */
  @Test
  void sentencesWhoseSpansOverlapAreTalliedOverTheirSpans() {
    String first = "Sami gave Layla some money.";
    String second = "Layla borrowed money from Sami.";
    // The second sentence's span starts inside the first's: their words overlap both spans.
    Document target = new Document("en", Lang.EN, first + second,
        List.of(new Sentence(0, first, 0, first.length()), new Sentence(1, second, 10, 10 + second.length())),
        List.of());
    Document source = DocumentLoader.fromText("قدّم سامي بعض المال لليلى.", Lang.AR, ONE_SENTENCE_A_LINE, "ar", "");
    WordSupport.Support expected = fromScratch(source, List.of(0), target, List.of(0, 1));

    WordSupport.Support support = WordSupport.of(source, target, embedder).support(List.of(0), List.of(0, 1));

    assertThat(support).usingRecursiveComparison().isEqualTo(expected);
    assertThat(support.target().get(0).content())
        .isGreaterThan(new Coverage(List.of(), Word.split(first, 0), List.of()).targetTally(new Sentence(0, first, 0,
            first.length()).span()).content());
  }

  /** The support of a link worked out without any of WordSupport's sharing. */
  private static WordSupport.Support fromScratch(Document source, List<Integer> sourceSentences, Document target,
      List<Integer> targetSentences) {
    WordAligner.Side src = side(source, sourceSentences, Lang.AR);
    WordAligner.Side tgt = side(target, targetSentences, Lang.EN);
    List<WordLink> links = new WordAligner(ReviewOptions.defaults().minWordSimilarity()).align(src, tgt);
    Coverage coverage = new Coverage(src.words(), tgt.words(), links);
    int[][] between = new int[sourceSentences.size()][targetSentences.size()];
    for (WordLink link : links) {
      int s = overlapping(source, sourceSentences, link.source().start(), link.source().end());
      int t = overlapping(target, targetSentences, link.target().start(), link.target().end());
      if (s >= 0 && t >= 0) {
        between[s][t]++;
      }
    }
    List<WordTally> sourceTallies = new ArrayList<>();
    for (int sentence : sourceSentences) {
      sourceTallies.add(coverage.sourceTally(source.sentences().get(sentence).span()));
    }
    List<WordTally> targetTallies = new ArrayList<>();
    for (int sentence : targetSentences) {
      targetTallies.add(coverage.targetTally(target.sentences().get(sentence).span()));
    }
    return new WordSupport.Support(sourceTallies, targetTallies, between);
  }

  private static WordAligner.Side side(Document document, List<Integer> sentences, Lang lang) {
    List<TokenVectors> tokens = embedder.embedTokens(sentences.stream().map(s -> document.sentences().get(s).text()).toList());
    return WordAligner.side(tokens, sentences.stream().map(s -> document.sentences().get(s).start()).toList(), lang);
  }

  /** The first of the sentences whose span overlaps [start, end), by its place among them; -1 if none does. */
  private static int overlapping(Document document, List<Integer> sentences, int start, int end) {
    for (int k = 0; k < sentences.size(); k++) {
      Sentence sentence = document.sentences().get(sentences.get(k));
      if (sentence.start() < end && start < sentence.end()) {
        return k;
      }
    }
    return -1;
  }
}
