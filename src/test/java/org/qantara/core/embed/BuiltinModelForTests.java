package org.qantara.core.embed;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The built-in model for tests that need real word and sentence vectors; they are skipped while it is not built. */
public final class BuiltinModelForTests {
  private BuiltinModelForTests() {}

  /** The built-in model, opened; the calling test is skipped (not failed) where it has not been built yet. */
  public static Embedder openOrSkip() {
    ModelRegistry registry = ModelRegistry.fromEnvironment();
    assumeTrue(registry.availability("builtin-ar-en") == ModelRegistry.Availability.BUILTIN,
        "built-in model not built yet: run `qantara models build builtin-ar-en`");
    return registry.open("builtin-ar-en");
  }
}
