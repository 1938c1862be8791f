package org.qantara.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.qantara.core.embed.EmbeddingResources;
import org.qantara.core.session.ModelSource;
import org.qantara.core.session.Session;
import picocli.CommandLine.Option;

/** Which embedding model to use: shared by every command that embeds text. */
public final class ModelOption {
  public static final String DEFAULT_MODEL = ModelSource.BUILTIN;

  @Option(
      names = {"-m", "--model"},
      paramLabel = "NAME",
      defaultValue = DEFAULT_MODEL,
      description = "Embedding model (default: ${DEFAULT-VALUE}; see 'qantara models list').")
  String name;

  /** Opens a session on the named model: built-in next to the application, or downloaded. */
  public Session openSession() {
    return Session.open(ModelSource.named(name));
  }

  /**
   * Starts opening a session on the named model on a thread of its own and returns at once, so that the command
   * reads its input meanwhile: reading a long document and opening the model each take a good part of a run, and
   * neither needs the other ({@link Opening#meanwhile}). The session then comes from {@link Opening#session}.
   */
  public Opening openSessionMeanwhile() {
    return new Opening(CompletableFuture.supplyAsync(this::openSession,
        task -> Thread.ofPlatform().daemon().name("qantara-model-open").start(task)));
  }

  /** A session being opened ({@link #openSessionMeanwhile}). */
  public static final class Opening {
    private final CompletableFuture<Session> session;

    private Opening(CompletableFuture<Session> session) {
      this.session = session;
    }

    /** The session, once open; opening's failure (a missing model) as if it had been opened here. */
    public Session session() {
      try {
        return session.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        if (e.getCause() instanceof Error cause) {
          throw cause;
        }
        throw e;
      }
    }

    /**
     * What {@code work} gives, done on this thread while the session opens (reading the input); when it fails, the
     * command stops before it needs the session, which is closed once it is open.
     */
    public <T> T meanwhile(Supplier<T> work) {
      try {
        return work.get();
      } catch (RuntimeException | Error e) {
        session.thenAccept(Session::close);
        throw e;
      }
    }
  }

  /** Like {@link #openSession()}, with embedding caches of at most {@code cacheFloats} floats each. */
  public Session openSession(long cacheFloats) {
    return Session.open(ModelSource.named(name), EmbeddingResources.defaultThreads(), cacheFloats);
  }

  public String name() {
    return name;
  }
}
