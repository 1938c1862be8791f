package org.qantara.core.corpus;

import java.util.Map;

/**
 * What a corpus holds.
 *
 * @param pairs distinct segment pairs stored
 * @param occurrences pairs counted with repetition (a pair in three documents counts three times)
 * @param pairsPerDocument per document id, the links it contributed
 * @param modelId the model whose vectors the index holds
 */
public record CorpusStats(
    long pairs, long occurrences, Map<String, Long> pairsPerDocument, String modelId, int schemaVersion) {
  public CorpusStats {
    pairsPerDocument = Map.copyOf(pairsPerDocument);
  }

  public int documents() {
    return pairsPerDocument.size();
  }
}
