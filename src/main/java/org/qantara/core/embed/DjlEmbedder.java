package org.qantara.core.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.djl.huggingface.tokenizers.jni.TokenizersLibrary;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslateException;
import ai.djl.translate.TranslatorContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;
import org.qantara.core.Problem;
import org.qantara.core.Progress;
import org.qantara.core.QantaraException;
import org.qantara.core.embed.ModelRecipe.Pooling;
import org.qantara.core.io.CacheFolder;
import org.qantara.core.io.Sha256;
import org.slf4j.LoggerFactory;

/**
 * Runs a transformer (or static) encoder exported to ONNX through DJL's OnnxRuntime engine. The graph gives
 * token vectors ({@code last_hidden_state} or {@code token_embeddings}, [batch, seq, dim]); pooling, the
 * optional dense layer and normalisation follow the recipe, here in Java, so one path yields both sentence
 * and token vectors. A static model (a token's vector is a table row: {@link StaticTokenTable}) with a WordPiece
 * tokenizer Java can run ({@link WordPieceTokenizer}) needs neither engine: its token vectors are read from the
 * graph's table in Java, bit for bit what ONNX Runtime returns, and the Hugging Face tokenizer is built only
 * if a text needs it; that takes the built-in model's start from over a second of CPU to a few tens of
 * milliseconds. Texts are sorted by length and batched so padding stays short, and batches run on a
 * pool with one predictor per worker: the pool of its owner (a session), or one of its own. Results are kept in
 * two bounded caches of the instance (sentence vectors, token vectors), so they live and die with their owner.
 */
public final class DjlEmbedder implements Embedder {

  private static final int MAX_BATCH = 256;
  private static final List<String> OUTPUT_NAMES = List.of("last_hidden_state", "token_embeddings");
  private static final String TOKEN_TYPE_IDS = "token_type_ids";

  /** Floats each cache holds by default: about 128 MB of sentence vectors and 128 MB of token vectors. */
  public static final long DEFAULT_CACHE_FLOATS = 32L << 20;

  private final EmbeddingCache<float[]> sentenceCache;
  private final EmbeddingCache<TokenVectors> tokenCache;
  /** Holds nothing: {@link #embedSummable}'s results are asked for once. */
  private final EmbeddingCache<Summed> nothingKept = new EmbeddingCache<>(0, s -> s.vector().length);

  private final ModelRecipe recipe;
  private final String modelId;
  private final Path tokenizerFile;
  /** Built at opening for a model run by ONNX Runtime; for a static model only when a text needs it. */
  private volatile HuggingFaceTokenizer tokenizer;
  /** Null for a static model. */
  private final ZooModel<TokenBatch, HiddenStates> model;
  /** A static model's table and tokenizer, both null for a model run by ONNX Runtime. */
  private final StaticTokenTable table;
  private final WordPieceTokenizer wordPieces;
  private final BlockingQueue<Predictor<TokenBatch, HiddenStates>> predictors;
  private final ExecutorService workers;
  /** Whether the pool was started for this embedder alone, and so is shut down with it. */
  private final boolean ownsWorkers;
  private final int threads;
  private final boolean usesTokenTypes;
  private final DenseLayer dense;
  private final String prefix;
  private final int dimension;
  /** The model's name buckets ({@link NameKeys}); null for a model without them. */
  private final NameKeys names;

  private DjlEmbedder(ModelRecipe recipe, Path onnx, Path tokenizerFile, HuggingFaceTokenizer tokenizer,
      ZooModel<TokenBatch, HiddenStates> model, StaticModel staticModel, EmbeddingResources pool, DenseLayer dense) {
    this.recipe = recipe;
    this.modelId = modelId(recipe, onnx);
    this.tokenizerFile = tokenizerFile;
    this.tokenizer = tokenizer;
    this.model = model;
    this.table = staticModel == null ? null : staticModel.table();
    this.wordPieces = staticModel == null ? null : staticModel.tokenizer();
    this.threads = pool.threads();
    this.dense = dense;
    this.sentenceCache = new EmbeddingCache<>(pool.cacheFloats(), v -> v.length);
    this.tokenCache = new EmbeddingCache<>(pool.cacheFloats(),
        t -> t.vectors().length == 0 ? 1 : (long) t.vectors().length * t.vectors()[0].length);
    this.prefix = recipe.inputPrefix() == null ? "" : recipe.inputPrefix();
    this.names = recipe.names();
    this.usesTokenTypes = model != null && model.describeInput() != null
        && model.describeInput().keys().contains(TOKEN_TYPE_IDS);
    this.predictors = new ArrayBlockingQueue<>(threads);
    for (int i = 0; model != null && i < threads; i++) {
      predictors.add(model.newPredictor());
    }
    this.ownsWorkers = pool.executor() == null;
    this.workers = ownsWorkers ? EmbeddingResources.newPool(threads, "qantara-embed-" + recipe.name()) : pool.executor();
    int hidden;
    try {
      hidden = forward(List.of("a"), false).get(0).dimension();
    } catch (RuntimeException e) {
      // A graph that loads but cannot run (wrong inputs, wrong output shape) is as broken as a corrupt file.
      close();
      throw new QantaraException(corrupt(recipe, "the ONNX model " + onnx + " of '" + recipe.name()
          + "' does not run as a text encoder: " + rootMessage(e)), e);
    }
    if (dense != null && dense.inputDimension() != hidden) {
      close();
      throw new QantaraException(corrupt(recipe, "model '" + recipe.name() + "' gives " + hidden
          + "-dimensional token vectors but its dense layer takes " + dense.inputDimension()));
    }
    this.dimension = dense == null ? hidden : dense.outputDimension();
  }

  /**
   * DJL logs through SLF4J: initialised once before the engines load (the tokenizer and the ONNX session load on
   * two threads; initialised from both at once, SLF4J prints a warning about replayed log calls). Not when the
   * class loads: a static model runs without the engines, and SLF4J's set-up is part of every short command's time.
   */
  private static synchronized void initialiseLogging() {
    LoggerFactory.getILoggerFactory();
  }

  /** Opens the model in {@code dir} ({@value ModelRecipe#MODEL_FILE}, {@value ModelRecipe#TOKENIZER_FILE}). */
  public static DjlEmbedder open(ModelRecipe recipe, Path dir) {
    return open(recipe, dir, EmbeddingResources.defaultThreads());
  }

  /** Opens the model with a pool of {@code threads} workers of its own and caches of the default size. */
  public static DjlEmbedder open(ModelRecipe recipe, Path dir, int threads) {
    return open(recipe, dir, new EmbeddingResources(null, threads, DEFAULT_CACHE_FLOATS));
  }

  /** Opens the model on its owner's worker pool (or one of its own when the pool's executor is null). */
  public static DjlEmbedder open(ModelRecipe recipe, Path dir, EmbeddingResources pool) {
    return open(recipe, dir, pool, true);
  }

  /**
   * Opens the model through the Hugging Face tokenizer and ONNX Runtime even when it is static: the reference the
   * Java path of a static model is checked and measured against.
   */
  public static DjlEmbedder openInEngines(ModelRecipe recipe, Path dir, int threads) {
    return open(recipe, dir, new EmbeddingResources(null, threads, DEFAULT_CACHE_FLOATS), false);
  }

  private static DjlEmbedder open(ModelRecipe recipe, Path dir, EmbeddingResources pool, boolean javaIfStatic) {
    Path onnx = requireFile(recipe, dir, ModelRecipe.MODEL_FILE);
    Path tokenizerFile = requireFile(recipe, dir, ModelRecipe.TOKENIZER_FILE);
    DenseLayer dense = recipe.dense() == null ? null
        : DenseLayer.load(requireFile(recipe, dir, recipe.dense().file()), recipe.dense().activation(), recipe.name());
    StaticModel staticModel = javaIfStatic ? StaticModel.read(onnx, tokenizerFile, recipe.maxTokens(),
        vocabularyCache(recipe.file(ModelRecipe.TOKENIZER_FILE))) : null;
    if (staticModel != null) {
      return new DjlEmbedder(recipe, onnx, tokenizerFile, null, null, staticModel, pool, dense);
    }
    initialiseLogging();
    OnnxRuntimeLibraries.useCache();
    // The tokenizer (a large JSON parsed natively) and the ONNX session are independent: loading them
    // side by side on two cores is what keeps opening the built-in model under two seconds.
    CompletableFuture<HuggingFaceTokenizer> tokenizerLoading =
        CompletableFuture.supplyAsync(() -> loadTokenizer(recipe, tokenizerFile));
    ZooModel<TokenBatch, HiddenStates> model;
    try {
      model = Criteria.builder()
          .setTypes(TokenBatch.class, HiddenStates.class)
          .optModelPath(dir)
          .optModelName("model")
          .optEngine("OnnxRuntime")
          .optTranslator(new HiddenStateTranslator())
          // Parallelism comes from running batches side by side; one thread per run avoids oversubscription.
          .optOption("intraOpNumThreads", "1")
          .build()
          .loadModel();
    } catch (Exception e) {
      tokenizerLoading.thenAccept(HuggingFaceTokenizer::close);
      throw new QantaraException(corrupt(recipe, "cannot load the ONNX model " + onnx + " of '" + recipe.name()
          + "': " + rootMessage(e)), e);
    }
    HuggingFaceTokenizer tokenizer;
    try {
      tokenizer = tokenizerLoading.join();
    } catch (CompletionException e) {
      model.close();
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
    return new DjlEmbedder(recipe, onnx, tokenizerFile, tokenizer, model, null, pool, dense);
  }

  /**
   * Where the Java tokenizer keeps the vocabulary of a tokenizer file with a known checksum, read back at the next
   * start instead of parsed again ({@link WordPieceTokenizer#read}); null when the checksum is not known.
   */
  private static Path vocabularyCache(ModelRecipe.ModelFile tokenizer) {
    return tokenizer == null || tokenizer.sha256() == null ? null
        : CacheFolder.root().resolve("tokenizers").resolve(tokenizer.sha256() + ".vocabulary");
  }

  /** A static model's table and the Java tokenizer of its tokenizer.json, when both are of a kind Java runs. */
  private record StaticModel(StaticTokenTable table, WordPieceTokenizer tokenizer) {
    static StaticModel read(Path onnx, Path tokenizerFile, int maxTokens, Path vocabularyCache) {
      try {
        StaticTokenTable table = StaticTokenTable.read(onnx, "input_ids", OUTPUT_NAMES);
        WordPieceTokenizer tokenizer = table == null ? null
            : WordPieceTokenizer.read(tokenizerFile, maxTokens, vocabularyCache);
        return tokenizer != null && tokenizer.maxId() < table.vocabularySize() ? new StaticModel(table, tokenizer)
            : null;
      } catch (IOException | RuntimeException e) {
        return null; // not readable as a static model: the engines open it, or say what is wrong with it
      }
    }
  }

  /** The Hugging Face tokenizer, built on first use for a static model (a text its Java tokenizer leaves to it). */
  private HuggingFaceTokenizer referenceTokenizer() {
    HuggingFaceTokenizer built = tokenizer;
    if (built == null) {
      synchronized (this) {
        built = tokenizer;
        if (built == null) {
          built = loadTokenizer(recipe, tokenizerFile);
          tokenizer = built;
        }
      }
    }
    return built;
  }

  @Override
  public String modelId() {
    return modelId;
  }

  /** The checksums of the recipe's files: as checked on opening when the registry opened the model. */
  @Override
  public String filesChecksum() {
    MessageDigest digest = Sha256.newDigest();
    for (ModelRecipe.ModelFile file : recipe.files()) {
      digest.update((file.saveAs() + " " + file.sha256() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return Sha256.hex(digest);
  }

  @Override
  public int dimension() {
    return dimension;
  }

  public ModelRecipe recipe() {
    return recipe;
  }

  /** Whether the model runs in Java (a static model), without the Hugging Face tokenizer or ONNX Runtime. */
  boolean runsInJava() {
    return table != null;
  }

  /**
   * A model run by ONNX Runtime: yes (one call of a hundred documents' texts took 0.85 the CPU of a call a
   * document, {@code bin/bench --main EmbeddingAcrossDocuments --engines}). A static model in Java: no, it looks
   * each text's tokens up on their own (one call: 1.04–1.09 of a call a document).
   */
  @Override
  public boolean gainsFromLargerCalls() {
    return !runsInJava();
  }

  @Override
  public float[][] embedSentences(List<String> texts) {
    return embedSentences(texts, Progress.NONE, "");
  }

  @Override
  public float[][] embedSentences(List<String> texts, Progress progress, String item) {
    // Arrays kept in the cache, or handed out twice, are copied: the caller may change what it gets.
    return cached(texts, sentenceCache, false, (text, f) -> sentenceVector(f), progress, item, float[]::clone)
        .toArray(float[][]::new);
  }

  /**
   * The built-in kind of model (a static table, mean pooling, no dense layer): each text's vector as
   * {@link #embedSentences} gives it, to the last bit, with the length of its token sum. Not kept in the sentence
   * cache (whose entries are vectors alone): a long document's sentences, each asked for once.
   */
  @Override
  public SummableVectors embedSummable(List<String> texts, Progress progress, String item) {
    if (table == null || recipe.pooling() != Pooling.MEAN || dense != null || !recipe.normalize()) {
      return null;
    }
    List<Summed> summed = cached(texts, nothingKept, false, (text, f) -> summed(f), progress, item,
        s -> new Summed(s.vector().clone(), s.sumLength()));
    float[][] vectors = new float[summed.size()][];
    float[] lengths = new float[summed.size()];
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = summed.get(i).vector();
      lengths[i] = summed.get(i).sumLength();
    }
    return new SummableVectors(vectors, lengths);
  }

  /** One text's vector and the length of its token sum. */
  private record Summed(float[] vector, float sumLength) {}

  private Summed summed(Forwarded forwarded) {
    // Measured before the sentence vector divides the sum by the token count in place.
    float length = forwarded.tokens() == 0 ? 0 : (float) Vectors.norm(forwarded.tokenSum());
    return new Summed(sentenceVector(forwarded), length);
  }

  /** A static model read by {@link StaticTokenTable}: each token's vector is its table row. */
  @Override
  public boolean tokenVectorsContextFree() {
    return table != null;
  }

  @Override
  public List<TokenVectors> embedTokens(List<String> texts) {
    return cached(texts, tokenCache, true, this::tokenVectors, Progress.NONE, "", UnaryOperator.identity());
  }

  @Override
  public void close() {
    if (ownsWorkers) {
      workers.shutdownNow();
    }
    predictors.forEach(Predictor::close);
    if (model != null) {
      model.close();
    }
    // Freeing a large vocabulary (the built-in model's 350,000 entries) takes a third of a second of native
    // work that nobody waits for: it runs on a daemon thread, which a process that is exiting anyway skips.
    HuggingFaceTokenizer built = tokenizer;
    if (built != null) {
      Thread.ofPlatform().daemon().name("qantara-tokenizer-release").start(built::close);
    }
  }

  /**
   * Looks each distinct text up in the cache and computes the missing ones in one batched pass; a result that
   * stays in the cache or is handed out more than once goes out as {@code copy} of it.
   */
  private <R> List<R> cached(List<String> texts, EmbeddingCache<R> cache, boolean withSpans,
      BiFunction<String, Forwarded, R> reduce, Progress progress, String item, UnaryOperator<R> copy) {
    Map<String, R> found = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (String text : texts) {
      if (!found.containsKey(text)) {
        R hit = cache.get(modelId, text);
        found.put(text, hit);
        if (hit == null) {
          missing.add(text);
        }
      }
    }
    // Progress counts every text asked for; those found in the cache are done from the start.
    List<R> computed = computeInBatches(missing, withSpans, reduce, progress, item, texts.size());
    if (missing.isEmpty()) {
      progress.step(Progress.Stage.EMBEDDING, item, texts.size(), texts.size());
    }
    boolean keep = cache.worthKeeping(computed.stream().mapToLong(cache::weigh).sum());
    Set<String> fresh = keep ? new HashSet<>() : new HashSet<>(missing);
    for (int i = 0; i < missing.size(); i++) {
      found.put(missing.get(i), computed.get(i));
      if (keep) {
        cache.put(modelId, missing.get(i), computed.get(i));
      }
    }
    List<R> results = new ArrayList<>(texts.size());
    for (String text : texts) {
      R result = found.get(text);
      results.add(fresh.remove(text) ? result : copy.apply(result));
    }
    return results;
  }

  private <R> List<R> computeInBatches(List<String> texts, boolean withSpans,
      BiFunction<String, Forwarded, R> reduce, Progress progress, String item, int asked) {
    progress.checkpoint();
    if (texts.isEmpty()) {
      return List.of();
    }
    // Similar lengths in one batch keep padding short; small inputs are split so every worker gets some.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> texts.get(i).length()));
    int batchSize = Math.min(MAX_BATCH, Math.max(1, (texts.size() + threads - 1) / threads));
    List<List<Integer>> batches = new ArrayList<>();
    for (int start = 0; start < order.size(); start += batchSize) {
      batches.add(order.subList(start, Math.min(order.size(), start + batchSize)));
    }
    List<Future<List<R>>> futures = new ArrayList<>();
    for (List<Integer> batch : batches) {
      futures.add(workers.submit(() -> {
        List<String> batchTexts = batch.stream().map(texts::get).toList();
        List<Forwarded> forwarded = forward(batchTexts, withSpans);
        List<R> results = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
          results.add(reduce.apply(batchTexts.get(i), forwarded.get(i)));
        }
        return results;
      }));
    }
    List<R> results = new ArrayList<>(Collections.nCopies(texts.size(), null));
    long done = 0;
    try {
      for (int b = 0; b < batches.size(); b++) {
        List<R> batchResults = await(futures.get(b));
        for (int i = 0; i < batchResults.size(); i++) {
          results.set(batches.get(b).get(i), batchResults.get(i));
        }
        done += batchResults.size();
        progress.step(Progress.Stage.EMBEDDING, item, asked - texts.size() + done, asked);
      }
    } catch (RuntimeException e) {
      // Cancelled or failed: the batches not yet run are not wanted any more.
      futures.forEach(f -> f.cancel(true));
      throw e;
    }
    return results;
  }

  private <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Progress.Cancelled();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("embedding with " + modelId + " failed", e.getCause());
    }
  }

  /**
   * The tokens of one text with their spans when spans were asked for (else null) and its token vectors
   * (one row per token, special tokens included).
   */
  private record Forwarded(TokenSpans spans, HiddenStates states, int row, int tokens, float[] tokenSum) {
    Forwarded(TokenSpans spans, HiddenStates states, int row, int tokens) {
      this(spans, states, row, tokens, null);
    }

    int dimension() {
      return tokenSum != null ? tokenSum.length : states.dimension();
    }

    float[] token(int index) {
      int from = states.offset(row, index);
      return Arrays.copyOfRange(states.data(), from, from + states.dimension());
    }

    /** The mean of the token vectors, read straight from the batch output without copying rows. */
    float[] mean() {
      float[] sum = tokenSum;
      if (sum == null) {
        sum = new float[states.dimension()];
        float[] data = states.data();
        for (int t = 0; t < tokens; t++) {
          int from = states.offset(row, t);
          for (int d = 0; d < sum.length; d++) {
            sum[d] += data[from + d];
          }
        }
      }
      for (int d = 0; d < sum.length; d++) {
        sum[d] /= tokens;
      }
      return sum;
    }
  }

  /**
   * Token ids alone, straight from the native tokenizer: a full {@link Encoding} also copies tokens, spans and
   * masks into Java objects, which made tokenisation the bottleneck of sentence embedding with small models.
   */
  private static long[] tokenIds(HuggingFaceTokenizer tokenizer, String text) {
    long encoding = TokenizersLibrary.LIB.encode(tokenizer.getHandle(), text, true);
    try {
      return TokenizersLibrary.LIB.getTokenIds(encoding);
    } finally {
      TokenizersLibrary.LIB.deleteEncoding(encoding);
    }
  }

  /** Tokenises and runs one batch; texts that tokenise to nothing get no model run and no rows. */
  private List<Forwarded> forward(List<String> texts, boolean withSpans) {
    if (table != null) {
      return forwardStatic(texts, withSpans);
    }
    TokenSpans[] spans = new TokenSpans[texts.size()];
    long[][] textIds = new long[texts.size()][];
    int length = 0;
    List<Integer> nonEmpty = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (withSpans || names != null) {
        Encoding encoding = tokenizer.encode(prefix + texts.get(i));
        spans[i] = TokenSpans.of(encoding);
        textIds[i] = encoding.getIds();
        if (names != null) {
          Named named = named(prefix + texts.get(i), Arrays.stream(textIds[i]).mapToInt(Math::toIntExact).toArray(),
              spans[i], null);
          spans[i] = named.spans();
          textIds[i] = Arrays.stream(named.ids()).asLongStream().toArray();
        }
      } else {
        textIds[i] = tokenIds(tokenizer, prefix + texts.get(i));
      }
      int n = textIds[i].length;
      if (n > 0) {
        nonEmpty.add(i);
        length = Math.max(length, n);
      }
    }
    HiddenStates states = null;
    int[] batchRow = new int[texts.size()];
    if (!nonEmpty.isEmpty()) {
      long[][] ids = new long[nonEmpty.size()][length];
      long[][] mask = new long[nonEmpty.size()][length];
      for (int row = 0; row < nonEmpty.size(); row++) {
        long[] rowIds = textIds[nonEmpty.get(row)];
        System.arraycopy(rowIds, 0, ids[row], 0, rowIds.length);
        Arrays.fill(mask[row], 0, rowIds.length, 1L);
      }
      states = predict(new TokenBatch(ids, mask, usesTokenTypes));
      for (int row = 0; row < nonEmpty.size(); row++) {
        batchRow[nonEmpty.get(row)] = row;
      }
    }
    List<Forwarded> result = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      result.add(new Forwarded(spans[i], states, batchRow[i], textIds[i].length));
    }
    return result;
  }

  /**
   * A static model's token vectors, one text at a time (no padding): the Java tokenizer's ids, or the Hugging
   * Face tokenizer's for a text the Java one leaves to it, and the table's rows for them.
   */
  private List<Forwarded> forwardStatic(List<String> texts, boolean withSpans) {
    List<Forwarded> result = new ArrayList<>(texts.size());
    int dim = table.dimension();
    for (String text : texts) {
      String input = prefix + text;
      TokenSpans spans = null;
      int[] ids;
      if (withSpans) {
        WordPieceTokenizer.Pieces pieces = wordPieces.pieces(input);
        if (pieces != null) {
          spans = TokenSpans.of(pieces);
          ids = pieces.ids();
        } else {
          Encoding encoding = referenceTokenizer().encode(input);
          spans = TokenSpans.of(encoding);
          ids = Arrays.stream(encoding.getIds()).mapToInt(Math::toIntExact).toArray();
        }
      } else {
        ids = wordPieces.ids(input);
        if (ids == null) {
          ids = Arrays.stream(tokenIds(referenceTokenizer(), input)).mapToInt(Math::toIntExact).toArray();
        }
      }
      if (names != null) {
        Named named = named(input, ids, spans, wordPieces);
        ids = named.ids();
        spans = named.spans();
      }
      if (!withSpans && recipe.pooling() == Pooling.MEAN) {
        // A sentence vector needs the sum of the token vectors alone: added up token after token as mean() adds the
        // rows (the same floats), without writing the rows out first.
        float[] sum = new float[dim];
        for (int id : ids) {
          table.add(id, sum);
        }
        result.add(new Forwarded(null, null, 0, ids.length, sum));
        continue;
      }
      float[] data = new float[ids.length * dim];
      for (int t = 0; t < ids.length; t++) {
        table.write(ids[t], data, t * dim);
      }
      result.add(new Forwarded(spans, new HiddenStates(data, ids.length, dim), 0, ids.length));
    }
    return result;
  }

  /** A text's token ids and spans (null when not asked for) with its name tokens. */
  private record Named(int[] ids, TokenSpans spans) {}

  /**
   * Adds each name word's bucket token ({@link NameKeys}) after the word's pieces, on both paths alike; the pieces'
   * strings come from the spans, or from the Java tokenizer's vocabulary when there are none.
   */
  private Named named(String input, int[] ids, TokenSpans spans, WordPieceTokenizer vocabulary) {
    List<NameKeys.Name> found = spans != null ? names.find(ids, i -> spans.pieces()[i], capitalised(input, spans))
        : names.find(ids, i -> nameKind(vocabulary, ids[i]), i -> vocabulary.token(ids[i]), i -> true);
    if (found.isEmpty()) {
      return new Named(ids, spans);
    }
    if (spans == null) {
      // Whether a Latin name candidate is capitalised needs the spans, so only a text with a Latin candidate that the
      // text may show capitalised pays for them; an Arabic candidate needs none, and a Latin word the text shows in
      // lower case alone ("revealed" = rev + e + a + l + ed) is no name, as the spans would tell.
      List<NameKeys.Name> told = capitalisedByText(input, found, ids, vocabulary);
      if (told != null) {
        found = told;
      } else {
        WordPieceTokenizer.Pieces pieces = vocabulary.pieces(input);
        TokenSpans withSpans = pieces != null ? TokenSpans.of(pieces)
            : TokenSpans.of(referenceTokenizer().encode(input));
        found = names.find(ids, i -> withSpans.pieces()[i], capitalised(input, withSpans));
      }
      if (found.isEmpty()) {
        return new Named(ids, null);
      }
    }
    int count = ids.length + found.size();
    int[] withNames = new int[count];
    String[] pieces = new String[count];
    boolean[] special = new boolean[count];
    int[] starts = new int[count];
    int[] ends = new int[count];
    int from = 0;
    int to = 0;
    for (NameKeys.Name name : found) {
      int run = name.end() - from;
      System.arraycopy(ids, from, withNames, to, run);
      if (spans != null) {
        System.arraycopy(spans.pieces(), from, pieces, to, run);
        System.arraycopy(spans.special(), from, special, to, run);
        System.arraycopy(spans.starts(), from, starts, to, run);
        System.arraycopy(spans.ends(), from, ends, to, run);
        // The name's token spans the whole word.
        pieces[to + run] = NameKeys.bucketToken(name.id() - names.firstId());
        starts[to + run] = spans.starts()[name.start()];
        ends[to + run] = spans.ends()[name.end() - 1];
      }
      withNames[to + run] = name.id();
      from = name.end();
      to += run + 1;
    }
    System.arraycopy(ids, from, withNames, to, ids.length - from);
    if (spans == null) {
      return new Named(withNames, null);
    }
    System.arraycopy(spans.pieces(), from, pieces, to, ids.length - from);
    System.arraycopy(spans.special(), from, special, to, ids.length - from);
    System.arraycopy(spans.starts(), from, starts, to, ids.length - from);
    System.arraycopy(spans.ends(), from, ends, to, ids.length - from);
    return new Named(withNames, new TokenSpans(pieces, special, starts, ends));
  }

  /** Each token id's {@link NameKeys#kind}, made on first use (0: not yet; racing threads make the same byte). */
  private volatile byte[] nameKinds;

  private int nameKind(WordPieceTokenizer vocabulary, int id) {
    byte[] kinds = nameKinds;
    if (kinds == null) {
      kinds = new byte[vocabulary.maxId() + 1];
      nameKinds = kinds;
    }
    int kind = kinds[id] & 0xff;
    if (kind == 0) {
      kind = names.kind(vocabulary.token(id));
      kinds[id] = (byte) kind;
    }
    return kind;
  }

  /**
   * The name candidates of a text tokenised without spans, less the Latin words the text shows in lower case, or null
   * when the text alone cannot tell and the spans must: a Latin word it shows both ways, or not as the normaliser
   * left it (accents, ligatures, truncation), so that its occurrences are not exactly the candidates.
   */
  private static List<NameKeys.Name> capitalisedByText(String input, List<NameKeys.Name> found, int[] ids,
      WordPieceTokenizer vocabulary) {
    List<NameKeys.Name> kept = new ArrayList<>(found.size());
    List<String> words = new ArrayList<>(found.size());
    for (NameKeys.Name name : found) {
      words.add(vocabulary.token(ids[name.start()]).charAt(0) < 0x80
          ? NameKeys.word(name.start(), name.end(), i -> vocabulary.token(ids[i])) : null);
    }
    for (int n = 0; n < found.size(); n++) {
      String word = words.get(n);
      if (word == null) {
        kept.add(found.get(n)); // an Arabic word: a name whatever the case
        continue;
      }
      int upper = 0;
      int lower = 0;
      for (int i = 0; i + word.length() <= input.length(); i++) {
        if (input.regionMatches(true, i, word, 0, word.length()) && (i == 0
            || !Character.isLetterOrDigit(input.charAt(i - 1))) && (i + word.length() == input.length()
            || !Character.isLetterOrDigit(input.charAt(i + word.length())))) {
          if (Character.isUpperCase(input.codePointAt(i))) {
            upper++;
          } else {
            lower++;
          }
        }
      }
      if ((upper > 0 && lower > 0) || upper + lower != Collections.frequency(words, word)) {
        return null;
      }
      if (upper > 0) {
        kept.add(found.get(n));
      }
    }
    return kept;
  }

  /** Whether the character a token starts at is upper case in the text the tokenizer was given. */
  private static IntPredicate capitalised(String input, TokenSpans spans) {
    OffsetMap offsets = new OffsetMap(input);
    return i -> spans.starts()[i] >= 0 && Character.isUpperCase(input.codePointAt(offsets.toUtf16(spans.starts()[i])));
  }

  /** Each token's piece, whether it is a special token, and its span in code points (start -1: none). */
  private record TokenSpans(String[] pieces, boolean[] special, int[] starts, int[] ends) {
    static TokenSpans of(Encoding encoding) {
      String[] pieces = encoding.getTokens();
      long[] specialMask = encoding.getSpecialTokenMask();
      CharSpan[] spans = encoding.getCharTokenSpans();
      boolean[] special = new boolean[pieces.length];
      int[] starts = new int[pieces.length];
      int[] ends = new int[pieces.length];
      for (int i = 0; i < pieces.length; i++) {
        special[i] = specialMask[i] != 0;
        starts[i] = spans[i] == null ? -1 : spans[i].getStart();
        ends[i] = spans[i] == null ? -1 : spans[i].getEnd();
      }
      return new TokenSpans(pieces, special, starts, ends);
    }

    static TokenSpans of(WordPieceTokenizer.Pieces pieces) {
      return new TokenSpans(pieces.pieces(), new boolean[pieces.ids().length], pieces.starts(), pieces.ends());
    }
  }

  private HiddenStates predict(TokenBatch batch) {
    Predictor<TokenBatch, HiddenStates> predictor;
    try {
      predictor = predictors.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a predictor of " + modelId, e);
    }
    try {
      return predictor.predict(batch);
    } catch (TranslateException e) {
      throw new IllegalStateException("model " + modelId + " failed on a batch of " + batch.ids().length, e);
    } finally {
      predictors.add(predictor);
    }
  }

  private float[] sentenceVector(Forwarded forwarded) {
    if (forwarded.tokens() == 0) {
      // Nothing to pool (an empty text under a tokenizer without special tokens): a zero vector, similar to nothing.
      return new float[dimension];
    }
    float[] pooled = recipe.pooling() == Pooling.CLS ? forwarded.token(0) : forwarded.mean();
    float[] vector = dense == null ? pooled : dense.apply(pooled);
    // The pooled (or dense) vector is this text's own fresh array: scaled in place, not copied.
    return recipe.normalize() ? Vectors.scaleToUnit(vector) : vector;
  }

  private TokenVectors tokenVectors(String text, Forwarded forwarded) {
    TokenSpans spans = forwarded.spans();
    String[] pieces = spans.pieces();
    OffsetMap offsets = new OffsetMap(prefix + text);
    int shift = prefix.length();
    List<TokenVectors.Token> tokens = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    for (int i = 0; i < pieces.length; i++) {
      if (spans.special()[i] || spans.starts()[i] < 0) {
        continue;
      }
      int start = offsets.toUtf16(spans.starts()[i]) - shift;
      int end = offsets.toUtf16(spans.ends()[i]) - shift;
      if (start < 0 || end <= start) {
        continue; // part of the model's input prefix, or a token with no text of its own
      }
      tokens.add(new TokenVectors.Token(pieces[i], start, endAfterMarks(text, end)));
      vectors.add(forwarded.token(i));
    }
    return new TokenVectors(text, tokens, vectors.toArray(float[][]::new));
  }

  /**
   * When a normalizer deletes Arabic diacritics or tatweel, the tokenizer's span of a word stops before the
   * deleted marks at its end ("قِطَّةً" would lose its final tanwin). Marks belong to the letter before them,
   * so the span is stretched over them.
   */
  static int endAfterMarks(String text, int end) {
    int i = end;
    while (i < text.length()
        && (Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK || text.charAt(i) == '\u0640')) {
      i++;
    }
    return i;
  }

  /**
   * The tokenizer counts offsets in Unicode code points; Java strings index UTF-16 units. They differ only
   * after a character outside the Basic Multilingual Plane (an emoji, say), so the map is built only then.
   */
  private static final class OffsetMap {
    private final int[] utf16OfCodePoint;

    OffsetMap(String text) {
      if (text.codePointCount(0, text.length()) == text.length()) {
        utf16OfCodePoint = null;
      } else {
        int count = text.codePointCount(0, text.length());
        utf16OfCodePoint = new int[count + 1];
        for (int cp = 0, unit = 0; cp <= count; cp++) {
          utf16OfCodePoint[cp] = unit;
          if (cp < count) {
            unit += Character.charCount(text.codePointAt(unit));
          }
        }
      }
    }

    int toUtf16(int codePointOffset) {
      return utf16OfCodePoint == null ? codePointOffset
          : utf16OfCodePoint[Math.min(codePointOffset, utf16OfCodePoint.length - 1)];
    }
  }

  private static HuggingFaceTokenizer loadTokenizer(ModelRecipe recipe, Path file) {
    initialiseLogging();
    // Built from the local file only: a "tokenizer" argument to DJL's criteria would be taken for a hub id.
    Map<String, String> options = Map.of(
        "addSpecialTokens", "true",
        "truncation", "true",
        "padding", "false",
        "maxLength", Integer.toString(recipe.maxTokens()));
    try {
      return HuggingFaceTokenizer.newInstance(file, options);
    } catch (IOException | RuntimeException e) {
      throw new QantaraException(corrupt(recipe, "cannot load the tokenizer " + file + " of '" + recipe.name()
          + "': " + rootMessage(e)), e);
    }
  }

  private static Path requireFile(ModelRecipe recipe, Path dir, String name) {
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new QantaraException(new Problem.ModelMissing(recipe.name(), recipe.builtin(), dir, name));
    }
    return file;
  }

  /** Damaged files, found on opening (not by checking their sums). */
  private static Problem corrupt(ModelRecipe recipe, String detail) {
    return new Problem.ModelCorrupt(recipe.name(), recipe.builtin(), detail, false);
  }

  /** Name plus the first 12 hex digits of the graph's checksum: a rebuilt or re-pinned model gets a new id. */
  private static String modelId(ModelRecipe recipe, Path onnx) {
    ModelRecipe.ModelFile described = recipe.file(ModelRecipe.MODEL_FILE);
    String sha = described == null ? null : described.sha256();
    if (sha == null) {
      try {
        sha = Sha256.of(onnx);
      } catch (IOException e) {
        throw new QantaraException(corrupt(recipe, "cannot read " + onnx + ": " + e.getMessage()), e);
      }
    }
    return recipe.name() + "@" + sha.substring(0, 12);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  /** Padded token ids and attention mask of one batch. */
  record TokenBatch(long[][] ids, long[][] mask, boolean withTokenTypes) {}

  /** The graph's token vectors, flat in [batch, seq, dim] order. */
  record HiddenStates(float[] data, int length, int dimension) {
    int offset(int batchRow, int token) {
      return (batchRow * length + token) * dimension;
    }
  }

  /** Feeds named inputs (as the graph declares them) and picks the token-vector output by name. */
  static final class HiddenStateTranslator implements NoBatchifyTranslator<TokenBatch, HiddenStates> {
    @Override
    public NDList processInput(TranslatorContext ctx, TokenBatch batch) {
      NDManager manager = ctx.getNDManager();
      Shape shape = new Shape(batch.ids().length, batch.ids()[0].length);
      NDList inputs = new NDList(named(manager.create(flatten(batch.ids()), shape), "input_ids"),
          named(manager.create(flatten(batch.mask()), shape), "attention_mask"));
      if (batch.withTokenTypes()) {
        inputs.add(named(manager.zeros(shape, DataType.INT64), TOKEN_TYPE_IDS));
      }
      return inputs;
    }

    @Override
    public HiddenStates processOutput(TranslatorContext ctx, NDList outputs) {
      NDArray hidden = outputs.stream()
          .filter(a -> OUTPUT_NAMES.contains(a.getName()))
          .findFirst()
          .orElseGet(() -> outputs.stream().filter(a -> a.getShape().dimension() == 3).findFirst()
              .orElseThrow(() -> new IllegalStateException("the model has no [batch, seq, dim] output; outputs: "
                  + outputs.getShapes())));
      Shape shape = hidden.getShape();
      return new HiddenStates(hidden.toFloatArray(), (int) shape.get(1), (int) shape.get(2));
    }

    private static NDArray named(NDArray array, String name) {
      array.setName(name);
      return array;
    }

    private static long[] flatten(long[][] rows) {
      long[] flat = new long[rows.length * rows[0].length];
      for (int r = 0; r < rows.length; r++) {
        System.arraycopy(rows[r], 0, flat, r * rows[0].length, rows[0].length);
      }
      return flat;
    }
  }
}
