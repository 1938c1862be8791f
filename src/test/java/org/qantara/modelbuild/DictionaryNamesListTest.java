package org.qantara.modelbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qantara.core.review.DictionaryNames;

class DictionaryNamesListTest {
  private static final Path DICTD = Path.of("/usr/share/dictd");
  private static final Path SHIPPED = Path.of("src/main/resources/org/qantara/core/review", DictionaryNames.RESOURCE);

  /**
   * The shipped list is what the Debian dictionaries give. To refresh it after changing the rule, run
   * {@code mvn test -Dtest=DictionaryNamesListTest -Dqantara.regenerate=true} (bin/test's JDK) and commit it.
   */
  @Test
  void shippedListIsRebuiltFromFreeDict() throws IOException {
    assumeTrue(Files.isRegularFile(DICTD.resolve("freedict-ara-eng.index"))
            && Files.isRegularFile(DICTD.resolve("freedict-eng-ara.index")),
        "FreeDict ara-eng/eng-ara are not installed (apt-get install dict-freedict-ara-eng dict-freedict-eng-ara)");
    List<String> built = DictionaryNamesList.build(FreeDict.read(DICTD, "ara-eng"), FreeDict.read(DICTD, "eng-ara"));
    if (Boolean.getBoolean("qantara.regenerate")) {
      Files.writeString(SHIPPED, String.join("\n", built) + "\n", StandardCharsets.UTF_8);
    }
    assertThat(Files.readAllLines(SHIPPED, StandardCharsets.UTF_8)).isEqualTo(built);
  }
}
