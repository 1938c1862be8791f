package org.qantara.core.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.qantara.core.QantaraException;

/**
 * Turns a failed write into the one line a user can act on. The fix depends on why it failed: a full
 * disk needs space freed, not a directory checked.
 */
public final class WriteFailure {
  private WriteFailure() {}

  /** @param what what was being written, e.g. "/tmp/out.json" or "standard output" */
  public static QantaraException of(String what, IOException e) {
    String reason = reason(e);
    String lower = reason.toLowerCase(Locale.ROOT);
    if (lower.contains("no space left") || lower.contains("disk quota")) {
      return new QantaraException("cannot write " + what + ": disk full (" + reason + ")",
          "free some space on that disk or write somewhere else", e);
    }
    if (e instanceof AccessDeniedException || lower.contains("permission denied") || lower.contains("read-only file system")) {
      return new QantaraException("cannot write " + what + ": not allowed (" + reason + ")",
          "choose a place you may write to", e);
    }
    if (e instanceof NoSuchFileException) {
      return new QantaraException("cannot write " + what + ": " + reason + " does not exist",
          "check that the directory exists", e);
    }
    if (lower.contains("broken pipe")) {
      return new QantaraException("cannot write " + what + ": the reading end was closed (" + reason + ")",
          "keep the program that reads the output running until qantara ends", e);
    }
    return new QantaraException("cannot write " + what + ": " + reason,
        "check that the directory exists and is writable", e);
  }

  /** The operating system's reason without the path Java puts in front of it. */
  private static String reason(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
