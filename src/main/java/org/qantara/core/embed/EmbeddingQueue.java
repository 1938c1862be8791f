package org.qantara.core.embed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.qantara.core.Progress;

/**
 * One model session shared by threads that each work on a document (a batch's workers, a Spark executor's
 * tasks): the texts they ask for while the session is busy wait in a queue, and the next call takes them all
 * at once, so the session embeds the documents in flight in one batched call instead of one call a document.
 * Each thread gets back exactly its own texts' results, in its order. Worth it only for a session whose calls
 * amortise ({@link Embedder#gainsFromLargerCalls()}: a model run by ONNX Runtime); {@link #sharing} leaves any
 * other session as it is, because a queue would only make its calls wait for each other. A model whose texts do
 * not depend on each other in a batch (the built-in model, in Java or through ONNX Runtime, whose graph is a table
 * look-up) gives bit for bit what a call a document gives; a transformer run by ONNX Runtime pads a text to the
 * longest of its batch, which can move its last bits, as the session's cache already does by taking texts out
 * of a batch. Calls of the session run one at a time (the session spreads each over its own pool); a thread that
 * finds no call running makes one at once, with whatever is waiting: there is no timer. When a gathered call
 * fails, each document's texts are tried again alone, so one bad document fails alone. Closing the queue leaves
 * the session open: its owner closes it.
 */
public final class EmbeddingQueue implements Embedder {
  private final Embedder session;
  private final Gatherer<float[]> sentences;
  private final Gatherer<TokenVectors> tokens;

  /**
   * The session as threads working side by side should share it: behind a queue when its calls amortise, as it
   * is otherwise.
   */
  public static Embedder sharing(Embedder session) {
    return session.gainsFromLargerCalls() ? new EmbeddingQueue(session) : session;
  }

  public EmbeddingQueue(Embedder session) {
    this.session = session;
    this.sentences = new Gatherer<>(texts -> Arrays.asList(session.embedSentences(texts)));
    this.tokens = new Gatherer<>(session::embedTokens);
  }

  @Override
  public String modelId() {
    return session.modelId();
  }

  @Override
  public String filesChecksum() {
    return session.filesChecksum();
  }

  @Override
  public int dimension() {
    return session.dimension();
  }

  @Override
  public boolean gainsFromLargerCalls() {
    return session.gainsFromLargerCalls();
  }

  @Override
  public float[][] embedSentences(List<String> texts) {
    return sentences.embed(texts).toArray(float[][]::new);
  }

  @Override
  public boolean tokenVectorsContextFree() {
    return session.tokenVectorsContextFree();
  }

  @Override
  public List<TokenVectors> embedTokens(List<String> texts) {
    return tokens.embed(texts);
  }

  /** Leaves the session open: the queue only borrows it. */
  @Override
  public void close() {}

  /** One thread's texts: waiting, then taken into a call, then answered (its results or the call's failure). */
  private static final class Request<R> {
    final List<String> texts;
    List<R> results;
    RuntimeException failure;
    /** The gathered call failed: this request is to be made again on its own, by its own thread. */
    boolean alone;

    Request(List<String> texts) {
      this.texts = texts;
    }

    boolean answered() {
      return results != null || failure != null || alone;
    }
  }

  /** The queue of one kind of result (sentence vectors or token vectors). */
  private static final class Gatherer<R> {
    private final Function<List<String>, List<R>> call;
    private final ArrayDeque<Request<R>> waiting = new ArrayDeque<>();
    /** Whether a call of the session runs now; guarded by this. */
    private boolean calling;

    Gatherer(Function<List<String>, List<R>> call) {
      this.call = call;
    }

    List<R> embed(List<String> texts) {
      if (texts.isEmpty()) {
        return List.of();
      }
      Request<R> mine = new Request<>(texts);
      List<Request<R>> taken;
      synchronized (this) {
        waiting.add(mine);
        while (calling && !mine.answered()) {
          try {
            wait();
          } catch (InterruptedException e) {
            if (waiting.remove(mine)) {
              Thread.currentThread().interrupt();
              throw new Progress.Cancelled();
            }
            // Taken into a call already: its answer comes; the interrupt is kept for the caller to see.
            Thread.currentThread().interrupt();
          }
        }
        if (!mine.answered()) {
          // No call runs: make one with every request waiting, this one among them.
          calling = true;
          taken = new ArrayList<>(waiting);
          waiting.clear();
        } else {
          taken = List.of();
        }
      }
      if (!taken.isEmpty()) {
        callFor(taken);
      }
      if (mine.alone) {
        return call.apply(texts);
      }
      if (mine.failure != null) {
        throw mine.failure;
      }
      return mine.results;
    }

    /** Makes one call for the requests and answers each; then lets the next waiting thread make the next call. */
    private void callFor(List<Request<R>> taken) {
      List<String> all = new ArrayList<>();
      taken.forEach(request -> all.addAll(request.texts));
      List<R> results = null;
      RuntimeException failure = null;
      try {
        results = call.apply(all);
        if (results.size() != all.size()) {
          failure = new IllegalStateException("the model session returned " + results.size() + " results for "
              + all.size() + " texts");
        }
      } catch (RuntimeException e) {
        failure = e;
      } finally {
        synchronized (this) {
          int from = 0;
          for (Request<R> request : taken) {
            int to = from + request.texts.size();
            if (failure == null && results != null) {
              // A copy, so that no thread's results keep the other documents' alive.
              request.results = new ArrayList<>(results.subList(from, to));
            } else if (failure != null && taken.size() == 1) {
              request.failure = failure;
            } else {
              request.alone = true; // the gathered call failed (or an Error is on its way up): each tries alone
            }
            from = to;
          }
          calling = false;
          notifyAll();
        }
      }
    }
  }
}
