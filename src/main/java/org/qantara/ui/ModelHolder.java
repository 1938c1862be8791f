package org.qantara.ui;

import org.qantara.core.embed.DjlEmbedder;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.ModelRegistry;

/** The window's open embedding model: opened once (it takes a second or two) and kept until another is chosen. */
final class ModelHolder implements AutoCloseable {
  private final ModelRegistry registry;
  private String name;
  private DjlEmbedder embedder;

  ModelHolder(ModelRegistry registry) {
    this.registry = registry;
  }

  ModelRegistry registry() {
    return registry;
  }

  synchronized Embedder open(String modelName) {
    if (embedder == null || !modelName.equals(name)) {
      close();
      embedder = registry.open(modelName);
      name = modelName;
    }
    return embedder;
  }

  @Override
  public synchronized void close() {
    if (embedder != null) {
      embedder.close();
      embedder = null;
      name = null;
    }
  }
}
