package org.qantara.core.session;

import java.nio.file.Path;
import org.qantara.core.embed.DjlEmbedder;
import org.qantara.core.embed.EmbeddingResources;
import org.qantara.core.embed.ModelRecipe;
import org.qantara.core.embed.ModelRegistry;

/**
 * Where a session's embedding model comes from, said explicitly: a model folder, or a model by name — a
 * built-in one from the {@code models/} folder of the installed application, a downloaded one from the user's
 * model home. Never the working directory.
 */
public sealed interface ModelSource {

  /** The model that ships with the application. */
  String BUILTIN = "builtin-ar-en";

  /** Opens the model on the session's pool. */
  DjlEmbedder open(EmbeddingResources resources);

  /** A folder holding a model's {@value ModelRecipe#FILE_NAME} and its files (what {@code models path} prints). */
  record Directory(Path dir) implements ModelSource {
    @Override
    public DjlEmbedder open(EmbeddingResources resources) {
      ModelRecipe recipe = ModelRecipe.read(dir.resolve(ModelRecipe.FILE_NAME));
      return DjlEmbedder.open(ModelRegistry.checkedRecipe(recipe, dir), dir, resources);
    }
  }

  /** A model known to {@code registry} by name: built-in next to the application, or downloaded. */
  record Named(ModelRegistry registry, String name) implements ModelSource {
    @Override
    public DjlEmbedder open(EmbeddingResources resources) {
      return registry.open(name, resources);
    }
  }

  static ModelSource directory(Path dir) {
    return new Directory(dir);
  }

  /** A model by name, as the environment places them (see {@link ModelRegistry#fromEnvironment()}). */
  static ModelSource named(String name) {
    return new Named(ModelRegistry.fromEnvironment(), name);
  }

  /** The built-in model next to the installed application. */
  static ModelSource builtin() {
    return named(BUILTIN);
  }
}
