package org.qantara.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.Problem;
import org.qantara.core.Progress;
import org.qantara.core.QantaraException;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.align.Link;
import org.qantara.core.embed.ModelRecipe.ModelFile;
import org.qantara.core.embed.ModelRecipe.Pooling;
import org.qantara.core.io.Sha256;
import org.qantara.core.pipeline.AlignmentPipeline;
import org.qantara.core.review.ReviewOptions;
import org.qantara.core.review.ReviewReport;
import org.qantara.core.review.Reviewer;
import org.qantara.core.review.WordLink;
import org.qantara.core.text.Document;
import org.qantara.core.text.Lang;
import org.qantara.eval.review.PerturbationGenerator;

class HubDownloaderTest {

  private static final String REPO = "fixture/tiny-embedder";
  private static final String REVISION = "0123456789abcdef0123456789abcdef01234567";

  @TempDir Path temp;
  private FixtureHub hub;
  private ModelRegistry registry;
  private byte[] onnx;
  private byte[] tokenizer;

  @BeforeEach
  void startHub() throws IOException {
    hub = new FixtureHub();
    onnx = TinyModel.onnxBytes();
    tokenizer = TinyModel.tokenizerBytes();
    hub.put(REPO, REVISION, "onnx/model.onnx", onnx);
    hub.put(REPO, REVISION, "tokenizer.json", tokenizer);
    registry = new ModelRegistry(temp.resolve("models"), temp.resolve("downloads"));
    writeRecipe("tiny", sha(onnx), sha(tokenizer));
  }

  @AfterEach
  void stopHub() {
    hub.close();
  }

  @Test
  void pullVerifyAndEmbed() {
    Path dir = registry.pull("tiny", downloader(false), false);

    assertThat(dir).isEqualTo(temp.resolve("downloads/tiny"));
    assertThat(registry.availability("tiny")).isEqualTo(ModelRegistry.Availability.DOWNLOADED);
    assertThat(registry.verify("tiny")).extracting(ModelRegistry.VerifiedFile::sha256)
        .containsExactly(sha(onnx), sha(tokenizer));
    try (DjlEmbedder embedder = registry.open("tiny")) {
      float[][] v = embedder.embedSentences(List.of("dog", "كلب", "house"));
      assertThat(TinyModel.cosine(v[0], v[1])).isGreaterThan(0.95);
      assertThat(TinyModel.cosine(v[0], v[2])).isLessThan(0.2);
    }
    // A second pull finds the files in place and asks the server for nothing.
    int before = hub.requests().size();
    registry.pull("tiny", downloader(false), false);
    assertThat(hub.requests()).hasSize(before);
  }

  /** The reviewer's word-level evidence comes from whatever model is chosen, not only the built-in one. */
  @Test
  void aPulledModelServesAlignmentAndTheReviewersWordEvidence() {
    registry.pull("tiny", downloader(false), false);
    try (DjlEmbedder embedder = registry.open("tiny")) {
      Document arabic = PerturbationGenerator.document("ar", Lang.AR, List.of("كلب", "قطة", "كلب قطة", "قطة كلب"));
      Document english = PerturbationGenerator.document("en", Lang.EN, List.of("dog", "cat", "dog cat", "cat dog"));
      assertThat(new AlignmentPipeline(embedder, AlignerParams.defaults()).align(arabic, english).modelId())
          .startsWith("tiny@");
      // The links given, not aligned: on four near-perfect pairs of a four-dimensional toy model the
      // aligner may as well merge two of them, and what is tested here is the word evidence.
      List<Link> oneToOne = List.of(link(0), link(1), link(2), link(3));
      AlignedDocuments aligned = new AlignedDocuments(arabic, english, oneToOne, embedder.modelId(), AlignerParams.defaults());
      ReviewReport report = Reviewer.review(aligned, embedder, ReviewOptions.defaults());
      assertThat(report.linkReviews()).allSatisfy(review -> assertThat(review.wordLinks()).isNotEmpty()
          .allSatisfy(w -> assertThat(w.kind()).isEqualTo(WordLink.Kind.EMBEDDING)));
      List<String> lastLink = report.linkReviews().get(3).wordLinks().stream()
          .map(w -> w.source().of(arabic.original()) + "=" + w.target().of(english.original())).toList();
      assertThat(lastLink).containsExactlyInAnyOrder("قطة=cat", "كلب=dog");
    }
  }

  private static Link link(int sentence) {
    return new Link(List.of(sentence), List.of(sentence), Double.NaN);
  }

  @Test
  void truncatedDownloadIsResumedWithARangeRequest() throws IOException {
    hub.truncateNext(1);

    registry.pull("tiny", downloader(false), false);

    assertThat(Files.readAllBytes(temp.resolve("downloads/tiny/model.onnx"))).isEqualTo(onnx);
    List<FixtureHub.Request> onnxRequests = hub.requests().stream()
        .filter(r -> r.path().endsWith("model.onnx")).toList();
    assertThat(onnxRequests).hasSize(2);
    assertThat(onnxRequests.get(0).range()).isNull();
    assertThat(onnxRequests.get(1).range()).isEqualTo("bytes=" + onnx.length / 2 + "-");
    assertThat(temp.resolve("downloads/tiny/model.onnx.part")).doesNotExist();
  }

  @Test
  void serverThatKeepsCuttingTheBodyShortGivesAnErrorAndKeepsThePartForLater() {
    hub.truncateNext(100);

    assertThatThrownBy(() -> registry.pull("tiny", downloader(false), false))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("onnx/model.onnx")
        .hasMessageContaining("stopped at")
        .hasMessageContaining("of " + onnx.length + " bytes");
    assertThat(temp.resolve("downloads/tiny/model.onnx")).doesNotExist();
    assertThat(temp.resolve("downloads/tiny/model.onnx.part")).exists();

    hub.truncateNext(0);
    registry.pull("tiny", downloader(false), false);
    assertThat(registry.verify("tiny")).hasSize(2);
  }

  @Test
  void serverIgnoringRangeRestartsTheFileFromZero() throws IOException {
    Files.createDirectories(temp.resolve("downloads/tiny"));
    Files.write(temp.resolve("downloads/tiny/model.onnx.part"), Arrays.copyOf(onnx, 100));
    hub.ignoreRange(true);

    registry.pull("tiny", downloader(false), false);

    assertThat(Files.readAllBytes(temp.resolve("downloads/tiny/model.onnx"))).isEqualTo(onnx);
    assertThat(hub.requests().get(0).range()).isEqualTo("bytes=100-");
  }

  @Test
  void checksumMismatchKeepsTheFileOutOfPlaceAndNamesIt() {
    String wrong = "0".repeat(64);
    writeRecipe("tiny", wrong, sha(tokenizer));

    assertThatThrownBy(() -> registry.pull("tiny", downloader(false), false))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("checksum mismatch for onnx/model.onnx")
        .hasMessageContaining(wrong)
        .hasMessageContaining(sha(onnx));
    assertThat(temp.resolve("downloads/tiny/model.onnx")).doesNotExist();
    assertThat(temp.resolve("downloads/tiny/model.onnx.part")).doesNotExist();
  }

  @Test
  void missingFileOnTheHubIsA404WithRepoAndRevision() {
    hub.put(REPO, REVISION, "onnx/model.onnx", onnx);
    ModelRecipe recipe = registry.recipe("tiny");
    ModelFile absent = new ModelFile("onnx/nothing-here.onnx", "model.onnx", null, null);

    assertThatThrownBy(() -> downloader(false).fetch(recipe, absent, temp.resolve("x/model.onnx")))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("file onnx/nothing-here.onnx not found in repo " + REPO + " at revision " + REVISION);
  }

  @Test
  void offlineModeRefusesBeforeTouchingTheNetwork() {
    assertThatThrownBy(() -> registry.pull("tiny", downloader(true), false))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("offline")
        .hasMessageContaining("onnx/model.onnx");
    assertThat(hub.requests()).isEmpty();
  }

  @Test
  void connectionRefusedNamesTheEndpoint() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    HubDownloader nowhere = new HubDownloader(URI.create("http://127.0.0.1:" + port), false, Progress.NONE);

    assertThatThrownBy(() -> registry.pull("tiny", nowhere, false))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("cannot connect to the model hub at http://127.0.0.1:" + port)
        .hasMessageContaining("connection refused");
  }

  @Test
  void unpinnedFilesNeedConsentAndThenTheirChecksumIsRecorded() throws IOException {
    writeRecipe("tiny", sha(onnx), null);

    assertThatThrownBy(() -> registry.pull("tiny", downloader(false), false))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("tokenizer.json")
        .satisfies(e -> assertThat(((QantaraException) e).problem()).isInstanceOf(Problem.UnpinnedFiles.class));
    assertThat(hub.requests()).isEmpty();

    registry.pull("tiny", downloader(false), true);
    assertThat(registry.recipe("tiny").file("tokenizer.json").sha256()).isEqualTo(sha(tokenizer));
    assertThat(registry.verify("tiny")).hasSize(2);

    // The recorded checksum now guards the file: a changed tokenizer is caught.
    Files.writeString(temp.resolve("downloads/tiny/tokenizer.json"), "{}");
    assertThatThrownBy(() -> registry.verify("tiny"))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("tokenizer.json is corrupt");
  }

  /** A server answering with a web page (a login wall, an error page) instead of the file: nothing is kept. */
  @Test
  void aWebPageServedAsTheModelIsRefusedEvenWhenUnpinnedFilesAreAllowed() {
    byte[] page = "<!DOCTYPE html><html><body>Sign in</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    hub.put(REPO, REVISION, "onnx/model.onnx", page);
    hub.put(REPO, REVISION, "tokenizer.json", page);
    new ModelRecipe("tiny", "fixture", REPO, REVISION, List.of(
            new ModelFile("onnx/model.onnx", "model.onnx", null, null),
            new ModelFile("tokenizer.json", "tokenizer.json", null, null)),
        Pooling.MEAN, null, true, 32, "CC0-1.0", 0, false, null)
        .write(temp.resolve("models/tiny").resolve(ModelRecipe.FILE_NAME));

    assertThatThrownBy(() -> registry.pull("tiny", downloader(false), true))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("onnx/model.onnx")
        .hasMessageContaining("it is a web page (HTML), not an ONNX model")
        .satisfies(e -> assertThat(((QantaraException) e).problem()).isInstanceOfSatisfying(
            Problem.DownloadFailed.class, p -> assertThat(p.retry()).isEqualTo(Problem.DownloadFailed.Retry.CHECK_SOURCE)));
    assertThat(temp.resolve("downloads/tiny/model.onnx")).doesNotExist();
    assertThat(temp.resolve("downloads/tiny/model.onnx.part")).doesNotExist();
    assertThat(temp.resolve("downloads/tiny").resolve(ModelRecipe.FILE_NAME)).doesNotExist();
    assertThat(registry.availability("tiny")).isEqualTo(ModelRegistry.Availability.NOT_DOWNLOADED);
  }

  /** Not a web page, but still not the file: JSON where the graph belongs, JSON that is not a tokenizer. */
  @Test
  void aDownloadThatIsNotAnOnnxGraphOrNotATokenizerIsRefused() {
    writeRecipe("tiny", null, null);
    hub.put(REPO, REVISION, "onnx/model.onnx", tokenizer);
    assertThatThrownBy(() -> registry.pull("tiny", downloader(false), true))
        .hasMessageContaining("onnx/model.onnx").hasMessageContaining("it is not an ONNX model");
    assertThat(temp.resolve("downloads/tiny/model.onnx")).doesNotExist();

    hub.put(REPO, REVISION, "onnx/model.onnx", onnx);
    hub.put(REPO, REVISION, "tokenizer.json", "{\"version\": \"1.0\", \"added_tokens\": []}".getBytes());
    assertThatThrownBy(() -> registry.pull("tiny", downloader(false), true))
        .hasMessageContaining("tokenizer.json").hasMessageContaining("it is JSON but not a tokenizer");
    assertThat(temp.resolve("downloads/tiny/tokenizer.json")).doesNotExist();

    hub.put(REPO, REVISION, "tokenizer.json", tokenizer);
    registry.pull("tiny", downloader(false), true);
    assertThat(registry.verify("tiny")).hasSize(2);
  }

  private HubDownloader downloader(boolean offline) {
    return new HubDownloader(hub.endpoint(), offline, Progress.NONE);
  }

  private void writeRecipe(String name, String onnxSha, String tokenizerSha) {
    new ModelRecipe(name, "fixture", REPO, REVISION, List.of(
            new ModelFile("onnx/model.onnx", "model.onnx", onnxSha, onnxSha == null ? null : (long) onnx.length),
            new ModelFile("tokenizer.json", "tokenizer.json", tokenizerSha, null)),
        Pooling.MEAN, null, true, 32, "CC0-1.0", onnx.length + tokenizer.length, false, null)
        .write(temp.resolve("models").resolve(name).resolve(ModelRecipe.FILE_NAME));
  }

  static String sha(byte[] bytes) {
    return java.util.HexFormat.of().formatHex(Sha256.newDigest().digest(bytes));
  }
}
