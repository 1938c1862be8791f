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
import org.qantara.core.embed.CountingEmbedder;
import org.qantara.core.embed.DjlEmbedder;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.EmbeddingQueue;
import org.qantara.core.embed.EmbeddingResources;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.pipeline.AlignmentPipeline;
import org.qantara.core.pipeline.DocumentPair;
import org.qantara.core.pipeline.PairProcessor;
import org.qantara.core.review.ReviewOptions;
import org.qantara.core.text.TextOptions;

/**
 * Does a batch gain by embedding several documents in one call? Side by side in one JVM, rounds alternating:
 * {@value #DOCUMENTS} news-size documents ({@value #SENTENCES} Tatoeba sentences each, every run of up to
 * {@code maxOverlap} sentences, as the aligner asks for them) embedded by {@value #WORKERS} workers (or
 * {@code --workers N}) sharing one
 * model session, a document a call; the same workers through an {@link EmbeddingQueue} in front of the session
 * (the documents asked for while a call runs go in the next call; the session's calls are counted); and all
 * documents in a single call (the most batching across documents could give). Each round's sentences get a fresh
 * suffix, so the embedder's cache cannot answer. Measures the process's CPU time as well as wall time: on a
 * machine shared with other work, CPU seconds per document are the figure that compares. With {@code --engines}
 * the model runs through the Hugging Face tokenizer and ONNX Runtime in padded batches, as a transformer would.
 * The last line says which of the first two {@code qantara batch} and the Spark executor use for this model
 * ({@link EmbeddingQueue#sharing}). With {@code --pairs} the workers do what a batch's workers do, whole pairs
 * ({@value #PAIRS} a round, the Arabic and English of the same {@value #SENTENCES} Tatoeba sentences) aligned
 * — and with {@code --review} reviewed — through a {@link PairProcessor}, straight against through the queue.
 * Run: {@code bin/bench --main EmbeddingAcrossDocuments [MODEL] [ROUNDS] [--engines] [--pairs [--review]]
 * [--workers N]}.
 */
public final class EmbeddingAcrossDocuments {
  private static final int DOCUMENTS = 100;
  private static final int PAIRS = 40;
  private static final int SENTENCES = 25;
  private static final int WORKERS = 2;
  /** One sentence a line. */
  private static final TextOptions LINES = new TextOptions(null, true, false);

  private EmbeddingAcrossDocuments() {}

  public static void main(String[] args) throws Exception {
    List<String> options = List.of(args);
    boolean engines = options.contains("--engines");
    boolean wholePairs = options.contains("--pairs");
    ReviewOptions review = options.contains("--review") ? ReviewOptions.defaults() : null;
    int count = option(options, "--workers", WORKERS);
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--workers")) {
        i++;
      } else if (!args[i].startsWith("--")) {
        positional.add(args[i]);
      }
    }
    String model = positional.size() > 0 ? positional.get(0) : "builtin-ar-en";
    int rounds = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 15;
    List<String> arabic = Files.readAllLines(Path.of("../shared/dev/tatoeba-ara-eng/dev.ar"));
    List<String> english = Files.readAllLines(Path.of("../shared/dev/tatoeba-ara-eng/dev.en"));
    List<String> corpus = new ArrayList<>(arabic);
    corpus.addAll(english);
    AlignerParams params = AlignerParams.defaults();
    int maxRun = params.maxOverlap();
    var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ExecutorService workers = Executors.newFixedThreadPool(count);
    ModelRegistry registry = new ModelRegistry(Path.of("models"), Files.createTempDirectory("qantara-bench"));
    try (DjlEmbedder embedder = engines ? DjlEmbedder.openInEngines(registry.recipe(model),
        Path.of("models", model), EmbeddingResources.defaultThreads()) : registry.open(model)) {
      CountingEmbedder counted = new CountingEmbedder(embedder);
      EmbeddingQueue queue = new EmbeddingQueue(counted);
      PairProcessor straight = new PairProcessor(new AlignmentPipeline(counted, params), review);
      PairProcessor queued = new PairProcessor(new AlignmentPipeline(queue, params), review);
      int warmup = wholePairs ? 3 : 5;
      int perRound = wholePairs ? PAIRS : DOCUMENTS;
      int modes = wholePairs ? 2 : 3;
      long[][] sessionCalls = new long[2][rounds];
      double[][] cpu = new double[modes][rounds];
      double[][] wall = new double[modes][rounds];
      for (int round = 0; round < warmup + rounds; round++) {
        for (int mode = 0; mode < modes; mode++) {
          int fresh = round * modes + mode;
          long cpuBefore = os.getProcessCpuTime();
          long wallBefore = System.nanoTime();
          long callsBefore = counted.calls();
          if (wholePairs) {
            pairByPair(pairs(arabic, english, fresh), mode == 0 ? straight : queued, workers, count);
          } else {
            List<List<String>> documents = documents(corpus, fresh);
            switch (mode) {
              case 0 -> onePerCall(documents, counted, maxRun, workers, count);
              case 1 -> onePerCall(documents, queue, maxRun, workers, count);
              default -> allInOneCall(documents, embedder, maxRun);
            }
          }
          if (round >= warmup) {
            if (mode < 2) {
              sessionCalls[mode][round - warmup] = counted.calls() - callsBefore;
            }
            cpu[mode][round - warmup] = (os.getProcessCpuTime() - cpuBefore) / 1e6 / perRound;
            wall[mode][round - warmup] = (System.nanoTime() - wallBefore) / 1e6 / perRound;
          }
        }
      }
      String unit = wholePairs ? (review == null ? "pair aligned" : "pair aligned and reviewed") : "document";
      String[] names = wholePairs
          ? new String[] {"whole pairs, " + count + " workers (no queue)", count + " workers through the queue"}
          : new String[] {"a document a call, " + count + " workers (no queue)",
              count + " workers through the embedding queue", "all documents in one call"};
      for (int mode = 0; mode < modes; mode++) {
        System.out.printf(Locale.ROOT, "%-45s CPU %.3f ms/%s (median of %d rounds), wall %.3f ms/%s%n",
            names[mode], median(cpu[mode]), unit, rounds, median(wall[mode]), unit);
      }
      System.out.printf(Locale.ROOT, "CPU per %s, queue / no queue: %.3f%s; wall, queue / no queue: %.3f "
          + "(medians of the rounds' ratios)%n", unit, medianRatio(cpu[1], cpu[0]),
          wholePairs ? "" : String.format(Locale.ROOT, ", one call / a call each: %.3f", medianRatio(cpu[2], cpu[0])),
          medianRatio(wall[1], wall[0]));
      System.out.printf(Locale.ROOT, "session calls for %d %ss (median of the rounds): %d without the queue, %d "
          + "through it%n", perRound, wholePairs ? "pair" : "document", median(sessionCalls[0]),
          median(sessionCalls[1]));
      System.out.printf(Locale.ROOT, "%s: gains from larger calls %s, so qantara batch shares it %s%n",
          embedder.modelId(), embedder.gainsFromLargerCalls(),
          EmbeddingQueue.sharing(embedder) instanceof EmbeddingQueue ? "through the queue" : "straight (no queue)");
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

  /** Fresh pairs: the Arabic and English of the same consecutive sentences, each with the round's suffix. */
  private static List<DocumentPair> pairs(List<String> arabic, List<String> english, int round) {
    List<DocumentPair> pairs = new ArrayList<>(PAIRS);
    for (int d = 0; d < PAIRS; d++) {
      StringBuilder ar = new StringBuilder();
      StringBuilder en = new StringBuilder();
      for (int s = 0; s < SENTENCES; s++) {
        int i = d * SENTENCES + s;
        String suffix = " " + round + "-" + i + "\n";
        ar.append(arabic.get(i % arabic.size())).append(suffix);
        en.append(english.get(i % english.size())).append(suffix);
      }
      pairs.add(DocumentPair.fromTexts(ar.toString(), en.toString(), LINES, "pair" + d));
    }
    return pairs;
  }

  private static void pairByPair(List<DocumentPair> pairs, PairProcessor processor, ExecutorService workers,
      int count) throws Exception {
    List<Future<?>> running = new ArrayList<>();
    for (int w = 0; w < count; w++) {
      int first = w;
      running.add(workers.submit(() -> {
        for (int d = first; d < pairs.size(); d += count) {
          processor.process("pair" + d, pairs.get(d));
        }
      }));
    }
    for (Future<?> worker : running) {
      worker.get();
    }
  }

  private static void onePerCall(List<List<String>> documents, Embedder embedder, int maxRun,
      ExecutorService workers, int count) throws Exception {
    List<Future<?>> running = new ArrayList<>();
    for (int w = 0; w < count; w++) {
      int first = w;
      running.add(workers.submit(() -> {
        for (int d = first; d < documents.size(); d += count) {
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

  private static int option(List<String> options, String name, int otherwise) {
    int at = options.indexOf(name);
    return at < 0 ? otherwise : Integer.parseInt(options.get(at + 1));
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
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
