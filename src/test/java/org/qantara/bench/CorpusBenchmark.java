package org.qantara.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.qantara.core.corpus.Corpus;
import org.qantara.core.corpus.CorpusHit;
import org.qantara.core.corpus.SearchFilter;
import org.qantara.core.corpus.SearchPage;
import org.qantara.core.edit.ReviewStatus;
import org.qantara.core.embed.DjlEmbedder;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.formats.Bitext;
import org.qantara.core.formats.BitextUnit;

/**
 * The corpus at scale with the built-in model: indexing rate (one single-shot add of every document, each
 * its own commit, vectors included) and query latency percentiles for a keyword (concordance) query and a
 * vector (nearest pairs) query on the same corpus. The pairs are made from the Tatoeba dev sentences:
 * pair i joins sentence i mod 500 with sentence (i / 500) mod 500 on both sides, in documents of 1,000
 * pairs. Run with {@code bin/bench CorpusBenchmark} (figures in docs/BENCHMARKS.md).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector", "-Xmx3g"})
public class CorpusBenchmark {
  private static final int DOCUMENT_SIZE = 1000;

  @Param({"100000"})
  public int pairs;

  private DjlEmbedder embedder;
  private List<Bitext> documents;
  private List<String> queryWords;
  private List<String> querySentences;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    embedder = new ModelRegistry(Path.of("models"), Files.createTempDirectory("qantara-bench")).open("builtin-ar-en");
    List<String> arabic = Files.readAllLines(Path.of("../shared/dev/tatoeba-ara-eng/dev.ar"));
    List<String> english = Files.readAllLines(Path.of("../shared/dev/tatoeba-ara-eng/dev.en"));
    documents = new ArrayList<>();
    for (int start = 0; start < pairs; start += DOCUMENT_SIZE) {
      List<BitextUnit> units = new ArrayList<>();
      String id = "doc" + start / DOCUMENT_SIZE;
      for (int i = start; i < Math.min(pairs, start + DOCUMENT_SIZE); i++) {
        int a = i % arabic.size();
        int b = (i / arabic.size()) % arabic.size();
        units.add(new BitextUnit(id, i - start, List.of(i - start), List.of(i - start),
            arabic.get(a) + " " + arabic.get(b), english.get(a) + " " + english.get(b), 0.5 + (i % 50) / 100.0,
            List.of(), ReviewStatus.UNREVIEWED));
      }
      documents.add(new Bitext(id, embedder.modelId(), units));
    }
    queryWords = List.of("بالقاعدة", "الكتاب", "مدرسة", "\"I don't know\"", "house", "Tom AND Mary", "water OR coffee", "يحب");
    querySentences = new ArrayList<>();
    for (int k = 0; k < 100; k++) {
      querySentences.add(k % 2 == 0 ? arabic.get(k * 5) : english.get(k * 5));
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    embedder.close();
  }

  /** The corpus the queries run on, built once per fork of a query benchmark. */
  @State(Scope.Benchmark)
  public static class Built {
    Path dir;
    Corpus corpus;

    @Setup(Level.Trial)
    public void build(CorpusBenchmark bench) throws IOException {
      dir = Files.createTempDirectory("qantara-corpus-bench");
      corpus = Corpus.open(dir.resolve("index"), bench.embedder);
      corpus.addAll(bench.documents);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      corpus.close();
      delete(dir);
    }
  }

  /** All documents into a new corpus: divide the pairs by the time for the rate. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public long indexEveryDocument() throws IOException {
    Path dir = Files.createTempDirectory("qantara-corpus-index");
    try (Corpus corpus = Corpus.open(dir.resolve("index"), embedder)) {
      corpus.addAll(documents);
      return corpus.stats().pairs();
    } finally {
      delete(dir);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @Warmup(iterations = 1, time = 5)
  @Measurement(iterations = 2, time = 10)
  public SearchPage keywordQuery(Built built) {
    String query = queryWords.get(ThreadLocalRandom.current().nextInt(queryWords.size()));
    return built.corpus.search(query, SearchFilter.NONE, 0, 10);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @Warmup(iterations = 1, time = 5)
  @Measurement(iterations = 2, time = 10)
  public List<CorpusHit> vectorQuery(Built built) {
    String sentence = querySentences.get(ThreadLocalRandom.current().nextInt(querySentences.size()));
    return built.corpus.nearest(sentence, 10, SearchFilter.NONE, null);
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
