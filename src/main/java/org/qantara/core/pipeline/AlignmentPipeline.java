package org.qantara.core.pipeline;

import java.util.List;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.Aligner;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.align.Link;
import org.qantara.core.align.OverlapEmbedding;
import org.qantara.core.embed.Embedder;
import org.qantara.core.text.Document;
import org.qantara.core.text.Sentence;

/**
 * The one way in for every shell (CLI, workbench, batch): embeds both documents' sentence overlaps with
 * the given model and aligns them.
 */
public final class AlignmentPipeline {
  private final Embedder embedder;
  private final Aligner aligner;

  public AlignmentPipeline(Embedder embedder, AlignerParams params) {
    this.embedder = embedder;
    this.aligner = new Aligner(params);
  }

  public Embedder embedder() {
    return embedder;
  }

  public AlignerParams params() {
    return aligner.params();
  }

  public AlignedDocuments align(Document source, Document target) {
    int maxOverlap = aligner.params().maxOverlap();
    OverlapEmbedding sourceVectors = OverlapEmbedding.of(source.sentenceTexts(), embedder, maxOverlap);
    OverlapEmbedding targetVectors = OverlapEmbedding.of(target.sentenceTexts(), embedder, maxOverlap);
    List<Link> links =
        aligner.align(sourceVectors, targetVectors, characterCounts(source), characterCounts(target));
    return new AlignedDocuments(source, target, links, embedder.modelId(), aligner.params());
  }

  private static int[] characterCounts(Document document) {
    return document.sentences().stream().mapToInt(Sentence::length).toArray();
  }
}
