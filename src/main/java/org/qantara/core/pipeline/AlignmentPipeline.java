package org.qantara.core.pipeline;

import java.util.ArrayList;
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
    OverlapEmbedding sourceRuns = OverlapEmbedding.of(sourceVectors);
    OverlapEmbedding targetRuns = OverlapEmbedding.of(targetVectors);
    progress.checkpoint();
    // The document's costs once, for the search and the word-evidence pass's second search.
    Aligner.DocumentCosts costs = aligner.costs(sourceRuns, targetRuns, source.weighedLengths(), target.weighedLengths());
    List<Link> links = aligner.align(costs, progress);
    if (sourceVectors.isLong() || targetVectors.isLong()) {
      // The search's tables (at 46,000 sentences a side about 20 MB for its finest level alone) outlived many young
      // collections, so they sit in the old generation, which a run this short never collects: the word-evidence
      // pass's words (about 40 MB) would be put above them. One full collection now (about 0.1 s at 46,000
      // sentences) lets the pass reuse that memory instead (docs/BENCHMARKS.md, mem8).
      System.gc();
    }
    links = new WordEvidenceRefinement(source, target, sourceVectors, targetVectors, costs, embedder, aligner)
        .refine(links);
    return new AlignmentResult(new AlignedDocuments(source, target, links, embedder.modelId(), aligner.params()),
        sourceVectors, targetVectors);
  }

  /**
   * Aligns stretches of an alignment's documents afresh from its vectors (re-alignment between links a person has
   * fixed) and takes the same second look with word evidence as {@link #align}: the search confined to each
   * stretch with the whole documents' costs ({@link Aligner#alignStretches}), then the word-evidence pass over the
   * stretch's links, its coverage rates measured on the documents' links with the stretch's new ones in place. A
   * stretch that covers the whole documents gets exactly the links of {@link #align}.
   *
   * @return for each stretch, its links (document sentence indices) covering it exactly once, in order
   */
  public List<List<Link>> realign(AlignmentResult alignment, List<Aligner.Stretch> stretches) {
    Document source = alignment.aligned().source();
    Document target = alignment.aligned().target();
    OverlapEmbedding sourceRuns = OverlapEmbedding.of(alignment.sourceVectors());
    OverlapEmbedding targetRuns = OverlapEmbedding.of(alignment.targetVectors());
    Aligner.DocumentCosts costs = aligner.costs(sourceRuns, targetRuns, source.weighedLengths(), target.weighedLengths());
    List<List<Link>> searched = aligner.alignStretches(costs, stretches);
    WordEvidenceRefinement pass = new WordEvidenceRefinement(source, target, alignment.sourceVectors(),
        alignment.targetVectors(), costs, embedder, aligner);
    List<List<Link>> realigned = new ArrayList<>(stretches.size());
    for (int k = 0; k < stretches.size(); k++) {
      realigned.add(pass.refine(searched.get(k),
          inPlace(alignment.aligned().links(), stretches.get(k), searched.get(k))));
    }
    return realigned;
  }

  /** The links with those inside the stretch replaced by {@code replacement}. */
  private static List<Link> inPlace(List<Link> links, Aligner.Stretch stretch, List<Link> replacement) {
    List<Link> document = new ArrayList<>(links.size());
    boolean placed = false;
    for (Link link : links) {
      boolean inside = link.source().stream().allMatch(i -> i >= stretch.sourceFrom() && i < stretch.sourceTo())
          && link.target().stream().allMatch(j -> j >= stretch.targetFrom() && j < stretch.targetTo());
      if (!inside) {
        document.add(link);
      } else if (!placed) {
        document.addAll(replacement);
        placed = true;
      }
    }
    if (!placed) {
      document.addAll(replacement);
    }
    return document;
  }
}
