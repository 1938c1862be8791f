package org.qantara.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Name skeletons romanise folded Arabic from a table of ICU's Arabic-Latin rules instead of building ICU's
 * transliterator at every start: they must be the skeletons ICU's romanisation gives, character for character.
 */
class TransliterationTest {

  private static void assertSameSkeletons(Iterable<String> words) {
    List<String> differing = new ArrayList<>();
    int compared = 0;
    for (String word : words) {
      String fromTable = Transliteration.skeleton(word, Transliteration::romaniseFolded);
      String fromIcu = Transliteration.skeleton(word, Transliteration::romanise);
      if (!fromTable.equals(fromIcu)) {
        differing.add(word + " " + fromTable + " ≠ " + fromIcu);
      }
      compared++;
    }
    assertThat(compared).isPositive();
    assertThat(differing).isEmpty();
  }

  @Test
  void everyCharacterOfTheArabicBlocksAloneAndBetweenLetters() {
    List<String> words = new ArrayList<>();
    int[][] blocks = {{0x0600, 0x06FF}, {0x0750, 0x077F}, {0x0870, 0x08FF}, {0xFB50, 0xFDFF}, {0xFE70, 0xFEFF},
        {0x2000, 0x206F}, {0x0000, 0x05FF}};
    for (int[] block : blocks) {
      for (int c = block[0]; c <= block[1]; c++) {
        String ch = Character.toString(c);
        words.add("ب" + ch);
        words.add("ب" + ch + "ر");
        words.add("س" + ch + "ه");
        words.add(ch + "لم");
      }
    }
    assertSameSkeletons(words);
  }

  @Test
  void everyArabicWordOfTheSampleArticlesRealTextAndTatoeba() throws IOException {
    Set<String> words = new TreeSet<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> corpora = Files.list(Path.of("corpora"))) {
      corpora.filter(p -> p.toString().endsWith(".txt")).forEach(files::add);
    }
    try (Stream<Path> realText = Files.list(Path.of("corpora/realtext"))) {
      realText.filter(p -> p.toString().endsWith(".ar")).forEach(files::add);
    }
    files.add(Path.of("../shared/dev/tatoeba-ara-eng/dev.ar"));
    files.add(Path.of("../shared/train/tatoeba-ara-eng/train.ar"));
    for (Path file : files) {
      if (Files.isRegularFile(file)) {
        for (String word : Files.readString(file).split("\\s+")) {
          if (word.codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF)) {
            words.add(word);
          }
        }
      }
    }
    assertThat(words).hasSizeGreaterThan(15_000);
    assertSameSkeletons(words);
  }
}
