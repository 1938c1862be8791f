package org.qantara.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Autosave: the workbench writes the project it is working on to a recovery file every few seconds of
 * idle time, so that a crash or a killed process loses nothing that was autosaved; on the next start it
 * offers the recovery file when it holds more than the project does. The recovery file is a project file
 * like any other ({@link ProjectFiles#read} opens it), written atomically, next to the project.
 */
public final class Recovery {
  private Recovery() {}

  /** The recovery file of a project: {@code .NAME.recovery} beside it (hidden, so it is not taken for a project). */
  public static Path fileOf(Path project) {
    return project.toAbsolutePath().resolveSibling("." + project.getFileName() + ".recovery");
  }

  /** Writes {@code work} to the recovery file of {@code project}, atomically; the project file is untouched. */
  public static Path save(Project work, Path project) {
    Path recovery = fileOf(project);
    ProjectFiles.writeWithoutBackup(work, recovery);
    return recovery;
  }

  /**
   * The recovery file of {@code project}, if there is one that holds unsaved work: it is at least as new as
   * the project file (or the project was never saved) and differs from it.
   */
  public static Optional<Path> unsavedWork(Path project) {
    Path recovery = fileOf(project);
    try {
      if (!Files.isRegularFile(recovery)) {
        return Optional.empty();
      }
      if (!Files.isRegularFile(project)) {
        return Optional.of(recovery);
      }
      boolean newer = Files.getLastModifiedTime(recovery).compareTo(Files.getLastModifiedTime(project)) >= 0;
      boolean differs = !Arrays.equals(Files.readAllBytes(recovery), Files.readAllBytes(project));
      return newer && differs ? Optional.of(recovery) : Optional.empty();
    } catch (IOException e) {
      // A recovery file that cannot even be looked at holds nothing this program can offer.
      return Optional.empty();
    }
  }

  /** Deletes the recovery file of {@code project} (after a save, or when the person declines to recover). */
  public static void discard(Path project) {
    try {
      Files.deleteIfExists(fileOf(project));
    } catch (IOException e) {
      throw new ProjectFileException(ProjectFileException.Kind.UNREADABLE, fileOf(project),
          "cannot delete the recovery file " + fileOf(project) + ": " + e.getMessage(),
          "delete it by hand, or it will be offered again at the next start", e);
    }
  }
}
