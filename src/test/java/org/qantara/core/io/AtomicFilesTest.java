package org.qantara.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.QantaraException;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void newFileIsReadableByAllAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("sub/out.tsv");
    AtomicFiles.writeText(file, out -> out.write("قنطرة\tbridge\n"));
    assertThat(Files.readString(file)).isEqualTo("قنطرة\tbridge\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    assertThat(Files.list(file.getParent())).containsExactly(file);
  }

  @Test
  void replacedFileKeepsItsPermissions() throws IOException {
    Path file = dir.resolve("out.txt");
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
    AtomicFiles.writeText(file, out -> out.write("new"));
    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
  }

  @Test
  void aFailingWriteKeepsThePreviousVersion() throws IOException {
    Path file = dir.resolve("out.txt");
    Files.writeString(file, "previous");
    assertThatThrownBy(() -> AtomicFiles.writeText(file, out -> {
      out.write("half");
      throw new IOException("disk full");
    })).isInstanceOf(QantaraException.class).hasMessageContaining("disk full");
    assertThat(Files.readString(file)).isEqualTo("previous");
    assertThat(Files.list(dir)).containsExactly(file);
  }
}
