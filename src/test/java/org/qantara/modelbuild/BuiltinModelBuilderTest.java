package org.qantara.modelbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.embed.ModelRecipe;

class BuiltinModelBuilderTest {

  private static final Path DICTD = Path.of("/usr/share/dictd");
  private static final Path SHIPPED = Path.of("models", BuiltinModelBuilder.MODEL_NAME);

  private static void assumeDictionaries() {
    assumeTrue(Files.isRegularFile(DICTD.resolve("freedict-ara-eng.index"))
            && Files.isRegularFile(DICTD.resolve("freedict-eng-ara.index")),
        "FreeDict ara-eng/eng-ara are not installed in /usr/share/dictd (apt-get install dict-freedict-ara-eng"
            + " dict-freedict-eng-ara)");
    assumeTrue(Files.isRegularFile(BuiltinModelBuilder.TATOEBA_TRAIN.resolve("train.ar")),
        "the Tatoeba training pairs the shipped model learns from are not at " + BuiltinModelBuilder.TATOEBA_TRAIN);
  }

  @Test
  void buildingTwiceGivesIdenticalFiles(@TempDir Path first, @TempDir Path second) throws Exception {
    assumeDictionaries();
    BuiltinModelBuilder.Settings slice = BuiltinModelBuilder.Settings.DEFAULT.withMaxArabicKeys(2000);
    BuiltinModelBuilder.BuildReport a = BuiltinModelBuilder.build(DICTD, BuiltinModelBuilder.TATOEBA_TRAIN, first, slice);
    BuiltinModelBuilder.BuildReport b = BuiltinModelBuilder.build(DICTD, BuiltinModelBuilder.TATOEBA_TRAIN, second, slice);

    assertThat(a.tokens()).isGreaterThan(2000);
    assertThat(a.files()).isEqualTo(b.files());
    for (String file : new String[] {ModelRecipe.TOKENIZER_FILE, ModelRecipe.MODEL_FILE, ModelRecipe.FILE_NAME,
        "README.md"}) {
      assertThat(Files.readAllBytes(first.resolve(file))).as(file).isEqualTo(Files.readAllBytes(second.resolve(file)));
    }
  }

  @Test
  void shippedModelReproducesFromTheDictionaries(@TempDir Path out) throws Exception {
    assumeDictionaries();
    assumeTrue(Files.isRegularFile(SHIPPED.resolve(ModelRecipe.FILE_NAME)), "models/builtin-ar-en is not built");
    BuiltinModelBuilder.BuildReport report = BuiltinModelBuilder.build(DICTD, out);

    ModelRecipe shipped = ModelRecipe.read(SHIPPED.resolve(ModelRecipe.FILE_NAME));
    assertThat(report.files()).isEqualTo(shipped.files());
    assertThat(report.totalBytes()).isLessThan(40_000_000L);
  }
}
