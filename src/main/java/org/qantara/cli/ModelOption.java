package org.qantara.cli;

import org.qantara.core.embed.DjlEmbedder;
import org.qantara.core.embed.ModelRegistry;
import picocli.CommandLine.Option;

/** Which embedding model to use: shared by every command that embeds text. */
public final class ModelOption {
  public static final String DEFAULT_MODEL = "builtin-ar-en";

  @Option(
      names = {"-m", "--model"},
      paramLabel = "NAME",
      defaultValue = DEFAULT_MODEL,
      description = "Embedding model (default: ${DEFAULT-VALUE}; see 'qantara models list').")
  String name;

  public DjlEmbedder open() {
    return ModelRegistry.fromEnvironment().open(name);
  }

  public String name() {
    return name;
  }
}
