package org.qantara.ui;

import java.util.ArrayList;
import java.util.List;
import org.qantara.core.align.Link;
import org.qantara.core.align.LinkType;
import org.qantara.core.review.Flag;
import org.qantara.core.review.ReviewReport;
import org.qantara.core.text.Document;
import org.qantara.core.text.Sentence;
import org.qantara.core.text.Span;

/** Builds the grid's rows from the core's alignment and review: the one place that maps core values to rows. */
final class LinkRows {
  private LinkRows() {}

  static List<LinkRow> fromReport(ReviewReport report) {
    List<Link> links = report.links();
    List<List<Flag>> flagsByLink = new ArrayList<>(links.size());
    for (int i = 0; i < links.size(); i++) {
      flagsByLink.add(new ArrayList<>());
    }
    for (Flag flag : report.flags()) {
      flagsByLink.get(flag.linkIndex()).add(flag);
    }
    List<LinkRow> rows = new ArrayList<>(links.size());
    for (int i = 0; i < links.size(); i++) {
      Link link = links.get(i);
      List<LinkRow.FlagItem> items = flagsByLink.get(i).stream()
          .map(f -> flagItem(f, LinkRow.Decision.OPEN, "", report.source(), report.target()))
          .toList();
      rows.add(row(i + 1, i + 1, report.source(), report.target(), link, LinkRow.Status.UNREVIEWED, false, false, items));
    }
    return rows;
  }

  static LinkRow row(
      long id, int number, Document source, Document target, Link link, LinkRow.Status status,
      boolean locked, boolean manual, List<LinkRow.FlagItem> flags) {
    List<Span> sourceEvidence = new ArrayList<>();
    List<Span> targetEvidence = new ArrayList<>();
    for (LinkRow.FlagItem item : flags) {
      if (item.decision() != LinkRow.Decision.DISMISSED) {
        sourceEvidence.addAll(item.flag().sourceSpans());
        targetEvidence.addAll(item.flag().targetSpans());
      }
    }
    Joined sourceText = join(source, link.source(), sourceEvidence);
    Joined targetText = join(target, link.target(), targetEvidence);
    return new LinkRow(
        id, number, sourceText.text(), targetText.text(), sourceText.highlights(), targetText.highlights(),
        new LinkType(link.source().size(), link.target().size()), link.score(), status, locked, manual, flags);
  }

  private record Joined(String text, List<Span> highlights) {}

  /** The link's sentences joined by a space, with the document-level evidence spans moved into that text. */
  private static Joined join(Document document, List<Integer> sentenceIndices, List<Span> documentSpans) {
    StringBuilder text = new StringBuilder();
    List<Span> highlights = new ArrayList<>();
    for (int index : sentenceIndices) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      Sentence sentence = document.sentences().get(index);
      int offset = text.length() - sentence.start();
      for (Span span : documentSpans) {
        int start = Math.max(span.start(), sentence.start());
        int end = Math.min(span.end(), sentence.end());
        if (start < end) {
          highlights.add(new Span(start + offset, end + offset));
        }
      }
      text.append(sentence.text());
    }
    return new Joined(text.toString(), highlights);
  }

  static LinkRow.FlagItem flagItem(Flag flag, LinkRow.Decision decision, String note, Document source, Document target) {
    return new LinkRow.FlagItem(
        flagKey(flag), flag, decision, note,
        flag.sourceSpans().stream().map(s -> s.of(source.original())).toList(),
        flag.targetSpans().stream().map(s -> s.of(target.original())).toList());
  }

  /** Identifies a flag by what it says, not by where the link stands, so a decision outlives edits elsewhere. */
  static String flagKey(Flag flag) {
    return flag.type() + "@" + flag.sourceSpans() + flag.targetSpans();
  }
}
