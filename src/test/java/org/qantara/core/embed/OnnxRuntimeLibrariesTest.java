package org.qantara.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.embed.ModelRecipe.Pooling;

class OnnxRuntimeLibrariesTest {

  @TempDir Path dir;

  @Test
  void onnxRuntimeRunsFromTheLibrariesUnpackedIntoTheCacheFolder() throws IOException {
    ModelRecipe recipe = TinyModel.writeTo(dir, Pooling.MEAN);
    try (DjlEmbedder embedder = DjlEmbedder.open(recipe, dir, 1)) {
      assertThat(embedder.embedSentences(List.of("cat"))[0]).hasSize(4);
    }

    Path libraries = Path.of(System.getProperty("onnxruntime.native.path"));
    assertThat(libraries.getFileName().toString())
        .isEqualTo("onnxruntime-" + OrtEnvironment.class.getPackage().getImplementationVersion() + "-linux-x64");
    for (String name : List.of("onnxruntime", "onnxruntime4j_jni")) {
      String file = System.mapLibraryName(name);
      URL packed = OrtEnvironment.class.getResource("/ai/onnxruntime/native/linux-x64/" + file);
      assertThat(Files.size(libraries.resolve(file))).isEqualTo(packed.openConnection().getContentLengthLong());
    }
    // Unpacking again finds the copies intact and leaves them alone.
    long written = Files.getLastModifiedTime(libraries.resolve(System.mapLibraryName("onnxruntime"))).toMillis();
    System.clearProperty("onnxruntime.native.path");
    OnnxRuntimeLibraries.useCache();
    assertThat(System.getProperty("onnxruntime.native.path")).isEqualTo(libraries.toString());
    assertThat(Files.getLastModifiedTime(libraries.resolve(System.mapLibraryName("onnxruntime"))).toMillis())
        .isEqualTo(written);
  }
}
