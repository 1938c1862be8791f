package org.qantara.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.embed.ModelRegistry;

/**
 * The user's files are sacred: no command writes over one of its inputs, a device or a named pipe given
 * as output is written into (not replaced by a file), and an output that could not be written is an
 * error, not a success.
 */
class UserFilesTest {
  private static final Path SEED = Path.of("../shared/gold/seed-001");

  @TempDir Path dir;
  private Path ar;
  private Path en;
  private Path bilingual;

  @BeforeAll
  static void useRepositoryModels() {
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, Path.of("models").toAbsolutePath().toString());
  }

  @BeforeEach
  void copyInputs() throws IOException {
    ar = Files.copy(SEED.resolve("ar.txt"), dir.resolve("a.ar"));
    en = Files.copy(SEED.resolve("en.txt"), dir.resolve("a.en"));
    bilingual = Files.copy(Path.of("corpora/001_cf1290a72f3a51aa.txt"), dir.resolve("doc.txt"));
  }

  private static void assertRefused(CliRunner r, Path input, byte[] before) throws IOException {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err()).contains("is the input").contains("another file").doesNotContain("Exception");
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  void alignOutputNamingAnInputIsRefusedAndTheInputKept() throws IOException {
    byte[] arabic = Files.readAllBytes(ar);
    assertRefused(CliRunner.run("align", ar.toString(), en.toString(), "--out", ar.toString()), ar, arabic);
    // another name for the same file: relative path, symbolic link, hard link
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), en);
    byte[] english = Files.readAllBytes(en);
    assertRefused(CliRunner.run("align", ar.toString(), en.toString(), "--out", link.toString()), en, english);
    Path hard = Files.createLink(dir.resolve("hard.txt"), ar);
    assertRefused(CliRunner.run("align", ar.toString(), en.toString(), "-o", hard.toString()), ar, arabic);
    byte[] both = Files.readAllBytes(bilingual);
    assertRefused(CliRunner.run("align", bilingual.toString(), "-o", dir.resolve("./doc.txt").toString()), bilingual, both);
  }

  @Test
  void reviewAndEvalOutputsNamingAnInputAreRefused() throws IOException {
    byte[] arabic = Files.readAllBytes(ar);
    assertRefused(CliRunner.run("review", ar.toString(), en.toString(), "-q", "--html", ar.toString()), ar, arabic);
    assertRefused(CliRunner.run("review", ar.toString(), en.toString(), "-q", "--json", ar.toString()), ar, arabic);
    Path gold = Files.copy(SEED.resolve("gold.txt"), dir.resolve("gold.txt"));
    byte[] goldBytes = Files.readAllBytes(gold);
    assertRefused(CliRunner.run("eval", "--gold", gold.toString(), "--src", ar.toString(), "--tgt", en.toString(),
        "--json", gold.toString()), gold, goldBytes);
    assertRefused(CliRunner.run("eval", "--gold", gold.toString(), "--pred", gold.toString(), "--json", gold.toString()),
        gold, goldBytes);
  }

  @Test
  void batchIntoTheManifestsFolderKeepsTheManifestAndTheInputs() throws IOException {
    Path manifest = Files.writeString(dir.resolve("pairs.tsv"), "a.ar\ta.en\ndoc.txt\n");
    byte[] before = Files.readAllBytes(manifest);
    // the pair 'pairs' would write pairs.tsv; the bilingual doc.txt would write doc.txt
    Files.writeString(manifest, "pairs.ar\tpairs.en\n");
    Files.copy(ar, dir.resolve("pairs.ar"));
    Files.copy(en, dir.resolve("pairs.en"));
    before = Files.readAllBytes(manifest);
    assertRefused(CliRunner.run("batch", manifest.toString(), "--presegmented", "-f", "tsv", "--out", dir.toString()),
        manifest, before);
    Path other = Files.writeString(dir.resolve("list.tsv"), "doc.txt\n");
    byte[] doc = Files.readAllBytes(bilingual);
    assertRefused(CliRunner.run("batch", other.toString(), "-f", "text", "--out", dir.toString()), bilingual, doc);
  }

  @Test
  void aPairNamedLikeTheBatchStateCannotOverwriteIt() throws IOException {
    Files.copy(ar, dir.resolve(".qantara-batch.ar"));
    Files.copy(en, dir.resolve(".qantara-batch.en"));
    Path manifest = Files.writeString(dir.resolve("pairs.tsv"), "a.ar\ta.en\n.qantara-batch.ar\t.qantara-batch.en\n");
    Path out = dir.resolve("out");
    CliRunner r = CliRunner.run("batch", manifest.toString(), "--presegmented", "-f", "json", "--out", out.toString());
    // Output names never start with a dot: the pair gets a name of its own, the batch's state stays its own.
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(out.resolve(org.qantara.core.pipeline.BatchAlignment.STATE_FILE)).content()
        .contains("\"id\":\".qantara-batch\"");
    try (var outputs = Files.list(out)) {
      assertThat(outputs.map(p -> p.getFileName().toString()))
          .contains(org.qantara.core.pipeline.BatchJob.safeFileName(".qantara-batch") + ".json");
    }
    assertThat(org.qantara.core.pipeline.BatchJob.safeFileName(".qantara-batch")).startsWith("_qantara-batch-");
  }

  @Test
  void aNamedPipeGivenAsOutputIsWrittenIntoAndStaysAPipe() throws Exception {
    Path fifo = dir.resolve("fifo");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
    // A thread of its own: the common pool is busy opening the model, and opening a pipe blocks until a writer comes.
    FutureTask<String> reader = new FutureTask<>(() -> Files.readString(fifo));
    Thread.ofPlatform().daemon().start(reader);
    CliRunner r = CliRunner.run("align", ar.toString(), en.toString(), "--presegmented", "-f", "vecalign", "--out", fifo.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(reader.get(60, TimeUnit.SECONDS)).startsWith("[0]:[0]:");
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(Files.exists(fifo)).isTrue();
  }

  @Test
  void aDeviceGivenAsOutputIsWrittenIntoAndStaysADevice() throws Exception {
    Path nullDevice = dir.resolve("null");
    boolean made = new ProcessBuilder("mknod", nullDevice.toString(), "c", "1", "3").start().waitFor() == 0;
    assumeTrue(made, "mknod needs root; this machine refused it");
    CliRunner r = CliRunner.run("align", ar.toString(), en.toString(), "--out", nullDevice.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String kind = new String(new ProcessBuilder("stat", "-c", "%F", nullDevice.toString()).start().getInputStream().readAllBytes(),
        StandardCharsets.UTF_8).strip();
    assertThat(kind).isEqualTo("character special file");
  }

  @Test
  void aFullDiskOnStandardOutputIsAnErrorThatSaysDiskFull() throws IOException {
    assumeTrue(Files.isWritable(Path.of("/dev/full")), "no /dev/full here");
    WatchedStream full = new WatchedStream(new FileOutputStream("/dev/full"));
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"align", ar.toString(), en.toString(), "--presegmented", "-f", "json"},
        new PrintWriter(new OutputStreamWriter(full, StandardCharsets.UTF_8), true), new PrintWriter(err, true), full::failure);
    assertThat(code).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(err.toString()).contains("standard output").contains("disk full").doesNotContain("directory exists");
  }

  @Test
  void aFullDiskUnderAFileOutputIsAnErrorThatSaysDiskFull() {
    assumeTrue(Files.isWritable(Path.of("/dev/full")), "no /dev/full here");
    CliRunner r = CliRunner.run("align", ar.toString(), en.toString(), "--presegmented", "--out", "/dev/full");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err()).contains("disk full").doesNotContain("directory exists");
    assertThat(Files.isRegularFile(Path.of("/dev/full"))).isFalse();
  }
}
