package org.qantara.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.qantara.core.Progress;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.align.SentenceVectors;
import org.qantara.core.embed.DjlEmbedder;
import org.qantara.core.embed.EmbeddingResources;
import org.qantara.core.embed.ModelRegistry;

/**
 * Would a batch gain by embedding several documents in one call? Side by side in one JVM, rounds alternating:
 * {@value #DOCUMENTS} news-size documents ({@value #SENTENCES} Tatoeba sentences each, every run of up to
 * {@code maxOverlap} sentences, as the aligner asks for them) embedded as {@code qantara batch} does (two
 * workers sharing one model session, a document a call), or all in a single call (the most batching across
 * documents could give). Each round's sentences get a fresh suffix, so the embedder's cache cannot answer.
 * Measures the process's CPU time as well as wall time: on a machine shared with other work, CPU seconds per
 * document are the figure that compares. With {@code --engines} the model runs through the Hugging Face
 * tokenizer and ONNX Runtime in padded batches, as a transformer would.
 * Run: {@code bin/bench --main EmbeddingAcrossDocuments [MODEL] [ROUNDS] [--engines]}.
 */
public final class EmbeddingAcrossDocuments {
  private static final int DOCUMENTS = 100;
  private static final int SENTENCES = 25;
  private static final int WORKERS = 2;

  private EmbeddingAcrossDocuments() {}

  public static void main(String[] args) throws Exception {
    List<String> options = List.of(args);
    boolean engines = options.contains("--engines");
    List<String> positional = options.stream().filter(a -> !a.startsWith("--")).toList();
    String model = positional.size() > 0 ? positional.get(0) : "builtin-ar-en";
    int rounds = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 15;
    List<String> corpus = new ArrayList<>(Files.readAllLines(Path.of("../shared/dev/tatoeba-ara-eng/dev.ar")));
    corpus.addAll(Files.readAllLines(Path.of("../shared/dev/tatoeba-ara-eng/dev.en")));
    int maxRun = AlignerParams.defaults().maxOverlap();
    var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
    ModelRegistry registry = new ModelRegistry(Path.of("models"), Files.createTempDirectory("qantara-bench"));
    try (DjlEmbedder embedder = engines ? DjlEmbedder.openInEngines(registry.recipe(model),
        Path.of("models", model), EmbeddingResources.defaultThreads()) : registry.open(model)) {
      int warmup = 5;
      int modes = 2;
      double[][] cpu = new double[modes][rounds];
      double[][] wall = new double[modes][rounds];
      for (int round = 0; round < warmup + rounds; round++) {
        for (int mode = 0; mode < modes; mode++) {
          List<List<String>> documents = documents(corpus, round * modes + mode);
          long cpuBefore = os.getProcessCpuTime();
          long wallBefore = System.nanoTime();
          if (mode == 0) {
            onePerCall(documents, embedder, maxRun, workers);
          } else {
            allInOneCall(documents, embedder, maxRun);
          }
          if (round >= warmup) {
            cpu[mode][round - warmup] = (os.getProcessCpuTime() - cpuBefore) / 1e6 / DOCUMENTS;
            wall[mode][round - warmup] = (System.nanoTime() - wallBefore) / 1e6 / DOCUMENTS;
          }
        }
      }
      String[] names = {"a document a call, " + WORKERS + " workers (the batch)", "all documents in one call"};
      for (int mode = 0; mode < modes; mode++) {
        System.out.printf(Locale.ROOT, "%-45s CPU %.3f ms/document (median of %d rounds), wall %.3f ms/document%n",
            names[mode], median(cpu[mode]), rounds, median(wall[mode]));
      }
      System.out.printf(Locale.ROOT, "CPU per document, one call / a call each: %.3f (median of the rounds' ratios)%n",
          medianRatio(cpu[1], cpu[0]));
    } finally {
      workers.shutdownNow();
    }
  }

  /** Fresh documents: consecutive sentences of the corpus, each with the round's suffix. */
  private static List<List<String>> documents(List<String> corpus, int round) {
    List<List<String>> documents = new ArrayList<>(DOCUMENTS);
    for (int d = 0; d < DOCUMENTS; d++) {
      List<String> sentences = new ArrayList<>(SENTENCES);
      for (int s = 0; s < SENTENCES; s++) {
        int i = d * SENTENCES + s;
        sentences.add(corpus.get(i % corpus.size()) + " " + round + "-" + i);
      }
      documents.add(sentences);
    }
    return documents;
  }

  private static void onePerCall(List<List<String>> documents, DjlEmbedder embedder, int maxRun,
      ExecutorService workers) throws Exception {
    List<Future<?>> running = new ArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      int first = w;
      running.add(workers.submit(() -> {
        for (int d = first; d < documents.size(); d += WORKERS) {
          SentenceVectors.embed(documents.get(d), embedder, maxRun, Progress.NONE, "");
        }
      }));
    }
    for (Future<?> worker : running) {
      worker.get();
    }
  }

  private static void allInOneCall(List<List<String>> documents, DjlEmbedder embedder, int maxRun) {
    List<String> texts = new ArrayList<>();
    for (List<String> document : documents) {
      for (int length = 1; length <= maxRun; length++) {
        for (int start = 0; start + length <= document.size(); start++) {
          texts.add(String.join(" ", document.subList(start, start + length)));
        }
      }
    }
    embedder.embedSentences(texts);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double medianRatio(double[] numerators, double[] denominators) {
    double[] ratios = new double[numerators.length];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = numerators[i] / denominators[i];
    }
    return median(ratios);
  }
}
