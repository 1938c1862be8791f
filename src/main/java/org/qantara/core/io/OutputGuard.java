package org.qantara.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.qantara.core.QantaraException;

/**
 * Keeps a command from writing over what it reads: every output path is checked against every input
 * (texts, gold files, manifests, state files) before anything is written. Two names for one file (a
 * relative and an absolute path, a symbolic link, a hard link) are caught by comparing the files
 * themselves, not their names.
 */
public final class OutputGuard {
  private final List<Path> inputs;

  private OutputGuard(List<Path> inputs) {
    this.inputs = inputs;
  }

  /** A guard for the given inputs; null entries (an input left out) are ignored. */
  public static OutputGuard protecting(Collection<Path> inputs) {
    return new OutputGuard(inputs.stream().filter(Objects::nonNull).toList());
  }

  /** This guard, protecting {@code more} as well. */
  public OutputGuard and(Collection<Path> more) {
    List<Path> all = new ArrayList<>(inputs);
    more.stream().filter(Objects::nonNull).forEach(all::add);
    return new OutputGuard(List.copyOf(all));
  }

  /**
   * @param output where a command is about to write (null: standard output, nothing to check)
   * @throws QantaraException when {@code output} is one of the inputs
   */
  public void check(Path output) {
    if (output == null) {
      return;
    }
    for (Path input : inputs) {
      if (sameFile(output, input)) {
        throw new QantaraException(
            "the output " + output + " is the input " + input + "; writing it would destroy the input",
            "write the output to another file");
      }
    }
  }

  /** Checks each output, and that no two outputs name the same file (the second would replace the first). */
  public void checkAll(Collection<Path> outputs) {
    List<Path> given = outputs.stream().filter(Objects::nonNull).toList();
    for (int i = 0; i < given.size(); i++) {
      check(given.get(i));
      for (int j = 0; j < i; j++) {
        if (sameFile(given.get(i), given.get(j))) {
          throw new QantaraException("two outputs name the same file " + given.get(i), "give each output its own file");
        }
      }
    }
  }

  private static boolean sameFile(Path a, Path b) {
    if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
      return true;
    }
    if (!Files.exists(a) || !Files.exists(b)) {
      return false;
    }
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false; // an unreadable path cannot be compared; the write itself will say what is wrong
    }
  }
}
