package org.qantara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.embed.ModelRecipe;
import org.qantara.core.embed.ModelRegistry;

/**
 * Where the CLI finds its model and its inputs: the built-in model next to the code whatever the working
 * directory, a missing model named as before, standard input and process substitutions read once.
 */
class AnyDirectoryTest {
  private static final Path GOLD = Path.of("../shared/gold/seed-001").toAbsolutePath().normalize();

  @TempDir Path tmp;

  @Test
  void alignRunsFromAnotherWorkingDirectoryAndReadsProcessSubstitutions() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command = String.format("'%s' --enable-native-access=ALL-UNNAMED -cp '%s' %s align <(cat '%s') <(cat '%s')"
            + " --presegmented --format vecalign",
        java, System.getProperty("java.class.path"), Main.class.getName(), GOLD.resolve("ar.txt"),
        GOLD.resolve("en.txt"));
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(tmp.toFile());
    builder.environment().remove(ModelRegistry.MODELS_DIR_ENV);
    Process process = builder.redirectErrorStream(false).start();
    String out = read(process.getInputStream());
    String err = read(process.getErrorStream());
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(err).isZero();
    assertThat(out.strip().lines().map(AnyDirectoryTest::withoutScore).toList())
        .isEqualTo(Files.readAllLines(GOLD.resolve("gold.txt")));
    assertThat(tmp.resolve("models")).doesNotExist();
  }

  @Test
  void standardInputServesAsOneSide() throws IOException {
    InputStream stdin = System.in;
    System.setIn(new ByteArrayInputStream(Files.readAllBytes(GOLD.resolve("ar.txt"))));
    CliRunner r;
    try {
      r = CliRunner.run("align", "-", GOLD.resolve("en.txt").toString(), "--presegmented", "--format", "vecalign");
    } finally {
      System.setIn(stdin);
    }

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().strip().lines().map(AnyDirectoryTest::withoutScore).toList())
        .isEqualTo(Files.readAllLines(GOLD.resolve("gold.txt")));
    assertThat(CliRunner.run("align", "-", "-").err())
        .isEqualTo("qantara: SRC and TGT are both standard input (-) — give at most one of them as -\n");
  }

  @Test
  void aMissingModelIsNamedWithTheCommandThatBuildsIt() throws IOException {
    Path recipe = tmp.resolve("models/builtin-ar-en/" + ModelRecipe.FILE_NAME);
    Files.createDirectories(recipe.getParent());
    Files.copy(Path.of("models/builtin-ar-en", ModelRecipe.FILE_NAME), recipe);
    String previous = System.getProperty(ModelRegistry.MODELS_DIR_PROPERTY);
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, tmp.resolve("models").toString());
    CliRunner r;
    try {
      r = CliRunner.run("align", GOLD.resolve("ar.txt").toString(), GOLD.resolve("en.txt").toString());
    } finally {
      if (previous == null) {
        System.clearProperty(ModelRegistry.MODELS_DIR_PROPERTY);
      } else {
        System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, previous);
      }
    }

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err()).isEqualTo("qantara: built-in model 'builtin-ar-en' has not been built (files missing in "
        + tmp.resolve("models/builtin-ar-en") + ") — run `qantara models build builtin-ar-en`\n");
  }

  private static String withoutScore(String vecalignLine) {
    return vecalignLine.substring(0, vecalignLine.lastIndexOf(':'));
  }

  private static String read(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
