package org.qantara.core.align;

/**
 * An alignment with the vectors it was made from: what the reviewer, a re-alignment after an edit and a corpus
 * index need, so that nothing is embedded twice.
 *
 * @param sourceVectors the embedder's vectors of the source's sentences and of every run the aligner looked at
 * @param targetVectors the same of the target
 */
public record AlignmentResult(AlignedDocuments aligned, SentenceVectors sourceVectors, SentenceVectors targetVectors) {
  public AlignmentResult {
    if (sourceVectors.sentenceCount() != aligned.source().sentences().size()
        || targetVectors.sentenceCount() != aligned.target().sentences().size()) {
      throw new IllegalArgumentException("the vectors belong to other documents");
    }
  }
}
