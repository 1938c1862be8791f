package org.qantara.ui;

import java.nio.file.Path;
import java.util.List;
import org.qantara.core.QantaraException;
import org.qantara.core.corpus.Corpus;
import org.qantara.core.corpus.CorpusHit;
import org.qantara.core.corpus.CorpusStats;
import org.qantara.core.corpus.SearchFilter;
import org.qantara.core.corpus.SearchPage;
import org.qantara.core.embed.DjlEmbedder;
import org.qantara.core.embed.ModelRegistry;

/**
 * The concordance panel's hold on one corpus (the same {@link Corpus} API as {@code qantara search}), opened
 * for reading only, so that a {@code corpus add} may run beside the window. Keyword search needs no model;
 * the first search by meaning opens the model that made the corpus's vectors. Calls come from one worker
 * thread at a time, never the event thread.
 */
final class CorpusBrowser implements AutoCloseable {
  private final ModelRegistry registry;
  private Path dir;
  private Corpus corpus;
  private DjlEmbedder embedder;

  CorpusBrowser(ModelRegistry registry) {
    this.registry = registry;
  }

  /** Opens the corpus in {@code folder} (closing the one open before) and says what it holds. */
  synchronized CorpusStats open(Path folder) {
    Corpus opened = Corpus.openReadOnly(folder, null);
    close();
    dir = folder;
    corpus = opened;
    return corpus.stats();
  }

  synchronized Path folder() {
    return dir;
  }

  synchronized SearchPage keywords(String query, SearchFilter filter, int page, int pageSize) {
    return open().search(query, filter, page, pageSize);
  }

  /** The {@code k} pairs nearest in meaning to {@code sentence}, optionally among those matching {@code keywords}. */
  synchronized List<CorpusHit> similar(String sentence, int k, SearchFilter filter, String keywords) {
    Corpus current = open();
    if (embedder == null) {
      String modelId = current.modelId();
      if (modelId == null) {
        throw new QantaraException("the corpus " + dir + " holds no sentence vectors yet", "add documents to it first");
      }
      DjlEmbedder model = registry.open(Corpus.modelName(modelId));
      Corpus withModel;
      try {
        withModel = Corpus.openReadOnly(dir, model);
      } catch (RuntimeException e) {
        model.close();
        throw e;
      }
      current.close();
      corpus = withModel;
      embedder = model;
    }
    return corpus.nearest(sentence, k, filter, keywords);
  }

  private Corpus open() {
    if (corpus == null) {
      throw new QantaraException("no corpus is open", "open a corpus folder first");
    }
    return corpus;
  }

  @Override
  public synchronized void close() {
    if (corpus != null) {
      corpus.close();
      corpus = null;
    }
    if (embedder != null) {
      embedder.close();
      embedder = null;
    }
  }
}
