package org.qantara.core.embed;

import java.util.List;
import org.qantara.core.Progress;

/**
 * Turns text into vectors in one cross-lingual space. Implementations are thread-safe.
 * Sentence vectors are L2-normalised, so a dot product is a cosine.
 */
public interface Embedder extends AutoCloseable {

  /** Stable identity of the model (name plus a content hash), used as part of cache keys and in output. */
  String modelId();

  /**
   * What the vectors depend on, for deciding whether an earlier result is still current: for a model opened
   * from files, the checksums of all of them as checked when it was opened; by default the model id.
   */
  default String filesChecksum() {
    return modelId();
  }

  int dimension();

  /** One L2-normalised vector per text, in order. */
  float[][] embedSentences(List<String> texts);

  /**
   * Like {@link #embedSentences(List)}, reporting {@link Progress.Stage#EMBEDDING} of {@code item} to
   * {@code progress} and stopping when it is cancelled; implementations that batch report every batch.
   */
  default float[][] embedSentences(List<String> texts, Progress progress, String item) {
    progress.checkpoint();
    float[][] vectors = embedSentences(texts);
    progress.step(Progress.Stage.EMBEDDING, item, texts.size(), texts.size());
    return vectors;
  }

  /**
   * Whether one call with more texts costs less a text than several calls with fewer: true for a model run by
   * ONNX Runtime in padded batches (a run's fixed cost and its matrix products are shared by the batch), false
   * for one that embeds each text on its own, which has nothing to share. Threads working side by side put an
   * {@link EmbeddingQueue} in front of a shared session only when it says yes ({@link EmbeddingQueue#sharing}).
   */
  default boolean gainsFromLargerCalls() {
    return false;
  }

  /**
   * Sentence vectors ({@link #embedSentences(List)}) with the length of each text's token sum ({@link #embedSummable}).
   */
  record SummableVectors(float[][] vectors, float[] sumLengths) {}

  /**
   * {@link #embedSentences(List, Progress, String)} with, for a model whose vector of a text is the sum of its token
   * vectors scaled to unit length (a static model: a table row a token, mean pooling, no dense layer), the length of
   * each text's token sum; null for any other model. The vector of texts joined with a space is then, to rounding,
   * the sum of their vectors, each times its length, scaled to unit length: a long document's runs of sentences are
   * built so instead of embedded ({@code SentenceVectors}). Only a joined text past the model's token limit differs
   * (the model would cut it, the sum holds every token).
   */
  default SummableVectors embedSummable(List<String> texts, Progress progress, String item) {
    return null;
  }

  /** Token vectors with their character spans in each text, for word-level evidence. */
  List<TokenVectors> embedTokens(List<String> texts);

  /**
   * Whether a token's vector ({@link #embedTokens}) depends on the token alone, whatever text it stands in (a static
   * model: a table row a token): the same tokens then give the same vectors to the last bit. False for a model that
   * reads each token in its context (a transformer), and by default.
   */
  default boolean tokenVectorsContextFree() {
    return false;
  }

  @Override
  void close();
}
