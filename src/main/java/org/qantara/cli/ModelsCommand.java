package org.qantara.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.qantara.core.Progress;
import org.qantara.core.QantaraException;
import org.qantara.core.embed.HubDownloader;
import org.qantara.core.embed.ModelRecipe;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.io.ByteSizes;
import org.qantara.modelbuild.BuiltinModelBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code qantara models}: list, download, check and locate embedding models. */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    description = {
      "List, download and check the embedding models.",
      "Recipes live in ./models (or $" + ModelRegistry.MODELS_DIR_ENV + "); downloads go to "
          + "$" + ModelRegistry.HOME_ENV + "/models, else $XDG_CACHE_HOME/qantara/models, else ~/.cache/qantara/models."
    },
    subcommands = {
      ModelsCommand.ListModels.class,
      ModelsCommand.Pull.class,
      ModelsCommand.Verify.class,
      ModelsCommand.ShowPath.class,
      ModelsCommand.Build.class
    })
public final class ModelsCommand implements Runnable {

  private final ModelRegistry registry;
  private final URI hubEndpoint;

  @Spec CommandSpec spec;

  /** The registry and hub the environment points to. */
  public ModelsCommand() {
    this(null, null);
  }

  /** A fixed registry and hub endpoint (tests, embedding in other tools); null means "from the environment". */
  public ModelsCommand(ModelRegistry registry, URI hubEndpoint) {
    this.registry = registry;
    this.hubEndpoint = hubEndpoint;
  }

  @Override
  public void run() {
    throw Subcommands.missing(spec);
  }

  ModelRegistry registry() {
    return registry != null ? registry : ModelRegistry.fromEnvironment();
  }

  HubDownloader downloader(boolean offline, Progress progress) {
    return hubEndpoint != null ? new HubDownloader(hubEndpoint, offline, progress)
        : HubDownloader.fromEnvironment(offline, progress);
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Show every known model: whether its files are there, size and licence. A model whose files "
          + "have another size than its recipe records shows as damaged; a recipe that cannot be read is named "
          + "with what is wrong with it (exit 1 in both cases).")
  static final class ListModels implements Callable<Integer> {
    @ParentCommand ModelsCommand parent;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      ModelRegistry registry = parent.registry();
      PrintWriter out = spec.commandLine().getOut();
      List<String> problems = new ArrayList<>();
      out.printf("%-24s %-17s %9s  %s%n", "NAME", "STATUS", "SIZE", "LICENCE");
      for (ModelRegistry.Entry entry : registry.entries()) {
        ModelRecipe recipe = entry.recipe();
        if (recipe == null) {
          out.printf("%-24s %-17s%n", entry.name(), "unreadable recipe");
          problems.add(ProblemText.of(entry.unreadable()));
          continue;
        }
        String status = registry.availability(recipe.name()).label();
        List<String> wrongSize = registry.filesOfWrongSize(recipe.name());
        if (!wrongSize.isEmpty()) {
          status = "damaged";
          problems.add("model '" + recipe.name() + "': " + String.join(", ", wrongSize) + " "
              + (wrongSize.size() == 1 ? "has" : "have") + " another size than its recipe records — run `qantara "
              + "models verify " + recipe.name() + "` to see which files to replace");
        }
        out.printf("%-24s %-17s %9s  %s%n", recipe.name(), status, ByteSizes.human(recipe.totalSize()), recipe.licence());
      }
      out.flush();
      problems.forEach(problem -> spec.commandLine().getErr().println("qantara: " + problem));
      spec.commandLine().getErr().flush();
      return problems.isEmpty() ? ExitCodes.OK : ExitCodes.USER_ERROR;
    }
  }

  /** What every subcommand on one model has: the parent (registry, downloader), its spec, the NAME. */
  abstract static class OnOneModel implements Runnable {
    @ParentCommand ModelsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "Model name, as shown by `qantara models list`.")
    String name;
  }

  @Command(name = "pull", mixinStandardHelpOptions = true, description = "Download a model's files from the hub (resumable, checksum-verified).")
  static final class Pull extends OnOneModel {

    @Option(names = "--offline", description = "Never touch the network; fail if files are missing.")
    boolean offline;

    @Option(names = "--allow-unpinned",
        description = "Accept files the recipe has no sha256 for: trust the first download and record its checksum.")
    boolean allowUnpinned;

    @Option(names = "--progress", description = "Show a progress bar even when stderr is not a terminal.")
    boolean progress;

    @Override
    public void run() {
      ModelRegistry registry = parent.registry();
      ModelRecipe recipe = registry.recipe(name);
      PrintWriter out = spec.commandLine().getOut();
      if (!recipe.builtin() && !recipe.revisionPinned()) {
        spec.commandLine().getErr().printf("qantara: note: model '%s' follows the moving revision '%s'%n",
            name, recipe.revision());
      }
      Progress bars = ProgressBars.forTerminal(progress);
      Path dir;
      try {
        dir = registry.pull(name, parent.downloader(offline, bars), allowUnpinned);
      } finally {
        ProgressBars.finish(bars);
      }
      out.printf("%s: %d files in %s%n", name, registry.verify(name).size(), dir);
      out.flush();
    }
  }

  @Command(name = "verify", mixinStandardHelpOptions = true, description = "Check every file of a model against its recorded sha256.")
  static final class Verify extends OnOneModel {

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      for (ModelRegistry.VerifiedFile file : parent.registry().verify(name)) {
        out.printf("ok  %s  %s%n", file.sha256(), file.file());
      }
      out.flush();
    }
  }

  @Command(name = "path", mixinStandardHelpOptions = true, description = "Print the directory holding a model's files.")
  static final class ShowPath extends OnOneModel {

    @Override
    public void run() {
      spec.commandLine().getOut().println(parent.registry().resolve(name).toAbsolutePath());
      spec.commandLine().getOut().flush();
    }
  }

  @Command(name = "build", mixinStandardHelpOptions = true, description = "Build the built-in model from the FreeDict Arabic-English dictionaries and the Tatoeba sentence pairs.")
  static final class Build extends OnOneModel {

    @Option(names = "--freedict-dir", paramLabel = "DIR", defaultValue = "/usr/share/dictd",
        description = "Where freedict-ara-eng and freedict-eng-ara live (Debian's dict-freedict-* packages "
            + "install them here). Default: ${DEFAULT-VALUE}.")
    Path freedictDir;

    @Option(names = "--train-dir", paramLabel = "DIR", defaultValue = BuiltinModelBuilder.TATOEBA_TRAIN_DIR,
        description = "The Tatoeba sentence pairs (train.ar, train.en) the model learns word translations from "
            + "(CC BY 2.0 FR). Default: ${DEFAULT-VALUE}.")
    Path trainDir;

    @Option(names = "--out", paramLabel = "DIR",
        description = "Output directory. Default: the model's directory next to its recipe.")
    Path out;

    @Override
    public void run() {
      if (!BuiltinModelBuilder.MODEL_NAME.equals(name)) {
        throw new QantaraException("only the built-in model can be built, not '" + name + "'",
            "run `qantara models build " + BuiltinModelBuilder.MODEL_NAME + "`, or `qantara models pull " + name
                + "` for a hub model");
      }
      Path target = out != null ? out : parent.registry().recipesDir().resolve(name);
      spec.commandLine().getOut().println(BuiltinModelBuilder.build(freedictDir, trainDir, target,
          BuiltinModelBuilder.Settings.DEFAULT));
      spec.commandLine().getOut().flush();
    }
  }

}
