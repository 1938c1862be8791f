package org.qantara.core.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.align.Link;
import org.qantara.core.review.DocumentVerdict;
import org.qantara.core.review.Flag;
import org.qantara.core.review.ReviewReport;
import org.qantara.core.text.Document;
import org.qantara.core.text.Sentence;

/**
 * An alignment a person can correct: an immutable value. Its links cover every sentence of both documents
 * exactly once, in order; each has a stable id, an origin, a review status and a lock. It also holds the
 * review flags of its links and the person's decisions on flags (by fingerprint). Every edit ({@link
 * Edits}) returns a new value, so undo is going back to an earlier one ({@link EditHistory}).
 *
 * <p>The machine's side (which model, which aligner and review settings) is not part of this value; a
 * project keeps it beside the alignment, apart from what the person did.
 */
public final class EditableAlignment {
  private final Document source;
  private final Document target;
  private final List<EditableLink> links;
  private final List<LinkFlag> flags;
  private final Map<String, FlagDecision> decisions;
  private final DocumentVerdict verdict;
  private final long nextId;
  /** What a person rewrote in the documents' texts, by side and place; empty while nobody has. */
  private final List<TextEdit> textEdits;
  /** Link id → its position in {@link #links}. */
  private final Map<Long, Integer> positions;
  /** Link id → its flags, in review order. */
  private final Map<Long, List<LinkFlag>> flagsByLink;

  /**
   * @param flags flags of links of this alignment (in any order; kept in link order)
   * @param decisions the person's decisions by flag fingerprint, also of flags not present now (a flag
   *     found again after an edit is decided already)
   * @param verdict the last review's document verdict, null before any review
   * @param nextId the id the next new link gets; above every id in use
   * @throws IllegalArgumentException if the links do not cover both documents exactly once in order, an
   *     id repeats or is not below {@code nextId}, or a flag belongs to no link ({@link #problemOf} says
   *     which, without throwing)
   */
  public EditableAlignment(
      Document source, Document target, List<EditableLink> links, List<LinkFlag> flags,
      Map<String, FlagDecision> decisions, DocumentVerdict verdict, long nextId) {
    this(source, target, links, flags, decisions, verdict, nextId, List.of());
  }

  /**
   * An alignment whose documents' texts a person has edited: {@code textEdits} say where and what the input
   * had there (see {@link TextEdit}).
   *
   * @throws IllegalArgumentException as the constructor without text edits does, and if an edit lies outside
   *     its document's text or overlaps another of the same side
   */
  public EditableAlignment(
      Document source, Document target, List<EditableLink> links, List<LinkFlag> flags,
      Map<String, FlagDecision> decisions, DocumentVerdict verdict, long nextId, List<TextEdit> textEdits) {
    this(source, target, links, flags, decisions, verdict, nextId, textEdits, false);
  }

  /** @param dropFlagsOfOtherLinks whether flags of links not among {@code links} go, rather than being refused */
  private EditableAlignment(
      Document source, Document target, List<EditableLink> links, List<LinkFlag> flags,
      Map<String, FlagDecision> decisions, DocumentVerdict verdict, long nextId, List<TextEdit> textEdits,
      boolean dropFlagsOfOtherLinks) {
    this.source = Objects.requireNonNull(source, "source");
    this.target = Objects.requireNonNull(target, "target");
    this.links = List.copyOf(links);
    this.decisions = Map.copyOf(decisions);
    this.verdict = verdict;
    this.nextId = nextId;
    this.textEdits = List.copyOf(textEdits);
    // The positions by id are built while the links are checked: one pass and one map over a long document's links.
    Map<Long, Integer> byId = HashMap.newHashMap(this.links.size());
    Optional<String> problem = problemOf(source, target, this.links, dropFlagsOfOtherLinks ? List.of() : flags, nextId, byId)
        .or(() -> problemOf(source, target, this.textEdits));
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    this.positions = byId;
    List<LinkFlag> ordered = new ArrayList<>(flags);
    if (dropFlagsOfOtherLinks) {
      ordered.removeIf(f -> !byId.containsKey(f.linkId()));
    }
    ordered.sort((a, b) -> Integer.compare(byId.get(a.linkId()), byId.get(b.linkId())));
    this.flags = List.copyOf(ordered);
    Map<Long, List<LinkFlag>> grouped = new LinkedHashMap<>();
    for (LinkFlag flag : this.flags) {
      grouped.computeIfAbsent(flag.linkId(), id -> new ArrayList<>()).add(flag);
    }
    grouped.replaceAll((id, list) -> List.copyOf(list));
    this.flagsByLink = grouped;
  }

  /** The aligner's result, before anybody edited it: ids 1, 2, 3 … in document order, no flags. */
  public static EditableAlignment of(AlignedDocuments aligned) {
    List<EditableLink> links = new ArrayList<>(aligned.links().size());
    int sourceAt = 0;
    int targetAt = 0;
    long id = 1;
    for (Link link : aligned.links()) {
      SentenceRange s = SentenceRange.of(link.source(), sourceAt);
      SentenceRange t = SentenceRange.of(link.target(), targetAt);
      links.add(new EditableLink(id++, s, t, link.score(), Origin.ALIGNER, ReviewStatus.UNREVIEWED, false));
      sourceAt = s.end();
      targetAt = t.end();
    }
    return new EditableAlignment(aligned.source(), aligned.target(), links, List.of(), Map.of(), null, id);
  }

  /** The reviewed aligner's result: {@link #of(AlignedDocuments)} with the report's flags and verdict. */
  public static EditableAlignment of(ReviewReport report) {
    EditableAlignment aligned = of(report.alignment());
    List<LinkFlag> flags = new ArrayList<>(report.flags().size());
    for (Flag flag : report.flags()) {
      flags.add(LinkFlag.of(flag, aligned.links.get(flag.linkIndex()), report.source(), report.target()));
    }
    return new EditableAlignment(
        aligned.source, aligned.target, aligned.links, flags, Map.of(), report.verdict(), aligned.nextId);
  }

  /**
   * Why these links cannot form an alignment of the two documents, if they cannot: a range out of place
   * (a gap, an overlap, crossing links, out of bounds), a repeated id or one not below {@code nextId}, a
   * flag of no link.
   */
  public static Optional<String> problemOf(
      Document source, Document target, List<EditableLink> links, List<LinkFlag> flags, long nextId) {
    return problemOf(source, target, links, flags, nextId, HashMap.newHashMap(links.size()));
  }

  /** {@link #problemOf(Document, Document, List, List, long)}, filling {@code positions} (link id → index) meanwhile. */
  private static Optional<String> problemOf(
      Document source, Document target, List<EditableLink> links, List<LinkFlag> flags, long nextId,
      Map<Long, Integer> positions) {
    int sourceAt = 0;
    int targetAt = 0;
    for (int k = 0; k < links.size(); k++) {
      EditableLink link = links.get(k);
      if (link.id() <= 0 || link.id() >= nextId) {
        return Optional.of("link " + (k + 1) + " has id " + link.id() + ", outside 1.." + (nextId - 1));
      }
      if (positions.putIfAbsent(link.id(), k) != null) {
        return Optional.of("link " + (k + 1) + " repeats id " + link.id());
      }
      if (link.source().start() != sourceAt || link.target().start() != targetAt) {
        return Optional.of("link " + (k + 1) + " starts at source sentence " + link.source().start()
            + " and target sentence " + link.target().start() + ", but the links before it end at "
            + sourceAt + " and " + targetAt);
      }
      sourceAt = link.source().end();
      targetAt = link.target().end();
    }
    if (sourceAt != source.sentences().size() || targetAt != target.sentences().size()) {
      return Optional.of("the links cover " + sourceAt + " source and " + targetAt + " target sentences, the "
          + "documents have " + source.sentences().size() + " and " + target.sentences().size());
    }
    for (LinkFlag flag : flags) {
      if (!positions.containsKey(flag.linkId())) {
        return Optional.of("flag " + flag.fingerprint() + " belongs to link id " + flag.linkId()
            + ", which does not exist");
      }
    }
    return Optional.empty();
  }

  /** Why these text edits cannot belong to these documents, if they cannot: out of the text, or overlapping. */
  public static Optional<String> problemOf(Document source, Document target, List<TextEdit> textEdits) {
    for (Side side : Side.values()) {
      int length = (side == Side.SOURCE ? source : target).original().length();
      List<TextEdit> ofSide = textEdits.stream().filter(e -> e.side() == side)
          .sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
      int end = 0;
      for (TextEdit edit : ofSide) {
        if (edit.start() < end || edit.end() > length) {
          return Optional.of("the " + side.name().toLowerCase(Locale.ROOT) + " text edit at " + edit.start()
              + ".." + edit.end() + " overlaps another or lies outside the text (" + length + " characters)");
        }
        end = edit.end();
      }
    }
    return Optional.empty();
  }

  public Document source() {
    return source;
  }

  public Document target() {
    return target;
  }

  public Document document(Side side) {
    return side == Side.SOURCE ? source : target;
  }

  /** In document order. */
  public List<EditableLink> links() {
    return links;
  }

  public int size() {
    return links.size();
  }

  public EditableLink link(int index) {
    return links.get(index);
  }

  /** The position of the link with this id, or -1 when there is none. */
  public int indexOf(long linkId) {
    Integer index = positions.get(linkId);
    return index == null ? -1 : index;
  }

  public Optional<EditableLink> linkById(long linkId) {
    int index = indexOf(linkId);
    return index < 0 ? Optional.empty() : Optional.of(links.get(index));
  }

  /** Every flag, in link order. */
  public List<LinkFlag> flags() {
    return flags;
  }

  public List<LinkFlag> flagsOf(long linkId) {
    return flagsByLink.getOrDefault(linkId, List.of());
  }

  public Optional<LinkFlag> flag(String fingerprint) {
    return flags.stream().filter(f -> f.fingerprint().equals(fingerprint)).findFirst();
  }

  /** The person's decisions by flag fingerprint, including those on flags not present now. */
  public Map<String, FlagDecision> decisions() {
    return decisions;
  }

  public Optional<FlagDecision> decisionOn(String fingerprint) {
    return Optional.ofNullable(decisions.get(fingerprint));
  }

  /** Flags nobody has dismissed yet: what still asks for attention. */
  public List<LinkFlag> openFlags() {
    return flags.stream()
        .filter(f -> decisionOn(f.fingerprint()).map(d -> d.kind() != FlagDecision.Kind.DISMISSED).orElse(true))
        .toList();
  }

  /** The last review's verdict on the whole document, if a review was made. */
  public Optional<DocumentVerdict> verdict() {
    return Optional.ofNullable(verdict);
  }

  public long nextId() {
    return nextId;
  }

  /** What a person rewrote in the texts (in no particular order); empty while the texts are as read. */
  public List<TextEdit> textEdits() {
    return textEdits;
  }

  /** The text edits that lie in the sentences a link holds on one side. */
  public List<TextEdit> textEditsOf(EditableLink link, Side side) {
    SentenceRange range = link.range(side);
    if (range.isEmpty() || textEdits.isEmpty()) {
      return List.of();
    }
    List<Sentence> sentences = document(side).sentences();
    int from = sentences.get(range.start()).start();
    int to = sentences.get(range.end() - 1).end();
    return textEdits.stream().filter(e -> e.side() == side && e.touches(from, to)).toList();
  }

  /** Where a sentence is linked: the position of the link that holds it. */
  public int indexOfSentence(Side side, int sentence) {
    int low = 0;
    int high = links.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      SentenceRange range = links.get(mid).range(side);
      if (sentence < range.start()) {
        high = mid - 1;
      } else if (sentence >= range.end()) {
        low = mid + 1;
      } else {
        return mid;
      }
    }
    throw new IndexOutOfBoundsException(side + " sentence " + sentence + " of " + document(side).sentences().size());
  }

  /**
   * The alignment as the aligner's formats write it (JSON, TSV, Vecalign, reports). A link a person made
   * has no score (NaN).
   */
  public AlignedDocuments toAlignedDocuments(String modelId, AlignerParams params) {
    List<Link> plain = links.stream()
        .map(l -> new Link(l.source().indices(), l.target().indices(), l.score()))
        .toList();
    return new AlignedDocuments(source, target, plain, modelId, params);
  }

  /** These links instead; the flags of links no longer there go (a link reshaped has a new id). */
  EditableAlignment withLinks(List<EditableLink> newLinks, long newNextId) {
    return new EditableAlignment(source, target, newLinks, flags, decisions, verdict, newNextId, textEdits, true);
  }

  EditableAlignment withDecisions(Map<String, FlagDecision> newDecisions) {
    return new EditableAlignment(source, target, links, flags, newDecisions, verdict, nextId, textEdits);
  }

  /**
   * The same alignment with every flag's fingerprint as this version computes it, decisions following their
   * flags: projects before version 4 counted evidence places from the start of the document, not of the link.
   */
  public EditableAlignment withFingerprintsRenewed() {
    List<LinkFlag> renewed = new ArrayList<>(flags.size());
    Map<String, FlagDecision> renamed = new HashMap<>(decisions);
    for (LinkFlag flag : flags) {
      LinkFlag now = flag.refingerprinted(link(indexOf(flag.linkId())), source, target);
      FlagDecision decision = renamed.remove(flag.fingerprint());
      if (decision != null) {
        renamed.put(now.fingerprint(), decision);
      }
      renewed.add(now);
    }
    return new EditableAlignment(source, target, links, renewed, renamed, verdict, nextId, textEdits);
  }

  /** The same links with the flags and verdict of a new review. */
  public EditableAlignment withReview(List<LinkFlag> newFlags, DocumentVerdict newVerdict) {
    return new EditableAlignment(source, target, links, newFlags, decisions, newVerdict, nextId, textEdits);
  }

  @Override
  public boolean equals(Object o) {
    // The same value first: the window asks after every change whether the current value is the saved one,
    // and comparing two documents' texts and every link of a long document takes milliseconds.
    return o == this || o instanceof EditableAlignment other
        && nextId == other.nextId
        && source.equals(other.source)
        && target.equals(other.target)
        && links.equals(other.links)
        && flags.equals(other.flags)
        && decisions.equals(other.decisions)
        && Objects.equals(verdict, other.verdict)
        && textEdits.equals(other.textEdits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(links, flags, decisions, nextId);
  }

  @Override
  public String toString() {
    return "EditableAlignment[" + source.name() + " ↔ " + target.name() + ", " + links.size() + " links, "
        + flags.size() + " flags, " + decisions.size() + " decisions, " + textEdits.size() + " text edits]";
  }
}
