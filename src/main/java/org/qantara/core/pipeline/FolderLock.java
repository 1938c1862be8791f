package org.qantara.core.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.qantara.core.QantaraException;

/**
 * One batch at a time in an output folder: two runs writing into one folder would each record outputs the
 * other made with other settings as up to date. The operating system's lock goes with the process, so a
 * killed batch leaves no stale lock behind (the empty lock file stays, harmlessly).
 */
final class FolderLock implements AutoCloseable {
  static final String LOCK_FILE = BatchAlignment.WORK_DIR + "/lock";

  private final FileChannel channel;
  private final FileLock lock;

  private FolderLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static FolderLock take(Path folder) {
    Path file = folder.resolve(LOCK_FILE);
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new QantaraException("cannot create " + file + ": " + e.getMessage(), "choose an output folder you can write to", e);
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException | IOException e) {
      lock = null;
    }
    if (lock == null) {
      closeQuietly(channel);
      throw new QantaraException("another batch is writing into " + folder,
          "wait for it to finish, or give this batch another --out folder");
    }
    return new FolderLock(channel, lock);
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // closing the channel below releases it as well
    }
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // nothing was written through it
    }
  }
}
