package org.qantara.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.ModelRegistry;

/** A process killed in the middle of adding documents leaves a corpus of whole documents that opens. */
class CorpusCrashTest {
  @TempDir Path dir;

  @Test
  void killedDuringAddsLeavesWholeDocumentsOnly() throws Exception {
    Path index = dir.resolve("index");
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "-cp", classpath, "--enable-native-access=ALL-UNNAMED",
        CorpusAddChild.class.getName(), index.toString(), "400")
        .redirectError(dir.resolve("child.err").toFile())
        .start();
    int seen = -1;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        seen = Integer.parseInt(line.substring("added ".length()));
        if (seen >= 4) {
          break;
        }
      }
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(seen).as(Files.readString(dir.resolve("child.err"))).isGreaterThanOrEqualTo(4);

    List<String> arabic = Files.readAllLines(CorpusAddChild.AR);
    List<String> english = Files.readAllLines(CorpusAddChild.EN);
    try (Embedder embedder = new ModelRegistry(Path.of("models"), dir.resolve("downloads")).open("builtin-ar-en");
        Corpus corpus = Corpus.open(index, embedder)) {
      CorpusStats stats = corpus.stats();
      Map<String, Long> documents = stats.pairsPerDocument();
      int added = documents.size();
      assertThat(added).isGreaterThanOrEqualTo(seen + 1).isLessThan(400);
      long pairs = 0;
      for (int n = 0; n < added; n++) {
        assertThat(documents).as("documents 0..%d, each whole", added - 1)
            .containsEntry("doc" + n, (long) CorpusAddChild.size(n));
        pairs += CorpusAddChild.size(n);
      }
      assertThat(stats.pairs()).isEqualTo(pairs);
      assertThat(stats.occurrences()).isEqualTo(pairs);
      // The reopened corpus is writable and searchable: the next document goes in whole.
      corpus.add(CorpusAddChild.document(added, arabic, english));
      assertThat(corpus.stats().pairsPerDocument()).containsEntry("doc" + added, (long) CorpusAddChild.size(added));
      assertThat(corpus.search("(" + "\"" + added + ".0\")", SearchFilter.NONE, 0, 5).totalHits()).isPositive();
    }
  }
}
