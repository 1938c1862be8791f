package org.qantara.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongToIntFunction;
import java.util.function.Predicate;

/**
 * The headless model under the grid: every row, the filter, the rows it lets through and the selected
 * link, with the navigation a translator uses (next flag, next unreviewed, find, jump to link). No Swing
 * here, so all of it is unit-tested without a display; the table model only forwards its updates.
 *
 * <p>Not thread-safe: the window touches it on the event thread only.
 */
public final class ReviewViewModel {

  /** Told after every change of the visible rows, with what changed. */
  public interface Listener {
    void rowsChanged(GridUpdate update);
  }

  private List<LinkRow> all = List.of();
  /** Where each link stands among {@link #all}, by id; -1 for no such link. */
  private LongToIntFunction positions = id -> -1;
  private List<LinkRow> visible = List.of();
  private GridFilter filter = GridFilter.NONE;
  private Long selectedId;
  /** The status bar's counts of the rows as they are; null until asked for after a change. */
  private Counts counts;
  private final List<Listener> listeners = new ArrayList<>();

  public void addListener(Listener listener) {
    listeners.add(listener);
  }

  public List<LinkRow> allRows() {
    return all;
  }

  public List<LinkRow> visibleRows() {
    return visible;
  }

  public LinkRow visibleRow(int index) {
    return visible.get(index);
  }

  public GridFilter filter() {
    return filter;
  }

  /** Replaces every row (after an edit, an undo) and keeps the selection where it can. */
  public GridUpdate setRows(List<LinkRow> rows) {
    return setRows(rows, null);
  }

  /**
   * {@link #setRows(List)} with where each link stands among {@code rows}, as the alignment they were built from
   * knows it ({@code EditableAlignment::indexOf}): the view-model need not index thousands of rows again for an edit
   * that changed two.
   */
  public GridUpdate setRows(List<LinkRow> rows, LongToIntFunction positionOf) {
    int oldSelection = selectedIndex().orElse(-1);
    List<LinkRow> before = all;
    Counts counted = visible == all ? counts : null;
    take(rows, positionOf);
    GridUpdate update = refilter();
    if (counted != null && visible == all) {
      counts = recounted(counted, before, update);
    }
    if (selectedId != null && indexOfId(selectedId).isEmpty()) {
      // The selected link was merged away or split: select what now stands where it stood.
      selectedId = visible.isEmpty() ? null : visible.get(Math.min(Math.max(oldSelection, 0), visible.size() - 1)).id();
    }
    return update;
  }

  /**
   * The rows of another document: every row replaced, nothing selected. Its links are not compared with the old
   * ones (their ids start from 1 again, and comparing thousands of texts would only find them different).
   */
  public GridUpdate replaceRows(List<LinkRow> rows) {
    List<LinkRow> before = visible;
    take(rows, null);
    selectedId = null;
    visible = all.stream().filter(filter::accepts).toList();
    GridUpdate update = before.isEmpty() && visible.isEmpty() ? GridUpdate.NOTHING : new GridUpdate(0, before.size(), visible.size(), List.of());
    if (!update.isEmpty()) {
      listeners.forEach(l -> l.rowsChanged(update));
    }
    return update;
  }

  private void take(List<LinkRow> rows, LongToIntFunction positionOf) {
    all = List.copyOf(rows);
    if (positionOf != null) {
      positions = positionOf;
    } else {
      Map<Long, Integer> byId = HashMap.newHashMap(all.size());
      for (int i = 0; i < all.size(); i++) {
        byId.put(all.get(i).id(), i);
      }
      positions = id -> byId.getOrDefault(id, -1);
    }
    counts = null;
  }

  public GridUpdate setFilter(GridFilter newFilter) {
    filter = newFilter;
    return refilter();
  }

  private GridUpdate refilter() {
    List<LinkRow> before = visible;
    visible = filter.isNone() ? all : all.stream().filter(filter::accepts).toList();
    counts = null;
    GridUpdate update = GridUpdate.between(before, visible);
    if (!update.isEmpty()) {
      listeners.forEach(l -> l.rowsChanged(update));
    }
    return update;
  }

  public Optional<LinkRow> selected() {
    return selectedIndex().stream().mapToObj(visible::get).findFirst();
  }

  /** The selected row's index among the visible rows; empty when nothing, or a filtered-out link, is selected. */
  public OptionalInt selectedIndex() {
    return selectedId == null ? OptionalInt.empty() : indexOfId(selectedId);
  }

  public void select(int visibleIndex) {
    selectedId = visibleIndex < 0 || visibleIndex >= visible.size() ? null : visible.get(visibleIndex).id();
  }

  public void selectId(long id) {
    selectedId = id;
  }

  public OptionalInt indexOfId(long id) {
    int position = positions.applyAsInt(id);
    if (position < 0) {
      return OptionalInt.empty();
    }
    if (visible.size() == all.size()) {
      return OptionalInt.of(position); // unfiltered: the position is the row
    }
    for (int i = 0; i < visible.size(); i++) {
      if (visible.get(i).id() == id) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** The link's 1-based position in the document, as the grid shows it. */
  public int numberOf(LinkRow row) {
    return positions.applyAsInt(row.id()) + 1;
  }

  /** The visible row of link number {@code number} (as shown in the grid), if the filter lets it through. */
  public OptionalInt rowOfLinkNumber(int number) {
    if (number < 1 || number > all.size()) {
      return OptionalInt.empty();
    }
    return indexOfId(all.get(number - 1).id());
  }

  public OptionalInt nextFlagged(boolean forward) {
    return step(forward, LinkRow::hasActiveFlags);
  }

  public OptionalInt nextUnreviewed() {
    return step(true, LinkRow::isUnreviewed);
  }

  public OptionalInt find(String query, boolean forward) {
    if (query == null || query.isBlank()) {
      return OptionalInt.empty();
    }
    return step(forward, row -> GridFilter.contains(row, query));
  }

  /** The first visible row after (or before) the selection that matches, wrapping round the document once. */
  private OptionalInt step(boolean forward, Predicate<LinkRow> matches) {
    int n = visible.size();
    if (n == 0) {
      return OptionalInt.empty();
    }
    int from = selectedIndex().orElse(forward ? -1 : n);
    for (int k = 1; k <= n; k++) {
      int i = Math.floorMod(from + (forward ? k : -k), n);
      if (matches.test(visible.get(i))) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** Counts for the status bar: worked out once a change of the rows (the window asks for them several times). */
  public Counts counts() {
    if (counts == null) {
      counts = count();
    }
    return counts;
  }

  private Counts count() {
    int[] tally = new int[3];
    for (LinkRow row : all) {
      tally(row, 1, tally);
    }
    return new Counts(all.size(), visible.size(), tally[0], tally[1], tally[2]);
  }

  /**
   * The counts after {@code update} turned the unfiltered rows {@code before} into {@link #all}, from those before it:
   * only the rows it changed are counted again (counting every row of a long document took milliseconds, an edit).
   */
  private Counts recounted(Counts counted, List<LinkRow> before, GridUpdate update) {
    int[] tally = {counted.flaggedLinks(), counted.openFlags(), counted.unreviewed()};
    for (int k = 0; k < update.removed(); k++) {
      tally(before.get(update.start() + k), -1, tally);
    }
    for (int k = 0; k < update.inserted(); k++) {
      tally(all.get(update.start() + k), 1, tally);
    }
    for (int index : update.updated()) {
      tally(before.get(index < update.start() ? index : index - update.inserted() + update.removed()), -1, tally);
      tally(all.get(index), 1, tally);
    }
    return new Counts(all.size(), visible.size(), tally[0], tally[1], tally[2]);
  }

  /** Adds ({@code sign} 1) or takes away (-1) one row's part of the counts: flagged links, open flags, unreviewed. */
  private static void tally(LinkRow row, int sign, int[] tally) {
    if (row.hasActiveFlags()) {
      tally[0] += sign;
    }
    for (LinkRow.FlagItem flag : row.flags()) {
      tally[1] += flag.isOpen() ? sign : 0;
    }
    if (row.isUnreviewed()) {
      tally[2] += sign;
    }
  }

  public record Counts(int links, int shown, int flaggedLinks, int openFlags, int unreviewed) {}
}
