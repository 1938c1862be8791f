package org.qantara.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the visible rows changed from one state to the next, in the terms a table model fires: the rows
 * {@code [start, start + removed)} of the old list were replaced by {@code [start, start + inserted)} of the
 * new one, and the rows listed in {@code updated} (indices in the new list, outside that range) kept their
 * identity but changed content. An edit touches a few neighbouring links, so the grid repaints those
 * rows in place instead of rebuilding itself.
 */
public record GridUpdate(int start, int removed, int inserted, List<Integer> updated) {
  public static final GridUpdate NOTHING = new GridUpdate(0, 0, 0, List.of());

  public GridUpdate {
    updated = List.copyOf(updated);
  }

  public boolean isEmpty() {
    return removed == 0 && inserted == 0 && updated.isEmpty();
  }

  /** Compares two row lists by link id: the common head and tail keep their rows, the middle is replaced. */
  public static GridUpdate between(List<LinkRow> before, List<LinkRow> after) {
    int head = 0;
    int shorter = Math.min(before.size(), after.size());
    while (head < shorter && before.get(head).id() == after.get(head).id()) {
      head++;
    }
    int tail = 0;
    while (tail < shorter - head
        && before.get(before.size() - 1 - tail).id() == after.get(after.size() - 1 - tail).id()) {
      tail++;
    }
    List<Integer> updated = new ArrayList<>();
    for (int i = 0; i < head; i++) {
      if (!Objects.equals(before.get(i), after.get(i))) {
        updated.add(i);
      }
    }
    for (int k = 0; k < tail; k++) {
      int newIndex = after.size() - 1 - k;
      if (!Objects.equals(before.get(before.size() - 1 - k), after.get(newIndex))) {
        updated.add(newIndex);
      }
    }
    updated.sort(null);
    GridUpdate update = new GridUpdate(head, before.size() - head - tail, after.size() - head - tail, updated);
    return update.isEmpty() ? NOTHING : update;
  }
}
