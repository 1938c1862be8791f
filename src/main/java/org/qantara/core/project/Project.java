package org.qantara.core.project;

import java.util.List;
import java.util.Objects;
import org.qantara.core.edit.EditableAlignment;
import org.qantara.core.edit.Provenance;
import org.qantara.core.text.TextOptions;

/**
 * Everything a translator's work on one document pair consists of: the alignment as the person has
 * corrected it (both documents with their original texts and sentences, links, flags, decisions), the
 * machine's model and settings, how the texts were read, and which files they came from.
 *
 * @param inputs the files the texts were read from, with their checksums at the time (empty for texts
 *     that came from elsewhere, a paste or an import); the project holds the texts themselves
 */
public record Project(EditableAlignment alignment, Provenance provenance, TextOptions textOptions, List<InputFile> inputs) {

  /** An input file as it was when it was read. */
  public record InputFile(String path, String sha256) {
    public InputFile {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(sha256, "sha256");
    }
  }

  public Project {
    Objects.requireNonNull(alignment, "alignment");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(textOptions, "textOptions");
    inputs = List.copyOf(inputs);
  }

  public Project withAlignment(EditableAlignment newAlignment) {
    return new Project(newAlignment, provenance, textOptions, inputs);
  }
}
