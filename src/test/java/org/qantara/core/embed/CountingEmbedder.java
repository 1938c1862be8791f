package org.qantara.core.embed;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A real model with its calls counted: how many sentence and token calls reached it, and how many sentences. */
public final class CountingEmbedder implements Embedder {
  private final Embedder model;
  public final AtomicInteger sentenceCalls = new AtomicInteger();
  public final AtomicInteger tokenCalls = new AtomicInteger();
  public final AtomicInteger sentencesEmbedded = new AtomicInteger();

  public CountingEmbedder(Embedder model) {
    this.model = model;
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
  public List<TokenVectors> embedTokens(List<String> texts) {
    tokenCalls.incrementAndGet();
    return model.embedTokens(texts);
  }

  /** The model belongs to whoever opened it. */
  @Override
  public void close() {}
}
