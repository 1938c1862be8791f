package org.qantara.ui;

import java.util.ArrayList;
import java.util.List;
import org.qantara.core.align.LinkType;
import org.qantara.core.edit.EditResult;
import org.qantara.core.edit.EditableAlignment;
import org.qantara.core.edit.EditableLink;
import org.qantara.core.edit.LinkFlag;
import org.qantara.core.edit.Origin;
import org.qantara.core.edit.SentenceRange;
import org.qantara.core.edit.Side;
import org.qantara.core.edit.TextEdit;
import org.qantara.core.text.Document;
import org.qantara.core.text.Sentence;
import org.qantara.core.text.Span;

/** Builds the grid's rows from the core's editable alignment: the one place that maps core values to rows. */
final class LinkRows {
  private LinkRows() {}

  static List<LinkRow> of(EditableAlignment alignment) {
    List<LinkRow> rows = new ArrayList<>(alignment.size());
    for (EditableLink link : alignment.links()) {
      rows.add(row(alignment, link));
    }
    return rows;
  }

  /**
   * The rows after an edit: those the edit did not touch are the very same values as before (so the grid
   * neither rebuilds nor re-measures them), the changed stretch is built anew.
   */
  static List<LinkRow> after(List<LinkRow> before, EditResult edit) {
    EditResult.RowChange change = edit.rows();
    if (before.size() != edit.before().size()) {
      return of(edit.after());
    }
    List<LinkRow> rows = new ArrayList<>(edit.after().size());
    rows.addAll(before.subList(0, change.from()));
    for (int k = change.from(); k < change.from() + change.inserted(); k++) {
      rows.add(row(edit.after(), edit.after().link(k)));
    }
    rows.addAll(before.subList(change.from() + change.removed(), before.size()));
    return rows;
  }

  static LinkRow row(EditableAlignment alignment, EditableLink link) {
    List<LinkRow.FlagItem> flags = new ArrayList<>();
    List<Span> sourceEvidence = new ArrayList<>();
    List<Span> targetEvidence = new ArrayList<>();
    for (LinkFlag flag : alignment.flagsOf(link.id())) {
      LinkRow.FlagItem item = new LinkRow.FlagItem(
          flag, alignment.decisionOn(flag.fingerprint()),
          flag.sourceSpans().stream().map(s -> s.of(alignment.source().original())).toList(),
          flag.targetSpans().stream().map(s -> s.of(alignment.target().original())).toList());
      flags.add(item);
      if (!item.isDismissed()) {
        sourceEvidence.addAll(flag.sourceSpans());
        targetEvidence.addAll(flag.targetSpans());
      }
    }
    Joined sourceText = join(alignment.source(), link.source(), sourceEvidence);
    Joined targetText = join(alignment.target(), link.target(), targetEvidence);
    List<TextEdit> edits = new ArrayList<>(alignment.textEditsOf(link, Side.SOURCE));
    edits.addAll(alignment.textEditsOf(link, Side.TARGET));
    return new LinkRow(
        link.id(), sourceText.text(), targetText.text(), sourceText.highlights(), targetText.highlights(),
        new LinkType(link.source().size(), link.target().size()), link.score(), link.status(), link.locked(),
        link.origin() == Origin.PERSON, flags, edits);
  }

  private record Joined(String text, List<Span> highlights) {}

  /** The link's sentences joined by a space, with the document-level evidence spans moved into that text. */
  private static Joined join(Document document, SentenceRange range, List<Span> documentSpans) {
    StringBuilder text = new StringBuilder();
    List<Span> highlights = new ArrayList<>();
    for (int index = range.start(); index < range.end(); index++) {
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
}
