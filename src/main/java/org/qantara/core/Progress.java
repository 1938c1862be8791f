package org.qantara.core;

import java.util.concurrent.CancellationException;

/**
 * Listens to a long task (embedding, aligning, reviewing, downloading) and may stop it. The core reports
 * between batches and between the stages of the alignment; each shell shows it its own way (the command line
 * draws a bar, a window a progress bar, a cluster task nothing). The task stops with {@link Cancelled} at the
 * next report once {@link #cancelled()} says so or the thread has been interrupted.
 */
public interface Progress {

  /** The parts of a task, in the order a review goes through them. */
  enum Stage {
    DOWNLOADING,
    EMBEDDING,
    ALIGNING,
    REVIEWING
  }

  /** Reports nothing and never cancels. */
  Progress NONE = (stage, item, done, total) -> {};

  /**
   * {@code done} of {@code total} units of {@code stage} are finished (texts embedded, alignment levels
   * solved, links reviewed, bytes downloaded); {@code item} names what is worked on (a document, a file).
   */
  void update(Stage stage, String item, long done, long total);

  /** Whether the task should stop (a Cancel button); interruption of the working thread counts as well. */
  default boolean cancelled() {
    return false;
  }

  /** Stops the task, with {@link Cancelled}, when it has been cancelled or its thread interrupted. */
  default void checkpoint() {
    if (cancelled() || Thread.currentThread().isInterrupted()) {
      throw new Cancelled();
    }
  }

  /** Reports and then stops the task if it has been cancelled: what the core calls between batches. */
  default void step(Stage stage, String item, long done, long total) {
    update(stage, item, done, total);
    checkpoint();
  }

  /** A task stopped because it was cancelled; nothing it would have returned exists. */
  final class Cancelled extends CancellationException {
    private static final long serialVersionUID = 1L;

    public Cancelled() {
      super("cancelled");
    }
  }
}
