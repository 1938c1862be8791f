package org.qantara.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.qantara.core.QantaraException;

/**
 * Writes files so that a reader never sees half a file and a crash never destroys the previous version:
 * the content goes to a temporary file in the same directory, which is then moved over the target.
 */
public final class AtomicFiles {
  /** What a new file gets: the usual rw-r--r--, not the owner-only mode of a temporary file. */
  private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

  private AtomicFiles() {}

  /** The replaced file keeps its permissions; a new one is readable by all, as an ordinary write makes it. */
  private static void givePermissions(Path temp, Path target) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE;
    Files.setPosixFilePermissions(temp, permissions);
  }

  /** Something that writes text content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** Something that writes binary content (an image). */
  @FunctionalInterface
  public interface BinaryContent {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code target} atomically when it is a regular file or does not exist yet (a symbolic link is
   * followed: the file it points at is replaced, the link stays). A device or a named pipe is written into
   * directly: moving a file over it would destroy it (run as root, /dev/null would become a file).
   */
  public static void writeText(Path target, Content content) {
    writeBytes(target, out -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      content.writeTo(writer);
      writer.flush();
    });
  }

  /** {@link #writeText}, for binary content. */
  public static void writeBytes(Path target, BinaryContent content) {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new QantaraException(target + " is a directory", "give a file name to write to");
    }
    if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
      writeInPlace(target, absolute, content);
      return;
    }
    if (Files.isSymbolicLink(absolute) && Files.exists(absolute)) {
      try {
        absolute = absolute.toRealPath();
      } catch (IOException e) {
        throw WriteFailure.of(target.toString(), e);
      }
    }
    Path dir = absolute.getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
      try (OutputStream out = Files.newOutputStream(temp)) {
        content.writeTo(out);
      }
      givePermissions(temp, absolute);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw WriteFailure.of(target.toString(), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the temporary file is hidden and named after the target; leaving it behind loses nothing
        }
      }
    }
  }

  /** Opens without creating or truncating: what a shell's {@code > /dev/null} or {@code > fifo} does. */
  private static void writeInPlace(Path target, Path absolute, BinaryContent content) {
    try (OutputStream out = Files.newOutputStream(absolute, StandardOpenOption.WRITE)) {
      content.writeTo(out);
    } catch (IOException e) {
      throw WriteFailure.of(target.toString(), e);
    }
  }
}
