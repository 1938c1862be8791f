package org.qantara.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queue on the built-in model and on a model run by ONNX Runtime: documents asked for at once share one call,
 * and each gets its own vectors.
 */
class EmbeddingQueueTest {
  private static DjlEmbedder model;

  @TempDir Path dir;

  @BeforeAll
  static void open() {
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, Path.of("models").toAbsolutePath().toString());
    model = ModelRegistry.fromEnvironment().open("builtin-ar-en");
  }

  @AfterAll
  static void close() {
    model.close();
  }

  /** A real model, with every call's texts written down; the first call waits until it is let go. */
  private static final class WatchedSession implements Embedder {
    final Embedder model;
    final List<List<String>> calls = Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch letGo = new CountDownLatch(1);
    final CountDownLatch firstCallStarted = new CountDownLatch(1);
    String failOn;

    WatchedSession(Embedder model) {
      this.model = model;
    }

    private void called(List<String> texts) {
      calls.add(List.copyOf(texts));
      firstCallStarted.countDown();
      try {
        letGo.await();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      if (failOn != null && texts.contains(failOn)) {
        throw new IllegalStateException("cannot embed " + failOn);
      }
    }

    @Override
    public String modelId() {
      return model.modelId();
    }

    @Override
    public int dimension() {
      return model.dimension();
    }

    @Override
    public float[][] embedSentences(List<String> texts) {
      called(texts);
      return model.embedSentences(texts);
    }

    @Override
    public List<TokenVectors> embedTokens(List<String> texts) {
      called(texts);
      return model.embedTokens(texts);
    }

    @Override
    public void close() {}
  }

  private static List<List<String>> documents() throws Exception {
    List<String> arabic = Files.readAllLines(Path.of("../shared/dev/tatoeba-docs/doc03.ar"));
    List<String> english = Files.readAllLines(Path.of("../shared/dev/tatoeba-docs/doc03.en"));
    return List.of(arabic.subList(0, 12), english.subList(0, 12), arabic.subList(12, 20), english.subList(12, 20));
  }

  /** Starts the first document, waits until its call runs, then the others, waits until they all wait. */
  private static List<Future<float[][]>> askAtOnce(ExecutorService threads, EmbeddingQueue queue,
      WatchedSession session, List<List<String>> documents) throws Exception {
    List<Future<float[][]>> answers = new ArrayList<>();
    answers.add(threads.submit(() -> queue.embedSentences(documents.get(0))));
    assertThat(session.firstCallStarted.await(30, TimeUnit.SECONDS)).isTrue();
    List<Thread> waiting = Collections.synchronizedList(new ArrayList<>());
    for (List<String> document : documents.subList(1, documents.size())) {
      answers.add(threads.submit(() -> {
        waiting.add(Thread.currentThread());
        return queue.embedSentences(document);
      }));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (waiting.size() < documents.size() - 1
        || !waiting.stream().allMatch(t -> t.getState() == Thread.State.WAITING)) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(5);
    }
    session.letGo.countDown();
    return answers;
  }

  @Test
  void documentsAskedForWhileACallRunsShareTheNextCallAndGetTheirOwnVectors() throws Exception {
    List<List<String>> documents = documents();
    WatchedSession session = new WatchedSession(model);
    EmbeddingQueue queue = new EmbeddingQueue(session);
    ExecutorService threads = Executors.newFixedThreadPool(documents.size());
    try {
      List<Future<float[][]>> answers = askAtOnce(threads, queue, session, documents);
      for (int d = 0; d < documents.size(); d++) {
        // Bit for bit what a call for the document alone gives.
        assertThat(answers.get(d).get(30, TimeUnit.SECONDS)).isDeepEqualTo(model.embedSentences(documents.get(d)));
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(session.calls).hasSize(2);
    assertThat(session.calls.get(0)).isEqualTo(documents.get(0));
    List<String> rest = documents.subList(1, documents.size()).stream().flatMap(List::stream).toList();
    assertThat(session.calls.get(1)).containsExactlyInAnyOrderElementsOf(rest);
  }

  @Test
  void aDocumentTheSessionCannotEmbedFailsAloneWhenItsCallWasShared() throws Exception {
    List<List<String>> documents = documents();
    WatchedSession session = new WatchedSession(model);
    session.failOn = documents.get(2).get(3);
    EmbeddingQueue queue = new EmbeddingQueue(session);
    ExecutorService threads = Executors.newFixedThreadPool(documents.size());
    try {
      List<Future<float[][]>> answers = askAtOnce(threads, queue, session, documents);
      assertThat(answers.get(1).get(30, TimeUnit.SECONDS)).isDeepEqualTo(model.embedSentences(documents.get(1)));
      assertThat(answers.get(3).get(30, TimeUnit.SECONDS)).isDeepEqualTo(model.embedSentences(documents.get(3)));
      assertThatThrownBy(() -> answers.get(2).get(30, TimeUnit.SECONDS))
          .hasRootCauseMessage("cannot embed " + documents.get(2).get(3));
    } finally {
      threads.shutdownNow();
    }
    // The shared call failed, then each of its documents was asked for alone.
    assertThat(session.calls).hasSize(5);
  }

  @Test
  void throughOnnxRuntimeTheDocumentsInFlightShareOneRunAndGetWhatACallAloneGives() throws Exception {
    ModelRecipe recipe = TinyModel.writeTo(dir, ModelRecipe.Pooling.MEAN);
    List<List<String>> documents = List.of(List.of("cat house", "dog"), List.of("قطة بيت", "كلب", "قطة"),
        List.of("house dog cat", "بيت"), List.of("كلب قطة بيت", "dog dog", "cat"));
    try (DjlEmbedder tiny = DjlEmbedder.open(recipe, dir, 2)) {
      assertThat(tiny.runsInJava()).isFalse(); // its tokenizer is not WordPiece: ONNX Runtime runs it
      WatchedSession session = new WatchedSession(tiny);
      EmbeddingQueue queue = new EmbeddingQueue(session);
      ExecutorService threads = Executors.newFixedThreadPool(documents.size());
      try {
        List<Future<float[][]>> answers = askAtOnce(threads, queue, session, documents);
        for (int d = 0; d < documents.size(); d++) {
          assertThat(answers.get(d).get(30, TimeUnit.SECONDS)).isDeepEqualTo(tiny.embedSentences(documents.get(d)));
        }
      } finally {
        threads.shutdownNow();
      }
      // Four documents, two calls of the session: the three asked for during the first went in one.
      assertThat(session.calls).hasSize(2);
      assertThat(session.calls.get(1)).hasSize(8);
    }
  }

  @Test
  void onlyASessionWhoseCallsAmortiseIsSharedThroughAQueue() {
    ModelRecipe recipe = TinyModel.writeTo(dir, ModelRecipe.Pooling.MEAN);
    try (DjlEmbedder tiny = DjlEmbedder.open(recipe, dir, 1)) {
      assertThat(tiny.gainsFromLargerCalls()).isTrue();
      assertThat(EmbeddingQueue.sharing(tiny)).isInstanceOf(EmbeddingQueue.class);
      assertThat(EmbeddingQueue.sharing(tiny).gainsFromLargerCalls()).isTrue();
    }
    // The built-in model in Java embeds each text on its own: a queue would only make its calls wait.
    assertThat(model.runsInJava()).isTrue();
    assertThat(model.gainsFromLargerCalls()).isFalse();
    assertThat(EmbeddingQueue.sharing(model)).isSameAs(model);
  }

  @Test
  void tokenVectorsComeBackPerDocumentToo() throws Exception {
    List<List<String>> documents = documents();
    EmbeddingQueue queue = new EmbeddingQueue(model);
    ExecutorService threads = Executors.newFixedThreadPool(documents.size());
    try {
      List<Future<List<TokenVectors>>> answers = new ArrayList<>();
      for (List<String> document : documents) {
        answers.add(threads.submit(() -> queue.embedTokens(document)));
      }
      for (int d = 0; d < documents.size(); d++) {
        List<TokenVectors> got = answers.get(d).get(30, TimeUnit.SECONDS);
        List<TokenVectors> alone = model.embedTokens(documents.get(d));
        assertThat(got).hasSize(alone.size());
        for (int i = 0; i < got.size(); i++) {
          assertThat(got.get(i).vectors()).isDeepEqualTo(alone.get(i).vectors());
        }
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(queue.embedSentences(List.of())).isEmpty();
    assertThat(queue.modelId()).isEqualTo(model.modelId());
  }
}
