package org.qantara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.corpus.Corpus;
import org.qantara.core.corpus.CorpusStats;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.pipeline.BatchAlignment;
import org.qantara.core.pipeline.BatchCorpus;

/**
 * A batch killed outright in the middle (a child JVM, destroyForcibly: no shutdown hook runs) and run
 * again does every pair exactly once and ends with the same outputs and corpus as a batch that was never
 * interrupted.
 */
class BatchKillTest {
  private static final Path DOCS = Path.of("../shared/dev/tatoeba-docs");
  private static final int PAIRS = 80;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void aKilledBatchResumesToTheSameOutputsDoingEachPairOnce() throws Exception {
    Path manifest = manifest();
    Path straight = dir.resolve("straight");
    Path killed = dir.resolve("killed");
    String[] options = {"--presegmented", "-f", "tsv", "--combine", "jsonl,moses,index", "--workers", "2"};

    CliRunner uninterrupted = CliRunner.run(args(manifest, straight, options));
    assertThat(uninterrupted.exitCode()).as(uninterrupted.err()).isZero();

    Process child = childBatch(manifest, killed, options);
    Path journal = killed.resolve(BatchAlignment.STATE_FILE);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (lines(journal).size() < 10 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    child.destroyForcibly().waitFor();
    Set<String> doneBeforeKill = ids(lines(journal));
    assertThat(doneBeforeKill).as("killed in the middle").hasSizeBetween(1, PAIRS - 1);

    CliRunner resumed = CliRunner.run(args(manifest, killed, options));
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    int upToDate = doneBeforeKill.size();
    assertThat(resumed.out()).contains(PAIRS + " pair(s): " + (PAIRS - upToDate) + " aligned, " + upToDate + " up to date");
    List<String> journalLines = lines(journal);
    assertThat(journalLines).hasSize(PAIRS); // compacted at the restart, then one line a pair: none done twice
    assertThat(ids(journalLines)).hasSize(PAIRS);

    for (String corpus : List.of("corpus.jsonl", "corpus.ar", "corpus.en")) {
      assertThat(killed.resolve(corpus)).hasSameBinaryContentAs(straight.resolve(corpus));
    }
    // The Lucene corpus holds every finished pair's links, and the same after the kill as straight through
    // (its files differ byte for byte: Lucene names segments and commits afresh in every run).
    try (Corpus once = Corpus.openReadOnly(straight.resolve(BatchCorpus.INDEX), null);
        Corpus twice = Corpus.openReadOnly(killed.resolve(BatchCorpus.INDEX), null)) {
      CorpusStats stats = once.stats();
      assertThat(stats.documents()).isEqualTo(PAIRS);
      assertThat(stats.occurrences()).isEqualTo(Files.readAllLines(straight.resolve("corpus.jsonl")).size());
      assertThat(twice.stats()).isEqualTo(stats);
      assertThat(twice.bitexts(null, null)).isEqualTo(once.bitexts(null, null));
    }
    assertThat(killed.resolve("." + BatchCorpus.INDEX + ".new")).doesNotExist();
    try (Stream<Path> outputs = Files.list(straight)) {
      for (Path output : outputs.filter(p -> p.toString().endsWith(".tsv")).toList()) {
        assertThat(killed.resolve(output.getFileName())).hasSameBinaryContentAs(output);
      }
    }
  }

  private Path manifest() throws IOException {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < PAIRS; i++) {
      String doc = String.format("doc%02d", i % 10);
      rows.append(JSON.writeValueAsString(Map.of("id", "pair-" + i, "ar", Files.readString(DOCS.resolve(doc + ".ar")),
          "en", Files.readString(DOCS.resolve(doc + ".en"))))).append('\n');
    }
    return Files.writeString(dir.resolve("pairs.jsonl"), rows);
  }

  private static String[] args(Path manifest, Path out, String... options) {
    List<String> args = new ArrayList<>(List.of("batch", manifest.toString(), "-o", out.toString()));
    args.addAll(List.of(options));
    return args.toArray(String[]::new);
  }

  private static Process childBatch(Path manifest, Path out, String... options) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "--enable-native-access=ALL-UNNAMED",
        "-D" + ModelRegistry.MODELS_DIR_PROPERTY + "=" + Path.of("models").toAbsolutePath(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args(manifest, out, options)));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> l.endsWith("}")).toList() : List.of();
  }

  private static Set<String> ids(List<String> lines) throws IOException {
    Set<String> ids = new HashSet<>();
    for (String line : lines) {
      ids.add(JSON.readTree(line).path("id").asText());
    }
    return ids;
  }
}
