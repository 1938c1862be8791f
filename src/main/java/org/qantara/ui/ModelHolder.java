package org.qantara.ui;

import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.session.Session;

/**
 * The window's session on its embedding model: opened once (it takes a second or two) and kept until another
 * model is chosen, so every alignment, review and export of the window shares its caches.
 */
final class ModelHolder implements AutoCloseable {
  private final ModelRegistry registry;
  private String name;
  private Session session;

  ModelHolder(ModelRegistry registry) {
    this.registry = registry;
  }

  ModelRegistry registry() {
    return registry;
  }

  synchronized Session session(String modelName) {
    if (session == null || !modelName.equals(name)) {
      close();
      session = Session.over(registry.open(modelName));
      name = modelName;
    }
    return session;
  }

  Embedder open(String modelName) {
    return session(modelName).embedder();
  }

  @Override
  public synchronized void close() {
    if (session != null) {
      session.close();
      session = null;
      name = null;
    }
  }
}
