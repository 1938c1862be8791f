package org.qantara.ui;

import java.awt.Font;
import java.awt.FontMetrics;
import java.util.List;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ListSelectionEvent;
import javax.swing.event.TableColumnModelEvent;
import javax.swing.event.TableColumnModelListener;
import javax.swing.event.TableModelEvent;
import javax.swing.table.TableColumn;

/**
 * The alignment grid: one row per link, each row as tall as its longest text wrapped at the column width.
 * Row heights are measured with the same layout the cells paint, for the rows an update touched only.
 */
final class GridTable extends JTable {
  static final int[] DEFAULT_WIDTHS = {44, 430, 430, 48, 110, 110, 250};

  private final GridRenderers.TextCell arabicCell = new GridRenderers.TextCell(true);
  private final GridRenderers.TextCell englishCell = new GridRenderers.TextCell(false);
  private final List<GridRenderers.Cell> cells;
  private float zoom = 1f;
  private boolean heightsPending;

  GridTable(GridTableModel model, ReviewViewModel viewModel) {
    super(model);
    cells = GridRenderers.all(viewModel, arabicCell, englishCell);
    setName("grid");
    getAccessibleContext().setAccessibleName("Alignment grid, one row per link");
    getAccessibleContext().setAccessibleDescription(
        "Arabic source, English target, link type, score, status and review flags of each link");
    setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    setFillsViewportHeight(true);
    setShowVerticalLines(true);
    setShowHorizontalLines(true);
    getTableHeader().setReorderingAllowed(false);
    for (int i = 0; i < cells.size(); i++) {
      TableColumn column = getColumnModel().getColumn(i);
      column.setCellRenderer(cells.get(i));
      column.setPreferredWidth(DEFAULT_WIDTHS[i]);
    }
    getColumnModel().addColumnModelListener(new TableColumnModelListener() {
      @Override
      public void columnMarginChanged(ChangeEvent e) {
        scheduleAllHeights();
      }

      @Override
      public void columnAdded(TableColumnModelEvent e) {}

      @Override
      public void columnRemoved(TableColumnModelEvent e) {}

      @Override
      public void columnMoved(TableColumnModelEvent e) {}

      @Override
      public void columnSelectionChanged(ListSelectionEvent e) {}
    });
    applyZoom();
  }

  float zoom() {
    return zoom;
  }

  void setZoom(float value) {
    zoom = Math.max(Theme.MIN_ZOOM, Math.min(Theme.MAX_ZOOM, value));
    applyZoom();
  }

  @Override
  public void updateUI() {
    super.updateUI();
    if (cells != null) {
      applyZoom();
    }
  }

  private void applyZoom() {
    Font latin = Theme.latin(Theme.BASE_SIZE * zoom);
    for (GridRenderers.Cell cell : cells) {
      cell.setFont(latin);
    }
    arabicCell.setTextFont(Theme.arabic(Theme.BASE_SIZE * zoom));
    englishCell.setTextFont(latin);
    setFont(latin);
    getTableHeader().setFont(latin);
    scheduleAllHeights();
  }

  @Override
  public void tableChanged(TableModelEvent e) {
    super.tableChanged(e);
    if (cells == null) {
      return; // called from the constructor before the renderers exist
    }
    if (e.getFirstRow() == TableModelEvent.HEADER_ROW || e.getLastRow() == Integer.MAX_VALUE) {
      scheduleAllHeights();
    } else if (e.getType() != TableModelEvent.DELETE) {
      updateHeights(e.getFirstRow(), e.getLastRow());
    }
  }

  /** Column widths change in bursts while a divider is dragged: measure once the burst is over. */
  private void scheduleAllHeights() {
    if (!heightsPending) {
      heightsPending = true;
      SwingUtilities.invokeLater(() -> {
        heightsPending = false;
        updateHeights(0, getRowCount() - 1);
      });
    }
  }

  void updateHeights(int first, int last) {
    if (getRowCount() == 0) {
      return;
    }
    float arabicWidth = getColumnModel().getColumn(GridTableModel.Column.ARABIC.ordinal()).getWidth() - 2 * GridRenderers.PAD;
    float englishWidth = getColumnModel().getColumn(GridTableModel.Column.ENGLISH.ordinal()).getWidth() - 2 * GridRenderers.PAD;
    Font latin = englishCell.getFont();
    Font arabic = Theme.arabic(Theme.BASE_SIZE * zoom);
    FontMetrics metrics = getFontMetrics(latin);
    int minimum = metrics.getHeight() + 2 * GridRenderers.PAD;
    for (int i = Math.max(0, first); i <= Math.min(last, getRowCount() - 1); i++) {
      LinkRow row = (LinkRow) getModel().getValueAt(i, 0);
      float text = Math.max(
          GridRenderers.TextCell.layout(row, true, arabic, arabicWidth).height(),
          GridRenderers.TextCell.layout(row, false, latin, englishWidth).height());
      int flags = GridRenderers.FlagsCell.height(row.flags().size(), metrics);
      int height = Math.max(minimum, (int) Math.ceil(Math.max(text, flags)) + 2 * GridRenderers.PAD + 1);
      if (getRowHeight(i) != height) {
        setRowHeight(i, height);
      }
    }
  }
}
