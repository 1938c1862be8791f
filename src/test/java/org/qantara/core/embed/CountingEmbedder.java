package org.qantara.core.embed;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.qantara.core.Progress;

/**
 * A real model with its calls counted: how many sentence and token calls reached it, and how many sentences. A call
 * for sentence vectors with the lengths of their sums ({@link #embedSummable}) counts as a sentence call.
 */
public final class CountingEmbedder implements Embedder {
  private final Embedder model;
  private final boolean givesSums;
  public final AtomicInteger sentenceCalls = new AtomicInteger();
  public final AtomicInteger tokenCalls = new AtomicInteger();
  public final AtomicInteger sentencesEmbedded = new AtomicInteger();

  public CountingEmbedder(Embedder model) {
    this(model, true);
  }

  private CountingEmbedder(Embedder model, boolean givesSums) {
    this.model = model;
    this.givesSums = givesSums;
  }

  /**
   * The model seen as one whose vectors do not sum (as a transformer's): every run of sentences is embedded as its
   * joined text, as Vecalign does.
   */
  public static CountingEmbedder withoutSums(Embedder model) {
    return new CountingEmbedder(model, false);
  }

  /** Calls of either kind. */
  public int calls() {
    return sentenceCalls.get() + tokenCalls.get();
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
    sentenceCalls.incrementAndGet();
    sentencesEmbedded.addAndGet(texts.size());
    return model.embedSentences(texts);
  }

  @Override
  public SummableVectors embedSummable(List<String> texts, Progress progress, String item) {
    if (!givesSums) {
      return null;
    }
    sentenceCalls.incrementAndGet();
    sentencesEmbedded.addAndGet(texts.size());
    return model.embedSummable(texts, progress, item);
  }

  @Override
  public boolean tokenVectorsContextFree() {
    return model.tokenVectorsContextFree();
  }

  @Override
  public List<TokenVectors> embedTokens(List<String> texts) {
    tokenCalls.incrementAndGet();
    return model.embedTokens(texts);
  }

  /** The model belongs to whoever opened it. */
  @Override
  public void close() {}
}
