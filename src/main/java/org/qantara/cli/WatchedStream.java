package org.qantara.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output as the CLI writes it: a {@link java.io.PrintWriter} swallows write errors, so this
 * stream keeps the first one, for the command to report why its output could not be written (a full
 * disk, a closed pipe) instead of exiting as if it had succeeded.
 */
final class WatchedStream extends FilterOutputStream {
  private IOException failure;

  WatchedStream(OutputStream out) {
    super(out);
  }

  /** The first write error, or null. */
  IOException failure() {
    return failure;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw remember(e);
    }
  }

  private IOException remember(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }
}
