package org.qantara.core.embed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.qantara.core.QantaraException;
import org.qantara.core.io.Sha256;

/**
 * How to obtain and run one embedding model: the {@code models/NAME/recipe.json} file. Hub models name the
 * repository, a pinned revision and the checksum of every file; built-in models ship their files next to the
 * recipe ({@code builtin = true}, no hub repository). The same schema serves both, so the built-in model
 * builder writes its recipe with {@link #write(Path)}.
 *
 * @param name registry name, also the directory name under {@code models/}
 * @param hubRepo Hugging Face repository ("owner/name"); null for built-in models
 * @param revision pinned commit (40 hex digits) or a branch name such as "main" when no commit is known
 * @param files the files to fetch, each saved under its {@code saveAs} name in the model directory
 * @param dense optional projection applied after pooling (LaBSE has one); null when the model has none
 * @param normalize L2-normalise sentence vectors after pooling and dense layer
 * @param maxTokens texts are truncated to this many tokens, special tokens included
 * @param totalSize approximate bytes of all files, for listings (exact sizes live in {@code files})
 * @param inputPrefix text the model expects before every input (E5 wants "query: "); null for none
 * @param names how the model reads names by their sound ({@link NameKeys}); null for a model that does not
 */
public record ModelRecipe(
    String name,
    String description,
    String hubRepo,
    String revision,
    List<ModelFile> files,
    Pooling pooling,
    DenseLayerSpec dense,
    boolean normalize,
    int maxTokens,
    String licence,
    long totalSize,
    boolean builtin,
    String inputPrefix,
    @JsonInclude(JsonInclude.Include.NON_NULL) NameKeys names) {

  public static final String FILE_NAME = "recipe.json";

  /** The names the embedder looks for in a model directory. */
  public static final String MODEL_FILE = "model.onnx";

  public static final String TOKENIZER_FILE = "tokenizer.json";

  /** Made when first needed: a plain recipe is read without it ({@link PlainJson}). */
  private static final class Mapper {
    static final ObjectMapper JSON = new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  public enum Pooling {
    /** Average of the token vectors under the attention mask (special tokens included, as sentence-transformers does). */
    MEAN,
    /** The vector of the first token ([CLS]). */
    CLS
  }

  public enum Activation {
    IDENTITY,
    TANH
  }

  /** A dense layer {@code y = activation(W x + b)} stored as safetensors ({@code linear.weight}, {@code linear.bias}). */
  public record DenseLayerSpec(String file, Activation activation) {
    public DenseLayerSpec {
      requireLocalName(file, "dense.file");
      Objects.requireNonNull(activation, "dense.activation");
    }
  }

  /**
   * One file of the model.
   *
   * @param path path inside the hub repository (for built-in models, the same as {@code saveAs})
   * @param saveAs plain file name in the local model directory
   * @param sha256 lower-case hex checksum; null when it is not known yet (an unpinned file)
   * @param size bytes; null when not known
   */
  public record ModelFile(String path, String saveAs, String sha256, Long size) {
    public ModelFile {
      Objects.requireNonNull(path, "path");
      requireLocalName(saveAs, "saveAs");
      if (sha256 != null && !sha256.matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException("sha256 of " + saveAs + " is not 64 lower-case hex digits: " + sha256);
      }
    }

    public boolean pinned() {
      return sha256 != null;
    }

    public ModelFile withSha256(String checksum) {
      return new ModelFile(path, saveAs, checksum, size);
    }

    /** Describes a file that already exists locally (how the built-in builder lists what it wrote). */
    public static ModelFile describe(Path file) {
      String name = file.getFileName().toString();
      try {
        return new ModelFile(name, name, Sha256.of(file), Files.size(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A recipe of a model that reads names like any other word. */
  public ModelRecipe(String name, String description, String hubRepo, String revision, List<ModelFile> files,
      Pooling pooling, DenseLayerSpec dense, boolean normalize, int maxTokens, String licence, long totalSize,
      boolean builtin, String inputPrefix) {
    this(name, description, hubRepo, revision, files, pooling, dense, normalize, maxTokens, licence, totalSize, builtin,
        inputPrefix, null);
  }

  public ModelRecipe {
    if (name == null || !name.matches("[a-z0-9][a-z0-9._-]*")) {
      throw new IllegalArgumentException("model name must be lower-case letters, digits, '.', '_' or '-': " + name);
    }
    files = List.copyOf(files);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("recipe " + name + " lists no files");
    }
    Objects.requireNonNull(pooling, "pooling");
    if (maxTokens <= 0) {
      throw new IllegalArgumentException("maxTokens must be positive, got " + maxTokens);
    }
    if (!builtin && (hubRepo == null || revision == null)) {
      throw new IllegalArgumentException("recipe " + name + " is not built-in, so it needs hubRepo and revision");
    }
  }

  /** A recipe for files that ship in the repository next to it; the total size is the sum of the files. */
  public static ModelRecipe builtin(String name, String description, List<ModelFile> files, Pooling pooling,
      boolean normalize, int maxTokens, String licence) {
    long total = files.stream().mapToLong(f -> f.size() == null ? 0 : f.size()).sum();
    return new ModelRecipe(name, description, null, null, files, pooling, null, normalize, maxTokens, licence,
        total, true, null);
  }

  /** The same recipe for a model that reads names by their sound. */
  public ModelRecipe withNames(NameKeys nameKeys) {
    return new ModelRecipe(name, description, hubRepo, revision, files, pooling, dense, normalize, maxTokens,
        licence, totalSize, builtin, inputPrefix, nameKeys);
  }

  /** True when {@code revision} is a full commit id rather than a branch that can move. */
  public boolean revisionPinned() {
    return revision != null && revision.matches("[0-9a-f]{40}");
  }

  public ModelFile file(String saveAs) {
    return files.stream().filter(f -> f.saveAs().equals(saveAs)).findFirst().orElse(null);
  }

  public ModelRecipe withFiles(List<ModelFile> newFiles) {
    return new ModelRecipe(name, description, hubRepo, revision, newFiles, pooling, dense, normalize, maxTokens,
        licence, totalSize, builtin, inputPrefix, names);
  }

  public static ModelRecipe read(Path file) {
    try {
      String json = Files.readString(file);
      ModelRecipe plain = fromPlainTree(json);
      return plain != null ? plain : bound(json);
    } catch (NoSuchFileException e) {
      throw new QantaraException("model recipe " + file + " does not exist", "check the model name");
    } catch (JsonProcessingException e) {
      throw new QantaraException("model recipe " + file + " is not valid: " + firstLine(e.getOriginalMessage()),
          "fix the JSON or restore the file from the repository", e);
    } catch (IOException e) {
      throw new QantaraException("cannot read model recipe " + file + ": " + e.getMessage(),
          "check the file's permissions", e);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new QantaraException("model recipe " + file + " is not valid: " + e.getMessage(),
          "fix the recipe or restore it from the repository", e);
    }
  }

  /** The recipe as Jackson binds it to this record: the reference, and the reader of any recipe out of the ordinary. */
  static ModelRecipe bound(String json) throws JsonProcessingException {
    return Mapper.JSON.readValue(json, ModelRecipe.class);
  }

  /**
   * The recipe read from its JSON tree, when the text is plain JSON ({@link PlainJson}) and every value is of the
   * plain kind the schema names (text or null, a whole number, true or false, a constant's name) and makes a valid
   * recipe: then it equals what {@link #bound} gives. Otherwise null, and {@link #bound} reads it, with Jackson's coercions and its messages.
   * Binding a record builds its deserializer by reflection at every start: 40-60 ms of a command's main thread,
   * where the tree costs a few (docs/BENCHMARKS.md, ninth round, start10).
   */
  static ModelRecipe fromPlainTree(String json) {
    try {
      JsonNode recipe = PlainJson.tree(json);
      if (recipe == null || !recipe.isObject()) {
        return null;
      }
      List<ModelFile> files = null;
      JsonNode fileNodes = recipe.get("files");
      if (!isNull(fileNodes)) {
        files = new ArrayList<>();
        for (JsonNode f : plain(fileNodes, fileNodes.isArray())) {
          plain(f, f.isObject());
          files.add(new ModelFile(text(f, "path"), text(f, "saveAs"), text(f, "sha256"), optionalLong(f, "size")));
        }
      }
      JsonNode dense = recipe.get("dense");
      JsonNode names = recipe.get("names");
      return new ModelRecipe(text(recipe, "name"), text(recipe, "description"), text(recipe, "hubRepo"),
          text(recipe, "revision"), files, constant(recipe, "pooling", Pooling.values()),
          isNull(dense) ? null : new DenseLayerSpec(text(plain(dense, dense.isObject()), "file"),
              constant(dense, "activation", Activation.values())),
          flag(recipe, "normalize"), wholeNumber(recipe, "maxTokens"), text(recipe, "licence"),
          longNumber(recipe, "totalSize"), flag(recipe, "builtin"), text(recipe, "inputPrefix"),
          isNull(names) ? null : nameKeys(plain(names, names.isObject())));
    } catch (NotPlain | IllegalArgumentException | NullPointerException e) {
      return null; // bound() reads it again and says what is wrong, as it always has
    }
  }

  /** The built-in model's {@link NameKeys}: two whole numbers and a list of texts. */
  private static NameKeys nameKeys(JsonNode names) {
    JsonNode affixNodes = names.get("affixes");
    List<String> affixes = new ArrayList<>();
    for (JsonNode affix : plain(affixNodes, affixNodes != null && affixNodes.isArray())) {
      affixes.add(plain(affix, affix.isTextual()).textValue());
    }
    return new NameKeys(wholeNumber(names, "firstId"), wholeNumber(names, "buckets"), new TreeSet<>(affixes));
  }

  /** A value {@link #fromPlainTree} leaves to Jackson's binding. */
  private static final class NotPlain extends RuntimeException {
    NotPlain() {
      super(null, null, false, false);
    }
  }

  private static JsonNode plain(JsonNode node, boolean plain) {
    if (!plain) {
      throw new NotPlain();
    }
    return node;
  }

  /** Absent or JSON null: what binding gives as null, zero or false. */
  private static boolean isNull(JsonNode node) {
    return node == null || node.isNull();
  }

  private static String text(JsonNode object, String field) {
    JsonNode node = object.get(field);
    return isNull(node) ? null : plain(node, node.isTextual()).textValue();
  }

  private static boolean flag(JsonNode object, String field) {
    JsonNode node = object.get(field);
    return !isNull(node) && plain(node, node.isBoolean()).booleanValue();
  }

  private static int wholeNumber(JsonNode object, String field) {
    JsonNode node = object.get(field);
    return isNull(node) ? 0 : plain(node, node.isInt()).intValue();
  }

  private static long longNumber(JsonNode object, String field) {
    Long value = optionalLong(object, field);
    return value == null ? 0 : value;
  }

  private static Long optionalLong(JsonNode object, String field) {
    JsonNode node = object.get(field);
    return isNull(node) ? null : plain(node, node.isInt() || node.isLong()).longValue();
  }

  private static <E extends Enum<E>> E constant(JsonNode object, String field, E[] constants) {
    String name = text(object, field);
    if (name == null) {
      return null;
    }
    for (E constant : constants) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw new NotPlain();
  }

  public void write(Path file) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      // Write then rename, so a reader never sees half a recipe.
      Path temp = dir.resolve(file.getFileName() + ".tmp");
      Files.writeString(temp, Mapper.JSON.writeValueAsString(this) + "\n");
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new QantaraException("cannot write model recipe " + file + ": " + e.getMessage(),
          "check that the directory is writable", e);
    }
  }

  private static void requireLocalName(String name, String what) {
    // Names come from a downloaded recipe and become paths: refuse anything that could leave the model directory.
    if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
      throw new IllegalArgumentException(what + " must be a plain file name, got " + name);
    }
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
