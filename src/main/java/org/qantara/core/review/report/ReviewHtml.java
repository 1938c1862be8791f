package org.qantara.core.review.report;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.qantara.core.align.Link;
import org.qantara.core.review.Flag;
import org.qantara.core.review.LinkReview;
import org.qantara.core.review.ReviewReport;
import org.qantara.core.review.StopWords;
import org.qantara.core.review.Word;
import org.qantara.core.text.Document;
import org.qantara.core.text.Span;

/**
 * A self-contained HTML report (inline CSS and SVG, nothing fetched): the verdict, a table of flags by
 * type and severity, a histogram of link scores, then the alignment in two columns, Arabic right to
 * left, with flagged spans highlighted by severity (hover for the reason) and words the word alignment
 * left unaccounted for underlined.
 */
public final class ReviewHtml {
  private static final int BINS = 20;

  private ReviewHtml() {}

  public static void write(ReviewReport report, Writer out) throws IOException {
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Qantara review: ");
    out.write(escape(report.source().name() + " → " + report.target().name()));
    out.write("</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");
    out.write("<h1>Qantara review</h1>\n<p class=\"meta\">" + escape(report.source().name()) + " → "
        + escape(report.target().name()) + " · alignment model " + escape(report.alignment().modelId())
        + " · review model " + escape(report.modelId()) + "</p>\n");
    out.write("<p class=\"verdict " + (report.verdict().isTranslation() ? "ok" : "bad") + "\">"
        + escape(capitalise(report.verdict().explanation())) + "</p>\n");
    summaryTable(report, out);
    histogram(report, out);
    alignmentTable(report, out);
    out.write("</body>\n</html>\n");
  }

  private static void summaryTable(ReviewReport report, Writer out) throws IOException {
    Map<Flag.Type, int[]> counts = new EnumMap<>(Flag.Type.class);
    for (Flag f : report.flags()) {
      counts.computeIfAbsent(f.type(), t -> new int[Flag.Severity.values().length])[f.severity().ordinal()]++;
    }
    out.write("<h2>Flags by type</h2>\n<table class=\"summary\"><tr><th>type</th>");
    for (Flag.Severity s : Flag.Severity.values()) {
      out.write("<th class=\"" + cssClass(s) + "\">" + s.name().toLowerCase(Locale.ROOT) + "</th>");
    }
    out.write("<th>total</th></tr>\n");
    for (Flag.Type type : Flag.Type.values()) {
      int[] c = counts.getOrDefault(type, new int[Flag.Severity.values().length]);
      out.write("<tr><td>" + type + "</td>");
      int total = 0;
      for (int n : c) {
        out.write("<td>" + n + "</td>");
        total += n;
      }
      out.write("<td><b>" + total + "</b></td></tr>\n");
    }
    out.write("</table>\n");
  }

  /** Link scores of two-sided links in 20 bins over [0, 1]; bins holding a flagged link are drawn red. */
  private static void histogram(ReviewReport report, Writer out) throws IOException {
    int[] all = new int[BINS];
    int[] flagged = new int[BINS];
    for (int k = 0; k < report.links().size(); k++) {
      Link link = report.links().get(k);
      if (link.isOneSided()) {
        continue;
      }
      int bin = Math.min(BINS - 1, (int) Math.floor(Math.max(0, link.score()) * BINS));
      all[bin]++;
      boolean serious = report.flagsOfLink(k).stream().anyMatch(f -> f.severity() != Flag.Severity.MINOR);
      if (serious) {
        flagged[bin]++;
      }
    }
    out.write("<h2>Link scores</h2>\n" + scoreHistogram(all, flagged));
  }

  /**
   * Two-sided links by score in equal bins over [0, 1] as an inline SVG with its legend; {@code flagged}
   * (same bins, may be null) is drawn red over {@code all}. Shared by the review and the batch report.
   */
  public static String scoreHistogram(int[] all, int[] flagged) {
    int bins = all.length;
    int max = 1;
    for (int n : all) {
      max = Math.max(max, n);
    }
    int width = 600;
    int height = 160;
    int bar = width / bins;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"hist\" width=\"").append(width + 40).append("\" height=\"")
        .append(height + 40).append("\" role=\"img\" aria-label=\"histogram of link scores\">\n");
    for (int b = 0; b < bins; b++) {
      int h = (int) Math.round((double) all[b] / max * height);
      int hf = (int) Math.round((double) (flagged == null ? 0 : flagged[b]) / max * height);
      int x = 30 + b * bar;
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#8fb3d9\"><title>%.2f–%.2f: %d link(s)</title></rect>%n",
          x, 10 + height - h, bar - 2, h, (double) b / bins, (double) (b + 1) / bins, all[b]));
      if (hf > 0) {
        svg.append(String.format(Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#d9534f\"><title>%d flagged</title></rect>%n",
            x, 10 + height - hf, bar - 2, hf, flagged[b]));
      }
    }
    svg.append(String.format(Locale.ROOT, "<line x1=\"30\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
        10 + height, 30 + width, 10 + height));
    for (int tick = 0; tick <= 10; tick += 2) {
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%.1f</text>%n",
          30 + tick * width / 10, 26 + height, tick / 10.0));
    }
    svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"20\" font-size=\"11\">%d</text>%n", max));
    svg.append("</svg>\n<p class=\"legend\"><span class=\"sw blue\"></span> links"
        + (flagged == null ? "" : " <span class=\"sw red\"></span> links with a major or critical flag") + "</p>\n");
    return svg.toString();
  }

  private static void alignmentTable(ReviewReport report, Writer out) throws IOException {
    out.write("<h2>Alignment</h2>\n<table class=\"align\">\n<tr><th>#</th><th>Arabic</th><th>English</th><th>flags</th></tr>\n");
    for (int k = 0; k < report.links().size(); k++) {
      Link link = report.links().get(k);
      LinkReview review = report.linkReviews().get(k);
      List<Flag> flags = report.flagsOfLink(k);
      out.write("<tr id=\"link-" + k + "\"><td class=\"idx\">" + k + String.format(Locale.ROOT,
          "<br><span class=\"score\">%.2f</span>", link.score()) + "</td>");
      out.write("<td class=\"ar\" dir=\"rtl\" lang=\"ar\">");
      out.write(cell(report.source(), link.source(), flags, true, review));
      out.write("</td><td class=\"en\" lang=\"en\">");
      out.write(cell(report.target(), link.target(), flags, false, review));
      out.write("</td><td class=\"flags\">");
      for (Flag f : flags) {
        out.write("<div class=\"flag " + cssClass(f.severity()) + "\"><b>" + f.type() + "</b> "
            + f.severity().name().toLowerCase(Locale.ROOT) + String.format(Locale.ROOT, " (%.2f)", f.confidence())
            + "<br>" + isolateArabic(escape(f.reason())) + "</div>");
      }
      out.write("</td></tr>\n");
    }
    out.write("</table>\n");
  }

  /**
   * The text of one side of a link with per-character marks: the most severe flag span covering the
   * character, else "uncovered" for content words no word link accounts for.
   */
  private static String cell(Document document, List<Integer> sentences, List<Flag> flags, boolean sourceSide,
      LinkReview review) {
    StringBuilder html = new StringBuilder();
    for (int s : sentences) {
      var sentence = document.sentences().get(s);
      int start = sentence.start();
      String text = sentence.text();
      String[] marks = new String[text.length()];
      String[] titles = new String[text.length()];
      for (Word w : Word.split(text, start)) {
        boolean covered = review.wordLinks().stream().map(l -> sourceSide ? l.source() : l.target())
            .anyMatch(span -> span.overlaps(w.span()));
        if (!covered && !review.wordLinks().isEmpty() && StopWords.isContent(w, document.lang())) {
          for (int i = w.start() - start; i < w.end() - start; i++) {
            marks[i] = "uncovered";
            titles[i] = "not accounted for by the word alignment";
          }
        }
      }
      // Least severe first, so the most severe flag over a character wins.
      for (int sev = Flag.Severity.values().length - 1; sev >= 0; sev--) {
        for (Flag f : flags) {
          if (f.severity().ordinal() != sev) {
            continue;
          }
          for (Span span : sourceSide ? f.sourceSpans() : f.targetSpans()) {
            for (int i = Math.max(span.start(), start); i < Math.min(span.end(), sentence.end()); i++) {
              marks[i - start] = cssClass(f.severity());
              titles[i - start] = f.type() + ": " + f.reason();
            }
          }
        }
      }
      int i = 0;
      while (i < text.length()) {
        int j = i;
        while (j < text.length() && equal(marks[j], marks[i]) && equal(titles[j], titles[i])) {
          j++;
        }
        String piece = escape(text.substring(i, j));
        html.append(marks[i] == null ? piece
            : "<mark class=\"" + marks[i] + "\" title=\"" + escape(titles[i]) + "\">" + piece + "</mark>");
        i = j;
      }
      html.append(' ');
    }
    return html.toString().strip();
  }

  /**
   * Wraps Arabic runs of an English sentence in {@code <bdi>}, so that "'يومين' (2)" keeps its order
   * instead of the browser's bidi algorithm pulling the number into the Arabic run.
   */
  private static String isolateArabic(String html) {
    return ARABIC_RUN.matcher(html).replaceAll("<bdi lang=\"ar\">$0</bdi>");
  }

  private static final Pattern ARABIC_RUN = Pattern.compile("[\\u0600-\\u06FF]+(?:[\\s،]+[\\u0600-\\u06FF]+)*");

  private static boolean equal(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  private static String cssClass(Flag.Severity severity) {
    return "sev-" + severity.name().toLowerCase(Locale.ROOT);
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static final String CSS = """
      body { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; margin: 1.5em; color: #222; }
      h1 { margin-bottom: 0.2em; }
      .meta { color: #666; font-size: 0.9em; }
      .verdict { padding: 0.6em 1em; border-radius: 4px; font-weight: bold; }
      .verdict.ok { background: #e6f4ea; border: 1px solid #7bbf8e; }
      .verdict.bad { background: #fbe4e4; border: 1px solid #d9534f; }
      table { border-collapse: collapse; }
      .summary td, .summary th { border: 1px solid #ccc; padding: 0.2em 0.7em; text-align: right; }
      .summary td:first-child { text-align: left; font-family: monospace; }
      table.align { width: 100%; table-layout: fixed; }
      .align th, .align td { border-top: 1px solid #ddd; padding: 0.5em; vertical-align: top; }
      .align th:nth-child(1) { width: 3em; } .align th:nth-child(4) { width: 22%; }
      td.ar { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Scheherazade New", "Arabic Typesetting",
        "Traditional Arabic", "Tahoma", "DejaVu Sans", sans-serif; font-size: 1.15em; line-height: 1.8; text-align: right; }
      td.en { line-height: 1.6; }
      td.idx { color: #666; font-size: 0.85em; text-align: center; }
      .score { font-family: monospace; }
      mark { padding: 0 1px; border-radius: 2px; }
      mark.sev-critical { background: #f5a3a1; }
      mark.sev-major { background: #ffd48a; }
      mark.sev-minor { background: #cfe8ff; }
      mark.uncovered { background: none; text-decoration: underline dotted #999; }
      .flag { margin-bottom: 0.4em; padding: 0.2em 0.4em; border-left: 4px solid; font-size: 0.9em; }
      .flag.sev-critical { border-color: #d9534f; } .flag.sev-major { border-color: #f0a030; }
      .flag.sev-minor { border-color: #5aa0e0; }
      th.sev-critical { color: #b52b27; } th.sev-major { color: #b86e00; } th.sev-minor { color: #2a6fb0; }
      .legend { font-size: 0.85em; color: #555; }
      .sw { display: inline-block; width: 0.9em; height: 0.9em; vertical-align: middle; }
      .sw.blue { background: #8fb3d9; } .sw.red { background: #d9534f; }
      """;
}
