package org.qantara.core.session;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import org.qantara.core.Progress;
import org.qantara.core.align.Aligner;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.align.AlignmentResult;
import org.qantara.core.align.Link;
import org.qantara.core.align.SentenceVectors;
import org.qantara.core.embed.DjlEmbedder;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.EmbeddingResources;
import org.qantara.core.pipeline.AlignmentPipeline;
import org.qantara.core.pipeline.DocumentPair;
import org.qantara.core.review.ReviewOptions;
import org.qantara.core.review.ReviewReport;
import org.qantara.core.review.Reviewer;
import org.qantara.core.text.Document;

/**
 * What every shell works through: one embedding model, opened once, with the worker pool and the bounded
 * embedding caches that belong to it; then any number of alignments and reviews. Long calls report to a
 * {@link Progress} and stop with {@link Progress.Cancelled} between batches and between the stages of the
 * alignment when cancelled or interrupted. An alignment keeps the vectors it was made from, so its review,
 * a re-alignment of a stretch after an edit and a corpus index embed nothing twice. Thread-safe; close it to
 * release the model and the pool.
 */
public final class Session implements AutoCloseable {
  private final Embedder embedder;
  private final ExecutorService pool;

  private Session(Embedder embedder, ExecutorService pool) {
    this.embedder = embedder;
    this.pool = pool;
  }

  /** Opens the model with a pool of one worker a core (at most eight) and caches of the default size. */
  public static Session open(ModelSource model) {
    return open(model, EmbeddingResources.defaultThreads(), DjlEmbedder.DEFAULT_CACHE_FLOATS);
  }

  /**
   * Opens the model with {@code threads} workers and caches of at most {@code cacheFloats} floats each (sentence
   * vectors, token vectors).
   */
  public static Session open(ModelSource model, int threads, long cacheFloats) {
    ExecutorService pool = EmbeddingResources.newPool(threads, "qantara-session");
    try {
      return new Session(model.open(new EmbeddingResources(pool, threads, cacheFloats)), pool);
    } catch (RuntimeException e) {
      pool.shutdownNow();
      throw e;
    }
  }

  /** A session over an embedder opened elsewhere (another engine, a test model); closing the session closes it. */
  public static Session over(Embedder embedder) {
    return new Session(Objects.requireNonNull(embedder), null);
  }

  /** The model's identity, as alignments and reports record it. */
  public String modelId() {
    return embedder.modelId();
  }

  /** The model, for what the session does not wrap (retrieval evaluation, token vectors). */
  public Embedder embedder() {
    return embedder;
  }

  public AlignmentResult align(DocumentPair pair, AlignerParams params, Progress progress) {
    return align(pair.source(), pair.target(), params, progress);
  }

  public AlignmentResult align(Document source, Document target, AlignerParams params, Progress progress) {
    return new AlignmentPipeline(embedder, params).align(source, target, progress);
  }

  /** Reviews with the default options. */
  public ReviewReport review(AlignmentResult alignment, Progress progress) {
    return review(alignment, ReviewOptions.defaults(), progress);
  }

  /** Reviews every link of the alignment, using the vectors it was made from. */
  public ReviewReport review(AlignmentResult alignment, ReviewOptions options, Progress progress) {
    return Reviewer.review(alignment.aligned(), alignment.sourceVectors(), alignment.targetVectors(), embedder,
        options, progress);
  }

  /**
   * Reviews only the given links (after an edit touched them) against the whole documents, with the vectors
   * the alignment already has. An edited alignment of the same documents keeps its vectors:
   * {@code new AlignmentResult(edited, result.sourceVectors(), result.targetVectors())}.
   */
  public ReviewReport reviewLinks(AlignmentResult alignment, ReviewOptions options, Collection<Integer> linkIndices) {
    return Reviewer.reviewLinks(alignment.aligned(), alignment.sourceVectors(), alignment.targetVectors(), embedder,
        options, linkIndices);
  }

  /**
   * The vectors of {@code after}, a document edited from {@code before} (a sentence's text rewritten), given
   * {@code vectors}, those of {@code before}: the sentences both share at the start and at the end keep their
   * vectors, only the runs that hold a changed sentence are embedded. With the new vectors of an edited side an
   * alignment's review and re-alignment go on embedding nothing twice:
   * {@code new AlignmentResult(edited, newSourceVectors, targetVectors)}.
   */
  public SentenceVectors reembed(SentenceVectors vectors, Document before, Document after) {
    if (vectors.sentenceCount() != before.sentences().size()) {
      throw new IllegalArgumentException("the vectors are of a document of " + vectors.sentenceCount()
          + " sentences, not of " + before.name() + " (" + before.sentences().size() + ")");
    }
    List<String> old = before.sentenceTexts();
    List<String> now = after.sentenceTexts();
    int shorter = Math.min(old.size(), now.size());
    int head = 0;
    while (head < shorter && old.get(head).equals(now.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < shorter - head && old.get(old.size() - 1 - tail).equals(now.get(now.size() - 1 - tail))) {
      tail++;
    }
    return vectors.replaced(head, tail, now, embedder);
  }

  /**
   * Aligns source sentences [{@code sourceFrom}, {@code sourceTo}) with target sentences [{@code targetFrom},
   * {@code targetTo}) afresh, with the vectors the alignment already has and the costs of the whole documents:
   * what an editor does between two links a person has locked. The stretch gets the same second look with word
   * evidence as a whole alignment ({@link AlignmentPipeline#realign}). Returns the new links, numbered as in the
   * whole documents, to put in place of the links that covered the stretch.
   */
  public List<Link> realign(AlignmentResult alignment, int sourceFrom, int sourceTo, int targetFrom, int targetTo,
      AlignerParams params, Progress progress) {
    if (params.maxOverlap() > alignment.sourceVectors().maxRun()) {
      throw new IllegalArgumentException("the alignment's vectors cover runs of up to "
          + alignment.sourceVectors().maxRun() + " sentences; these settings need " + params.maxOverlap());
    }
    progress.checkpoint();
    List<Link> links = new AlignmentPipeline(embedder, params)
        .realign(alignment, List.of(new Aligner.Stretch(sourceFrom, sourceTo, targetFrom, targetTo))).get(0);
    progress.step(Progress.Stage.ALIGNING, "", 1, 1);
    return links;
  }

  @Override
  public void close() {
    try {
      embedder.close();
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }
}
