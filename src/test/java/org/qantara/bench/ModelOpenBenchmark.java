package org.qantara.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.qantara.core.embed.DjlEmbedder;
import org.qantara.core.embed.ModelRegistry;

/**
 * What a user waits for when a command starts: the first open of the model in a fresh JVM (native
 * libraries loaded, ONNX environment created, tokenizer parsed) and one embedding. One measurement per
 * fork, each fork a new JVM: run with {@code bin/bench ModelOpenBenchmark -f 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class ModelOpenBenchmark {
  @Param({"builtin-ar-en"})
  public String model;

  @Benchmark
  public float[][] firstOpenInFreshJvm() throws IOException {
    ModelRegistry registry = new ModelRegistry(Path.of("models"), Files.createTempDirectory("qantara-bench"));
    try (DjlEmbedder embedder = registry.open(model)) {
      return embedder.embedSentences(java.util.List.of("قنطرة", "bridge"));
    }
  }
}
