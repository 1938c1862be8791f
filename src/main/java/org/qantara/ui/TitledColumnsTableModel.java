package org.qantara.ui;

import java.util.List;
import javax.swing.table.AbstractTableModel;

/** A table model whose columns are a fixed list of titles; a subclass gives the rows. */
abstract class TitledColumnsTableModel extends AbstractTableModel {
  private final List<String> titles;

  TitledColumnsTableModel(String... titles) {
    this.titles = List.of(titles);
  }

  @Override
  public final int getColumnCount() {
    return titles.size();
  }

  @Override
  public final String getColumnName(int column) {
    return titles.get(column);
  }
}
