package org.qantara.core.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.qantara.core.edit.EditRefused.Reason;
import org.qantara.core.text.Document;
import org.qantara.core.text.Sentence;
import org.qantara.core.text.SentenceSegmenter;
import org.qantara.core.text.SetAside;
import org.qantara.core.text.Span;

/**
 * Rewriting one sentence's text ({@link Edits#editText}): the document becomes a new value with the new text
 * in place of the sentence, everything after it moved along, and the alignment follows.
 */
final class SentenceTexts {
  private SentenceTexts() {}

  static EditResult edit(EditableAlignment alignment, Side side, int sentence, String newText, boolean presegmented) {
    Document document = alignment.document(side);
    if (sentence < 0 || sentence >= document.sentences().size()) {
      throw new IllegalArgumentException(
          side + " sentence " + sentence + " of " + document.sentences().size() + " does not exist");
    }
    int index = alignment.indexOfSentence(side, sentence);
    EditableLink link = Edits.requireUnlocked(alignment, index);
    Sentence old = document.sentences().get(sentence);
    String text = newText.strip();
    String label = "Edit the text of " + Edits.name(side) + " sentence " + (sentence + 1);
    if (text.equals(old.text())) {
      return EditResult.between(label, alignment, alignment, OptionalLong.of(link.id()));
    }
    List<Sentence> pieces = presegmented
        ? SentenceSegmenter.presegmented(text)
        : SentenceSegmenter.segment(text, document.lang(), List.of());
    if (pieces.stream().allMatch(p -> p.text().isBlank())) {
      throw new EditRefused(Reason.EMPTY_TEXT,
          "the new text of " + Edits.name(side) + " sentence " + (sentence + 1) + " is empty",
          "type the sentence's text; to take a sentence out of its link, detach it instead");
    }
    int added = pieces.size() - 1;
    int delta = text.length() - old.length();
    Document edited = edited(document, old, text, pieces, delta);

    long nextId = alignment.nextId();
    List<EditableLink> links = new ArrayList<>(alignment.size());
    links.addAll(alignment.links().subList(0, index));
    SentenceRange grown = new SentenceRange(link.range(side).start(), link.range(side).end() + added);
    EditableLink rewritten = EditableLink.byPerson(nextId++,
        side == Side.SOURCE ? grown : link.source(), side == Side.TARGET ? grown : link.target());
    links.add(rewritten);
    for (EditableLink later : alignment.links().subList(index + 1, alignment.size())) {
      SentenceRange range = later.range(side);
      SentenceRange moved = new SentenceRange(range.start() + added, range.end() + added);
      links.add(added == 0 ? later : later.withRanges(
          side == Side.SOURCE ? moved : later.source(), side == Side.TARGET ? moved : later.target()));
    }
    Document source = side == Side.SOURCE ? edited : alignment.source();
    Document target = side == Side.TARGET ? edited : alignment.target();

    // Evidence after the sentence moves with the text. A flag's fingerprint counts its evidence from the start of
    // its link's text, which moved as much, so it stays — and so does a decision on it: the flags of the links
    // after the edit only change place, and a view of the links has nothing to redo for them.
    Map<Long, EditableLink> byId = HashMap.newHashMap(links.size());
    links.forEach(l -> byId.put(l.id(), l));
    Map<String, FlagDecision> decisions = new HashMap<>(alignment.decisions());
    List<LinkFlag> flags = new ArrayList<>(alignment.flags().size());
    for (LinkFlag flag : alignment.flags()) {
      EditableLink owner = byId.get(flag.linkId());
      if (owner == null) {
        continue; // the rewritten link's flags were about the old text; its re-review finds its new ones
      }
      List<Span> spans = side == Side.SOURCE ? flag.sourceSpans() : flag.targetSpans();
      boolean after = spans.stream().anyMatch(s -> s.start() >= old.end());
      if (!after) {
        flags.add(flag);
      } else if (owner.range(side).start() > old.index() && spans.stream().allMatch(s -> s.start() >= old.end())) {
        flags.add(side == Side.SOURCE ? flag.movedBy(delta, 0) : flag.movedBy(0, delta));
      } else {
        // Evidence outside its link's text, partly moved: the fingerprint a review would now give it.
        List<Span> sourceSpans = side == Side.SOURCE ? moved(flag.sourceSpans(), old.end(), delta) : flag.sourceSpans();
        List<Span> targetSpans = side == Side.TARGET ? moved(flag.targetSpans(), old.end(), delta) : flag.targetSpans();
        String fingerprint = LinkFlag.fingerprint(flag.type(), owner, source, target, sourceSpans, targetSpans);
        FlagDecision decision = decisions.remove(flag.fingerprint());
        if (decision != null) {
          decisions.put(fingerprint, decision);
        }
        flags.add(new LinkFlag(fingerprint, flag.linkId(), flag.type(), flag.severity(), flag.confidence(), sourceSpans,
            targetSpans, flag.reason()));
      }
    }

    EditableAlignment after = new EditableAlignment(source, target, Edits.placeEmptyRanges(links), flags, decisions,
        alignment.verdict().orElse(null), nextId, textEdits(alignment.textEdits(), side, old, text, edited, delta));
    return EditResult.between(added == 0 ? label : label + " (now " + pieces.size() + " sentences)", alignment, after,
        OptionalLong.of(rewritten.id()));
  }

  /** The document with {@code text} in place of sentence {@code old}, cut into {@code pieces}. */
  private static Document edited(Document document, Sentence old, String text, List<Sentence> pieces, int delta) {
    String original = document.original();
    String newOriginal = original.substring(0, old.start()) + text + original.substring(old.end());
    List<Sentence> sentences = new ArrayList<>(document.sentences().size() + pieces.size() - 1);
    sentences.addAll(document.sentences().subList(0, old.index()));
    for (Sentence piece : pieces) {
      sentences.add(new Sentence(sentences.size(), piece.text(), old.start() + piece.start(), old.start() + piece.end()));
    }
    for (Sentence later : document.sentences().subList(old.index() + 1, document.sentences().size())) {
      sentences.add(new Sentence(sentences.size(), later.text(), later.start() + delta, later.end() + delta));
    }
    List<SetAside> setAside = document.setAside().stream()
        .map(p -> p.start() < old.end() ? p : new SetAside(p.start() + delta, p.end() + delta, p.text(), p.kind(), p.reason()))
        .toList();
    return new Document(document.name(), document.lang(), newOriginal, sentences, setAside);
  }

  private static List<Span> moved(List<Span> spans, int from, int delta) {
    if (delta == 0 || spans.stream().allMatch(s -> s.start() < from)) {
      return spans;
    }
    return spans.stream().map(s -> s.start() < from ? s : new Span(s.start() + delta, s.end() + delta)).toList();
  }

  /**
   * The text edits after rewriting {@code old}: those before it stay, those after it move, and one that holds it
   * (the sentence was edited before) grows or shrinks with it, keeping what the input had. An edit whose text is
   * the input's again is no edit.
   */
  private static List<TextEdit> textEdits(
      List<TextEdit> before, Side side, Sentence old, String text, Document edited, int delta) {
    List<TextEdit> after = new ArrayList<>(before.size() + 1);
    TextEdit rewritten = new TextEdit(side, old.start(), old.start() + text.length(), old.text());
    for (TextEdit edit : before) {
      if (edit.side() != side) {
        after.add(edit);
      } else if (edit.start() <= old.start() && old.end() <= edit.end()) {
        rewritten = new TextEdit(side, edit.start(), edit.end() + delta, edit.original());
      } else if (edit.end() <= old.start()) {
        after.add(edit);
      } else if (edit.start() >= old.end()) {
        after.add(new TextEdit(side, edit.start() + delta, edit.end() + delta, edit.original()));
      } else {
        throw new IllegalStateException("text edit " + edit + " covers part of sentence " + (old.index() + 1));
      }
    }
    if (!edited.original().substring(rewritten.start(), rewritten.end()).equals(rewritten.original())) {
      after.add(rewritten);
    }
    return after;
  }
}
