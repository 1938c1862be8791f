package org.qantara.core.embed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.qantara.core.Problem;
import org.qantara.core.QantaraException;
import org.qantara.core.embed.ModelRecipe.ModelFile;
import org.qantara.core.io.CacheFolder;
import org.qantara.core.io.Sha256;

/**
 * The models Qantara knows: one recipe per directory under the recipes directory (the repository's
 * {@code models/}). A built-in model's files live next to its recipe; a hub model's files are downloaded to
 * {@code <downloads>/NAME}, together with a copy of the recipe that records the checksum of any file the
 * recipe did not pin.
 */
public final class ModelRegistry {

  public static final String MODELS_DIR_PROPERTY = "qantara.models.dir";
  public static final String MODELS_DIR_ENV = "QANTARA_MODELS_DIR";
  public static final String HOME_ENV = CacheFolder.HOME_ENV;
  /** The installed application's folder (holding {@code lib/} and {@code models/}), set by its launcher. */
  public static final String APP_HOME_PROPERTY = "qantara.app.home";

  public enum Availability {
    /** Files ship with the repository and are all present. */
    BUILTIN,
    /** A built-in model whose files have not been built yet. */
    BUILTIN_MISSING,
    DOWNLOADED,
    NOT_DOWNLOADED;

    /** How a listing of the models says it: builtin, builtin (unbuilt), downloaded, not downloaded. */
    public String label() {
      return switch (this) {
        case BUILTIN -> "builtin";
        case BUILTIN_MISSING -> "builtin (unbuilt)";
        case DOWNLOADED -> "downloaded";
        case NOT_DOWNLOADED -> "not downloaded";
      };
    }

    /** Whether the model's files are all there, ready to open. */
    public boolean installed() {
      return this == BUILTIN || this == DOWNLOADED;
    }
  }

  /** One checked file: where it is and its checksum. */
  public record VerifiedFile(Path file, String sha256, long size) {}

  private final Path recipesDir;
  private final Path downloadsDir;

  public ModelRegistry(Path recipesDir, Path downloadsDir) {
    this.recipesDir = recipesDir;
    this.downloadsDir = downloadsDir;
  }

  /**
   * Recipes from {@value #MODELS_DIR_PROPERTY}, else {@value #MODELS_DIR_ENV}, else the {@code models/} folder of
   * the installed application ({@link #applicationModelsDir()}); never the working directory, so that Qantara
   * runs the same from any folder. Downloads under {@code $QANTARA_HOME/models}, else
   * {@code $XDG_CACHE_HOME/qantara/models}, else {@code ~/.cache/qantara/models}.
   */
  public static ModelRegistry fromEnvironment() {
    String configured = System.getProperty(MODELS_DIR_PROPERTY);
    if (configured == null || configured.isBlank()) {
      configured = System.getenv(MODELS_DIR_ENV);
    }
    Path recipes = configured == null || configured.isBlank() ? applicationModelsDir() : Path.of(configured);
    return new ModelRegistry(recipes, defaultDownloadsDir());
  }

  /**
   * The {@code models/} folder that ships with the application: under {@value #APP_HOME_PROPERTY} when the
   * launcher set it, else next to the code: the first of the code's folder and its two parents that holds a
   * {@code models/} folder with recipes ({@code APP/lib/qantara.jar} gives {@code APP/models}, a checkout's
   * {@code target/qantara.jar} or {@code target/classes} the checkout's {@code models/}).
   */
  public static Path applicationModelsDir() {
    String home = System.getProperty(APP_HOME_PROPERTY);
    if (home != null && !home.isBlank()) {
      return Path.of(home).resolve("models").toAbsolutePath().normalize();
    }
    Path code = codeLocation();
    for (Path dir = code; dir != null && code.getNameCount() - dir.getNameCount() <= 2; dir = dir.getParent()) {
      Path models = dir.resolve("models");
      if (Files.isDirectory(models) && hasRecipes(models)) {
        return models;
      }
    }
    // Nothing found: name where it should have been, so that the message says where to look.
    return (code.getParent() == null ? code : code.getParent()).resolve("models");
  }

  private static Path codeLocation() {
    try {
      Path code = Path.of(ModelRegistry.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(code) ? code.toAbsolutePath().getParent() : code.toAbsolutePath();
    } catch (java.net.URISyntaxException | RuntimeException e) {
      throw new IllegalStateException("cannot tell where the Qantara classes were loaded from", e);
    }
  }

  private static boolean hasRecipes(Path models) {
    try (Stream<Path> dirs = Files.list(models)) {
      return dirs.anyMatch(d -> Files.isRegularFile(d.resolve(ModelRecipe.FILE_NAME)));
    } catch (IOException e) {
      return false;
    }
  }

  static Path defaultDownloadsDir() {
    return CacheFolder.root().resolve("models");
  }

  public Path recipesDir() {
    return recipesDir;
  }

  public Path downloadsDir() {
    return downloadsDir;
  }

  /** A folder of the recipes directory: its recipe, or (when the recipe cannot be read) the problem with it. */
  public record Entry(String name, ModelRecipe recipe, Problem unreadable) {}

  /** The recipes that can be read, sorted by name ({@link #entries()} also names those that cannot). */
  public List<ModelRecipe> list() {
    return entries().stream().map(Entry::recipe).filter(Objects::nonNull).toList();
  }

  /** Every folder holding a recipe, sorted by name: one recipe that cannot be read hides no other model. */
  public List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    for (String name : names()) {
      try {
        entries.add(new Entry(name, ModelRecipe.read(recipesDir.resolve(name).resolve(ModelRecipe.FILE_NAME)), null));
      } catch (QantaraException e) {
        entries.add(new Entry(name, null, e.problem()));
      }
    }
    return entries;
  }

  /** The names of the folders holding a recipe, sorted, without reading the recipes. */
  private List<String> names() {
    if (!Files.isDirectory(recipesDir)) {
      throw new QantaraException(new Problem.ModelsFolderMissing(recipesDir.toAbsolutePath(), MODELS_DIR_ENV));
    }
    try (Stream<Path> dirs = Files.list(recipesDir)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve(ModelRecipe.FILE_NAME)))
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new QantaraException("cannot list " + recipesDir + ": " + e.getMessage(), "check its permissions", e);
    }
  }

  /**
   * The files of {@code name} present with another size than the recipe records: damaged for certain, found
   * without reading them ({@link #verify} reads them all).
   */
  public List<String> filesOfWrongSize(String name) {
    ModelRecipe recipe = recipe(name);
    Path dir = modelDir(name);
    List<String> wrong = new ArrayList<>();
    for (ModelFile f : recipe.files()) {
      Path file = dir.resolve(f.saveAs());
      try {
        if (f.size() != null && Files.isRegularFile(file) && Files.size(file) != f.size()) {
          wrong.add(f.saveAs());
        }
      } catch (IOException e) {
        wrong.add(f.saveAs());
      }
    }
    return wrong;
  }

  /**
   * The recipe of {@code name}. For a downloaded model, checksums recorded at download time fill in files the
   * repository recipe leaves unpinned (only while the download came from the same repository and revision).
   */
  public ModelRecipe recipe(String name) {
    Path file = recipesDir.resolve(name).resolve(ModelRecipe.FILE_NAME);
    if (!name.matches("[a-z0-9][a-z0-9._-]*") || !Files.isRegularFile(file)) {
      throw new QantaraException(new Problem.ModelUnknown(name, names()));
    }
    ModelRecipe recipe = ModelRecipe.read(file);
    Path recorded = downloadsDir.resolve(name).resolve(ModelRecipe.FILE_NAME);
    if (recipe.builtin() || !Files.isRegularFile(recorded)) {
      return recipe;
    }
    ModelRecipe downloaded = ModelRecipe.read(recorded);
    if (!recipe.hubRepo().equals(downloaded.hubRepo()) || !recipe.revision().equals(downloaded.revision())) {
      return recipe;
    }
    List<ModelFile> files = new ArrayList<>();
    for (ModelFile f : recipe.files()) {
      ModelFile seen = downloaded.file(f.saveAs());
      boolean sameSource = seen != null && seen.path().equals(f.path());
      files.add(f.pinned() || !sameSource ? f : f.withSha256(seen.sha256()));
    }
    return recipe.withFiles(files);
  }

  /** Where the files of {@code name} live, or will live once downloaded. */
  public Path modelDir(String name) {
    return recipe(name).builtin() ? recipesDir.resolve(name) : downloadsDir.resolve(name);
  }

  public Availability availability(String name) {
    ModelRecipe recipe = recipe(name);
    Path dir = modelDir(name);
    boolean complete = recipe.files().stream().allMatch(f -> Files.isRegularFile(dir.resolve(f.saveAs())));
    if (recipe.builtin()) {
      return complete ? Availability.BUILTIN : Availability.BUILTIN_MISSING;
    }
    return complete ? Availability.DOWNLOADED : Availability.NOT_DOWNLOADED;
  }

  /** The directory holding all files of {@code name}; fails with the command that fixes it when files are missing. */
  public Path resolve(String name) {
    return switch (availability(name)) {
      case BUILTIN, DOWNLOADED -> modelDir(name);
      case BUILTIN_MISSING -> throw new QantaraException(new Problem.ModelMissing(name, true, modelDir(name), null));
      case NOT_DOWNLOADED -> throw new QantaraException(new Problem.ModelMissing(name, false, modelDir(name), null));
    };
  }

  /** Opens the model for embedding, once its files are checked ({@link #checkedRecipe}). */
  public DjlEmbedder open(String name) {
    return DjlEmbedder.open(checkedRecipe(name), resolve(name));
  }

  /** Opens the model for embedding on its owner's pool, once its files are checked ({@link #checkedRecipe}). */
  public DjlEmbedder open(String name, EmbeddingResources resources) {
    return DjlEmbedder.open(checkedRecipe(name), resolve(name), resources);
  }

  /**
   * The recipe of {@code name} with the checksum of each file as the file is now, so that what is made with
   * the model records the files it was made from. Cheap: a file is hashed only when its size or time changed
   * since it was last hashed ({@link KnownChecksums}, kept in the model home).
   *
   * @throws QantaraException when a file is missing, or differs from the checksum or size recorded for it (a
   *     verified {@link Problem.ModelCorrupt})
   */
  public ModelRecipe checkedRecipe(String name) {
    Path dir = resolve(name);
    return checked(recipe(name), dir, downloadsDir);
  }

  /**
   * {@link #checkedRecipe(String)} for a model folder given as such ({@code dir} holds the recipe and the
   * files); checksums are remembered in the model home of the environment.
   */
  public static ModelRecipe checkedRecipe(ModelRecipe recipe, Path dir) {
    return checked(recipe, dir, defaultDownloadsDir());
  }

  private static ModelRecipe checked(ModelRecipe recipe, Path dir, Path home) {
    List<ModelFile> files = new ArrayList<>();
    for (VerifiedFile file : check(recipe, dir, home, false)) {
      files.add(recipe.file(file.file().getFileName().toString()).withSha256(file.sha256()));
    }
    return recipe.withFiles(files);
  }

  /**
   * Reads every file of {@code name} in full and checks it against the checksum and size in its recipe.
   *
   * @throws QantaraException naming each missing or damaged file and the command that replaces it
   */
  public List<VerifiedFile> verify(String name) {
    return check(recipe(name), modelDir(name), downloadsDir, true);
  }

  /**
   * Checks each file in {@code dir} against its recipe. {@code full}: every file is read and must have a
   * recorded checksum ({@code models verify}); otherwise checksums remembered in {@code home} stand in for files
   * whose size and time did not change, and a file without a recorded checksum is taken as it is.
   */
  private static List<VerifiedFile> check(ModelRecipe recipe, Path dir, Path home, boolean full) {
    String name = recipe.name();
    KnownChecksums known = KnownChecksums.load(home.resolve(KnownChecksums.FILE_NAME));
    List<VerifiedFile> verified = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (ModelFile f : recipe.files()) {
      Path file = dir.resolve(f.saveAs());
      try {
        if (!Files.isRegularFile(file) && !full) {
          throw new QantaraException(new Problem.ModelMissing(name, recipe.builtin(), dir, f.saveAs()));
        }
        if (!Files.isRegularFile(file)) {
          problems.add(file + " is missing");
          continue;
        }
        long size = Files.size(file);
        if (f.size() != null && f.size() != size) {
          problems.add(file + " has " + size + " bytes, expected " + f.size());
          continue;
        }
        String sha = full ? known.hash(file) : known.sha256(file);
        if (!full && f.pinned() && !f.sha256().equals(sha)) {
          sha = known.hash(file); // a remembered checksum is never the only witness against a file
        }
        if (f.sha256() == null && full) {
          problems.add(file + " has no recorded sha256 to check against");
        } else if (f.sha256() != null && !f.sha256().equals(sha)) {
          problems.add(file + " is corrupt: sha256 " + sha + ", expected " + f.sha256());
        } else {
          verified.add(new VerifiedFile(file, sha, size));
        }
      } catch (IOException e) {
        problems.add(file + " cannot be read: " + e.getMessage());
      }
    }
    known.save();
    if (!problems.isEmpty()) {
      throw new QantaraException(new Problem.ModelCorrupt(name, recipe.builtin(),
          "model '" + name + "' failed verification: " + String.join("; ", problems), true));
    }
    return verified;
  }

  /**
   * Downloads the files of {@code name} that are missing or do not match their checksum. Files without a pinned
   * checksum are refused unless {@code allowUnpinned}: then the first download is trusted and its checksum
   * recorded, so later pulls and {@link #verify} hold it to that.
   *
   * @return the model directory
   */
  public Path pull(String name, HubDownloader downloader, boolean allowUnpinned) {
    ModelRecipe recipe = recipe(name);
    if (recipe.builtin()) {
      throw new QantaraException(new Problem.NothingToDownload(name));
    }
    List<String> unpinned = recipe.files().stream().filter(f -> !f.pinned()).map(ModelFile::path).toList();
    if (!unpinned.isEmpty() && !allowUnpinned) {
      throw new QantaraException(
          new Problem.UnpinnedFiles(name, recipesDir.resolve(name).resolve(ModelRecipe.FILE_NAME), unpinned));
    }
    Path dir = downloadsDir.resolve(name);
    List<ModelFile> recorded = new ArrayList<>();
    for (ModelFile f : recipe.files()) {
      Path target = dir.resolve(f.saveAs());
      String sha = matchesAlready(target, f) ? f.sha256() : downloader.fetch(recipe, f, target);
      recorded.add(f.withSha256(sha));
    }
    recipe.withFiles(recorded).write(dir.resolve(ModelRecipe.FILE_NAME));
    return dir;
  }

  private static boolean matchesAlready(Path target, ModelFile f) {
    try {
      return f.pinned() && Files.isRegularFile(target) && f.sha256().equals(Sha256.of(target));
    } catch (IOException e) {
      return false;
    }
  }
}
