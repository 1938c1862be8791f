package org.qantara.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBytesTest {
  private static final int STEP = 256 * 1024;

  @TempDir Path dir;

  @Test
  void givesEveryByteOfFilesAroundTheStepSize() throws IOException {
    Random random = new Random(11);
    for (int size : new int[] {0, 1, STEP - 1, STEP, STEP + 1, 3 * STEP + 17}) {
      byte[] content = new byte[size];
      random.nextBytes(content);
      Path file = dir.resolve("f" + size);
      Files.write(file, content);
      assertThat(FileBytes.read(file)).as("%d bytes", size).isEqualTo(content);
    }
  }

  @Test
  void readsAPipeToItsEnd() throws Exception {
    Path fifo = dir.resolve("fifo");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
    byte[] content = new byte[2 * STEP + 5];
    new Random(3).nextBytes(content);
    FutureTask<Void> writer = new FutureTask<>(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(content);
      }
      return null;
    });
    Thread.ofPlatform().daemon().start(writer);
    assertThat(FileBytes.read(fifo)).isEqualTo(content);
    writer.get(60, TimeUnit.SECONDS);
  }

  @Test
  void aMissingFileFailsAsFilesSaysIt() {
    assertThatThrownBy(() -> FileBytes.read(dir.resolve("none")))
        .isInstanceOf(NoSuchFileException.class);
  }
}
