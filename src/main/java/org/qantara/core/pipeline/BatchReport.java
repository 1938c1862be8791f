package org.qantara.core.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.qantara.core.io.AtomicFiles;
import org.qantara.core.pipeline.BatchAlignment.Outcome;
import org.qantara.core.pipeline.BatchAlignment.Status;
import org.qantara.core.review.DocumentVerdict;
import org.qantara.core.review.Flag;
import org.qantara.core.review.report.ReviewHtml;

/**
 * A batch's report for people and for scripts: {@code report.json} and a self-contained
 * {@code report.html} (inline style and SVG, nothing fetched, opens offline). Totals, throughput, the
 * score distribution, flag and verdict counts, and every pair with the worst first: failed pairs, then
 * texts that are not translations, then the most critical flags, then the lowest mean score.
 */
public final class BatchReport {
  public static final String NAME = "report";
  public static final String JSON_FILE = NAME + ".json";
  public static final String HTML_FILE = NAME + ".html";
  public static final String FORMAT = "qantara-batch-report";
  public static final int VERSION = 1;
  /** Pairs listed in the HTML page at most (the JSON lists every one): a page of 10,000 rows helps no one. */
  static final int HTML_ROWS = 1000;

  /** What the report is about: the model, whether pairs were reviewed, how many workers, the wall time. */
  public record Run(String modelId, boolean reviewed, int workers, double seconds) {}

  /** Totals over all pairs; throughput counts the pairs worked on in this run (not those up to date). */
  public record Totals(int pairs, int aligned, int upToDate, int failed, long arabicSentences, long englishSentences,
      long links, long alignedSentences, double pairsPerSecond, double sentencesPerSecond, double meanScore,
      int[] histogram, Map<Flag.Type, Integer> flags, Map<String, Integer> verdicts) {}

  private final Run run;
  private final List<Outcome> worstFirst;
  private final Totals totals;

  public BatchReport(List<Outcome> outcomes, Run run) {
    this.run = run;
    this.worstFirst = outcomes.stream().sorted(WORST_FIRST).toList();
    this.totals = totals(outcomes, run);
  }

  public Totals totals() {
    return totals;
  }

  /** The outcomes, worst first. */
  public List<Outcome> worstFirst() {
    return worstFirst;
  }

  private static final Comparator<Outcome> WORST_FIRST = Comparator
      .comparing((Outcome o) -> o.status() != Status.FAILED)
      .thenComparing(o -> !DocumentVerdict.Kind.NOT_A_TRANSLATION.name().equals(o.summary().verdict()))
      .thenComparing(o -> -o.summary().criticalFlags())
      .thenComparing(o -> -o.summary().flagCount())
      .thenComparingDouble(o -> Double.isNaN(o.summary().meanScore()) ? -1 : o.summary().meanScore())
      .thenComparing(o -> o.job().id());

  private static Totals totals(List<Outcome> outcomes, Run run) {
    int aligned = 0;
    int upToDate = 0;
    int failed = 0;
    long arabic = 0;
    long english = 0;
    long links = 0;
    long alignedSentences = 0;
    double scoreSum = 0;
    long scored = 0;
    int[] histogram = new int[PairSummary.HISTOGRAM_BINS];
    Map<Flag.Type, Integer> flags = new EnumMap<>(Flag.Type.class);
    Map<String, Integer> verdicts = new TreeMap<>();
    for (Outcome o : outcomes) {
      PairSummary s = o.summary();
      switch (o.status()) {
        case ALIGNED -> {
          aligned++;
          alignedSentences += s.arabicSentences() + s.englishSentences();
        }
        case UP_TO_DATE -> upToDate++;
        case FAILED -> failed++;
      }
      if (o.status() == Status.FAILED || s == null) {
        continue;
      }
      arabic += s.arabicSentences();
      english += s.englishSentences();
      links += s.links();
      for (int b = 0; b < histogram.length; b++) {
        histogram[b] += s.histogram()[b];
      }
      long twoSided = s.links() - s.oneSided();
      if (twoSided > 0 && !Double.isNaN(s.meanScore())) {
        scoreSum += s.meanScore() * twoSided;
        scored += twoSided;
      }
      s.flags().forEach((type, n) -> flags.merge(type, n, Integer::sum));
      if (s.verdict() != null) {
        verdicts.merge(s.verdict(), 1, Integer::sum);
      }
    }
    double seconds = Math.max(run.seconds(), 1e-9);
    return new Totals(outcomes.size(), aligned, upToDate, failed, arabic, english, links, alignedSentences,
        aligned / seconds, alignedSentences / seconds, scored == 0 ? Double.NaN : scoreSum / scored, histogram, flags,
        verdicts);
  }

  /** Writes {@value #JSON_FILE} and {@value #HTML_FILE} into {@code outDir}, each atomically. */
  public void write(Path outDir) {
    AtomicFiles.writeText(outDir.resolve(JSON_FILE), this::writeJson);
    AtomicFiles.writeText(outDir.resolve(HTML_FILE), this::writeHtml);
  }

  public void writeJson(Writer out) throws IOException {
    try (JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      json.writeNumberField("version", VERSION);
      json.writeStringField("model", run.modelId());
      json.writeBooleanField("reviewed", run.reviewed());
      json.writeNumberField("workers", run.workers());
      json.writeNumberField("seconds", round(run.seconds()));
      json.writeObjectFieldStart("totals");
      json.writeNumberField("pairs", totals.pairs());
      json.writeNumberField("aligned", totals.aligned());
      json.writeNumberField("upToDate", totals.upToDate());
      json.writeNumberField("failed", totals.failed());
      json.writeNumberField("arabicSentences", totals.arabicSentences());
      json.writeNumberField("englishSentences", totals.englishSentences());
      json.writeNumberField("links", totals.links());
      json.writeNumberField("pairsPerSecond", round(totals.pairsPerSecond()));
      json.writeNumberField("sentencesPerSecond", round(totals.sentencesPerSecond()));
      number(json, "meanScore", totals.meanScore());
      json.writeArrayFieldStart("scoreHistogram");
      for (int n : totals.histogram()) {
        json.writeNumber(n);
      }
      json.writeEndArray();
      json.writeObjectFieldStart("flags");
      for (Map.Entry<Flag.Type, Integer> e : totals.flags().entrySet()) {
        json.writeNumberField(e.getKey().name(), e.getValue());
      }
      json.writeEndObject();
      json.writeObjectFieldStart("verdicts");
      for (Map.Entry<String, Integer> e : totals.verdicts().entrySet()) {
        json.writeNumberField(e.getKey(), e.getValue());
      }
      json.writeEndObject();
      json.writeEndObject();
      json.writeArrayFieldStart("pairs");
      for (Outcome o : worstFirst) {
        PairSummary s = o.summary();
        json.writeStartObject();
        json.writeStringField("id", o.job().id());
        json.writeStringField("status", o.status().name());
        json.writeStringField("output", o.output() == null ? null : o.output().getFileName().toString());
        json.writeStringField("problem", o.problem());
        json.writeNumberField("arabicSentences", s.arabicSentences());
        json.writeNumberField("englishSentences", s.englishSentences());
        json.writeNumberField("links", s.links());
        json.writeNumberField("oneSidedLinks", s.oneSided());
        number(json, "meanScore", s.meanScore());
        number(json, "minScore", s.minScore());
        json.writeStringField("verdict", s.verdict());
        number(json, "weakShare", s.weakShare());
        json.writeObjectFieldStart("flags");
        for (Flag.Type type : Flag.Type.values()) {
          Integer n = s.flags().get(type);
          if (n != null) {
            json.writeNumberField(type.name(), n);
          }
        }
        json.writeEndObject();
        json.writeNumberField("criticalFlags", s.criticalFlags());
        json.writeNumberField("seconds", round(s.seconds()));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  private static void number(JsonGenerator json, String field, double value) throws IOException {
    if (Double.isNaN(value)) {
      json.writeNullField(field);
    } else {
      json.writeNumberField(field, round(value));
    }
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  public void writeHtml(Writer out) throws IOException {
    Totals t = totals;
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Qantara batch report</title>\n"
        + "<style>\n" + CSS + "</style>\n</head>\n<body>\n<h1>Qantara batch report</h1>\n");
    out.write("<p class=\"meta\">model " + esc(run.modelId()) + " · " + (run.reviewed() ? "aligned and reviewed" : "aligned")
        + " · " + run.workers() + " worker(s) · " + fmt("%.1f", run.seconds()) + " s</p>\n");
    out.write("<table class=\"totals\">\n");
    row(out, "pairs", t.pairs() + " (" + t.aligned() + " aligned, " + t.upToDate() + " up to date, " + t.failed() + " failed)");
    row(out, "sentences", t.arabicSentences() + " Arabic, " + t.englishSentences() + " English");
    row(out, "links", String.valueOf(t.links()));
    row(out, "throughput", fmt("%.2f", t.pairsPerSecond()) + " pairs/s, " + fmt("%.0f", t.sentencesPerSecond())
        + " sentences/s (pairs worked on in this run)");
    row(out, "mean link score", Double.isNaN(t.meanScore()) ? "–" : fmt("%.3f", t.meanScore()));
    if (run.reviewed()) {
      StringBuilder verdicts = new StringBuilder();
      t.verdicts().forEach((k, n) -> verdicts.append(verdicts.isEmpty() ? "" : ", ").append(n).append(' ')
          .append(k.toLowerCase(Locale.ROOT).replace('_', ' ')));
      row(out, "verdicts", verdicts.toString());
    }
    out.write("</table>\n");
    out.write("<h2>Link scores</h2>\n" + ReviewHtml.scoreHistogram(t.histogram(), null));
    if (run.reviewed()) {
      out.write("<h2>Flags</h2>\n<table class=\"totals\">\n");
      for (Flag.Type type : Flag.Type.values()) {
        row(out, type.name(), String.valueOf(t.flags().getOrDefault(type, 0)));
      }
      out.write("</table>\n");
    }
    out.write("<h2>Pairs, worst first</h2>\n");
    if (worstFirst.size() > HTML_ROWS) {
      out.write("<p class=\"meta\">The " + HTML_ROWS + " worst of " + worstFirst.size() + " pairs; "
          + JSON_FILE + " lists them all.</p>\n");
    }
    out.write("<table class=\"pairs\">\n<tr><th>id</th><th>status</th><th>sentences ar / en</th><th>links</th>"
        + "<th>mean score</th><th>lowest</th>" + (run.reviewed() ? "<th>verdict</th><th>flags</th>" : "")
        + "<th>problem</th></tr>\n");
    for (Outcome o : worstFirst.subList(0, Math.min(HTML_ROWS, worstFirst.size()))) {
      PairSummary s = o.summary();
      boolean bad = o.status() == Status.FAILED
          || DocumentVerdict.Kind.NOT_A_TRANSLATION.name().equals(s.verdict()) || s.criticalFlags() > 0;
      out.write("<tr" + (bad ? " class=\"bad\"" : "") + "><td>" + esc(o.job().id()) + "</td><td>"
          + o.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "</td><td>"
          + (o.status() == Status.FAILED ? "" : s.arabicSentences() + " / " + s.englishSentences()) + "</td><td>"
          + (o.status() == Status.FAILED ? "" : s.links()) + "</td><td>" + score(s.meanScore()) + "</td><td>"
          + score(s.minScore()) + "</td>");
      if (run.reviewed()) {
        out.write("<td>" + (s.verdict() == null ? "" : esc(s.verdict().toLowerCase(Locale.ROOT).replace('_', ' ')))
            + "</td><td>" + flagList(s) + "</td>");
      }
      out.write("<td>" + (o.problem() == null ? "" : esc(o.problem())) + "</td></tr>\n");
    }
    out.write("</table>\n</body>\n</html>\n");
  }

  private static String flagList(PairSummary s) {
    StringBuilder text = new StringBuilder();
    for (Flag.Type type : Flag.Type.values()) {
      Integer n = s.flags().get(type);
      if (n != null) {
        text.append(text.isEmpty() ? "" : ", ").append(n).append(' ').append(type.name().toLowerCase(Locale.ROOT));
      }
    }
    return text.toString();
  }

  private static void row(Writer out, String name, String value) throws IOException {
    out.write("<tr><th>" + esc(name) + "</th><td>" + esc(value) + "</td></tr>\n");
  }

  private static String score(double value) {
    return Double.isNaN(value) ? "" : fmt("%.3f", value);
  }

  private static String fmt(String format, double value) {
    return String.format(Locale.ROOT, format, value);
  }

  private static String esc(String text) {
    return ReviewHtml.escape(text);
  }

  private static final String CSS = """
      body { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; margin: 1.5em; color: #222; }
      .meta { color: #666; font-size: 0.9em; }
      table { border-collapse: collapse; }
      .totals th { text-align: left; padding: 0.2em 1em 0.2em 0; font-weight: normal; color: #555; }
      .pairs td, .pairs th { border: 1px solid #ccc; padding: 0.2em 0.6em; font-size: 0.9em; }
      .pairs td:nth-child(n+3):nth-child(-n+6) { text-align: right; }
      tr.bad td { background: #fbe4e4; }
      .legend { font-size: 0.85em; color: #555; }
      .sw { display: inline-block; width: 0.9em; height: 0.9em; vertical-align: middle; }
      .sw.blue { background: #8fb3d9; }
      .sw.red { background: #d9534f; }
      """;
}
