package org.qantara.modelbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommonEnglishWordsListTest {
  private static final Path WORDS = Path.of("/usr/share/dict/american-english");
  private static final Path SHIPPED = Path.of("src/main/resources/org/qantara/core/review/english-common-words.txt");

  /**
   * The shipped list is what Debian's wamerican gives. To refresh it, run
   * {@code mvn test -Dtest=CommonEnglishWordsListTest -Dqantara.regenerate=true} and commit it.
   */
  @Test
  void shippedListIsRebuiltFromTheWordList() throws IOException {
    assumeTrue(Files.isRegularFile(WORDS), "wamerican is not installed (apt-get install wamerican)");
    List<String> built = CommonEnglishWordsList.build(WORDS);
    if (Boolean.getBoolean("qantara.regenerate")) {
      Files.writeString(SHIPPED, String.join("\n", built) + "\n", StandardCharsets.UTF_8);
    }
    assertThat(Files.readAllLines(SHIPPED, StandardCharsets.UTF_8)).isEqualTo(built);
    assertThat(built).contains("indeed", "merciful", "council").doesNotContain("mark", "tom", "london", "joseph");
  }
}
