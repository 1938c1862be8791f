package org.qantara.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One core, thin shells: the core must not know the command line or the desktop. */
class CoreIndependenceTest {
  private static final Pattern SHELL_IMPORT =
      Pattern.compile("^import\\s+(static\\s+)?(picocli|javax\\.swing|java\\.awt|com\\.formdev|org\\.qantara\\.(cli|ui))\\b.*", Pattern.MULTILINE);

  /** Evaluation and model building are tools around the runtime; the runtime must run without them. */
  private static final Pattern TOOLING_REFERENCE = Pattern.compile("\\borg\\.qantara\\.(eval|modelbuild)\\b");

  @Test
  void coreSourcesImportNoShellPackage() throws IOException {
    List<Path> sources = coreSources();
    for (Path source : sources) {
      assertThat(SHELL_IMPORT.matcher(Files.readString(source)).find()).as(source.toString()).isFalse();
    }
  }

  @Test
  void coreSourcesUseNoEvaluationOrModelBuildingCode() throws IOException {
    for (Path source : coreSources()) {
      assertThat(TOOLING_REFERENCE.matcher(Files.readString(source)).find()).as(source.toString()).isFalse();
    }
  }

  private static List<Path> coreSources() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/qantara/core"))) {
      sources = files.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(sources).hasSizeGreaterThan(20);
    return sources;
  }
}
