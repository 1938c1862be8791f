package org.qantara.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.qantara.core.corpus.Corpus;
import org.qantara.core.corpus.SearchFilter;
import org.qantara.core.edit.ReviewStatus;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.embed.Vectors;
import org.qantara.core.formats.Bitext;
import org.qantara.core.formats.BitextUnit;

/**
 * The corpus at scale with the built-in model, in one process (the corpus is built once, then queried): the
 * indexing rate of one {@code addAll} of every document into a new corpus (vectors included: the texts are
 * embedded by the add, nothing is cached beforehand), then the latency of keyword (concordance, first page
 * of 10 with highlighting) and vector (10 nearest pairs, query embedding included) queries, p50 / p95 over
 * many queries after a warm-up. Wall time and CPU time are both printed: on a shared machine the CPU time
 * is the steadier figure. Last, the recall of the vector query against exact search. Pair i joins Tatoeba dev sentence i mod 500 with sentence (i / 500) mod 500 on
 * each side, in documents of 1,000 pairs. Run with {@code bin/bench-corpus [PAIRS]} (docs/BENCHMARKS.md).
 */
public final class CorpusScale {
  private static final int DOCUMENT_SIZE = 1000;
  private static final int WARM_UP = 200;
  private static final int MEASURED = 1000;

  private CorpusScale() {}

  public static void main(String[] args) throws IOException {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<String> arabic = Files.readAllLines(Path.of("../shared/dev/tatoeba-ara-eng/dev.ar"));
    List<String> english = Files.readAllLines(Path.of("../shared/dev/tatoeba-ara-eng/dev.en"));
    Path dir = Files.createTempDirectory("qantara-corpus-scale");
    try (Embedder embedder = new ModelRegistry(Path.of("models"), dir.resolve("downloads")).open("builtin-ar-en")) {
      List<Bitext> documents = documents(pairs, arabic, english, embedder.modelId());
      System.out.printf(Locale.ROOT, "%,d pairs in %d documents; %d cores; load average %.1f%n", pairs,
          documents.size(), Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage());
      try (Corpus corpus = Corpus.open(dir.resolve("index"), embedder)) {
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        corpus.addAll(documents);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        System.out.printf(Locale.ROOT, "indexing: %.1f s wall, %.1f s CPU -> %,.0f pairs/s (%,.0f pairs per CPU-second); "
            + "%,d distinct pairs; load average %.1f%n", seconds, cpuSeconds, pairs / seconds, pairs / cpuSeconds,
            corpus.stats().pairs(), os.getSystemLoadAverage());

        List<String> words = List.of("بالقاعدة", "الكتاب", "مدرسة", "\"I don't know\"", "house", "Tom AND Mary",
            "water OR coffee", "يحب");
        latency("keyword", k -> corpus.search(words.get(k % words.size()), SearchFilter.NONE, 0, 10), os);
        List<String> sentences = new ArrayList<>();
        for (int k = 0; k < 100; k++) {
          sentences.add(k % 2 == 0 ? arabic.get(k * 5) : english.get(k * 5));
        }
        latency("vector", k -> corpus.nearest(sentences.get(k % sentences.size()), 10, SearchFilter.NONE, null), os);
        recall(corpus, embedder, documents, sentences);
      }
    } finally {
      delete(dir);
    }
  }

  private static List<Bitext> documents(int pairs, List<String> arabic, List<String> english, String modelId) {
    List<Bitext> documents = new ArrayList<>();
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
      documents.add(new Bitext(id, modelId, units));
    }
    return documents;
  }

  /** Runs the query WARM_UP times, then MEASURED times, and prints the wall-time percentiles and the CPU. */
  private static void latency(String kind, IntConsumer query, OperatingSystemMXBean os) {
    for (int k = 0; k < WARM_UP; k++) {
      query.accept(k);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] nanos = new long[MEASURED];
    long cpu = os.getProcessCpuTime();
    long callerCpu = threads.getCurrentThreadCpuTime();
    for (int k = 0; k < MEASURED; k++) {
      long start = System.nanoTime();
      query.accept(k);
      nanos[k] = System.nanoTime() - start;
    }
    double processCpuMs = (os.getProcessCpuTime() - cpu) / 1e6 / MEASURED;
    double callerCpuMs = (threads.getCurrentThreadCpuTime() - callerCpu) / 1e6 / MEASURED;
    Arrays.sort(nanos);
    System.out.printf(Locale.ROOT, "%s query: p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d; CPU per query %.1f ms "
        + "(process), %.1f ms (calling thread); load average %.1f%n", kind, nanos[MEASURED / 2] / 1e6,
        nanos[(int) (MEASURED * 0.95)] / 1e6, nanos[MEASURED - 1] / 1e6, MEASURED, processCpuMs, callerCpuMs,
        os.getSystemLoadAverage());
  }

  /**
   * How many of the 10 pairs the vector query returns are among the exact 10 nearest, averaged over the query
   * sentences: exact = every pair's two sides compared with the sentence by brute force (the cosine of the nearer
   * side, as the query reports it); a pair as near as the exact tenth counts too (many pairs tie, sharing a
   * sentence).
   */
  private static void recall(Corpus corpus, Embedder embedder, List<Bitext> documents, List<String> sentences) {
    List<BitextUnit> units = documents.stream().flatMap(d -> d.units().stream()).toList();
    float[][] arabic = embedder.embedSentences(units.stream().map(BitextUnit::arabic).toList());
    float[][] english = embedder.embedSentences(units.stream().map(BitextUnit::english).toList());
    float[][] queries = embedder.embedSentences(sentences);
    Map<String, Integer> index = new HashMap<>();
    for (int u = 0; u < units.size(); u++) {
      index.put(units.get(u).arabic() + "\t" + units.get(u).english(), u);
    }
    double found = 0;
    for (int q = 0; q < queries.length; q++) {
      float[] query = queries[q];
      double[] similarity = new double[units.size()];
      for (int u = 0; u < units.size(); u++) {
        similarity[u] = Math.max(Vectors.dot(query, arabic[u]), Vectors.dot(query, english[u]));
      }
      double tenth = Arrays.stream(similarity).map(x -> -x).sorted().skip(9).findFirst().orElseThrow();
      found += corpus.nearest(sentences.get(q), 10, SearchFilter.NONE, null).stream()
          .filter(hit -> similarity[index.get(hit.arabic() + "\t" + hit.english())] >= -tenth - 1e-6).count();
    }
    System.out.printf(Locale.ROOT, "vector query recall@10 against exact search: %.3f over %d queries%n",
        found / (10.0 * queries.length), queries.length);
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
