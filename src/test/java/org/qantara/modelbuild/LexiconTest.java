package org.qantara.modelbuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

  private static final Lexicon LEXICON = Lexicon.of(
      List.of(new FreeDict.Entry("قاعدة", List.of("Base", "Rule")),
          new FreeDict.Entry("قاعدتها", List.of("Its rule")),
          new FreeDict.Entry("روسي", List.of("Russian")),
          new FreeDict.Entry("روس", List.of("Russians"))),
      List.of(new FreeDict.Entry("Rescue workers", List.of("عمال الإنقاذ")),
          new FreeDict.Entry("Hair", List.of("شعر"))));

  @Test
  void multiWordEntriesSpreadTheirWeightOverTheirContentWords() {
    assertThat(LEXICON.arabicToEnglish.get("عمال")).containsOnlyKeys("rescu", "worker");
    assertThat(LEXICON.arabicToEnglish.get("عمال").get("worker")).isEqualTo(0.25);
    assertThat(LEXICON.arabicToEnglish.get("قاعده")).containsOnlyKeys("base", "rule");
  }


  @Test
  void learnedFormsWithCliticsPoolTheirDictionaryKeyAndPrepositionsWithPronounsAreNoKeys() {
    Lexicon lexicon = Lexicon.of(List.of(new FreeDict.Entry("شعر", List.of("Hair"))),
        List.of(new FreeDict.Entry("BSD", List.of("بي إس دي"))));
    assertThat(lexicon.arabicToEnglish).containsKey("بي");
    List<ParallelCorpus.Pair> pairs = List.of(new ParallelCorpus.Pair("شعرك طويل", "Your hair is long"),
        new ParallelCorpus.Pair("شعرك جميل", "Your hair is beautiful"),
        new ParallelCorpus.Pair("ثق بي", "Trust me"), new ParallelCorpus.Pair("ثق بي الآن", "Trust me now"));
    lexicon.learn(pairs, 5, 2, 0.1, 1);

    assertThat(lexicon.arabicToEnglish.get("شعرك")).containsKey("hair");
    assertThat(lexicon.learnedStems).containsEntry("شعرك", "شعر").doesNotContainKey("شعر");
    assertThat(lexicon.learnedPronouns).containsEntry("شعرك", "ك");
    // بي "with me" is a function word when learning; the letter B of "BSD" goes with it.
    assertThat(lexicon.arabicToEnglish).containsKey("ثق").doesNotContainKey("بي").containsKey("دي");
  }

  @Test
  void synonymsOfATranslationFeedTheArabicRowsOnlyAndOnlyWithWordsTheGraphHas() {
    Lexicon lexicon = Lexicon.of(List.of(new FreeDict.Entry("عسكري", List.of("Martial"))),
        List.of(new FreeDict.Entry("Military", List.of("الجيش"))));
    lexicon.addSynonyms(new java.util.TreeMap<>(java.util.Map.of("martial",
        new java.util.TreeSet<>(List.of("militari", "soldier")))), 0.25);

    // "soldier" is no key of this graph: no edge to it.
    assertThat(lexicon.synonymEdges.get("عسكري")).containsOnlyKeys("militari");
    assertThat(lexicon.synonymEdges.get("عسكري").get("militari")).isEqualTo(0.25);
    assertThat(lexicon.arabicToEnglish.get("عسكري")).containsOnlyKeys("martial");
    assertThat(lexicon.synonymEdges).doesNotContainKey("جيش");
  }

  @Test
  void pronounSuffixedKeysReadTheirStemsRowButNisbaAdjectivesKeepTheirOwn() {
    assertThat(LEXICON.arabicRowKey("قاعدتها")).isEqualTo("قاعده");
    assertThat(LEXICON.arabicRowKey("روسي")).isEqualTo("روسي");
    assertThat(LEXICON.arabicRowKey("قاعده")).isEqualTo("قاعده");
  }
}
