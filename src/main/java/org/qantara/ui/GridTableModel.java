package org.qantara.ui;

import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The grid's table model: a thin view of the view-model's visible rows, firing exactly what changed. */
final class GridTableModel extends AbstractTableModel implements ReviewViewModel.Listener {
  enum Column {
    NUMBER("#"),
    ARABIC("Arabic"),
    ENGLISH("English"),
    TYPE("Type"),
    SCORE("Score"),
    STATUS("Status"),
    FLAGS("Flags");

    final String title;

    Column(String title) {
      this.title = title;
    }
  }

  private final ReviewViewModel model;

  GridTableModel(ReviewViewModel model) {
    this.model = model;
    model.addListener(this);
  }

  @Override
  public int getRowCount() {
    return model.visibleRows().size();
  }

  @Override
  public int getColumnCount() {
    return Column.values().length;
  }

  @Override
  public String getColumnName(int column) {
    return Column.values()[column].title;
  }

  @Override
  public Class<?> getColumnClass(int column) {
    return LinkRow.class;
  }

  @Override
  public Object getValueAt(int row, int column) {
    return model.visibleRow(row);
  }

  /** Whether the rows are being replaced now: the table's selection moves along meanwhile, not by the person. */
  private boolean changing;

  boolean isChanging() {
    return changing;
  }

  @Override
  public void rowsChanged(GridUpdate update) {
    changing = true;
    try {
      fire(update);
    } finally {
      changing = false;
    }
  }

  private void fire(GridUpdate update) {
    if (update.removed() > 0 && update.inserted() > 0 && update.removed() == update.inserted()) {
      fireTableRowsUpdated(update.start(), update.start() + update.removed() - 1);
    } else {
      if (update.removed() > 0) {
        fireTableRowsDeleted(update.start(), update.start() + update.removed() - 1);
      }
      if (update.inserted() > 0) {
        fireTableRowsInserted(update.start(), update.start() + update.inserted() - 1);
      }
    }
    // One event a run of neighbouring rows: the grid estimates and repaints a run at once, not row by row.
    List<Integer> updated = update.updated();
    for (int k = 0; k < updated.size(); ) {
      int first = updated.get(k);
      int last = first;
      while (++k < updated.size() && updated.get(k) == last + 1) {
        last++;
      }
      fireTableRowsUpdated(first, last);
    }
  }
}
