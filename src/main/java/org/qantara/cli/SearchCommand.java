package org.qantara.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.qantara.core.corpus.Corpus;
import org.qantara.core.corpus.CorpusHit;
import org.qantara.core.corpus.Occurrence;
import org.qantara.core.corpus.SearchPage;
import org.qantara.core.session.Session;
import org.qantara.core.text.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the corpus. By default a concordance: words or \"phrases\" in Arabic or English (all required;",
      "OR, NOT, +word, -word as in Lucene), each hit with its counterpart and the matched words marked.",
      "With --similar, QUERY is a sentence in either language and the nearest pairs by meaning are listed",
      "with their similarity (a translation-memory lookup)."
    })
final class SearchCommand implements Runnable {
  @Parameters(paramLabel = "QUERY", description = "Words, a \"phrase\", or (with --similar) a sentence.")
  String query;

  @Option(names = "--similar", description = "Find the pairs nearest in meaning to QUERY (a sentence in either language).")
  boolean similar;

  @Option(names = "--keywords", paramLabel = "QUERY", description = "With --similar: only among pairs matching these words.")
  String keywords;

  @Option(names = {"-n", "--hits"}, defaultValue = "10", paramLabel = "N", description = "Hits per page (default: ${DEFAULT-VALUE}).")
  int hits;

  @Option(names = "--page", defaultValue = "1", paramLabel = "P", description = "Which page of hits, from 1 (default: ${DEFAULT-VALUE}).")
  int page;

  @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
      description = "Mark matched words in colour: always, never or auto (on a terminal).")
  String color;

  @Mixin CorpusOption corpus;
  @Mixin FilterOptions filter;
  @Mixin ModelOption model;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    if (hits < 1 || page < 1) {
      throw new org.qantara.core.QantaraException("--hits and --page must be at least 1", "give positive numbers");
    }
    PrintWriter out = spec.commandLine().getOut();
    boolean ansi = color.equalsIgnoreCase("always") || (color.equalsIgnoreCase("auto") && Terminal.isInteractive());
    if (similar) {
      try (Session session = model.openSession(); Corpus opened = corpus.openReadOnly(session.embedder())) {
        List<CorpusHit> nearest = opened.nearest(query, hits, filter.toFilter(), keywords);
        for (int k = 0; k < nearest.size(); k++) {
          print(out, k + 1, nearest.get(k), String.format(Locale.ROOT, "similarity %.3f", nearest.get(k).relevance()), ansi);
        }
        if (nearest.isEmpty()) {
          out.println("no pairs in the corpus" + (filter.toFilter().isEmpty() && keywords == null ? "" : " match the filters"));
        }
      }
      out.flush();
      return;
    }
    try (Corpus opened = corpus.openReadOnly(null)) {
      SearchPage result = opened.search(query, filter.toFilter(), page - 1, hits);
      out.printf("%d pair(s) match%s%n", result.totalHits(),
          result.totalHits() > hits ? String.format(Locale.ROOT, "; page %d of %d", page, (result.totalHits() + hits - 1) / hits) : "");
      for (int k = 0; k < result.hits().size(); k++) {
        CorpusHit hit = result.hits().get(k);
        print(out, (page - 1) * hits + k + 1, hit, String.format(Locale.ROOT, "relevance %.2f", hit.relevance()), ansi);
      }
    }
    out.flush();
  }

  private static void print(PrintWriter out, int number, CorpusHit hit, String measure, boolean ansi) {
    String places = hit.occurrences().stream().limit(3).map(o -> o.document() + "#" + o.position())
        .collect(Collectors.joining(", "));
    Occurrence first = hit.occurrences().isEmpty() ? null : hit.occurrences().get(0);
    out.printf(Locale.ROOT, "%n%d. %s  %s%s%s%n", number, measure, places,
        hit.count() > 3 ? " (+" + (hit.count() - 3) + " more)" : "",
        first == null || Double.isNaN(first.score()) ? "" : String.format(Locale.ROOT, "  score %.3f", first.score()));
    out.println("   ar: " + mark(hit.arabic(), hit.arabicMatches(), ansi));
    out.println("   en: " + mark(hit.english(), hit.englishMatches(), ansi));
  }

  /** The text with its matched words in bold on a terminal, between ⟦ ⟧ elsewhere. */
  private static String mark(String text, List<Span> matches, boolean ansi) {
    StringBuilder marked = new StringBuilder();
    int from = 0;
    for (Span span : matches) {
      marked.append(text, from, span.start()).append(ansi ? "\u001b[1;4m" : "⟦").append(text, span.start(), span.end())
          .append(ansi ? "\u001b[0m" : "⟧");
      from = span.end();
    }
    return marked.append(text.substring(from)).toString().replace('\n', ' ');
  }
}
