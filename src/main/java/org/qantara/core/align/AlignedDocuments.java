package org.qantara.core.align;

import java.util.List;
import org.qantara.core.text.Document;

/**
 * The result of aligning one translation pair: both documents, the links between their sentences (in
 * document order), the embedding model that produced them and the aligner settings.
 */
public record AlignedDocuments(
    Document source, Document target, List<Link> links, String modelId, AlignerParams params) {
  public AlignedDocuments {
    links = List.copyOf(links);
  }
}
