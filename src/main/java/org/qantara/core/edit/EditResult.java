package org.qantara.core.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.qantara.core.text.Document;

/**
 * What an edit (or an undo, a redo, a re-alignment, a re-review) did: the alignment before and after, the
 * label a menu shows for it, and which rows of a one-row-per-link view changed.
 *
 * @param label what the edit did, for the UI: "Merge links 3 and 4"
 * @param rows the rows that differ, so that a grid repaints only those
 * @param focus the link to select afterwards, if any
 */
public record EditResult(
    String label, EditableAlignment before, EditableAlignment after, RowChange rows, OptionalLong focus) {

  /**
   * Rows {@code from … from + removed - 1} of the view before became rows {@code from … from + inserted - 1}
   * after; every other row shows the same link, flags and decisions as before. A grid fires "rows updated"
   * when {@code removed == inserted} and "deleted" then "inserted" otherwise.
   */
  public record RowChange(int from, int removed, int inserted) {
    public boolean isEmpty() {
      return removed == 0 && inserted == 0;
    }
  }

  public EditResult {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** The result of going from {@code before} to {@code after}, whatever the edit was. */
  public static EditResult between(String label, EditableAlignment before, EditableAlignment after, OptionalLong focus) {
    return new EditResult(label, before, after, rowChange(before, after), focus);
  }

  /** Whether the edit changed nothing at all (accepting an accepted link); a history does not record it. */
  public boolean changesNothing() {
    return before == after || before.equals(after);
  }

  /** Ids of the links in the changed rows after the edit, in order (new links and changed ones). */
  public List<Long> changedLinkIds() {
    List<Long> ids = new ArrayList<>(rows.inserted());
    for (int k = rows.from(); k < rows.from() + rows.inserted(); k++) {
      ids.add(after.link(k).id());
    }
    return ids;
  }

  /**
   * Ids of links that did not exist before: the links this edit made or reshaped, whose flags are gone
   * and which a re-review should look at.
   */
  public List<Long> reshapedLinkIds() {
    return changedLinkIds().stream().filter(id -> before.indexOf(id) < 0).toList();
  }

  /** Ids of the links that are gone. */
  public Set<Long> removedLinkIds() {
    Set<Long> ids = new HashSet<>();
    for (int k = rows.from(); k < rows.from() + rows.removed(); k++) {
      long id = before.link(k).id();
      if (after.indexOf(id) < 0) {
        ids.add(id);
      }
    }
    return ids;
  }

  /**
   * The common head and tail of the two link lists. The flags are kept in link order, so each row's flags are the
   * next run of either flag list: they are walked along with the rows, not looked up by link id row by row (two
   * lookups a row were half the time of an edit's scan over a 5,000-link document).
   */
  private static RowChange rowChange(EditableAlignment before, EditableAlignment after) {
    int n = before.size();
    int m = after.size();
    List<LinkFlag> flagsBefore = before.flags();
    List<LinkFlag> flagsAfter = after.flags();
    int prefix = 0;
    int fb = 0;
    int fa = 0;
    while (prefix < Math.min(n, m)) {
      EditableLink link = before.link(prefix);
      EditableLink now = after.link(prefix);
      int kb = runFrom(flagsBefore, fb, link.id());
      int ka = runFrom(flagsAfter, fa, now.id());
      if (!sameRow(before, link, flagsBefore.subList(fb, fb + kb), after, now, flagsAfter.subList(fa, fa + ka))) {
        break;
      }
      prefix++;
      fb += kb;
      fa += ka;
    }
    int suffix = 0;
    fb = flagsBefore.size();
    fa = flagsAfter.size();
    while (suffix < Math.min(n, m) - prefix) {
      EditableLink link = before.link(n - 1 - suffix);
      EditableLink now = after.link(m - 1 - suffix);
      int kb = runUpTo(flagsBefore, fb, link.id());
      int ka = runUpTo(flagsAfter, fa, now.id());
      if (!sameRow(before, link, flagsBefore.subList(fb - kb, fb), after, now, flagsAfter.subList(fa - ka, fa))) {
        break;
      }
      suffix++;
      fb -= kb;
      fa -= ka;
    }
    return new RowChange(prefix, n - prefix - suffix, m - prefix - suffix);
  }

  /** How many flags from {@code from} on belong to link {@code linkId}. */
  private static int runFrom(List<LinkFlag> flags, int from, long linkId) {
    int end = from;
    while (end < flags.size() && flags.get(end).linkId() == linkId) {
      end++;
    }
    return end - from;
  }

  /** How many flags just before {@code end} belong to link {@code linkId}. */
  private static int runUpTo(List<LinkFlag> flags, int end, long linkId) {
    int start = end;
    while (start > 0 && flags.get(start - 1).linkId() == linkId) {
      start--;
    }
    return end - start;
  }

  /**
   * Whether a view shows {@code link} with {@code flags} before as it shows {@code now} with {@code flagsNow} after:
   * same link, flags, decisions. A link whose text only moved (a sentence before it rewritten, or cut in two) shows
   * the same: its sentences and the places of its flags' evidence within them are what count, not where they lie in
   * the document.
   */
  private static boolean sameRow(
      EditableAlignment before, EditableLink link, List<LinkFlag> flags, EditableAlignment after, EditableLink now,
      List<LinkFlag> flagsNow) {
    if (link.equals(now) && flags.equals(flagsNow)) {
      return sameDecisions(before, after, flags);
    }
    if (!link.withRanges(now.source(), now.target()).equals(now)
        || !sameSentences(before.source(), link.source(), after.source(), now.source())
        || !sameSentences(before.target(), link.target(), after.target(), now.target())
        || flags.size() != flagsNow.size()) {
      return false;
    }
    int sourceDelta = LinkFlag.textStart(after.source(), now.source()) - LinkFlag.textStart(before.source(), link.source());
    int targetDelta = LinkFlag.textStart(after.target(), now.target()) - LinkFlag.textStart(before.target(), link.target());
    for (int k = 0; k < flags.size(); k++) {
      if (!flags.get(k).movedBy(sourceDelta, targetDelta).equals(flagsNow.get(k))) {
        return false;
      }
    }
    return sameDecisions(before, after, flags);
  }

  private static boolean sameDecisions(EditableAlignment before, EditableAlignment after, List<LinkFlag> flags) {
    if (before.decisions() == after.decisions()) {
      return true; // an edit that left every decision as it was keeps the very map
    }
    for (LinkFlag flag : flags) {
      if (!before.decisionOn(flag.fingerprint()).equals(after.decisionOn(flag.fingerprint()))) {
        return false;
      }
    }
    return true;
  }

  /** Whether two ranges hold sentences of the same texts (the same strings, after an edit elsewhere). */
  private static boolean sameSentences(Document before, SentenceRange range, Document after, SentenceRange rangeNow) {
    if (range.size() != rangeNow.size()) {
      return false;
    }
    for (int k = 0; k < range.size(); k++) {
      if (!before.sentences().get(range.start() + k).text().equals(after.sentences().get(rangeNow.start() + k).text())) {
        return false;
      }
    }
    return true;
  }
}
