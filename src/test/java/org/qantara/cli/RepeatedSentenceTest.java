package org.qantara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.embed.ModelRegistry;

/** A sentence the author repeats in the body is content: leaving one repeat untranslated is an omission. */
class RepeatedSentenceTest {
  private static final Path SEED = Path.of("../shared/gold/seed-001");

  @TempDir Path dir;

  @BeforeAll
  static void useRepositoryModels() {
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, Path.of("models").toAbsolutePath().toString());
  }

  @Test
  void anOmittedRepeatOfABodySentenceIsFlagged() throws IOException {
    List<String> ar = Files.readAllLines(SEED.resolve("ar.txt"));
    List<String> en = Files.readAllLines(SEED.resolve("en.txt"));
    String again = "لن نتراجع.";
    String rendered = "We will not back down.";
    // Arabic says it three times, the English twice.
    Path arabic = Files.writeString(dir.resolve("speech.ar"), String.join("\n\n",
        ar.get(0), ar.get(1), again, ar.get(2), again, ar.get(3), again, ar.get(4), ar.get(5), ar.get(6)) + "\n");
    Path english = Files.writeString(dir.resolve("speech.en"), String.join("\n\n",
        en.get(0), en.get(1), rendered, en.get(2), rendered, en.get(3), en.get(4), en.get(5), en.get(6), en.get(7)) + "\n");

    CliRunner r = CliRunner.run("review", arabic.toString(), english.toString(), "--color", "never", "--width", "120");

    assertThat(r.err()).isEmpty();
    assertThat(r.out()).doesNotContain("DUPLICATE_HEADLINE");
    assertThat(r.out().lines()).anyMatch(line -> line.contains("OMISSION") && line.contains(again));
  }
}
