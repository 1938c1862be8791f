package org.qantara.core.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Undo and redo as a list of alignment values: an immutable value itself. Recording an edit drops what
 * could have been redone; undoing moves back one value, redoing forward. Each entry carries the label
 * of the edit that produced it, for menus ("Undo Merge links 3 and 4").
 *
 * <p>At most {@link #LIMIT} entries are kept; the oldest go first. Values share their documents and
 * unchanged links, so an entry costs about one reference per link.
 */
public final class EditHistory {
  /** Entries kept at most: undoing a thousand edits is more than a working session asks for. */
  public static final int LIMIT = 1000;

  /** One value of the alignment and the label of the edit that made it. */
  public record Entry(String label, EditableAlignment alignment) {
    public Entry {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(alignment, "alignment");
    }
  }

  /** The history after an undo or redo, and what that did (for the grid). */
  public record Step(EditHistory history, EditResult change) {}

  private final List<Entry> entries;
  private final int position;

  private EditHistory(List<Entry> entries, int position) {
    this.entries = List.copyOf(entries);
    this.position = position;
  }

  /** A history whose only value is {@code initial} ("Align", "Open project"…), with nothing to undo. */
  public static EditHistory start(EditableAlignment initial, String label) {
    return new EditHistory(List.of(new Entry(label, initial)), 0);
  }

  public EditableAlignment current() {
    return entries.get(position).alignment();
  }

  /** All values, oldest first; {@link #position()} is the current one. */
  public List<Entry> entries() {
    return entries;
  }

  public int position() {
    return position;
  }

  /**
   * The history with the edit's result as the current value. An edit that changed nothing is not
   * recorded.
   *
   * @throws IllegalArgumentException if the edit was not made on the current value
   */
  public EditHistory record(EditResult edit) {
    requireCurrent(edit.before());
    if (edit.changesNothing()) {
      return this;
    }
    List<Entry> kept = new ArrayList<>(entries.subList(Math.max(0, position + 2 - LIMIT), position + 1));
    kept.add(new Entry(edit.label(), edit.after()));
    return new EditHistory(kept, kept.size() - 1);
  }

  /**
   * Replaces the current value without a new undo step, keeping its label: for what completes an edit
   * rather than being one (the re-review of the links it touched). Undo then goes back past both.
   */
  public EditHistory amend(EditResult completion) {
    requireCurrent(completion.before());
    List<Entry> kept = new ArrayList<>(entries.subList(0, position + 1));
    kept.set(position, new Entry(entries.get(position).label(), completion.after()));
    return new EditHistory(kept, position);
  }

  public boolean canUndo() {
    return position > 0;
  }

  public boolean canRedo() {
    return position < entries.size() - 1;
  }

  /** The label of the edit an undo would take back. */
  public Optional<String> undoLabel() {
    return canUndo() ? Optional.of(entries.get(position).label()) : Optional.empty();
  }

  /** The label of the edit a redo would make again. */
  public Optional<String> redoLabel() {
    return canRedo() ? Optional.of(entries.get(position + 1).label()) : Optional.empty();
  }

  /** @throws IllegalStateException if there is nothing to undo ({@link #canUndo()}) */
  public Step undo() {
    if (!canUndo()) {
      throw new IllegalStateException("nothing to undo");
    }
    return moveTo(position - 1, "Undo " + entries.get(position).label());
  }

  /** @throws IllegalStateException if there is nothing to redo ({@link #canRedo()}) */
  public Step redo() {
    if (!canRedo()) {
      throw new IllegalStateException("nothing to redo");
    }
    return moveTo(position + 1, "Redo " + entries.get(position + 1).label());
  }

  private Step moveTo(int newPosition, String label) {
    EditableAlignment before = current();
    EditableAlignment after = entries.get(newPosition).alignment();
    EditResult change = EditResult.between(label, before, after, OptionalLong.empty());
    OptionalLong focus = change.rows().inserted() > 0
        ? OptionalLong.of(after.link(change.rows().from()).id())
        : OptionalLong.empty();
    return new Step(new EditHistory(entries, newPosition),
        new EditResult(label, before, after, change.rows(), focus));
  }

  private void requireCurrent(EditableAlignment before) {
    if (before != current() && !before.equals(current())) {
      throw new IllegalArgumentException("the edit was made on another value than the history's current one");
    }
  }
}
