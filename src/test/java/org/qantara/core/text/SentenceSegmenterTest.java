package org.qantara.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSegmenterTest {
  private static List<String> english(String text) {
    return texts(SentenceSegmenter.segment(text, Lang.EN, List.of()), text);
  }

  private static List<String> arabic(String text) {
    return texts(SentenceSegmenter.segment(text, Lang.AR, List.of()), text);
  }

  /** The sentence texts, after checking every sentence's offsets, trimming and order against {@code text}. */
  private static List<String> texts(List<Sentence> sentences, String text) {
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      assertThat(sentence.index()).isEqualTo(i);
      assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
      assertThat(sentence.text()).isEqualTo(sentence.text().strip());
      if (i > 0) {
        assertThat(sentence.start()).isGreaterThanOrEqualTo(sentences.get(i - 1).end());
      }
    }
    return sentences.stream().map(Sentence::text).toList();
  }

  @Test
  void doesNotEndSentencesAtTitlesInitialsOrDecimals() {
    assertThat(english("Dr. Smith met Mr. Jones in St. Petersburg on Jan. 5 at 3.5 degrees. They talked."))
        .containsExactly("Dr. Smith met Mr. Jones in St. Petersburg on Jan. 5 at 3.5 degrees.", "They talked.");
    assertThat(english("J. R. R. Tolkien wrote it. He was British."))
        .containsExactly("J. R. R. Tolkien wrote it.", "He was British.");
  }

  @Test
  void endsASentenceAfterADottedAbbreviationOnlyBeforeASentenceOpener() {
    assertThat(english("The U.S. Army left the base. Troops stayed in the U.S. The talks went on."))
        .containsExactly("The U.S. Army left the base.", "Troops stayed in the U.S.", "The talks went on.");
  }

  @Test
  void endsArabicSentencesAtQuestionMarkSemicolonExclamationAndFullStop() {
    assertThat(arabic("هل غادرت القوات؟ نعم غادرت! قال ذلك مصدر روسي. ثم غادر الوفد؛ وعاد لاحقاً."))
        .containsExactly("هل غادرت القوات؟", "نعم غادرت!", "قال ذلك مصدر روسي.", "ثم غادر الوفد؛", "وعاد لاحقاً.");
    assertThat(arabic("قال د. أحمد إن الوضع هادئ. ثم غادر.")).containsExactly("قال د. أحمد إن الوضع هادئ.", "ثم غادر.");
  }

  @Test
  void keepsQuotesWithTheirSentence() {
    assertThat(english("He said: \"We will leave.\" Then he left. «Soon», she wrote."))
        .containsExactly("He said: \"We will leave.\"", "Then he left.", "«Soon», she wrote.");
    assertThat(arabic("قال المصدر: «سنغادر القاعدة.» ثم غادر الرتل.")).containsExactly("قال المصدر: «سنغادر القاعدة.»", "ثم غادر الرتل.");
  }

  @Test
  void endsSentencesAtParagraphBreaksButNotInsideWrappedLines() {
    assertThat(english("A heading without a stop\n\nThe first paragraph.\nA second paragraph"))
        .containsExactly("A heading without a stop", "The first paragraph.", "A second paragraph");
    assertThat(english("This sentence was wrapped by an editor at a narrow column and\ncontinues here. Next one."))
        .containsExactly("This sentence was wrapped by an editor at a narrow column and\ncontinues here.", "Next one.");
  }

  @Test
  void neverLetsASentenceReachIntoAnExcludedSpan() {
    String text = " date 2026-01-26 A Russian source spoke. Menu Home News The base was left.";
    Span date = new Span(0, 16);
    Span menu = new Span(text.indexOf("Menu"), text.indexOf("The base"));
    List<Sentence> sentences = SentenceSegmenter.segment(text, Lang.EN, List.of(menu, date));
    assertThat(texts(sentences, text)).containsExactly("A Russian source spoke.", "The base was left.");
    assertThat(sentences).noneMatch(s -> s.span().overlaps(date) || s.span().overlaps(menu));
  }

  @Test
  void segmentsTheArabicGoldIntoItsLines() {
    List<String> gold = Seeds.lines(Seeds.GOLD_AR);
    assertThat(arabic(String.join(" ", gold))).isEqualTo(gold);
  }

  @Test
  void offsetsRoundTripOnEverySeed() {
    for (Path seed : Seeds.ALL) {
      String text = Seeds.text(seed);
      List<Span> exclusions = Boilerplate.detect(text).stream().map(SetAside::span).toList();
      for (Lang lang : Lang.values()) {
        List<Sentence> sentences = SentenceSegmenter.segment(text, lang, exclusions);
        assertThat(texts(sentences, text)).as(seed.toString()).isNotEmpty();
        assertThat(sentences).noneMatch(s -> exclusions.stream().anyMatch(s.span()::overlaps));
        texts(SentenceSegmenter.presegmented(text), text);
        texts(SentenceSegmenter.segment(text, lang, List.of()), text);
      }
    }
  }

  @Test
  void presegmentedTextGivesOneSentenceALineNumberedByItsLine() {
    String text = "  first line \n\n\tsecond\r\n***\nDate 2026-01-26\nthird.\n   \n";
    List<Sentence> sentences = SentenceSegmenter.presegmented(text);
    assertThat(texts(sentences, text)).containsExactly("first line", "", "second", "***", "Date 2026-01-26", "third.");
    assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1, 2, 3, 4, 5);
    List<String> tatoeba = Seeds.text(Seeds.TATOEBA_AR).lines().toList();
    assertThat(texts(SentenceSegmenter.presegmented(Seeds.text(Seeds.TATOEBA_AR)), Seeds.text(Seeds.TATOEBA_AR))).isEqualTo(tatoeba);
  }

  @Test
  void anUnpunctuatedPageIsCutIntoPiecesAtSpacesAndClauseMarks() {
    StringBuilder page = new StringBuilder();
    for (int k = 0; page.length() < 100_000; k++) {
      page.append("word").append(k).append(k % 50 == 49 ? ", " : " ");
    }
    String text = page.toString();
    List<Sentence> sentences = SentenceSegmenter.segment(text, Lang.EN, List.of());
    texts(sentences, text);
    assertThat(sentences).hasSizeGreaterThan(text.length() / SentenceSegmenter.MAX_SENTENCE_CHARS)
        .allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(SentenceSegmenter.MAX_SENTENCE_CHARS));
    assertThat(sentences.subList(0, sentences.size() - 1)).allSatisfy(s -> assertThat(s.text()).endsWith(","));
  }

  @Test
  void aGiantTokenStaysWholeInItsSentence() {
    // Cut into 2,000-character pieces it made fifty sentences of nothing but itself, and the aligner folded
    // them into the links around.
    String token = "x".repeat(100_000);
    String text = "A short one. It ends with " + token + " and on. The next one.";
    assertThat(texts(SentenceSegmenter.segment(text, Lang.EN, List.of()), text))
        .containsExactly("A short one.", "It ends with " + token, "and on.", "The next one.");
    // The words before it are still cut into pieces, and the token is in one of them, whole.
    String page = "word ".repeat(1_000) + token + " end.";
    List<String> pieces = texts(SentenceSegmenter.segment(page, Lang.EN, List.of()), page);
    assertThat(pieces).hasSizeGreaterThan(3).filteredOn(p -> p.contains("x")).singleElement().asString()
        .endsWith("word " + token);
  }
}
