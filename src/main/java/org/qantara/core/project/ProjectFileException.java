package org.qantara.core.project;

import java.nio.file.Path;
import org.qantara.core.Problem;
import org.qantara.core.QantaraException;

/** A project file that cannot be opened, and why ({@link Problem.ProjectUnusable}); nothing of it was loaded. */
public final class ProjectFileException extends QantaraException {
  private static final long serialVersionUID = 1L;

  public enum Kind {
    /** The file is missing or cannot be read. */
    UNREADABLE,
    /** Not a Qantara project at all (another JSON file, another program's file). */
    NOT_A_PROJECT,
    /** Written by a newer Qantara, in a project version this one does not know. */
    NEWER_VERSION,
    /** A Qantara project whose content is broken: cut off, edited by hand, inconsistent. */
    DAMAGED
  }

  ProjectFileException(Kind kind, Path file, String what, String fix, Throwable cause) {
    super(new Problem.ProjectUnusable(file, kind, what, fix), cause);
  }

  public Kind kind() {
    return ((Problem.ProjectUnusable) problem()).kind();
  }

  public Path file() {
    return ((Problem.ProjectUnusable) problem()).file();
  }
}
