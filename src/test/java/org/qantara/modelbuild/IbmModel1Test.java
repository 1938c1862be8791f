package org.qantara.modelbuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IbmModel1Test {

  @Test
  void learnsWhichWordTranslatesWhichFromCoOccurrenceAlone() {
    // بيت appears with house every time and with big or small once each: EM must give it to house.
    List<List<String>> arabic = List.of(List.of("بيت", "كبير"), List.of("بيت", "صغير"), List.of("كتاب", "كبير"));
    List<List<String>> english = List.of(List.of("house", "big"), List.of("house", "small"), List.of("book", "big"));
    Map<String, ? extends Map<String, Double>> t = IbmModel1.train(arabic, english, 5);

    assertThat(t.get("بيت").get("house")).isGreaterThan(t.get("بيت").get("big")).isGreaterThan(0.5);
    assertThat(t.get("كبير").get("big")).isGreaterThan(t.get("كبير").get("house"));
    assertThat(t.get("كتاب").get("book")).isGreaterThan(t.get("كتاب").get("big"));
    assertThat(t).doesNotContainKey(IbmModel1.EMPTY);
  }

  @Test
  void probabilitiesOfOneGivenWordAddUpWithTheEmptyWordsShare() {
    List<List<String>> arabic = List.of(List.of("بيت"), List.of("بيت", "كبير"));
    List<List<String>> english = List.of(List.of("house"), List.of("house", "big"));
    Map<String, ? extends Map<String, Double>> t = IbmModel1.train(arabic, english, 3);

    double sum = t.get("بيت").values().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
  }
}
