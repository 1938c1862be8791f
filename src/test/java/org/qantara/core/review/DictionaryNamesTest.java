package org.qantara.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DictionaryNamesTest {
  @Test
  void namesRenderedBySoundAreKnownWithOrWithoutParticles() {
    assertThat(DictionaryNames.englishOf("سامي")).contains("Sammy");
    assertThat(DictionaryNames.englishOf("ماري")).contains("Mary");
    assertThat(DictionaryNames.englishOf("ولندن")).contains("London");
  }

  @Test
  void translatedWordsAreNotNames() {
    assertThat(DictionaryNames.englishOf("كبير")).isEmpty();
    assertThat(DictionaryNames.englishOf("كتب")).isEmpty();
    assertThat(DictionaryNames.englishOf("من")).isEmpty();
  }
}
