package org.qantara.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class NameKeysTest {

  private static final NameKeys NAMES = new NameKeys(2, 4096,
      new TreeSet<>(List.of("ال", "و", "ب", "وال", "##ي", "##ه", "##ها", "##ات", "##s", "##ed")));

  @Test
  void bothScriptsSpellANameWithOneKey() {
    assertThat(NameKeys.key("القامشلي")).isEqualTo(NameKeys.key("qamishli")).isEqualTo("kmSl");
    assertThat(NameKeys.key("اللاذقيه")).isEqualTo(NameKeys.key("latakia"));
    assertThat(NameKeys.key("بوتين")).isEqualTo(NameKeys.key("putin"));
    assertThat(NameKeys.key("بشار")).isEqualTo(NameKeys.key("bashar"));
    assertThat(NameKeys.key("حميميم")).isEqualTo(NameKeys.key("hmeimim"));
    assertThat(NameKeys.key("موسكو")).isEqualTo(NameKeys.key("moscow"));
    assertThat(NameKeys.key("سارة")).isEqualTo(NameKeys.key("sarah"));
    assertThat(NameKeys.key("putin")).isNotEqualTo(NameKeys.key("bashar"));
    assertThat(NameKeys.key("ali")).isNull(); // one consonant tells too little
  }

  @Test
  void aWordSplitIntoLettersOrStemsAfterTheArticleIsAName() {
    List<NameKeys.Name> found = NAMES.find(new int[] {10, 11, 12, 13, 20, 21, 22, 23},
        pieces("put", "##i", "##n", "is", "ال", "##قام", "##شل", "##ي"), i -> true);
    assertThat(found).containsExactly(
        new NameKeys.Name(2 + NAMES.bucket("btn"), 0, 3), new NameKeys.Name(2 + NAMES.bucket("kmSl"), 4, 8));
  }

  @Test
  void theArticleMayComeGluedToTheFirstStem() {
    // The vocabulary holds القام (the article and قام "stood") as one token: القامشلي = القام + شل + ي.
    assertThat(NAMES.find(new int[] {20, 21, 22}, pieces("القام", "##شل", "##ي"), i -> true))
        .containsExactly(new NameKeys.Name(2 + NAMES.bucket("kmSl"), 0, 3));
    assertThat(NAMES.find(new int[] {20, 21}, pieces("وست", "##حافظ"), i -> true)).isEmpty();
  }

  @Test
  void aStemWithAffixesPrefixesOrAVowelIsNoName() {
    assertThat(NAMES.find(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11},
        pieces("وال", "##معد", "##ات", "ت", "##حب", "كلب", "##ا", "وست", "##حافظ", "walk", "##ed"), i -> true)).isEmpty();
  }

  @Test
  void aLatinWordIsANameOnlyWhenCapitalised() {
    assertThat(NAMES.find(new int[] {1, 2, 3}, pieces("put", "##i", "##n"), i -> false)).isEmpty();
  }

  private static IntFunction<String> pieces(String... pieces) {
    return i -> pieces[i];
  }
}
