package org.qantara.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.qantara.core.align.Aligner;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.align.Link;
import org.qantara.core.align.SyntheticDocument;

/**
 * Time to align one document of N sentences per side with the default parameters, embedding excluded:
 * overlap vectors (dimension 256, runs of up to 4 sentences) of a synthetic document with planted merges,
 * splits and skips are built in setup. Run with {@code bin/bench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
public class AlignerBenchmark {
  private static final int DIMENSION = 256;

  /** Planted links; the sides then have about that many sentences each (1-1 dominates). */
  @Param({"1000", "10000", "50000"})
  public int sentences;

  private SyntheticDocument document;
  private Aligner aligner;

  @Setup(Level.Trial)
  public void setUp() {
    document = SyntheticDocument.generate(sentences, DIMENSION, 0.6, SyntheticDocument.ALL, 42);
    aligner = new Aligner(AlignerParams.defaults());
  }

  @Benchmark
  public List<Link> align() {
    return document.align(aligner);
  }
}
