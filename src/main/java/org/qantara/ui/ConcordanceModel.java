package org.qantara.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.qantara.core.corpus.CorpusHit;
import org.qantara.core.corpus.CorpusStats;
import org.qantara.core.corpus.Occurrence;
import org.qantara.core.corpus.SearchFilter;
import org.qantara.core.corpus.SearchPage;
import org.qantara.core.formats.Imports;
import org.qantara.core.project.ProjectFiles;

/**
 * What the concordance / translation-memory panel shows, without Swing: the corpus open, the last search
 * (keywords with paging, or the nearest pairs to a sentence) and its hits, the hit selected, and one status
 * line. The searches themselves are {@link CorpusBrowser}'s; the panel hands their answers here.
 */
final class ConcordanceModel {
  static final int PAGE_SIZE = 20;
  static final int NEAREST = 10;

  enum Mode {
    /** Words or "phrases" in either language, as {@code qantara search}. */
    KEYWORDS,
    /** The pairs nearest in meaning to a sentence, as {@code qantara search --similar}. */
    SIMILAR
  }

  /** One hit as listed: its number in the whole result, the hit, and how well it matched in words. */
  record Row(int number, CorpusHit hit, String measure) {
    /** Where the pair occurs: the first documents and links, and how many more. */
    String places() {
      List<String> shown = hit.occurrences().stream().limit(2).map(ConcordanceModel::place).toList();
      int more = hit.count() - shown.size();
      return String.join(", ", shown) + (more > 0 ? " (+" + more + " more)" : "");
    }
  }

  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private Path folder;
  private CorpusStats stats;
  private Mode mode = Mode.KEYWORDS;
  private String query = "";
  private SearchFilter filter = SearchFilter.NONE;
  private int page;
  private long total;
  private List<Row> rows = List.of();
  private int selected = -1;
  private boolean busy;
  private String message = "Open a corpus folder (one built with 'qantara corpus add') to search it.";

  void addListener(Runnable listener) {
    listeners.add(listener);
  }

  // ---- what the panel reads ------------------------------------------------------------------

  Path folder() {
    return folder;
  }

  CorpusStats stats() {
    return stats;
  }

  Mode mode() {
    return mode;
  }

  String query() {
    return query;
  }

  SearchFilter filter() {
    return filter;
  }

  int page() {
    return page;
  }

  long total() {
    return total;
  }

  List<Row> rows() {
    return rows;
  }

  boolean isBusy() {
    return busy;
  }

  String message() {
    return message;
  }

  /** The documents of the corpus, for the document filter. */
  List<String> documents() {
    return stats == null ? List.of() : new ArrayList<>(new java.util.TreeSet<>(stats.pairsPerDocument().keySet()));
  }

  boolean canSearch() {
    return folder != null && !busy;
  }

  int pages() {
    return (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  boolean hasNextPage() {
    return mode == Mode.KEYWORDS && !busy && page + 1 < pages();
  }

  boolean hasPreviousPage() {
    return mode == Mode.KEYWORDS && !busy && page > 0;
  }

  Optional<Row> selected() {
    return selected < 0 || selected >= rows.size() ? Optional.empty() : Optional.of(rows.get(selected));
  }

  int selectedIndex() {
    return selected;
  }

  /** One line on the corpus: where it is, how many pairs and documents, which model made its vectors. */
  String corpusSummary() {
    if (stats == null) {
      return "No corpus open.";
    }
    return String.format(Locale.ROOT, "%s: %d pair%s from %d document%s%s", folder, stats.pairs(), stats.pairs() == 1 ? "" : "s",
        stats.documents(), stats.documents() == 1 ? "" : "s",
        stats.modelId() == null ? "" : ", vectors of " + org.qantara.core.corpus.Corpus.modelName(stats.modelId()));
  }

  // ---- what the panel tells it ---------------------------------------------------------------

  /** A search (or the opening of a corpus) has been handed to the worker. */
  void started(String what) {
    busy = true;
    message = what;
    changed();
  }

  void opened(Path folder, CorpusStats stats) {
    this.folder = folder;
    this.stats = stats;
    busy = false;
    rows = List.of();
    total = 0;
    page = 0;
    selected = -1;
    filter = SearchFilter.NONE;
    message = corpusSummary();
    changed();
  }

  void keywordResults(String query, SearchFilter filter, SearchPage found) {
    this.mode = Mode.KEYWORDS;
    this.query = query;
    this.filter = filter;
    this.page = found.page();
    this.total = found.totalHits();
    List<Row> listed = new ArrayList<>();
    for (int k = 0; k < found.hits().size(); k++) {
      CorpusHit hit = found.hits().get(k);
      listed.add(new Row(found.page() * found.pageSize() + k + 1, hit, String.format(Locale.ROOT, "relevance %.2f", hit.relevance())));
    }
    shown(listed);
    message = total == 0 ? "No pair matches " + query + describeFilter() + "."
        : String.format(Locale.ROOT, "%d pair%s match%s%s; page %d of %d.", total, total == 1 ? "" : "s", total == 1 ? "es" : "",
            describeFilter(), page + 1, pages());
    changed();
  }

  void similarResults(String sentence, SearchFilter filter, List<CorpusHit> hits) {
    this.mode = Mode.SIMILAR;
    this.query = sentence;
    this.filter = filter;
    this.page = 0;
    this.total = hits.size();
    List<Row> listed = new ArrayList<>();
    for (int k = 0; k < hits.size(); k++) {
      listed.add(new Row(k + 1, hits.get(k), String.format(Locale.ROOT, "similarity %.3f", hits.get(k).relevance())));
    }
    shown(listed);
    message = hits.isEmpty() ? "No pair in the corpus" + describeFilter() + "."
        : hits.size() + " nearest pair" + (hits.size() == 1 ? "" : "s") + " by meaning" + describeFilter() + ".";
    changed();
  }

  /** A search or opening failed: {@code text} says what and what to do; the hits shown before stay. */
  void failed(String text) {
    busy = false;
    message = text;
    changed();
  }

  void select(int index) {
    selected = index >= 0 && index < rows.size() ? index : -1;
    changed();
  }

  /** Says what became of a request to show the selected hit's document. */
  void told(String text) {
    message = text;
    changed();
  }

  private void shown(List<Row> listed) {
    busy = false;
    rows = List.copyOf(listed);
    selected = rows.isEmpty() ? -1 : 0;
  }

  private String describeFilter() {
    List<String> parts = new ArrayList<>();
    if (filter.document() != null) {
      parts.add("in " + filter.document());
    }
    if (filter.minScore() != null) {
      parts.add(String.format(Locale.ROOT, "scoring at least %.2f", filter.minScore()));
    }
    if (filter.flag() != null) {
      parts.add("flagged " + filter.flag().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    if (filter.status() != null) {
      parts.add(filter.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  // ---- documents -----------------------------------------------------------------------------

  /** {@code document#link}, the link numbered from 1 as the window numbers them. */
  static String place(Occurrence occurrence) {
    return occurrence.document() + " #" + (occurrence.position() + 1);
  }

  /** Of {@code candidates} (the window's recent files), the project whose document has the id {@code document}. */
  static Optional<Path> projectOf(String document, List<Path> candidates) {
    return candidates.stream()
        .filter(p -> p.getFileName().toString().endsWith(ProjectFiles.EXTENSION) && Imports.idOf(p).equals(document))
        .findFirst();
  }

  private void changed() {
    for (Runnable listener : listeners) {
      listener.run();
    }
  }
}
