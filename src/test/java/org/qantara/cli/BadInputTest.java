package org.qantara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.embed.ModelRegistry;

/**
 * Every kind of bad input gets one line naming the problem and the fix, exit code 1, and no stack trace
 * (unless --debug).
 */
class BadInputTest {
  private static final String AR = "../shared/gold/seed-001/ar.txt";
  private static final String EN = "../shared/gold/seed-001/en.txt";

  @TempDir Path tmp;

  @BeforeEach
  void useRepositoryModels() {
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, Path.of("models").toAbsolutePath().toString());
  }

  @AfterEach
  void restore() {
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, Path.of("models").toAbsolutePath().toString());
  }

  private static CliRunner failing(String... args) {
    CliRunner r = CliRunner.run(args);
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
    assertThat(r.err()).startsWith("qantara: ").doesNotContain("\tat ").doesNotContain("Exception");
    return r;
  }

  @Test
  void emptySide() throws IOException {
    Path empty = Files.writeString(tmp.resolve("empty.txt"), "  \n\n");
    assertThat(failing("align", AR, empty.toString()).err()).contains("empty.txt").containsIgnoringCase("empty");
  }

  @Test
  void missingFile() {
    assertThat(failing("align", AR, "no/such/file.txt").err()).contains("no/such/file.txt").containsIgnoringCase("not");
  }

  @Test
  void unknownEncoding() {
    assertThat(failing("align", "--ar-encoding", "no-such-charset", AR, EN).err())
        .contains("unknown encoding 'no-such-charset' given to --ar-encoding").contains("windows-1256");
    assertThat(failing("align", "--encoding", "bad name!", AR, EN).err()).contains("unknown encoding 'bad name!'");
  }

  @Test
  void directory() {
    assertThat(failing("align", AR, tmp.toString()).err()).containsIgnoringCase("directory");
  }

  @Test
  void binaryFile() throws IOException {
    byte[] bytes = new byte[4096];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31 % 256);
    }
    Path binary = Files.write(tmp.resolve("image.png"), bytes);
    assertThat(failing("align", AR, binary.toString()).err()).containsIgnoringCase("binary");
  }

  @Test
  void undecodableFileSuggestsAnEncoding() throws IOException {
    Path legacy = Files.write(tmp.resolve("legacy.txt"), Files.readString(Path.of(AR)).getBytes(Charset.forName("windows-1256")));
    assertThat(failing("align", legacy.toString(), EN).err()).contains("legacy.txt").contains("--encoding");

    CliRunner decoded = CliRunner.run("align", legacy.toString(), EN, "--presegmented", "--encoding", "windows-1256", "--format", "vecalign");
    assertThat(decoded.exitCode()).as(decoded.err()).isZero();
    assertThat(decoded.out()).contains("[3]:[3,4]");
  }

  /** Issue 8 item 10: a windows-1256 Arabic file with a UTF-8 English file, each read in its own encoding. */
  @Test
  void eachSideReadsInItsOwnEncoding() throws IOException {
    Path arabic = Files.write(tmp.resolve("ar.txt"), Files.readString(Path.of(AR)).getBytes(Charset.forName("windows-1256")));
    Path english = Files.writeString(tmp.resolve("en.txt"),
        Files.readString(Path.of(EN)).replaceFirst("\\.", " \u2014 \u201cquoted\u201d."));

    CliRunner both = CliRunner.run("align", arabic.toString(), english.toString(), "--encoding", "windows-1256");
    assertThat(both.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(both.err()).contains("en.txt is UTF-8").contains("--en-encoding").doesNotContain("\u00e2\u20ac");

    CliRunner own = CliRunner.run("align", arabic.toString(), english.toString(), "--ar-encoding", "windows-1256",
        "--presegmented", "--format", "json");
    assertThat(own.exitCode()).as(own.err()).isZero();
    assertThat(own.out()).contains("\u201cquoted\u201d").contains(Files.readString(Path.of(AR)).lines().findFirst().orElseThrow());
    CliRunner sides = CliRunner.run("align", arabic.toString(), english.toString(), "--encoding", "windows-1256",
        "--en-encoding", "UTF-8", "--presegmented", "--format", "vecalign");
    assertThat(sides.exitCode()).as(sides.err()).isZero();
    assertThat(CliRunner.run("align", AR, EN, "--en-encoding", "nope").err()).contains("'nope' given to --en-encoding");
  }

  @Test
  void bothSidesInTheSameLanguage() {
    assertThat(failing("align", AR, AR).err()).containsIgnoringCase("arabic");
  }

  @Test
  void swappedSides() {
    assertThat(failing("align", EN, AR).err()).contains("swapped");
  }

  @Test
  void modelNotDownloaded() {
    assertThat(failing("align", AR, EN, "--model", "labse").err()).contains("qantara models pull labse");
  }

  @Test
  void unknownModel() {
    assertThat(failing("align", AR, EN, "--model", "no-such-model").err()).contains("builtin-ar-en");
  }

  @Test
  void badInputIsReportedBeforeAMissingModel() {
    // The model is opened while the input is read: the input's problem still comes first, as when they ran in turn.
    assertThat(failing("align", AR, "no/such/file.txt", "--model", "labse").err()).contains("no/such/file.txt");
    assertThat(failing("review", AR, "no/such/file.txt", "--model", "no-such-model").err()).contains("no/such/file.txt");
  }

  @Test
  void corruptModel() throws IOException {
    Path models = tmp.resolve("models");
    Path builtin = Files.createDirectories(models.resolve("builtin-ar-en"));
    try (var files = Files.list(Path.of("models/builtin-ar-en"))) {
      for (Path f : files.toList()) {
        Files.copy(f, builtin.resolve(f.getFileName()));
      }
    }
    Files.write(builtin.resolve("model.onnx"), new byte[] {1, 2, 3, 4});
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, models.toString());
    assertThat(failing("align", AR, EN).err()).contains("model.onnx");
  }

  /** Issue 8: one byte changed and the size unchanged is caught when the model is opened, in one line with the fix. */
  @Test
  void aModelWithOneByteChangedAndItsSizeUnchangedIsRefused() throws IOException {
    Path builtin = Files.createDirectories(tmp.resolve("models").resolve("builtin-ar-en"));
    try (var files = Files.list(Path.of("models/builtin-ar-en"))) {
      for (Path f : files.toList()) {
        Files.copy(f, builtin.resolve(f.getFileName()));
      }
    }
    try (java.io.RandomAccessFile onnx = new java.io.RandomAccessFile(builtin.resolve("model.onnx").toFile(), "rw")) {
      onnx.seek(onnx.length() / 3);
      int b = onnx.read();
      onnx.seek(onnx.length() / 3);
      onnx.write(b ^ 1);
    }
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, tmp.resolve("models").toString());
    assertThat(failing("align", AR, EN).err()).contains(builtin.resolve("model.onnx") + " is corrupt")
        .contains("`qantara models build builtin-ar-en`");
  }

  @Test
  void debugShowsTheStackTrace() {
    CliRunner r = CliRunner.run("--debug", "align", AR, "no/such/file.txt");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err()).contains("\tat ");
  }
}
