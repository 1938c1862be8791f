package org.qantara.core.embed.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.qantara.core.embed.DjlEmbedder;
import org.qantara.core.embed.ModelRegistry;

/**
 * How well and how fast a registry model matches the 500 Tatoeba Arabic–English dev pairs: each Arabic
 * sentence should be closest to its own English one (precision at 1, both directions). Not a unit test;
 * run it by hand against a model you have pulled or built:
 *
 * <pre>
 * mvn -q -o -Dqantara.buildDir=target-embed test-compile dependency:build-classpath -Dmdep.outputFile=target-embed/cp.txt
 * java -cp target-embed/classes:target-embed/test-classes:$(cat target-embed/cp.txt) \
 *     org.qantara.core.embed.bench.EmbedderRetrievalBench MODEL [threads]
 * </pre>
 */
public final class EmbedderRetrievalBench {
  private static final Path DEV = Path.of("../shared/dev/tatoeba-ara-eng");

  private EmbedderRetrievalBench() {}

  public static void main(String[] args) throws IOException {
    String name = args.length > 0 ? args[0] : "builtin-ar-en";
    ModelRegistry registry = ModelRegistry.fromEnvironment();
    List<String> arabic = Files.readAllLines(DEV.resolve("dev.ar"));
    List<String> english = Files.readAllLines(DEV.resolve("dev.en"));
    long loadStart = System.nanoTime();
    DjlEmbedder embedder = args.length > 1
        ? DjlEmbedder.open(registry.recipe(name), registry.resolve(name), Integer.parseInt(args[1]))
        : registry.open(name);
    try (embedder) {
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      long start = System.nanoTime();
      float[][] ar = embedder.embedSentences(arabic);
      float[][] en = embedder.embedSentences(english);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "%s: load %.2f s, %d sentences in %.2f s (%.0f/s), P@1 ar->en %.3f, en->ar %.3f%n",
          embedder.modelId(), loadSeconds, ar.length + en.length, seconds, (ar.length + en.length) / seconds,
          precisionAtOne(ar, en), precisionAtOne(en, ar));
    }
  }

  private static double precisionAtOne(float[][] queries, float[][] candidates) {
    int hits = 0;
    for (int q = 0; q < queries.length; q++) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < candidates.length; c++) {
        double score = 0;
        for (int d = 0; d < queries[q].length; d++) {
          score += queries[q][d] * candidates[c][d];
        }
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      hits += best == q ? 1 : 0;
    }
    return (double) hits / queries.length;
  }
}
