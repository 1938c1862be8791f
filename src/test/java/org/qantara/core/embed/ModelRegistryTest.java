package org.qantara.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.Problem;
import org.qantara.core.QantaraException;
import org.qantara.core.embed.ModelRecipe.Pooling;

class ModelRegistryTest {

  /** The hub recipes this repository ships, read from the repository's models/ directory. */
  private static final List<String> HUB_MODELS = List.of("labse", "multilingual-e5-small", "multilingual-minilm");

  @TempDir Path temp;

  @Test
  void shippedHubRecipesAreValidAndPinnedToCommits() throws IOException {
    Path recipes = copyShippedRecipes();
    ModelRegistry registry = new ModelRegistry(recipes, temp.resolve("downloads"));

    assertThat(registry.list()).extracting(ModelRecipe::name).containsExactlyElementsOf(HUB_MODELS);
    for (ModelRecipe recipe : registry.list()) {
      assertThat(recipe.builtin()).isFalse();
      assertThat(recipe.revisionPinned()).as(recipe.name()).isTrue();
      assertThat(recipe.file(ModelRecipe.MODEL_FILE)).as(recipe.name()).isNotNull();
      assertThat(recipe.file(ModelRecipe.TOKENIZER_FILE)).as(recipe.name()).isNotNull();
      if (recipe.dense() != null) {
        assertThat(recipe.file(recipe.dense().file())).as(recipe.name()).isNotNull();
      }
      assertThat(registry.availability(recipe.name())).isEqualTo(ModelRegistry.Availability.NOT_DOWNLOADED);
    }
  }

  @Test
  void unknownModelListsTheKnownNames() throws IOException {
    ModelRegistry registry = new ModelRegistry(copyShippedRecipes(), temp.resolve("downloads"));

    assertThatThrownBy(() -> registry.resolve("labsee"))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("unknown model 'labsee'")
        .hasMessageContaining("labse, multilingual-e5-small, multilingual-minilm");
  }

  @Test
  void modelThatIsNotDownloadedSaysHowToPullIt() throws IOException {
    ModelRegistry registry = new ModelRegistry(copyShippedRecipes(), temp.resolve("downloads"));

    assertThatThrownBy(() -> registry.resolve("labse"))
        .isInstanceOf(QantaraException.class)
        .hasMessage("model 'labse' is not downloaded — download the model")
        .satisfies(e -> assertThat(((QantaraException) e).problem())
            .isEqualTo(new Problem.ModelMissing("labse", false, temp.resolve("downloads").resolve("labse"), null)));
    assertThatThrownBy(() -> registry.open("multilingual-minilm"))
        .satisfies(e -> assertThat(((QantaraException) e).problem())
            .isInstanceOfSatisfying(Problem.ModelMissing.class, p -> assertThat(p.model()).isEqualTo("multilingual-minilm")));
  }

  @Test
  void builtinModelLivesNextToItsRecipeAndVerifyCatchesCorruption() throws IOException {
    Path recipes = temp.resolve("models");
    Path dir = recipes.resolve("tiny");
    TinyModel.writeTo(dir, Pooling.MEAN).write(dir.resolve(ModelRecipe.FILE_NAME));
    ModelRegistry registry = new ModelRegistry(recipes, temp.resolve("downloads"));

    assertThat(registry.resolve("tiny")).isEqualTo(dir);
    assertThat(registry.verify("tiny")).hasSize(2);
    try (DjlEmbedder embedder = registry.open("tiny")) {
      assertThat(embedder.dimension()).isEqualTo(TinyModel.TABLE[0].length);
    }

    byte[] onnx = Files.readAllBytes(dir.resolve(ModelRecipe.MODEL_FILE));
    onnx[onnx.length - 1] ^= 1;
    Files.write(dir.resolve(ModelRecipe.MODEL_FILE), onnx);
    assertThatThrownBy(() -> registry.verify("tiny"))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining(dir.resolve(ModelRecipe.MODEL_FILE) + " is corrupt")
        .satisfies(e -> assertThat(((QantaraException) e).problem())
            .isInstanceOfSatisfying(Problem.ModelCorrupt.class, p -> assertThat(p.builtin() && p.verified()).isTrue()));

    Files.delete(dir.resolve(ModelRecipe.TOKENIZER_FILE));
    assertThat(registry.availability("tiny")).isEqualTo(ModelRegistry.Availability.BUILTIN_MISSING);
    assertThatThrownBy(() -> registry.resolve("tiny"))
        .satisfies(e -> assertThat(((QantaraException) e).problem()).isEqualTo(new Problem.ModelMissing("tiny", true, dir, null)));
    assertThatThrownBy(() -> registry.verify("tiny")).hasMessageContaining("tokenizer.json is missing");
  }

  /**
   * Issue 8: one byte of the built-in model changed, its size unchanged, is caught when the model is opened
   * (by name or as a folder), not only by {@code models verify}; the checksums come from the files.
   */
  @Test
  void aBuiltinModelWithOneByteChangedAndItsSizeUnchangedIsRefusedOnOpening() throws IOException {
    Path recipes = temp.resolve("models");
    Path dir = recipes.resolve("builtin-ar-en");
    Files.createDirectories(dir);
    for (String file : List.of(ModelRecipe.FILE_NAME, ModelRecipe.MODEL_FILE, ModelRecipe.TOKENIZER_FILE)) {
      Files.copy(Path.of("models/builtin-ar-en").resolve(file), dir.resolve(file));
      settle(dir.resolve(file));
    }
    ModelRegistry registry = new ModelRegistry(recipes, temp.resolve("home"));
    ModelRecipe shipped = registry.recipe("builtin-ar-en");
    try (DjlEmbedder embedder = registry.open("builtin-ar-en")) {
      assertThat(embedder.modelId())
          .isEqualTo("builtin-ar-en@" + shipped.file(ModelRecipe.MODEL_FILE).sha256().substring(0, 12));
    }
    assertThat(Files.readString(temp.resolve("home").resolve(KnownChecksums.FILE_NAME)))
        .contains(shipped.file(ModelRecipe.MODEL_FILE).sha256(), shipped.file(ModelRecipe.TOKENIZER_FILE).sha256());

    Path onnx = dir.resolve(ModelRecipe.MODEL_FILE);
    long size = Files.size(onnx);
    flipByte(onnx, size / 2);
    assertThat(Files.size(onnx)).isEqualTo(size);

    assertThatThrownBy(() -> registry.open("builtin-ar-en"))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining(onnx + " is corrupt")
        .satisfies(e -> assertThat(((QantaraException) e).problem()).isInstanceOfSatisfying(Problem.ModelCorrupt.class,
            p -> assertThat(p.verified() && p.builtin()).isTrue()));
    assertThatThrownBy(() -> org.qantara.core.session.ModelSource.directory(dir)
            .open(new EmbeddingResources(null, 1, DjlEmbedder.DEFAULT_CACHE_FLOATS)))
        .hasMessageContaining(onnx + " is corrupt");
  }

  /**
   * Opening is cheap because a checksum is remembered with the file's size, time and inode; {@code models verify}
   * reads every file again, and what it finds replaces what was remembered.
   */
  @Test
  void openingTrustsAnUnchangedSizeAndTimeWhileVerifyReadsEveryFileAgain() throws IOException {
    Path recipes = temp.resolve("models");
    Path dir = recipes.resolve("tiny");
    TinyModel.writeTo(dir, Pooling.MEAN).write(dir.resolve(ModelRecipe.FILE_NAME));
    Path onnx = dir.resolve(ModelRecipe.MODEL_FILE);
    settle(onnx);
    settle(dir.resolve(ModelRecipe.TOKENIZER_FILE));
    ModelRegistry registry = new ModelRegistry(recipes, temp.resolve("home"));
    registry.checkedRecipe("tiny");

    java.nio.file.attribute.FileTime settled = Files.getLastModifiedTime(onnx);
    flipByte(onnx, Files.size(onnx) - 1);
    Files.setLastModifiedTime(onnx, settled); // what no ordinary write does: same size, same time
    assertThat(registry.checkedRecipe("tiny").file(ModelRecipe.MODEL_FILE).sha256())
        .isEqualTo(registry.recipe("tiny").file(ModelRecipe.MODEL_FILE).sha256());

    assertThatThrownBy(() -> registry.verify("tiny")).hasMessageContaining(onnx + " is corrupt");
    assertThatThrownBy(() -> registry.checkedRecipe("tiny")).hasMessageContaining(onnx + " is corrupt");
  }

  /** Sets the file's time a minute back: checksums of files changed within the last moments are not remembered. */
  private static void settle(Path file) throws IOException {
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
  }

  private static void flipByte(Path file, long position) throws IOException {
    try (java.io.RandomAccessFile raw = new java.io.RandomAccessFile(file.toFile(), "rw")) {
      raw.seek(position);
      int b = raw.read();
      raw.seek(position);
      raw.write(b ^ 0x20);
    }
  }

  @Test
  void recipeRoundTripsThroughJsonAndBadRecipesNameTheirFile() throws IOException {
    ModelRecipe recipe = ModelRecipe.read(Path.of("models/labse/recipe.json"));
    Path copy = temp.resolve("copy/recipe.json");
    recipe.write(copy);
    assertThat(ModelRecipe.read(copy)).isEqualTo(recipe);

    Files.writeString(copy, Files.readString(copy).replace("\"CLS\"", "\"MAX\""));
    assertThatThrownBy(() -> ModelRecipe.read(copy))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining(copy.toString())
        .hasMessageContaining("not valid");

    Files.writeString(copy, Files.readString(Path.of("models/labse/recipe.json"))
        .replace("\"saveAs\" : \"model.onnx\"", "\"saveAs\" : \"../../evil\""));
    assertThatThrownBy(() -> ModelRecipe.read(copy)).hasMessageContaining("plain file name");
  }

  private Path copyShippedRecipes() throws IOException {
    Path recipes = temp.resolve("models");
    for (String name : HUB_MODELS) {
      Path file = recipes.resolve(name).resolve(ModelRecipe.FILE_NAME);
      Files.createDirectories(file.getParent());
      Files.copy(Path.of("models", name, ModelRecipe.FILE_NAME), file);
    }
    return recipes;
  }
}
