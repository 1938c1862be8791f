package org.qantara.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A whole file's bytes, read 256 KB at a time. {@link Files#readAllBytes} asks for the whole file in one read, and
 * the JDK copies a read into a Java array through a temporary native buffer of the read's size: for the built-in
 * model's 21 MB graph and 8 MB tokenizer, a fresh native buffer each, freed after the read (the launchers keep
 * none over 256 KB, {@code -Djdk.nio.maxCachedBufferSize}), whose every page faults in once. On the virtual machines
 * this was measured on a page fault costs about 10 µs, and those two reads took 0.2 s of a 4,610-sentence
 * alignment's start (docs/BENCHMARKS.md). Read in steps no larger than the buffer the JDK keeps, one buffer of
 * 256 KB serves every step.
 */
public final class FileBytes {
  private FileBytes() {}

  /** No larger than the temporary native buffer the JDK keeps for a thread (the launchers' 256 KB). */
  private static final int STEP = 256 * 1024;
  /** The largest array the JDK makes, as {@link Files#readAllBytes} allows. */
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  /** What {@link Files#readAllBytes} gives: every byte up to the end, also of a pipe (whose size says 0). */
  public static byte[] read(Path file) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      long size = channel.size();
      if (size > MAX_ARRAY) {
        throw new OutOfMemoryError("Required array size too large");
      }
      byte[] bytes = new byte[(int) size];
      int filled = 0;
      while (filled < bytes.length) {
        int read = channel.read(ByteBuffer.wrap(bytes, filled, Math.min(STEP, bytes.length - filled)));
        if (read < 0) {
          return Arrays.copyOf(bytes, filled); // shorter than it said
        }
        filled += read;
      }
      // Past the size: what a pipe holds, or a file that grew while it was read (mostly nothing).
      byte[] rest = Channels.newInputStream(channel).readAllBytes();
      if (rest.length == 0) {
        return bytes;
      }
      if (bytes.length + (long) rest.length > MAX_ARRAY) {
        throw new OutOfMemoryError("Required array size too large");
      }
      byte[] all = Arrays.copyOf(bytes, bytes.length + rest.length);
      System.arraycopy(rest, 0, all, bytes.length, rest.length);
      return all;
    }
  }
}
