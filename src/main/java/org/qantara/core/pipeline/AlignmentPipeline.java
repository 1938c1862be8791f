package org.qantara.core.pipeline;

import java.util.List;
import org.qantara.core.Progress;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.Aligner;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.align.Link;
import org.qantara.core.align.AlignmentResult;
import org.qantara.core.align.OverlapEmbedding;
import org.qantara.core.align.SentenceVectors;
import org.qantara.core.embed.Embedder;
import org.qantara.core.text.Document;
import org.qantara.core.text.Sentence;

/**
 * The one way in for every shell (CLI, workbench, batch): embeds both documents' sentence overlaps with
 * the given model, aligns them, and gives the links that join several sentences a second look with the
 * word alignment ({@link WordEvidenceRefinement}).
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
    return align(source, target, Progress.NONE).aligned();
  }

  /**
   * Aligns the documents and keeps the vectors of their sentences and runs; reports embedding and aligning to
   * {@code progress} and stops when it is cancelled.
   */
  public AlignmentResult align(Document source, Document target, Progress progress) {
    int maxOverlap = aligner.params().maxOverlap();
    SentenceVectors sourceVectors =
        SentenceVectors.embed(source.sentenceTexts(), embedder, maxOverlap, progress, source.name());
    SentenceVectors targetVectors =
        SentenceVectors.embed(target.sentenceTexts(), embedder, maxOverlap, progress, target.name());
    List<Link> links = aligner.align(OverlapEmbedding.of(sourceVectors), OverlapEmbedding.of(targetVectors),
        characterCounts(source), characterCounts(target), progress);
    links = new WordEvidenceRefinement(source, target, sourceVectors, targetVectors, embedder, aligner).refine(links);
    return new AlignmentResult(new AlignedDocuments(source, target, links, embedder.modelId(), aligner.params()),
        sourceVectors, targetVectors);
  }

  /**
   * The length in characters of each sentence, as the aligner's length term wants them: a run of characters
   * longer than any word counted as one word ({@link Sentence#weighedLength()}), so that one giant token does
   * not move the length ratio of the whole document.
   */
  public static int[] characterCounts(Document document) {
    return document.sentences().stream().mapToInt(Sentence::weighedLength).toArray();
  }
}
