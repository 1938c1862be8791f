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

/** Markup in the texts is shown as text in the HTML report, never run. */
class HostileTextTest {
  private static final Path SEED = Path.of("../shared/gold/seed-001");

  @TempDir Path dir;

  @BeforeAll
  static void useRepositoryModels() {
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, Path.of("models").toAbsolutePath().toString());
  }

  @Test
  void markupInTheTextsIsEscapedInTheHtmlReport() throws IOException {
    String attack = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    List<String> ar = new java.util.ArrayList<>(Files.readAllLines(SEED.resolve("ar.txt")));
    List<String> en = new java.util.ArrayList<>(Files.readAllLines(SEED.resolve("en.txt")));
    ar.set(1, ar.get(1) + " " + attack);
    en.set(1, en.get(1) + " " + attack + " \"quoted\" & 'single'");
    Path arabic = Files.write(dir.resolve("a.ar"), ar);
    Path english = Files.write(dir.resolve("a.en"), en);
    Path html = dir.resolve("report.html");

    CliRunner r = CliRunner.run("review", arabic.toString(), english.toString(), "--presegmented", "-q", "--html", html.toString());

    assertThat(r.err()).isEmpty();
    String report = Files.readString(html);
    assertThat(report).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void escapeSequencesFromTheTextsAreShownNotObeyed() throws IOException {
    String attack = "\u001b[2J\u001b]2;PWNED\u0007\u009b31m";
    List<String> ar = new java.util.ArrayList<>(Files.readAllLines(SEED.resolve("ar.txt")));
    List<String> en = new java.util.ArrayList<>(Files.readAllLines(SEED.resolve("en.txt")));
    ar.set(1, ar.get(1) + " " + attack);
    en.set(1, en.get(1) + " " + attack);
    Path arabic = Files.write(dir.resolve("a.ar"), ar);
    Path english = Files.write(dir.resolve("a.en"), en);
    for (String format : List.of("text", "tsv")) {
      CliRunner r = CliRunner.run("align", arabic.toString(), english.toString(), "--presegmented", "-f", format);
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out()).as(format).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u009b")
          .contains("\u241b[2J\u241b]2;PWNED\u2407").contains("x9b31m");
    }
    CliRunner review = CliRunner.run("review", arabic.toString(), english.toString(), "--presegmented", "--color", "never");
    assertThat(review.out()).doesNotContain("\u001b").doesNotContain("\u0007").contains("\u241b[2J");
  }
}
