package org.qantara.ui;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.qantara.core.edit.EditHistory;
import org.qantara.core.edit.EditResult;
import org.qantara.core.edit.EditableAlignment;

/**
 * The open document as the window edits it, headless: the core's edit history (undo and redo are values)
 * and the grid's view-model, kept in step. Every edit, undo and redo goes through here and reaches the
 * grid as the few rows it changed, with the link it made selected. Whether there is unsaved work is
 * whether the current value differs from the last one saved.
 */
final class Workspace {
  private final ReviewViewModel grid;
  private EditHistory history;
  private EditableAlignment saved;

  Workspace(ReviewViewModel grid, EditHistory history) {
    this(grid, history, LinkRows.of(history.current()));
  }

  /** With the rows of the history's current value built already (off the event thread, for a long document). */
  Workspace(ReviewViewModel grid, EditHistory history, List<LinkRow> rows) {
    this.grid = grid;
    this.history = history;
    this.saved = history.current();
    grid.replaceRows(rows);
    shown.put(history.current(), grid.allRows());
  }

  EditableAlignment current() {
    return history.current();
  }

  EditHistory history() {
    return history;
  }

  ReviewViewModel grid() {
    return grid;
  }

  /**
   * Makes an edit on the current alignment and shows it.
   *
   * @throws org.qantara.core.edit.EditRefused when the edit cannot be made; nothing changes then
   */
  Applied apply(Function<EditableAlignment, EditResult> edit) {
    EditResult result = edit.apply(history.current());
    history = history.record(result);
    return new Applied(result, show(result));
  }

  /** An edit made: what the core says it did, and what the grid showed of it. */
  record Applied(EditResult edit, GridUpdate update) {}

  /** Replaces the current value without a new undo step (what completes an edit, like its re-review). */
  GridUpdate amend(EditResult completion) {
    history = history.amend(completion);
    return show(completion);
  }

  Optional<GridUpdate> undo() {
    if (!history.canUndo()) {
      return Optional.empty();
    }
    EditHistory.Step step = history.undo();
    history = step.history();
    return Optional.of(show(step.change()));
  }

  Optional<GridUpdate> redo() {
    if (!history.canRedo()) {
      return Optional.empty();
    }
    EditHistory.Step step = history.redo();
    history = step.history();
    return Optional.of(show(step.change()));
  }

  /**
   * The rows shown for the values near the current one in the history, by value: an undo or redo shows a value's
   * very rows again, so the grid finds their laid-out texts and heights where it left them and lays out nothing.
   */
  private final Map<EditableAlignment, List<LinkRow>> shown = new IdentityHashMap<>();
  /** How many values either side of the current one keep their rows: a few quick undos and redos. */
  private static final int ROWS_KEPT = 8;

  private GridUpdate show(EditResult change) {
    List<LinkRow> rows = shown.get(change.after());
    GridUpdate update = grid.setRows(rows != null ? rows : LinkRows.after(grid.allRows(), change), change.after()::indexOf);
    change.focus().ifPresent(grid::selectId);
    keepRowsNear(change.after());
    return update;
  }

  private void keepRowsNear(EditableAlignment current) {
    List<EditHistory.Entry> entries = history.entries();
    int at = history.position();
    Set<EditableAlignment> near = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (int k = Math.max(0, at - ROWS_KEPT); k <= Math.min(entries.size() - 1, at + ROWS_KEPT); k++) {
      near.add(entries.get(k).alignment());
    }
    shown.keySet().retainAll(near);
    shown.put(current, grid.allRows());
  }

  boolean isDirty() {
    return !history.current().equals(saved);
  }

  void markSaved(EditableAlignment value) {
    saved = value;
  }
}
