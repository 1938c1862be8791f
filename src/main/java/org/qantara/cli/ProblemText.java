package org.qantara.cli;

import org.qantara.core.Problem;
import org.qantara.core.embed.HubDownloader;

/**
 * How the command line words a problem: one line, {@code what — fix}, where the fix names the command that
 * puts it right. Kinds without a command of their own keep the core's plain wording.
 */
final class ProblemText {
  private ProblemText() {}

  static String of(Problem problem) {
    String fix = fix(problem);
    return fix == null || fix.isBlank() ? problem.what() : problem.what() + " — " + fix;
  }

  private static String fix(Problem problem) {
    return switch (problem) {
      case Problem.ModelMissing m -> "run `qantara models " + (m.builtin() ? "build " : "pull ") + m.model() + "`";
      case Problem.ModelUnknown m -> "pick one of those names (see `qantara models list`)";
      case Problem.ModelCorrupt m when m.verified() -> m.builtin()
          ? "restore the model's files from the Qantara installation or checkout, or rebuild them with "
              + "`qantara models build " + m.model() + "`"
          : "run `qantara models pull " + m.model() + "` to fetch the damaged files again";
      case Problem.ModelCorrupt m -> "run `qantara models verify " + m.model() + "`, then `qantara models "
          + (m.builtin() ? "build " : "pull ") + m.model() + "` to replace damaged files";
      case Problem.ModelsFolderMissing m -> "set " + m.setting() + " to the models/ directory of a Qantara "
          + "installation or checkout (bin/qantara and the installed application find theirs)";
      case Problem.NothingToDownload m -> "run `qantara models build " + m.model() + "` if its files are missing";
      case Problem.UnpinnedFiles m -> "pin them in the recipe, or run `qantara models pull " + m.model()
          + " --allow-unpinned` to trust the first download and record its checksum";
      case Problem.DownloadFailed d -> switch (d.retry()) {
        case RESUMES -> "run `qantara models pull " + d.model() + "` again; it resumes from " + d.partialOrNull();
        case CHECK_PIN -> "retry `qantara models pull " + d.model() + "`; if it fails again, the hub file changed "
            + "and the recipe models/" + d.model() + "/recipe.json needs a new pin";
        case NETWORK -> "check your network and retry `qantara models pull " + d.model() + "`";
        case CHECK_SOURCE -> "check the hub address (" + HubDownloader.ENDPOINT_ENV + ") and the file paths in models/"
            + d.model() + "/recipe.json, then retry `qantara models pull " + d.model() + "`";
      };
      default -> problem.fix();
    };
  }
}
