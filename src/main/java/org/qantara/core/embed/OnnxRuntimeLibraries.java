package org.qantara.core.embed;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.qantara.core.io.CacheFolder;

/**
 * ONNX Runtime's native libraries, unpacked once into Qantara's cache folder ({@code ~/.cache/qantara/native},
 * or {@code $QANTARA_HOME/native}) and loaded from there.
 *
 * <p>Left to itself, ONNX Runtime copies its 20 MB library out of its jar into a new temporary folder at every
 * start (a fifth of a second of the start-up) and leaves that folder behind, empty, at every exit. Pointing its
 * {@code onnxruntime.native.path} at a folder that already holds the libraries skips both. Anything that goes
 * wrong here (a read-only home, a platform the jar has no library for) leaves ONNX Runtime to its own way.
 */
final class OnnxRuntimeLibraries {
  private static final String PATH_PROPERTY = "onnxruntime.native.path";
  private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");

  private OnnxRuntimeLibraries() {}

  /** Points ONNX Runtime at the cached libraries, unpacking them first if needed; call before it loads. */
  static synchronized void useCache() {
    if (System.getProperty(PATH_PROPERTY) != null) {
      return; // chosen by the user, or done already
    }
    // A class literal loads the class without initialising it: nothing native is loaded here.
    String version = OrtEnvironment.class.getPackage().getImplementationVersion();
    String platform = platform();
    if (version == null || platform == null) {
      return;
    }
    Path dir = CacheFolder.root().resolve("native").resolve("onnxruntime-" + version + "-" + platform);
    try {
      for (String library : LIBRARIES) {
        String file = System.mapLibraryName(library);
        URL resource = OrtEnvironment.class.getResource("/ai/onnxruntime/native/" + platform + "/" + file);
        if (resource == null) {
          return;
        }
        CacheFolder.unpack(resource, dir.resolve(file));
      }
    } catch (IOException | RuntimeException e) {
      return;
    }
    System.setProperty(PATH_PROPERTY, dir.toString());
  }

  /** The jar's folder name for this machine, as ONNX Runtime itself names it; null where it ships none. */
  private static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String osName = os.contains("linux") ? "linux" : os.contains("mac") || os.contains("darwin") ? "osx"
        : os.contains("win") ? "win" : null;
    String archName = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") ? "aarch64" : null;
    return osName == null || archName == null ? null : osName + "-" + archName;
  }
}
