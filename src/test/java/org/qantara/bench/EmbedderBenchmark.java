package org.qantara.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.qantara.core.embed.DjlEmbedder;
import org.qantara.core.embed.EmbeddingResources;
import org.qantara.core.embed.ModelRegistry;

/**
 * Sentence embedding throughput and model load time of a registry model (default: the built-in one), on
 * the Tatoeba development sentences (both languages). Every invocation embeds texts never seen before, so
 * the embedder's cache cannot answer: each sentence gets a fresh numeric suffix. Run with
 * {@code bin/bench EmbedderBenchmark} (both engines side by side; {@code -p engine=java} for one).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EmbedderBenchmark {
  private static final int SENTENCES_PER_INVOCATION = 10_000;

  @Param({"builtin-ar-en"})
  public String model;

  /**
   * "java": as the application opens it (a static model runs in Java); "engines": through the Hugging Face
   * tokenizer and ONNX Runtime whatever the model, the reference to compare with.
   */
  @Param({"java", "engines"})
  public String engine;

  private ModelRegistry registry;
  private DjlEmbedder embedder;
  private List<String> corpus;
  private long round;
  private List<String> batch;

  @Setup(Level.Trial)
  public void open() throws IOException {
    registry = new ModelRegistry(Path.of("models"), Files.createTempDirectory("qantara-bench"));
    embedder = openModel();
    corpus = new ArrayList<>(Files.readAllLines(Path.of("../shared/dev/tatoeba-ara-eng/dev.ar")));
    corpus.addAll(Files.readAllLines(Path.of("../shared/dev/tatoeba-ara-eng/dev.en")));
  }

  private DjlEmbedder openModel() {
    return engine.equals("engines")
        ? DjlEmbedder.openInEngines(registry.recipe(model), registry.resolve(model), EmbeddingResources.defaultThreads())
        : registry.open(model);
  }

  @Setup(Level.Invocation)
  public void freshTexts() {
    round++;
    batch = new ArrayList<>(SENTENCES_PER_INVOCATION);
    for (int i = 0; i < SENTENCES_PER_INVOCATION; i++) {
      batch.add(corpus.get(i % corpus.size()) + " " + (round * SENTENCES_PER_INVOCATION + i));
    }
  }

  @TearDown(Level.Trial)
  public void close() {
    embedder.close();
  }

  /** Sentences per second (the score is per sentence, not per call). */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OperationsPerInvocation(SENTENCES_PER_INVOCATION)
  @Warmup(iterations = 2, time = 5)
  @Measurement(iterations = 3, time = 10)
  public float[][] embedSentences() {
    return embedder.embedSentences(batch);
  }

  /** Seconds to open the model (tokenizer, ONNX session, warm-up run) and close it again. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 1)
  @Measurement(iterations = 5)
  public String loadModel() {
    try (DjlEmbedder loaded = openModel()) {
      return loaded.modelId();
    }
  }
}
