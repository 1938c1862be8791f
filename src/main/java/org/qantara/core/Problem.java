package org.qantara.core;

import java.nio.file.Path;
import java.util.List;
import org.qantara.core.edit.EditRefused;
import org.qantara.core.project.ProjectFileException;

/**
 * Something the user can put right, as facts a shell can act on: which model is missing, which file cannot be
 * read and why, where a byte fails to decode. Each kind also says what went wrong and how to fix it in plain
 * words that name no shell's commands ({@link #what()}, {@link #fix()}); a shell may render a kind its own way
 * (the command line names the command that fixes it, a window can offer a button).
 */
public sealed interface Problem {

  /** One line: what went wrong and where. */
  String what();

  /** One line: how to put it right, in words that name no command of any shell (may be empty). */
  String fix();

  /** {@code what — fix}, the form a shell without a rendering of its own shows. */
  default String message() {
    return fix() == null || fix().isBlank() ? what() : what() + " — " + fix();
  }

  // ---- models --------------------------------------------------------------------------------------

  /**
   * A model's files are not there: a hub model not downloaded, a built-in model not built, or one file
   * ({@code fileOrNull}) missing from {@code dir}.
   */
  record ModelMissing(String model, boolean builtin, Path dir, String fileOrNull) implements Problem {
    @Override
    public String what() {
      if (fileOrNull != null) {
        return "model '" + model + "' has no file " + fileOrNull + " in " + dir;
      }
      return builtin ? "built-in model '" + model + "' has not been built (files missing in " + dir + ")"
          : "model '" + model + "' is not downloaded";
    }

    @Override
    public String fix() {
      return builtin ? "build the model from its dictionaries" : "download the model";
    }
  }

  /** No recipe of that name. */
  record ModelUnknown(String model, List<String> known) implements Problem {
    public ModelUnknown {
      known = List.copyOf(known);
    }

    @Override
    public String what() {
      return "unknown model '" + model + "'; known models: " + String.join(", ", known);
    }

    @Override
    public String fix() {
      return "pick one of those names";
    }
  }

  /**
   * A model whose files are there but damaged: a graph that does not load or run, a tokenizer or dense layer
   * that cannot be read, or files that fail their checksums ({@code verified}: the check has been made).
   */
  record ModelCorrupt(String model, boolean builtin, String detail, boolean verified) implements Problem {
    @Override
    public String what() {
      return detail;
    }

    @Override
    public String fix() {
      if (verified) {
        return builtin ? "restore the model's files from the Qantara installation, or rebuild the model"
            : "download the damaged files again";
      }
      return "check the model's files against their checksums, then " + (builtin ? "rebuild" : "download")
          + " the model to replace damaged files";
    }
  }

  /** The folder of model recipes is not there (an installation without its models). */
  record ModelsFolderMissing(Path dir, String setting) implements Problem {
    @Override
    public String what() {
      return "model directory " + dir + " does not exist";
    }

    @Override
    public String fix() {
      return "set " + setting + " to the models/ directory of a Qantara installation or checkout";
    }
  }

  /** Asked to download a model that ships built. */
  record NothingToDownload(String model) implements Problem {
    @Override
    public String what() {
      return "model '" + model + "' is built-in; there is nothing to download";
    }

    @Override
    public String fix() {
      return "build it if its files are missing";
    }
  }

  /** A recipe names files without a pinned checksum and the user did not agree to trust the first download. */
  record UnpinnedFiles(String model, Path recipe, List<String> files) implements Problem {
    public UnpinnedFiles {
      files = List.copyOf(files);
    }

    @Override
    public String what() {
      return "model '" + model + "' has files without a pinned sha256 in " + recipe + ": " + String.join(", ", files);
    }

    @Override
    public String fix() {
      return "pin them in the recipe, or allow unpinned files to trust the first download and record its checksum";
    }
  }

  /**
   * A download failed: the hub could not be reached, the transfer stopped, the file did not match its pin, or
   * what arrived is not the kind of file it should be.
   */
  record DownloadFailed(String model, String detail, Retry retry, Path partialOrNull) implements Problem {
    /** What trying again means. */
    public enum Retry {
      /** The download resumes from the partial file. */
      RESUMES,
      /** Try once more; if it fails again the recipe's pin is outdated. */
      CHECK_PIN,
      /** The network is at fault. */
      NETWORK,
      /** The server sent something other than the file (a web page): the hub address or the recipe is wrong. */
      CHECK_SOURCE
    }

    @Override
    public String what() {
      return detail;
    }

    @Override
    public String fix() {
      return switch (retry) {
        case RESUMES -> "download the model again; it resumes from " + partialOrNull;
        case CHECK_PIN -> "download the model again; if it fails again, the hub file changed and the recipe "
            + "models/" + model + "/recipe.json needs a new pin";
        case NETWORK -> "check your network and download the model again";
        case CHECK_SOURCE -> "check the model hub address and the file paths in models/" + model + "/recipe.json";
      };
    }
  }

  // ---- inputs --------------------------------------------------------------------------------------

  /** An input cannot be read at all: not found, a folder, no permission, an I/O error. */
  record InputUnreadable(String input, String detail, String fix) implements Problem {
    @Override
    public String what() {
      return detail;
    }
  }

  /** An input holds nothing to align: no bytes, only whitespace, or no sentence once non-content is set aside. */
  record InputEmpty(String input, String detail, String fix) implements Problem {
    @Override
    public String what() {
      return detail;
    }
  }

  /** An input's bytes do not decode, or it is not text at all. */
  record BadEncoding(String input, long offset, String detail, String fix) implements Problem {
    @Override
    public String what() {
      return detail;
    }
  }

  /** An input is in the wrong language or mixes both (swapped sides, a bilingual file given as one side). */
  record WrongLanguage(String input, String detail, String fix) implements Problem {
    @Override
    public String what() {
      return detail;
    }
  }

  /** An output cannot be written. */
  record OutputNotWritable(Path path, String why, String fix) implements Problem {
    @Override
    public String what() {
      return "cannot write " + path + ": " + why;
    }
  }

  // ---- editing and projects ------------------------------------------------------------------------

  /** An edit that cannot be made on the alignment as it stands (merging the last link with the next …). */
  record EditNotPossible(EditRefused.Reason reason, String what, String fix) implements Problem {}

  /** A project file that cannot be opened: missing, not a project, from a newer Qantara, or damaged. */
  record ProjectUnusable(Path file, ProjectFileException.Kind kind, String what, String fix) implements Problem {}

  /** Any other request the core cannot carry out as given (settings out of range, a malformed alignment file). */
  record Invalid(String what, String fix) implements Problem {}
}
