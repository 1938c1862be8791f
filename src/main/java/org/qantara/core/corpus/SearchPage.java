package org.qantara.core.corpus;

import java.util.List;

/** One page of search results and the number of pairs that match in all. */
public record SearchPage(long totalHits, int page, int pageSize, List<CorpusHit> hits) {
  public SearchPage {
    hits = List.copyOf(hits);
  }
}
