package org.qantara.core.embed;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What an embedder runs on and may keep: the pool its batches run on (its owner's, so that one session starts
 * one pool however many models it opens; null to start one of its own), how many batches run side by side, and
 * how many floats each of its two caches (sentence vectors, token vectors) may hold.
 */
public record EmbeddingResources(ExecutorService executor, int threads, long cacheFloats) {
  public EmbeddingResources {
    if (threads < 1 || cacheFloats < 0) {
      throw new IllegalArgumentException("threads " + threads + ", cache floats " + cacheFloats);
    }
  }

  /** One worker a core, at most eight: more only contend for memory bandwidth. */
  public static int defaultThreads() {
    return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
  }

  /** A pool of daemon threads, so that an embedder nobody closed does not keep the process alive. */
  public static ExecutorService newPool(int threads, String name) {
    return Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }
}
