package org.qantara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.embed.ModelRegistry;
import picocli.CommandLine;

/** {@code qantara review} end to end on seed 001: text, JSON and HTML outputs and the exit codes. */
class ReviewCommandTest {
  private static final Path GOLD = Path.of("../shared/gold/seed-001");

  @TempDir Path tmp;

  @BeforeAll
  static void useRepositoryModels() {
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, Path.of("models").toAbsolutePath().toString());
  }

  private record Run(int exitCode, String out, String err) {}

  /** Runs the command itself: Main wires it in, but the test should not depend on the command list. */
  private static Run review(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ReviewCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Issue 8: `review -q` printed the whole set-aside list; now one line counts it. */
  @Test
  void quietCountsWhatWasSetAsideInOneLine() throws IOException {
    Path english = Files.writeString(tmp.resolve("en.txt"), Files.readString(GOLD.resolve("en.txt"))
        + "\nShare on Facebook\nCopyright \u00a9 2026 Example News. All rights reserved.\n");
    String arabic = GOLD.resolve("ar.txt").toString();
    Run full = review(arabic, english.toString(), "--width", "100");
    assertThat(full.out()).contains("Set aside as non-content in en.txt").contains("Share on Facebook");
    Run quiet = review(arabic, english.toString(), "-q");

    assertThat(quiet.out()).contains("Verdict: ").contains("Set aside as non-content: 2 in en.txt")
        .doesNotContain("Set aside as non-content in ").doesNotContain("\n  [");
    assertThat(quiet.out().lines().count()).isLessThan(8);
  }

  /**
   * Issue 8: a 100,000-character token in one English sentence skewed the length ratio of the whole document
   * (and, segmented, made fifty sentences of itself): every link moved and the verdict flipped.
   */
  @Test
  void aGiantTokenInOneEnglishSentenceLeavesTheGoldLinksAndTheVerdict() throws IOException {
    List<String> english = new ArrayList<>(Files.readAllLines(GOLD.resolve("en.txt")));
    String sentence = english.get(2).strip();
    english.set(2, sentence.substring(0, sentence.length() - 1) + " " + "x".repeat(100_000) + ".");
    Path en = Files.write(tmp.resolve("en.txt"), english);
    List<String> gold = Files.readAllLines(GOLD.resolve("gold.txt")).stream().map(String::strip)
        .filter(line -> !line.isEmpty()).toList();
    for (List<String> segmentation : List.of(List.of("--presegmented"), List.<String>of())) {
      Path json = tmp.resolve("review.json");
      List<String> args = new ArrayList<>(List.of(GOLD.resolve("ar.txt").toString(), en.toString(), "-q",
          "--json", json.toString()));
      args.addAll(segmentation);
      Run r = review(args.toArray(String[]::new));

      assertThat(r.exitCode()).as(segmentation + r.out() + r.err()).isEqualTo(ExitCodes.OK);
      JsonNode root = new ObjectMapper().readTree(json.toFile());
      assertThat(root.path("verdict").path("kind").asText()).as(segmentation.toString()).isEqualTo("TRANSLATION");
      List<String> links = new ArrayList<>();
      root.path("links").forEach(l -> links.add(l.path("source") + ":" + l.path("target")));
      assertThat(links).as(segmentation.toString()).isEqualTo(gold);
    }
  }

  @Test
  void cleanSeedIsReviewedWithExitZeroAndWritesJsonAndHtml() throws IOException {
    Path json = tmp.resolve("review.json");
    Path html = tmp.resolve("review.html");
    Run r = review(GOLD.resolve("ar.txt").toString(), GOLD.resolve("en.txt").toString(), "--presegmented",
        "--json", json.toString(), "--html", html.toString(), "--width", "100");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("Verdict: the English reads as a translation").contains("Hmeimim")
        .doesNotContain("\u001b["); // not a terminal: no colour codes
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.path("format").asText()).isEqualTo("qantara-review");
    assertThat(root.path("verdict").path("kind").asText()).isEqualTo("TRANSLATION");
    assertThat(root.path("links")).hasSize(7);
    assertThat(root.path("links").get(1).path("wordLinks").size()).isGreaterThan(5);
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).contains("dir=\"rtl\" lang=\"ar\"").contains("<svg").contains("Flags by type")
        .doesNotContain("src=\"http").doesNotContain("<link").doesNotContain("<script");
  }

  @Test
  void criticalFlagsGiveTheirOwnExitCodeAndAreInTheJsonWithSpans() throws IOException {
    List<String> english = Files.readAllLines(GOLD.resolve("en.txt"));
    english.set(0, english.get(0).replace("two days", "five days"));
    Path target = tmp.resolve("en.txt");
    Files.write(target, english);
    Path json = tmp.resolve("review.json");
    Run r = review(GOLD.resolve("ar.txt").toString(), target.toString(), "--presegmented", "--json", json.toString(),
        "--color", "always");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.CRITICAL_FLAGS);
    assertThat(r.out()).contains("\u001b[1;31m").contains("NUMBER");
    JsonNode flags = new ObjectMapper().readTree(json.toFile()).path("flags");
    JsonNode number = null;
    for (JsonNode f : flags) {
      if (f.path("type").asText().equals("NUMBER")) {
        number = f;
      }
    }
    assertThat(number).isNotNull();
    assertThat(number.path("severity").asText()).isEqualTo("CRITICAL");
    assertThat(number.path("sourceSpans").get(0).path("text").asText()).isEqualTo("يومين");
    assertThat(number.path("targetSpans").get(0).path("text").asText()).isEqualTo("five");
  }

  @Test
  void badSensitivityIsAUserError() {
    Run r = review(GOLD.resolve("ar.txt").toString(), GOLD.resolve("en.txt").toString(), "--sensitivity", "3");
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).contains("sensitivity 3.0 is outside [0, 1]");
  }
}
