package org.qantara.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.qantara.core.Progress;
import org.qantara.core.embed.HubDownloader;
import org.qantara.core.embed.ModelRecipe;
import org.qantara.core.embed.ModelRegistry;

/**
 * Downloads one model through the registry's pull (what {@code qantara models pull} runs: resumable,
 * checksum-verified, the model recorded only once every file is in place), reporting each file's bytes and
 * stopping at the next chunk once {@link #cancel()} is called. A cancelled or failed download leaves the
 * model not downloaded; what arrived stays in the {@code .part} file the next pull resumes from.
 */
final class ModelDownload {

  /** How a download ended. */
  sealed interface Outcome {
    String model();

    record Installed(String model, Path dir) implements Outcome {}

    record Cancelled(String model) implements Outcome {}

    record Failed(String model, Throwable error) implements Outcome {}
  }

  /** Told how far the download got, on the downloading thread. */
  interface Listener {
    void progressed(ModelManagerModel.Transfer transfer);
  }

  private final ModelRegistry registry;
  private final Function<Progress, HubDownloader> downloaders;
  private volatile boolean cancelled;
  private volatile Thread worker;

  /** @param downloaders a hub downloader reporting to the given progress (the environment's hub in the window) */
  ModelDownload(ModelRegistry registry, Function<Progress, HubDownloader> downloaders) {
    this.registry = registry;
    this.downloaders = downloaders;
  }

  /** The hub the environment names ({@link HubDownloader#fromEnvironment}), online. */
  static ModelDownload fromEnvironment(ModelRegistry registry) {
    return new ModelDownload(registry, progress -> HubDownloader.fromEnvironment(false, progress));
  }

  /**
   * Downloads {@code model} on the calling thread (a worker, never the event thread) and says how it ended;
   * it throws nothing.
   *
   * @param allowUnpinned trust the first download of files the recipe pins no checksum for, and record it
   */
  Outcome run(String model, boolean allowUnpinned, Listener listener) {
    cancelled = false;
    worker = Thread.currentThread();
    try {
      List<String> files = registry.recipe(model).files().stream().map(ModelRecipe.ModelFile::path).toList();
      Progress progress = new Progress() {
        @Override
        public void update(Stage stage, String item, long done, long total) {
          int index = files.indexOf(item);
          listener.progressed(new ModelManagerModel.Transfer(model, item, index + 1, files.size(), done, total));
        }

        @Override
        public boolean cancelled() {
          return cancelled;
        }
      };
      Path dir = registry.pull(model, downloaders.apply(progress), allowUnpinned);
      return new Outcome.Installed(model, dir);
    } catch (Progress.Cancelled e) {
      return new Outcome.Cancelled(model);
    } catch (RuntimeException e) {
      return cancelled ? new Outcome.Cancelled(model) : new Outcome.Failed(model, e);
    } finally {
      worker = null;
      Thread.interrupted(); // a cancel's interrupt is spent here, not on the thread's next task
    }
  }

  /**
   * Stops the running download at its next chunk, or while it waits for the server (the thread is
   * interrupted); {@link #run} then answers {@link Outcome.Cancelled}.
   */
  void cancel() {
    cancelled = true;
    Thread running = worker;
    if (running != null) {
      running.interrupt();
    }
  }
}
