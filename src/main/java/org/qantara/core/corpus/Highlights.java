package org.qantara.core.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.qantara.core.text.Span;

/**
 * The matched words of a page of hits as character spans of the stored texts (Lucene's unified
 * highlighter, the whole text as one passage): the shells mark them their own way.
 */
final class Highlights {
  private final Object[] arabic;
  private final Object[] english;

  private Highlights(Object[] arabic, Object[] english) {
    this.arabic = arabic;
    this.english = english;
  }

  static Highlights of(IndexSearcher searcher, Analyzer analyzer, Query query, List<ScoreDoc> hits) throws IOException {
    if (hits.isEmpty()) {
      return new Highlights(new Object[0], new Object[0]);
    }
    SpanHighlighter highlighter = new SpanHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(WholeBreakIterator::new)
        .withFormatter(new SpanFormatter())
        .withMaxLength(Integer.MAX_VALUE - 1));
    int[] docs = hits.stream().mapToInt(h -> h.doc).toArray();
    Map<String, Object[]> found = highlighter.spans(query, docs);
    return new Highlights(found.get(Corpus.AR), found.get(Corpus.EN));
  }

  List<Span> arabic(int k) {
    return spans(arabic, k);
  }

  List<Span> english(int k) {
    return spans(english, k);
  }

  @SuppressWarnings("unchecked")
  private static List<Span> spans(Object[] formatted, int k) {
    return formatted == null || k >= formatted.length || formatted[k] == null ? List.of() : (List<Span>) formatted[k];
  }

  /** Opens the highlighter's per-field objects, which its public methods only give as strings. */
  private static final class SpanHighlighter extends UnifiedHighlighter {
    SpanHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    Map<String, Object[]> spans(Query query, int[] docs) throws IOException {
      return highlightFieldsAsObjects(new String[] {Corpus.AR, Corpus.EN}, query, docs, new int[] {1, 1});
    }
  }

  private static final class SpanFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Span> spans = new ArrayList<>();
      for (Passage passage : passages) {
        for (int m = 0; m < passage.getNumMatches(); m++) {
          int start = passage.getMatchStarts()[m];
          int end = passage.getMatchEnds()[m];
          if (!spans.isEmpty() && spans.getLast().end() >= start) {
            Span last = spans.removeLast();
            spans.add(new Span(last.start(), Math.max(last.end(), end)));
          } else {
            spans.add(new Span(start, end));
          }
        }
      }
      return spans;
    }
  }
}
