package org.qantara.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.QantaraException;

/** A recipe read from its JSON tree is the recipe Jackson's binding gives, and anything unusual is left to binding. */
class ModelRecipeTest {

  @TempDir Path temp;

  @Test
  void everyShippedRecipeReadsFromItsTreeAsBindingReadsIt() throws IOException {
    List<Path> recipes;
    try (Stream<Path> dirs = Files.list(Path.of("models"))) {
      recipes = dirs.map(d -> d.resolve(ModelRecipe.FILE_NAME)).filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(recipes).hasSizeGreaterThanOrEqualTo(4);
    for (Path recipe : recipes) {
      String json = Files.readString(recipe);
      assertThat(ModelRecipe.fromPlainTree(json)).as(recipe.toString()).isNotNull().isEqualTo(ModelRecipe.bound(json));
    }
  }

  @Test
  void plainVariantsReadAsBindingReadsThem() throws IOException {
    String labse = Files.readString(Path.of("models/labse/recipe.json"));
    List<String> variants = List.of(
        labse,
        labse.replace("\"inputPrefix\" : null", "\"inputPrefix\" : \"query: \""),
        labse.replace("\"normalize\" : true,", "").replace("\"licence\" : \"Apache-2.0\",", ""),
        labse.replace("\"dense\" : {", "\"unknown\" : [ 1, { \"x\" : null } ], \"dense\" : {"),
        labse.replace("\"size\" : 2362528", "\"size\" : null").replace("\"totalSize\" : 1898000000", "\"totalSize\" : 1"),
        labse.replace("\"totalSize\" : 1898000000", "\"totalSize\" : 98765432101234"));
    for (String json : variants) {
      assertThat(ModelRecipe.fromPlainTree(json)).as(json).isNotNull().isEqualTo(ModelRecipe.bound(json));
    }
  }

  @Test
  void unusualValuesAreBoundByJacksonWithItsCoercionsAndMessages() throws IOException {
    String labse = Files.readString(Path.of("models/labse/recipe.json"));
    // Coerced by binding: read as before.
    for (String json : List.of(
        labse.replace("\"maxTokens\" : 256", "\"maxTokens\" : \"256\""),
        labse.replace("\"maxTokens\" : 256", "\"maxTokens\" : 256.5"),
        labse.replace("\"normalize\" : true", "\"normalize\" : \"true\""),
        labse.replace("\"licence\" : \"Apache-2.0\"", "\"licence\" : 2"))) {
      assertThat(ModelRecipe.fromPlainTree(json)).as(json).isNull();
      assertThat(read(json)).isEqualTo(ModelRecipe.bound(json));
    }
    // The names (the built-in model's) read from the tree too; a value out of the plain kind is left to binding.
    String withNames = labse.replace("\"licence\" :",
        "\"names\" : { \"firstId\" : 7, \"buckets\" : 3, \"affixes\" : [ \"ال\", \"##ات\" ] }, \"licence\" :");
    assertThat(ModelRecipe.fromPlainTree(withNames)).isEqualTo(ModelRecipe.bound(withNames));
    assertThat(read(withNames).names()).isEqualTo(new NameKeys(7, 3, new TreeSet<>(List.of("ال", "##ات"))));
    String namesCoerced = withNames.replace("\"buckets\" : 3", "\"buckets\" : \"3\"");
    assertThat(ModelRecipe.fromPlainTree(namesCoerced)).isNull();
    assertThat(read(namesCoerced)).isEqualTo(ModelRecipe.bound(withNames));
    // Wrong: refused with the message binding gives.
    for (String json : List.of(
        labse.replace("\"CLS\"", "\"cls\""),
        labse.replace("\"maxTokens\" : 256", "\"maxTokens\" : 0"),
        labse.replace("\"maxTokens\" : 256", "\"maxTokens\" : 9999999999"),
        labse.replace("\"name\" : \"labse\"", "\"name\" : \"LaBSE\""),
        labse.replace("\"saveAs\" : \"model.onnx\"", "\"saveAs\" : \"../x\""),
        labse.replace("\"hubRepo\" : \"sentence-transformers/LaBSE\",", ""),
        labse.replace("\"activation\" : \"TANH\"", "\"activation\" : null"),
        "[ ]", "{ \"name\" : ", "")) {
      assertThat(ModelRecipe.fromPlainTree(json)).as(json).isNull();
      String bindingSays = assertThrows(JsonProcessingException.class, () -> ModelRecipe.bound(json))
          .getOriginalMessage().lines().findFirst().orElseThrow();
      assertThatThrownBy(() -> read(json)).as(json).isInstanceOf(QantaraException.class)
          .hasMessageContaining("is not valid: " + bindingSays);
    }
  }

  private ModelRecipe read(String json) throws IOException {
    Path file = temp.resolve(ModelRecipe.FILE_NAME);
    Files.writeString(file, json);
    return ModelRecipe.read(file);
  }
}
