package org.qantara.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkFiles;
import org.qantara.core.QantaraException;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.embed.DjlEmbedder;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.ModelRecipe;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.pipeline.PairProcessor;
import org.qantara.core.review.ReviewOptions;

/**
 * The model session of this JVM: opened lazily by the first task that needs it and then shared by every
 * task and partition the executor runs, for the life of the executor — never once per pair or per
 * partition. The embedder is thread-safe, so an executor running several tasks at once (one per core)
 * shares it too — through an embedding queue that embeds the texts of the pairs in flight together when the
 * model's calls amortise (one run by ONNX Runtime). Nothing of it is serialized: tasks carry only the
 * {@link JobSettings}.
 */
final class ExecutorModel {
  private static final Map<JobSettings, PairProcessor> PROCESSORS = new ConcurrentHashMap<>();
  private static final AtomicInteger OPENED = new AtomicInteger();

  private ExecutorModel() {}

  static PairProcessor processor(JobSettings settings) {
    return PROCESSORS.computeIfAbsent(settings, ExecutorModel::open);
  }

  /** How many model sessions this JVM has opened (one per distinct model and settings). */
  static int opened() {
    return OPENED.get();
  }

  private static PairProcessor open(JobSettings settings) {
    Embedder embedder = settings.modelDir() == null ? registry(settings).open(settings.modelName())
        : openDirectory(settings.modelName(), settings.modelDir());
    OPENED.incrementAndGet();
    Runtime.getRuntime().addShutdownHook(new Thread(embedder::close, "qantara-model-close"));
    return PairProcessor.sharedBy(embedder, AlignerParams.defaults(),
        settings.review() ? ReviewOptions.defaults() : null);
  }

  private static ModelRegistry registry(JobSettings settings) {
    return settings.modelsDir() == null ? ModelRegistry.fromEnvironment()
        : new ModelRegistry(Path.of(settings.modelsDir()), ModelRegistry.fromEnvironment().downloadsDir());
  }

  private static Embedder openDirectory(String name, String dir) {
    Path folder = locate(dir);
    Path recipe = folder.resolve(ModelRecipe.FILE_NAME);
    if (!Files.isRegularFile(recipe)) {
      throw new QantaraException("no model '" + name + "' at " + folder.toAbsolutePath() + " on this executor",
          "ship the model folder with --archives model.zip#" + dir + " or give a path every executor can read");
    }
    return DjlEmbedder.open(ModelRecipe.read(recipe), folder);
  }

  /** An absolute folder as is; a relative one in the working folder (--archives), else among --files. */
  private static Path locate(String dir) {
    Path path = Path.of(dir);
    if (path.isAbsolute() || Files.isDirectory(path)) {
      return path;
    }
    return Path.of(SparkFiles.getRootDirectory()).resolve(dir);
  }
}
