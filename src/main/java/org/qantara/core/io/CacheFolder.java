package org.qantara.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Qantara's cache folder ({@code $QANTARA_HOME}, else {@code $XDG_CACHE_HOME/qantara}, else
 * {@code ~/.cache/qantara}) and the files unpacked into it from the application's jars.
 *
 * <p>Libraries that need a file on disk (ONNX Runtime's native library, a font for Java 2D) otherwise copy it
 * into a new temporary file at every start and delete it at exit — which a killed process never reaches, so
 * every kill left one more copy in the system's temporary folder. Unpacked once here, the same copy serves
 * every later run.
 */
public final class CacheFolder {
  public static final String HOME_ENV = "QANTARA_HOME";

  private CacheFolder() {}

  public static Path root() {
    String home = System.getenv(HOME_ENV);
    if (home != null && !home.isBlank()) {
      return Path.of(home);
    }
    String cache = System.getenv("XDG_CACHE_HOME");
    Path cacheRoot = cache != null && !cache.isBlank() ? Path.of(cache)
        : Path.of(System.getProperty("user.home"), ".cache");
    return cacheRoot.resolve("qantara");
  }

  /**
   * Copies {@code resource} to {@code target} unless an intact copy (same size) is there already. The copy is
   * atomic, so another process doing the same at the same time, or a kill half-way, never leaves a partial file
   * under the target's name.
   */
  public static void unpack(URL resource, Path target) throws IOException {
    URLConnection connection = resource.openConnection();
    long size = connection.getContentLengthLong();
    if (size >= 0 && Files.isRegularFile(target) && Files.size(target) == size) {
      return;
    }
    Files.createDirectories(target.getParent());
    AtomicFiles.writeBytes(target, out -> {
      try (InputStream in = connection.getInputStream()) {
        in.transferTo(out);
      }
    });
  }
}
