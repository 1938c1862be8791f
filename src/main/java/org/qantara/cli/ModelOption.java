package org.qantara.cli;

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

  /** Like {@link #openSession()}, with embedding caches of at most {@code cacheFloats} floats each. */
  public Session openSession(long cacheFloats) {
    return Session.open(ModelSource.named(name), EmbeddingResources.defaultThreads(), cacheFloats);
  }

  public String name() {
    return name;
  }
}
