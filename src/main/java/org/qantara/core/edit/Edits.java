package org.qantara.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.qantara.core.edit.EditRefused.Reason;

/**
 * The edits a person can make to an alignment, as pure functions: each takes an alignment and returns an
 * {@link EditResult} holding the new one, or throws {@link EditRefused} and changes nothing.
 *
 * <p>Links are named by id. A link an edit reshapes or creates gets a new id, origin {@link
 * Origin#PERSON}, status {@link ReviewStatus#UNREVIEWED}, no score and no flags (its old flags were about
 * other sentences; a re-review finds its new ones). Every other link keeps its id, flags and status.
 * Locked links refuse every edit that would reshape them. Labels count links from 1, as the UI shows them.
 */
public final class Edits {
  private Edits() {}

  // ---- reshaping links -------------------------------------------------------------------------

  /** Joins a link with the one after it. */
  public static EditResult mergeWithNext(EditableAlignment alignment, long linkId) {
    int index = indexOf(alignment, linkId);
    if (index == alignment.size() - 1) {
      throw new EditRefused(Reason.NO_NEXT_LINK, "link " + (index + 1) + " is the last link; nothing follows it",
          "merge it with the previous link instead");
    }
    return merge(alignment, index);
  }

  /** Joins a link with the one before it. */
  public static EditResult mergeWithPrevious(EditableAlignment alignment, long linkId) {
    int index = indexOf(alignment, linkId);
    if (index == 0) {
      throw new EditRefused(Reason.NO_PREVIOUS_LINK, "link 1 is the first link; nothing precedes it",
          "merge it with the next link instead");
    }
    return merge(alignment, index - 1);
  }

  private static EditResult merge(EditableAlignment alignment, int first) {
    EditableLink a = requireUnlocked(alignment, first);
    EditableLink b = requireUnlocked(alignment, first + 1);
    Draft draft = new Draft(alignment);
    EditableLink merged = draft.person(
        new SentenceRange(a.source().start(), b.source().end()),
        new SentenceRange(a.target().start(), b.target().end()));
    draft.replace(first, 2, List.of(merged));
    return draft.finish("Merge links " + (first + 1) + " and " + (first + 2), merged.id());
  }

  /**
   * Cuts a link in two: the first part keeps source sentences before {@code sourceAt} and target
   * sentences before {@code targetAt}, the second part the rest. Each part must keep a sentence.
   *
   * @param sourceAt a source sentence index from the link's first to one past its last
   * @param targetAt the same on the target side
   */
  public static EditResult split(EditableAlignment alignment, long linkId, int sourceAt, int targetAt) {
    int index = indexOf(alignment, linkId);
    EditableLink link = requireUnlocked(alignment, index);
    SentenceRange s = link.source();
    SentenceRange t = link.target();
    boolean inside = sourceAt >= s.start() && sourceAt <= s.end() && targetAt >= t.start() && targetAt <= t.end();
    boolean bothParts = (sourceAt - s.start()) + (targetAt - t.start()) > 0 && (s.end() - sourceAt) + (t.end() - targetAt) > 0;
    if (!inside || !bothParts) {
      throw new EditRefused(Reason.BAD_SPLIT_POINT,
          "link " + (index + 1) + " (source " + s.display() + ", target " + t.display() + ") cannot be split before "
              + "source sentence " + (sourceAt + 1) + " and target sentence " + (targetAt + 1),
          "split between sentences of the link so that each part keeps at least one sentence");
    }
    Draft draft = new Draft(alignment);
    EditableLink first = draft.person(new SentenceRange(s.start(), sourceAt), new SentenceRange(t.start(), targetAt));
    EditableLink second = draft.person(new SentenceRange(sourceAt, s.end()), new SentenceRange(targetAt, t.end()));
    draft.replace(index, 1, List.of(first, second));
    return draft.finish("Split link " + (index + 1), first.id());
  }

  /** Moves the first sentence of one side of a link to the end of the same side of the previous link. */
  public static EditResult moveUp(EditableAlignment alignment, long linkId, Side side) {
    int index = indexOf(alignment, linkId);
    if (index == 0) {
      throw new EditRefused(Reason.NO_PREVIOUS_LINK, "link 1 is the first link; there is no link above it",
          "move the sentence down, or detach it");
    }
    EditableLink link = requireUnlocked(alignment, index);
    EditableLink previous = requireUnlocked(alignment, index - 1);
    int sentence = requireSentences(link, index, side).start();
    Draft draft = new Draft(alignment);
    EditableLink grown = draft.person(
        grow(previous, side, previous.range(side).start(), sentence + 1, Side.SOURCE),
        grow(previous, side, previous.range(side).start(), sentence + 1, Side.TARGET));
    List<EditableLink> replacement = new ArrayList<>(List.of(grown));
    SentenceRange rest = new SentenceRange(sentence + 1, link.range(side).end());
    shrunk(draft, link, side, rest).ifPresent(replacement::add);
    draft.replace(index - 1, 2, replacement);
    return draft.finish(
        "Move " + name(side) + " sentence " + (sentence + 1) + " up to link " + index, grown.id());
  }

  /** Moves the last sentence of one side of a link to the start of the same side of the next link. */
  public static EditResult moveDown(EditableAlignment alignment, long linkId, Side side) {
    int index = indexOf(alignment, linkId);
    if (index == alignment.size() - 1) {
      throw new EditRefused(Reason.NO_NEXT_LINK, "link " + (index + 1) + " is the last link; there is no link below it",
          "move the sentence up, or detach it");
    }
    EditableLink link = requireUnlocked(alignment, index);
    EditableLink next = requireUnlocked(alignment, index + 1);
    int sentence = requireSentences(link, index, side).end() - 1;
    Draft draft = new Draft(alignment);
    List<EditableLink> replacement = new ArrayList<>();
    SentenceRange rest = new SentenceRange(link.range(side).start(), sentence);
    shrunk(draft, link, side, rest).ifPresent(replacement::add);
    EditableLink grown = draft.person(
        grow(next, side, sentence, next.range(side).end(), Side.SOURCE),
        grow(next, side, sentence, next.range(side).end(), Side.TARGET));
    replacement.add(grown);
    draft.replace(index, 2, replacement);
    return draft.finish(
        "Move " + name(side) + " sentence " + (sentence + 1) + " down to link " + (index + 2), grown.id());
  }

  /**
   * Takes the first or last sentence of one side out of its link into a link of its own (1-0 or 0-1),
   * placed before or after what remains.
   */
  public static EditResult detach(EditableAlignment alignment, long linkId, Side side, int sentence) {
    int index = indexOf(alignment, linkId);
    EditableLink link = requireUnlocked(alignment, index);
    SentenceRange range = link.range(side);
    if (!range.contains(sentence)) {
      throw new EditRefused(Reason.NOT_AT_LINK_EDGE,
          name(side) + " sentence " + (sentence + 1) + " is not in link " + (index + 1),
          "choose a sentence of the link");
    }
    if (range.size() == 1 && link.range(side.other()).isEmpty()) {
      throw new EditRefused(Reason.ALREADY_ALONE,
          name(side) + " sentence " + (sentence + 1) + " is alone in link " + (index + 1) + " already",
          "link it to a sentence of the other side instead (pinpoint)");
    }
    boolean first = sentence == range.start();
    if (!first && sentence != range.end() - 1) {
      throw new EditRefused(Reason.NOT_AT_LINK_EDGE,
          name(side) + " sentence " + (sentence + 1) + " is inside link " + (index + 1) + ", not at its start or end",
          "split the link next to the sentence first");
    }
    Draft draft = new Draft(alignment);
    EditableLink alone = draft.person(
        side == Side.SOURCE ? SentenceRange.of(sentence) : SentenceRange.empty(0),
        side == Side.TARGET ? SentenceRange.of(sentence) : SentenceRange.empty(0));
    SentenceRange rest = first ? new SentenceRange(sentence + 1, range.end()) : new SentenceRange(range.start(), sentence);
    Optional<EditableLink> remaining = shrunk(draft, link, side, rest);
    List<EditableLink> replacement = new ArrayList<>();
    remaining.ifPresent(replacement::add);
    replacement.add(first ? 0 : replacement.size(), alone);
    draft.replace(index, 1, replacement);
    return draft.finish("Detach " + name(side) + " sentence " + (sentence + 1) + " from link " + (index + 1), alone.id());
  }

  /**
   * Links what two one-sided links hold (a source-only and a target-only one, "pinpoint"): they become
   * one link. Links between them must be one-sided too, so that no link is crossed; they keep their
   * sentences and move to the other side of the new link.
   */
  public static EditResult pinpoint(EditableAlignment alignment, long firstId, long secondId) {
    int i = indexOf(alignment, firstId);
    int j = indexOf(alignment, secondId);
    int lo = Math.min(i, j);
    int hi = Math.max(i, j);
    EditableLink a = requireUnlocked(alignment, lo);
    EditableLink b = requireUnlocked(alignment, hi);
    boolean complementary = lo != hi && a.isOneSided() && b.isOneSided()
        && a.source().isEmpty() != b.source().isEmpty();
    if (!complementary) {
      throw new EditRefused(Reason.NOT_ONE_SIDED_PAIR,
          "links " + (lo + 1) + " (" + a.shape() + ") and " + (hi + 1) + " (" + b.shape() + ") are not a "
              + "source-only and a target-only link",
          "pick one unlinked source sentence and one unlinked target sentence");
    }
    EditableLink sourceOnly = a.target().isEmpty() ? a : b;
    EditableLink targetOnly = a.target().isEmpty() ? b : a;
    String label = "Link source " + describe(sourceOnly.source()) + " with target " + describe(targetOnly.target());
    // The joined link stands where the first one stood (the links between follow it) or where the
    // second one stood (they precede it); only one of the two can keep both sides in order.
    for (int slot : new int[] {lo, hi}) {
      Draft draft = new Draft(alignment);
      EditableLink joined = draft.person(sourceOnly.source(), targetOnly.target());
      draft.replace(hi, 1, slot == hi ? List.of(joined) : List.of());
      draft.replace(lo, 1, slot == lo ? List.of(joined) : List.of());
      Optional<EditResult> result = draft.tryFinish(label, joined.id());
      if (result.isPresent()) {
        return result.get();
      }
    }
    throw new EditRefused(Reason.CROSSING_LINKS,
        "links between " + (lo + 1) + " and " + (hi + 1) + " hold sentences of both sides; linking these two "
            + "would cross them",
        "detach or move those sentences first, or pick a nearer pair");
  }

  // ---- text ----------------------------------------------------------------------------------

  /**
   * Rewrites the text of one sentence (a typo, a wrong number, a sentence the segmenter cut badly). The new
   * text is segmented as the document was read ({@code presegmented}: one sentence a line), so it may become
   * several sentences: the link then holds them all, and the sentences after it are numbered on. The link
   * gets a new id (what it says changed; a re-review finds its flags), links elsewhere keep theirs. The
   * input file is never touched: the alignment's documents become new values, and {@link
   * EditableAlignment#textEdits()} keeps what the input had. Text equal to the sentence's changes nothing.
   *
   * @param sentence the sentence's index in its document
   * @throws EditRefused when the link is locked, or the new text is empty
   */
  public static EditResult editText(
      EditableAlignment alignment, Side side, int sentence, String newText, boolean presegmented) {
    return SentenceTexts.edit(alignment, side, sentence, newText, presegmented);
  }

  // ---- status and locks ------------------------------------------------------------------------

  public static EditResult accept(EditableAlignment alignment, Collection<Long> linkIds) {
    return setStatus(alignment, linkIds, ReviewStatus.ACCEPTED, "Accept");
  }

  public static EditResult markForReview(EditableAlignment alignment, Collection<Long> linkIds) {
    return setStatus(alignment, linkIds, ReviewStatus.NEEDS_REVIEW, "Mark for review");
  }

  /** Back to {@link ReviewStatus#UNREVIEWED}. */
  public static EditResult clearStatus(EditableAlignment alignment, Collection<Long> linkIds) {
    return setStatus(alignment, linkIds, ReviewStatus.UNREVIEWED, "Clear the status of");
  }

  public static EditResult lock(EditableAlignment alignment, Collection<Long> linkIds) {
    return change(alignment, linkIds, "Lock", l -> l.withLocked(true));
  }

  public static EditResult unlock(EditableAlignment alignment, Collection<Long> linkIds) {
    return change(alignment, linkIds, "Unlock", l -> l.withLocked(false));
  }

  private static EditResult setStatus(
      EditableAlignment alignment, Collection<Long> linkIds, ReviewStatus status, String verb) {
    return change(alignment, linkIds, verb, l -> l.withStatus(status));
  }

  /** Changes links in place: same ids, same ranges, same flags. */
  private static EditResult change(
      EditableAlignment alignment, Collection<Long> linkIds, String verb,
      UnaryOperator<EditableLink> how) {
    Set<Integer> indices = new TreeSet<>();
    for (long id : new LinkedHashSet<>(linkIds)) {
      indices.add(indexOf(alignment, id));
    }
    if (indices.isEmpty()) {
      throw new IllegalArgumentException("no link to " + verb.toLowerCase(Locale.ROOT));
    }
    List<EditableLink> links = new ArrayList<>(alignment.links());
    for (int k : indices) {
      links.set(k, how.apply(links.get(k)));
    }
    EditableAlignment after = alignment.withLinks(links, alignment.nextId());
    int first = indices.iterator().next();
    String what = indices.size() == 1 ? "link " + (first + 1) : indices.size() + " links";
    return EditResult.between(verb + " " + what, alignment, after, OptionalLong.of(alignment.link(first).id()));
  }

  // ---- flag decisions --------------------------------------------------------------------------

  /** Records a person's decision on a flag of the alignment (dismissed or confirmed, with a note). */
  public static EditResult decideFlag(EditableAlignment alignment, String fingerprint, FlagDecision decision) {
    LinkFlag flag = alignment.flag(fingerprint).orElseThrow(() -> new EditRefused(Reason.NO_SUCH_FLAG,
        "no flag " + fingerprint + " in this alignment", "pick a flag shown now; an edit may have removed it"));
    Map<String, FlagDecision> decisions = new HashMap<>(alignment.decisions());
    decisions.put(fingerprint, decision);
    String verb = decision.kind() == FlagDecision.Kind.DISMISSED ? "Dismiss" : "Confirm";
    return EditResult.between(
        verb + " the " + flag.type() + " flag on link " + (alignment.indexOf(flag.linkId()) + 1),
        alignment, alignment.withDecisions(decisions), OptionalLong.of(flag.linkId()));
  }

  /** Forgets the decision on a flag: it asks for attention again. */
  public static EditResult clearFlagDecision(EditableAlignment alignment, String fingerprint) {
    Map<String, FlagDecision> decisions = new HashMap<>(alignment.decisions());
    if (decisions.remove(fingerprint) == null) {
      throw new EditRefused(Reason.NO_SUCH_FLAG, "no decision on flag " + fingerprint + " to clear",
          "pick a flag that was dismissed or confirmed");
    }
    Optional<LinkFlag> flag = alignment.flag(fingerprint);
    String where = flag.map(f -> " on link " + (alignment.indexOf(f.linkId()) + 1)).orElse("");
    return EditResult.between("Clear the decision on the " + flag.map(f -> f.type() + " ").orElse("") + "flag" + where,
        alignment, alignment.withDecisions(decisions),
        flag.isPresent() ? OptionalLong.of(flag.get().linkId()) : OptionalLong.empty());
  }

  // ---- helpers ---------------------------------------------------------------------------------

  static int indexOf(EditableAlignment alignment, long linkId) {
    int index = alignment.indexOf(linkId);
    if (index < 0) {
      throw new EditRefused(Reason.NO_SUCH_LINK, "there is no link with id " + linkId + " in this alignment",
          "pick a link shown now; an edit may have replaced it");
    }
    return index;
  }

  static EditableLink requireUnlocked(EditableAlignment alignment, int index) {
    EditableLink link = alignment.link(index);
    if (link.locked()) {
      throw new EditRefused(Reason.LOCKED, "link " + (index + 1) + " is locked", "unlock it first");
    }
    return link;
  }

  private static SentenceRange requireSentences(EditableLink link, int index, Side side) {
    SentenceRange range = link.range(side);
    if (range.isEmpty()) {
      throw new EditRefused(Reason.EMPTY_SIDE, "link " + (index + 1) + " has no " + name(side) + " sentence to move",
          "move a sentence of the other side");
    }
    return range;
  }

  /** The range of {@code link} on {@code which} side once its {@code side} side becomes [start, end). */
  private static SentenceRange grow(EditableLink link, Side side, int start, int end, Side which) {
    return which == side ? new SentenceRange(start, end) : link.range(which);
  }

  /** {@code link} with its {@code side} side cut down to {@code rest}; nothing if no sentence is left. */
  private static Optional<EditableLink> shrunk(Draft draft, EditableLink link, Side side, SentenceRange rest) {
    SentenceRange other = link.range(side.other());
    if (rest.isEmpty() && other.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(draft.person(side == Side.SOURCE ? rest : other, side == Side.SOURCE ? other : rest));
  }

  static String name(Side side) {
    return side == Side.SOURCE ? "source" : "target";
  }

  private static String describe(SentenceRange range) {
    return (range.size() == 1 ? "sentence " : "sentences ") + range.display();
  }

  /** Gives every empty range the place its neighbours leave it (one-sided links sit between sentences). */
  static List<EditableLink> placeEmptyRanges(List<EditableLink> links) {
    List<EditableLink> placed = new ArrayList<>(links.size());
    int sourceAt = 0;
    int targetAt = 0;
    for (EditableLink link : links) {
      SentenceRange s = link.source().isEmpty() ? SentenceRange.empty(sourceAt) : link.source();
      SentenceRange t = link.target().isEmpty() ? SentenceRange.empty(targetAt) : link.target();
      placed.add(s.equals(link.source()) && t.equals(link.target()) ? link : link.withRanges(s, t));
      sourceAt = s.end();
      targetAt = t.end();
    }
    return placed;
  }

  /**
   * A new list of links under construction. New links draw fresh ids; {@link #finish} gives the places of
   * empty ranges (which follow from their neighbours), checks the result and keeps the flags of the links
   * that are still there.
   */
  private static final class Draft {
    private final EditableAlignment base;
    private final List<EditableLink> links;
    private long nextId;

    Draft(EditableAlignment base) {
      this.base = base;
      this.links = new ArrayList<>(base.links());
      this.nextId = base.nextId();
    }

    EditableLink person(SentenceRange source, SentenceRange target) {
      return EditableLink.byPerson(nextId++, source, target);
    }

    void replace(int from, int count, List<EditableLink> replacement) {
      List<EditableLink> window = links.subList(from, from + count);
      window.clear();
      window.addAll(replacement);
    }

    EditResult finish(String label, long focus) {
      return tryFinish(label, focus).orElseThrow(() -> new IllegalStateException(
          "edit '" + label + "' produced links out of order: " + EditableAlignment.problemOf(
              base.source(), base.target(), placeEmptyRanges(links), List.of(), nextId).orElse("")));
    }

    Optional<EditResult> tryFinish(String label, long focus) {
      EditableAlignment after;
      try {
        // The alignment checks its links as it is made: checking them here first went over a long document's links
        // once more an edit.
        after = base.withLinks(placeEmptyRanges(links), nextId);
      } catch (IllegalArgumentException outOfOrder) {
        return Optional.empty();
      }
      return Optional.of(EditResult.between(label, base, after, OptionalLong.of(focus)));
    }
  }
}
