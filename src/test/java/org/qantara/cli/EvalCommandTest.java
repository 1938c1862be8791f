package org.qantara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.embed.ModelRegistry;

class EvalCommandTest {
  private static final String GOLD_DIR = "../shared/gold/seed-001/";

  @TempDir Path tmp;

  @BeforeAll
  static void useRepositoryModels() {
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, Path.of("models").toAbsolutePath().toString());
  }

  @Test
  void goldAgainstItselfScoresOneAndWritesJson() throws IOException {
    Path json = tmp.resolve("scores.json");
    CliRunner r = CliRunner.run("eval", "--gold", GOLD_DIR + "gold.txt", "--pred", GOLD_DIR + "gold.txt", "--json", json.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("F1         1.000     1.000");
    JsonNode scores = new ObjectMapper().readTree(json.toFile());
    assertThat(scores.get("strictF1").asDouble()).isEqualTo(1.0);
    assertThat(scores.get("goldLinks").asInt()).isEqualTo(7);
  }

  @Test
  void aWrongPredictionLowersStrictButNotLaxScores() throws IOException {
    // Merging the gold 1-1 links [0]:[0] and [1]:[1] into [0,1]:[0,1] is wrong strictly, right laxly.
    String gold = Files.readString(Path.of(GOLD_DIR + "gold.txt"));
    Path pred = Files.writeString(tmp.resolve("pred.txt"), gold.replace("[0]:[0]\n[1]:[1]\n", "[0,1]:[0,1]\n"));
    CliRunner r = CliRunner.run("eval", "--gold", GOLD_DIR + "gold.txt", "--pred", pred.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("precision  0.833     1.000").contains("recall     0.714     1.000");
  }

  @Test
  void alignsOnTheFlyOverSeveralDocuments() {
    String docs = "../shared/dev/tatoeba-docs/";
    CliRunner r = CliRunner.run("eval",
        "--gold", GOLD_DIR + "gold.txt", docs + "doc00.gold",
        "--src", GOLD_DIR + "ar.txt", docs + "doc00.ar",
        "--tgt", GOLD_DIR + "en.txt", docs + "doc00.en");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("2 document(s)");
  }

  @Test
  void presegmentedAlignmentThenEvalScoresAsEvalAligningOnTheFly() {
    // The README's route: align --presegmented --format vecalign, then eval --pred.
    String docs = "../shared/dev/tatoeba-docs/";
    java.util.List<String> gold = new java.util.ArrayList<>(java.util.List.of("--gold", GOLD_DIR + "gold.txt"));
    java.util.List<String> src = new java.util.ArrayList<>(java.util.List.of("--src", GOLD_DIR + "ar.txt"));
    java.util.List<String> tgt = new java.util.ArrayList<>(java.util.List.of("--tgt", GOLD_DIR + "en.txt"));
    java.util.List<String> pred = new java.util.ArrayList<>(java.util.List.of("--pred"));
    for (int i = -1; i < 10; i++) {
      String ar = i < 0 ? GOLD_DIR + "ar.txt" : docs + "doc0" + i + ".ar";
      String en = i < 0 ? GOLD_DIR + "en.txt" : docs + "doc0" + i + ".en";
      if (i >= 0) {
        gold.add(docs + "doc0" + i + ".gold");
        src.add(ar);
        tgt.add(en);
      }
      Path out = tmp.resolve("pred" + i + ".txt");
      CliRunner aligned = CliRunner.run("align", ar, en, "--presegmented", "--format", "vecalign", "--out", out.toString());
      assertThat(aligned.exitCode()).as(aligned.err()).isZero();
      pred.add(out.toString());
    }
    java.util.List<String> onTheFly = new java.util.ArrayList<>(java.util.List.of("eval"));
    onTheFly.addAll(gold);
    onTheFly.addAll(src);
    onTheFly.addAll(tgt);
    java.util.List<String> fromFiles = new java.util.ArrayList<>(java.util.List.of("eval"));
    fromFiles.addAll(gold);
    fromFiles.addAll(pred);
    CliRunner expected = CliRunner.run(onTheFly.toArray(String[]::new));
    CliRunner actual = CliRunner.run(fromFiles.toArray(String[]::new));
    assertThat(expected.exitCode()).as(expected.err()).isZero();
    assertThat(actual.exitCode()).as(actual.err()).isZero();
    assertThat(actual.out()).isEqualTo(expected.out());
  }

  @Test
  void mismatchedFileCountsAreRefused() {
    CliRunner r = CliRunner.run("eval", "--gold", GOLD_DIR + "gold.txt", "--pred", GOLD_DIR + "gold.txt", GOLD_DIR + "gold.txt");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err()).contains("--pred names 2 file(s) but --gold names 1");
  }

  @Test
  void retrievalFindsEverySeed001TranslationInBothDirections() throws IOException {
    // Line-parallel version of seed 001: English sentences 3 and 4 render Arabic sentence 3 together.
    var en = Files.readAllLines(Path.of(GOLD_DIR + "en.txt"));
    en.set(3, en.get(3) + " " + en.remove(4));
    Path enFile = Files.write(tmp.resolve("en.txt"), en);
    Path json = tmp.resolve("retrieval.json");
    CliRunner r = CliRunner.run("eval-embeddings", GOLD_DIR + "ar.txt", enFile.toString(), "--json", json.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode score = new ObjectMapper().readTree(json.toFile());
    assertThat(score.get("pairs").asInt()).isEqualTo(7);
    assertThat(score.get("arabicToEnglish").asDouble()).isEqualTo(1.0);
    assertThat(score.get("englishToArabic").asDouble()).isEqualTo(1.0);
  }

  @Test
  void retrievalRefusesFilesThatAreNotLineParallel() {
    CliRunner r = CliRunner.run("eval-embeddings", GOLD_DIR + "ar.txt", GOLD_DIR + "en.txt");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err()).contains("7").contains("8");
  }
}
