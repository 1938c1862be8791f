package org.qantara.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.embed.ModelRecipe;
import org.qantara.core.embed.ModelRecipe.ModelFile;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.embed.ModelRegistry.Availability;

/** The model manager's view-model on a registry on disk, without a display. */
class ModelManagerModelTest {
  @TempDir Path temp;
  private ModelRegistry registry;

  @BeforeEach
  void registry() throws IOException {
    Path recipes = temp.resolve("models");
    registry = new ModelRegistry(recipes, temp.resolve("downloads"));
    recipe("built", true, "a".repeat(64), 1_500_000L);
    Files.writeString(recipes.resolve("built/model.onnx"), "graph");
    recipe("unbuilt", true, "b".repeat(64), 2_000_000L);
    recipe("hub-pinned", false, "0".repeat(64), 470_000_000L);
    recipe("hub-unpinned", false, null, 1_900_000_000L);
  }

  @Test
  void listsEveryModelWithTheStatusTheCommandLineShows() {
    ModelManagerModel view = new ModelManagerModel(registry, "built");

    assertThat(view.rows()).extracting(ModelManagerModel.Row::name)
        .containsExactly("built", "hub-pinned", "hub-unpinned", "unbuilt");
    assertThat(view.rows()).extracting(r -> r.availability().label())
        .containsExactly("builtin", "not downloaded", "not downloaded", "builtin (unbuilt)");
    assertThat(view.row("hub-unpinned").orElseThrow().unpinnedFiles()).containsExactly("onnx/model.onnx");
    assertThat(view.row("hub-pinned").orElseThrow().unpinnedFiles()).isEmpty();
    assertThat(view.selected().orElseThrow().name()).isEqualTo("built");
  }

  @Test
  void buttonsFollowTheSelection() {
    ModelManagerModel view = new ModelManagerModel(registry, "built");
    // The model in use: nothing to download, nothing to switch to.
    assertThat(view.canDownload()).isFalse();
    assertThat(view.canUse()).isFalse();
    assertThat(view.advice()).isEqualTo("In use by this window.");

    view.select("hub-pinned");
    assertThat(view.canDownload()).isTrue();
    assertThat(view.canUse()).isFalse();
    assertThat(view.advice()).isEqualTo("Not downloaded (470 MB): choose Download.");

    view.select("hub-unpinned");
    assertThat(view.advice()).contains("1.9 GB").contains("pins no checksum for onnx/model.onnx");

    view.select("unbuilt");
    assertThat(view.canDownload()).isFalse();
    assertThat(view.canUse()).isFalse();
    assertThat(view.advice()).contains("qantara models build unbuilt");

    view.setInUse("hub-pinned");
    view.select("built");
    assertThat(view.canUse()).isTrue();
    assertThat(view.advice()).isEqualTo("Installed: choose Use this model.");

    assertThatThrownBy(() -> view.select("nope")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDownloadUnderWayBlocksAnotherAndReportsItsProgress() {
    ModelManagerModel view = new ModelManagerModel(registry, "built");
    AtomicInteger changes = new AtomicInteger();
    view.addListener(changes::incrementAndGet);
    view.select("hub-pinned");

    view.downloadStarted("hub-pinned");
    assertThat(view.isDownloading()).isTrue();
    assertThat(view.canDownload()).isFalse();
    view.select("built");
    assertThat(view.canUse()).isFalse(); // no switching models while one downloads
    assertThatThrownBy(() -> view.downloadStarted("hub-unpinned")).isInstanceOf(IllegalStateException.class);

    view.progressed(new ModelManagerModel.Transfer("hub-pinned", "onnx/model.onnx", 1, 2, 117_500_000L, 470_000_000L));
    assertThat(view.transfer().percent()).isEqualTo(25);
    assertThat(view.message()).isEqualTo("Downloading hub-pinned: onnx/model.onnx (file 1 of 2), 118 MB of 470 MB");
    // A late report of another download changes nothing.
    view.progressed(new ModelManagerModel.Transfer("other", "x", 1, 1, 1, 2));
    assertThat(view.transfer().model()).isEqualTo("hub-pinned");

    view.downloadEnded(new ModelDownload.Outcome.Cancelled("hub-pinned"));
    assertThat(view.isDownloading()).isFalse();
    assertThat(view.transfer()).isNull();
    assertThat(view.message()).startsWith("Download of hub-pinned cancelled.");
    assertThat(changes.get()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void unknownSizeShowsNoPercent() {
    ModelManagerModel.Transfer t = new ModelManagerModel.Transfer("m", "tokenizer.json", 2, 2, 5_000, -1);
    assertThat(t.percent()).isEqualTo(-1);
    assertThat(t.describe()).isEqualTo("Downloading m: tokenizer.json (file 2 of 2), 5 kB");
  }

  @Test
  void refreshSeesAModelInstalledMeanwhile() throws IOException {
    ModelManagerModel view = new ModelManagerModel(registry, "built");
    recipe("late", true, "c".repeat(64), 1L);
    Files.writeString(temp.resolve("models/late/model.onnx"), "graph");

    view.refresh();

    assertThat(view.row("late").orElseThrow().availability()).isEqualTo(Availability.BUILTIN);
  }

  private void recipe(String name, boolean builtin, String sha, long size) {
    new ModelRecipe(name, "model " + name, builtin ? null : "owner/" + name, builtin ? null : "0123456789abcdef0123456789abcdef01234567",
        List.of(new ModelFile("onnx/model.onnx", "model.onnx", sha, null)), ModelRecipe.Pooling.MEAN, null, true, 32,
        "CC0-1.0", size, builtin, null)
        .write(temp.resolve("models").resolve(name).resolve(ModelRecipe.FILE_NAME));
  }
}
