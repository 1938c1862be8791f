package org.qantara.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.Problem;
import org.qantara.core.QantaraException;
import org.qantara.core.embed.FixtureHub;
import org.qantara.core.embed.HubDownloader;
import org.qantara.core.embed.ModelRecipe;
import org.qantara.core.embed.ModelRecipe.ModelFile;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.embed.ModelRegistry.Availability;
import org.qantara.core.io.Sha256;

/**
 * The model manager's download (the registry's pull behind the dialog's Download and Cancel) against a real
 * HTTP server on 127.0.0.1, with the view-model the dialog draws following it.
 */
class ModelDownloadTest {
  private static final String REPO = "fixture/manager-model";
  private static final String REVISION = "89abcdef0123456789abcdef0123456789abcdef";

  @TempDir Path temp;
  private FixtureHub hub;
  private ModelRegistry registry;
  private byte[] onnx;
  private byte[] tokenizer;

  @BeforeEach
  void startHub() throws IOException {
    hub = new FixtureHub();
    Random random = new Random(9);
    onnx = new byte[3_000_000];
    random.nextBytes(onnx);
    // A download is kept only in ONNX's form: the IR version (field 1), then a graph (field 7) of random bytes.
    byte[] form = {0x08, 0x08, 0x3a, (byte) 0xb9, (byte) 0x8d, (byte) 0xb7, 0x01};
    System.arraycopy(form, 0, onnx, 0, form.length);
    tokenizer = "{\"version\":\"1.0\",\"model\":{\"type\":\"WordLevel\"}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    hub.put(REPO, REVISION, "onnx/model.onnx", onnx);
    hub.put(REPO, REVISION, "tokenizer.json", tokenizer);
    registry = new ModelRegistry(temp.resolve("models"), temp.resolve("downloads"));
    writeRecipe("hub-model", sha(onnx), sha(tokenizer));
  }

  @AfterEach
  void stopHub() {
    hub.close();
  }

  @Test
  void downloadReportsEachFileAndInstallsTheModel() {
    ModelManagerModel view = new ModelManagerModel(registry, "hub-model");
    assertThat(view.canDownload()).isTrue();
    List<ModelManagerModel.Transfer> transfers = new CopyOnWriteArrayList<>();

    view.downloadStarted("hub-model");
    ModelDownload.Outcome outcome = download().run("hub-model", false, t -> {
      transfers.add(t);
      view.progressed(t);
    });
    view.downloadEnded(outcome);

    assertThat(outcome).isEqualTo(new ModelDownload.Outcome.Installed("hub-model", temp.resolve("downloads/hub-model")));
    assertThat(registry.availability("hub-model")).isEqualTo(Availability.DOWNLOADED);
    assertThat(registry.verify("hub-model")).extracting(ModelRegistry.VerifiedFile::sha256).containsExactly(sha(onnx), sha(tokenizer));
    // The big file arrives in many reports, growing to its full size; then the second file.
    List<ModelManagerModel.Transfer> first = transfers.stream().filter(t -> t.fileNumber() == 1).toList();
    assertThat(first.size()).isGreaterThan(5);
    assertThat(first).extracting(ModelManagerModel.Transfer::done).isSorted();
    assertThat(first.getLast().done()).isEqualTo(onnx.length);
    assertThat(first.getLast().percent()).isEqualTo(100);
    assertThat(transfers.getLast()).satisfies(t -> {
      assertThat(t.file()).isEqualTo("tokenizer.json");
      assertThat(t.fileNumber()).isEqualTo(2);
      assertThat(t.files()).isEqualTo(2);
      assertThat(t.done()).isEqualTo(tokenizer.length);
    });
    assertThat(view.isDownloading()).isFalse();
    assertThat(view.selected().orElseThrow().availability()).isEqualTo(Availability.DOWNLOADED);
    assertThat(view.message()).isEqualTo("hub-model is installed in " + temp.resolve("downloads/hub-model") + ".");
  }

  @Test
  void cancelLeavesNoHalfRecordedModelAndTheNextDownloadResumes() throws IOException {
    ModelDownload download = download();
    List<ModelManagerModel.Transfer> seen = new ArrayList<>();
    ModelDownload.Outcome outcome = download.run("hub-model", false, t -> {
      seen.add(t);
      if (t.done() >= 1_000_000) {
        download.cancel(); // as the Cancel button does, a third of the way into the first file
      }
    });

    assertThat(outcome).isEqualTo(new ModelDownload.Outcome.Cancelled("hub-model"));
    Path dir = temp.resolve("downloads/hub-model");
    assertThat(registry.availability("hub-model")).isEqualTo(Availability.NOT_DOWNLOADED);
    assertThat(dir.resolve(ModelRecipe.FILE_NAME)).doesNotExist();
    assertThat(dir.resolve("model.onnx")).doesNotExist();
    assertThat(dir.resolve("tokenizer.json")).doesNotExist();
    long kept = Files.size(dir.resolve("model.onnx.part"));
    assertThat(kept).isBetween(1_000_000L, onnx.length - 1L);
    assertThat(seen.getLast().done()).isLessThan(onnx.length);

    ModelManagerModel view = new ModelManagerModel(registry, "builtin-none");
    view.select("hub-model");
    view.downloadStarted("hub-model");
    view.downloadEnded(outcome);
    assertThat(view.message()).contains("cancelled").contains("resumes");
    assertThat(view.canDownload()).isTrue();
    assertThat(view.canUse()).isFalse();

    // The same controller downloads again after a cancel, asking the server only for what is missing.
    ModelDownload.Outcome again = download.run("hub-model", false, t -> {});
    assertThat(again).isInstanceOf(ModelDownload.Outcome.Installed.class);
    assertThat(hub.requests()).contains(new FixtureHub.Request("/" + REPO + "/resolve/" + REVISION + "/onnx/model.onnx", "bytes=" + kept + "-"));
    assertThat(registry.verify("hub-model")).hasSize(2);
  }

  @Test
  void unpinnedFilesNeedTheTrustCheckbox() {
    writeRecipe("unpinned", null, sha(tokenizer));

    ModelDownload.Outcome refused = download().run("unpinned", false, t -> {});
    assertThat(refused).isInstanceOfSatisfying(ModelDownload.Outcome.Failed.class, f ->
        assertThat(((QantaraException) f.error()).problem()).isInstanceOf(Problem.UnpinnedFiles.class));
    assertThat(registry.availability("unpinned")).isEqualTo(Availability.NOT_DOWNLOADED);

    ModelDownload.Outcome trusted = download().run("unpinned", true, t -> {});
    assertThat(trusted).isInstanceOf(ModelDownload.Outcome.Installed.class);
    assertThat(registry.recipe("unpinned").file("model.onnx").sha256()).isEqualTo(sha(onnx));
  }

  @Test
  void aFailedDownloadSaysWhyAndRecordsNothing() {
    hub.close(); // nothing listens any more: connection refused
    ModelManagerModel view = new ModelManagerModel(registry, null);
    view.select("hub-model");
    view.downloadStarted("hub-model");

    ModelDownload.Outcome outcome = download().run("hub-model", false, t -> {});
    view.downloadEnded(outcome);

    assertThat(outcome).isInstanceOf(ModelDownload.Outcome.Failed.class);
    assertThat(view.message()).startsWith("Download of hub-model failed. Cannot connect to the model hub at " + hub.endpoint())
        .contains("What to do:").doesNotContain("\n");
    assertThat(registry.availability("hub-model")).isEqualTo(Availability.NOT_DOWNLOADED);
    assertThat(temp.resolve("downloads/hub-model/" + ModelRecipe.FILE_NAME)).doesNotExist();
  }

  private ModelDownload download() {
    return new ModelDownload(registry, progress -> new HubDownloader(hub.endpoint(), false, progress));
  }

  private void writeRecipe(String name, String onnxSha, String tokenizerSha) {
    new ModelRecipe(name, "a model served by the test's hub", REPO, REVISION, List.of(
            new ModelFile("onnx/model.onnx", "model.onnx", onnxSha, onnxSha == null ? null : (long) onnx.length),
            new ModelFile("tokenizer.json", "tokenizer.json", tokenizerSha, null)),
        ModelRecipe.Pooling.MEAN, null, true, 32, "CC0-1.0", onnx.length + tokenizer.length, false, null)
        .write(temp.resolve("models").resolve(name).resolve(ModelRecipe.FILE_NAME));
  }

  private static String sha(byte[] bytes) {
    return HexFormat.of().formatHex(Sha256.newDigest().digest(bytes));
  }
}
