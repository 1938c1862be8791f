package org.qantara.ui;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
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
  private boolean visiblePending;
  private boolean viewportListened;
  /** Exact heights of rows laid out at the current widths and zoom, by row value (an edited row is a new value). */
  private final Map<LinkRow, Integer> measured = new IdentityHashMap<>();
  /** Laid-out texts of the rows measured or painted lately, so that scrolling back and forth lays out nothing. */
  private final Map<LinkRow, WrappedText> arabicLayouts = new IdentityHashMap<>();
  private final Map<LinkRow, WrappedText> englishLayouts = new IdentityHashMap<>();
  /** While many row heights are set at once, the table resizes and repaints once at the end, not per row. */
  private boolean batching;
  /** The fonts' measures for estimating row heights, worked out again when a font changes ({@link #metrics}). */
  private Metrics metrics;

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
    forgetLayouts();
    setFont(latin);
    getTableHeader().setFont(latin);
    scheduleAllHeights();
  }

  @Override
  public void tableChanged(TableModelEvent e) {
    if (cells == null) {
      super.tableChanged(e);
      return; // called from the constructor before the renderers exist
    }
    if (e.getFirstRow() == TableModelEvent.HEADER_ROW || e.getLastRow() == Integer.MAX_VALUE) {
      super.tableChanged(e);
      scheduleAllHeights();
      return;
    }
    // JTable repaints the whole table for a change to some rows where rows differ in height, and again when the
    // table's height follows: the rows above the first changed one are as they were painted, so the grid is
    // repainted from there down (an edit near the bottom of the screen paints a row or two, not the screen).
    int unchangedAbove = rowTop(e.getFirstRow());
    quiet = true;
    try {
      super.tableChanged(e);
      if (e.getType() != TableModelEvent.DELETE) {
        estimateHeights(e.getFirstRow(), e.getLastRow());
      }
    } finally {
      quiet = false;
    }
    revalidate();
    repaintFrom(unchangedAbove);
    if (e.getType() != TableModelEvent.DELETE) {
      measureVisibleLater();
    }
  }

  /**
   * While a change to some rows is handled, JTable's own repaints (and the viewport's, when the table's height
   * follows) are not asked for: {@link #repaintFrom} asks for the part that changed.
   */
  private boolean quiet;

  /** The top of row {@code row} as the rows' heights stand now; the bottom of the last row for a row past it. */
  private int rowTop(int row) {
    int rows = getRowCount();
    if (rows == 0 || row <= 0) {
      return 0;
    }
    if (row >= rows) {
      Rectangle last = getCellRect(rows - 1, 0, true);
      return last.y + last.height;
    }
    return getCellRect(row, 0, true).y;
  }

  /** Repaints the grid from {@code y} to its bottom, however tall it has become by the time it is painted. */
  private void repaintFrom(int y) {
    repaint(0, y, getWidth(), Integer.MAX_VALUE / 2);
  }

  @Override
  public void repaint(long tm, int x, int y, int width, int height) {
    if (!quiet) {
      super.repaint(tm, x, y, width, height);
    }
  }

  /**
   * When only the table's height changes (rows changed), the rows that moved are repainted already ({@link
   * #repaintFrom}): the whole table and the viewport under it are not painted again, only what a shorter table
   * uncovers.
   */
  @Override
  public void reshape(int x, int y, int width, int height) {
    int oldHeight = getHeight();
    if (x != getX() || y != getY() || width != getWidth() || height == oldHeight || getParent() == null) {
      super.reshape(x, y, width, height);
      return;
    }
    quiet = true;
    try {
      super.reshape(x, y, width, height);
    } finally {
      quiet = false;
    }
    if (height < oldHeight) {
      getParent().repaint(x, y + height, width, oldHeight - height);
    }
  }

  /** The grid's scroll pane; its viewport leaves the repaints of a change of rows to the grid. */
  JScrollPane scrollPane(int verticalPolicy, int horizontalPolicy) {
    JScrollPane scroll = new JScrollPane(verticalPolicy, horizontalPolicy) {
      @Override
      protected JViewport createViewport() {
        return new JViewport() {
          @Override
          public void repaint(long tm, int x, int y, int width, int height) {
            if (!quiet) {
              super.repaint(tm, x, y, width, height);
            }
          }
        };
      }
    };
    scroll.setViewportView(this);
    return scroll;
  }

  /** Column widths change in bursts while a divider is dragged: measure once the burst is over. */
  private void scheduleAllHeights() {
    if (!heightsPending) {
      heightsPending = true;
      SwingUtilities.invokeLater(() -> {
        heightsPending = false;
        forgetLayouts();
        estimateHeights(0, getRowCount() - 1);
        measureVisible();
      });
    }
  }

  private void measureVisibleLater() {
    if (!visiblePending) {
      visiblePending = true;
      SwingUtilities.invokeLater(() -> {
        visiblePending = false;
        measureVisible();
      });
    }
  }

  /**
   * Every row gets a height from its length at once (no layout: a 5,000-link document opens without
   * laying out 10,000 paragraphs); the rows on screen, and a screenful either side, are then laid out
   * exactly, as they scroll into view.
   */
  @Override
  public void addNotify() {
    super.addNotify();
    if (getParent() instanceof JViewport viewport && !viewportListened) {
      viewportListened = true;
      viewport.addChangeListener(e -> measureVisibleLater());
    }
  }

  private void measureVisible() {
    if (getRowCount() == 0) {
      return;
    }
    Rectangle visible = getVisibleRect();
    int first = rowAtPoint(new Point(0, visible.y));
    int last = rowAtPoint(new Point(0, visible.y + visible.height));
    first = first < 0 ? 0 : first;
    last = last < 0 ? getRowCount() - 1 : last;
    int margin = Math.max(10, last - first);
    // Measuring may change heights and so which rows are visible: settle in a few rounds at most.
    for (int round = 0; round < 3; round++) {
      if (!measure(Math.max(0, first - margin), Math.min(getRowCount() - 1, last + margin))) {
        break;
      }
      visible = getVisibleRect();
      int newLast = rowAtPoint(new Point(0, visible.y + visible.height));
      last = newLast < 0 ? getRowCount() - 1 : newLast;
    }
  }

  /** Lays out rows exactly; returns whether any height changed. */
  boolean measure(int first, int last) {
    Metrics m = metrics();
    int changedFrom = -1;
    batching = true;
    try {
      for (int i = Math.max(0, first); i <= Math.min(last, getRowCount() - 1); i++) {
        LinkRow row = (LinkRow) getModel().getValueAt(i, 0);
        Integer known = measured.get(row);
        int height;
        if (known != null) {
          height = known;
        } else {
          float text = Math.max(layout(row, true).height(), layout(row, false).height());
          height = m.rowHeight(text, row);
          measured.put(row, height);
        }
        if (getRowHeight(i) != height) {
          if (changedFrom < 0) {
            changedFrom = rowTop(i);
          }
          setRowHeight(i, height);
        }
      }
    } finally {
      batching = false;
    }
    if (changedFrom >= 0) {
      revalidate();
      repaintFrom(changedFrom);
    }
    return changedFrom >= 0;
  }

  /** The row's text in one column, laid out at the column's width: cached, shared by measuring and painting. */
  WrappedText layout(LinkRow row, boolean arabic) {
    Map<LinkRow, WrappedText> cache = arabic ? arabicLayouts : englishLayouts;
    WrappedText text = cache.get(row);
    if (text == null) {
      if (cache.size() > 2000) {
        cache.clear(); // only rows near the screen are worth keeping
      }
      text = GridRenderers.TextCell.layout(row, arabic, arabic ? arabicCell.textFont() : englishCell.textFont(),
          textWidth(arabic));
      cache.put(row, text);
    }
    return text;
  }

  private float textWidth(boolean arabic) {
    int column = (arabic ? GridTableModel.Column.ARABIC : GridTableModel.Column.ENGLISH).ordinal();
    return Math.max(20, getColumnModel().getColumn(column).getWidth() - 2 * GridRenderers.PAD);
  }

  /**
   * What laying out the rows' texts depends on (fonts, evidence colour, column widths) and how many rows the
   * first screen of a new document lays out (those shown and a screenful after them, as {@link #measureVisible}
   * does). Taken on the event thread, so that the first screen of a long document can be laid out elsewhere.
   */
  record LayoutSpec(Font arabic, Font english, java.awt.Color evidence, float arabicWidth, float englishWidth, int firstRows) {
    /** The first rows' texts laid out as the grid would lay them out: on any thread. */
    Map<LinkRow, WrappedText[]> layOutFirst(List<LinkRow> rows) {
      Map<LinkRow, WrappedText[]> laidOut = new IdentityHashMap<>();
      for (LinkRow row : rows.subList(0, Math.min(firstRows, rows.size()))) {
        laidOut.put(row, new WrappedText[] {
            GridRenderers.TextCell.layout(row, true, arabic, arabicWidth),
            GridRenderers.TextCell.layout(row, false, english, englishWidth)});
      }
      return laidOut;
    }
  }

  LayoutSpec layoutSpec() {
    int minimumRow = getFontMetrics(englishCell.getFont()).getHeight() + 2 * GridRenderers.PAD;
    int onScreen = getParent() instanceof JViewport viewport ? viewport.getHeight() / minimumRow + 1 : 40;
    return new LayoutSpec(arabicCell.textFont(), englishCell.textFont(), Theme.evidence(), textWidth(true),
        textWidth(false), 2 * onScreen + 12);
  }

  /**
   * Takes the texts of a new document's first rows laid out off the event thread, when they were laid out for
   * the grid as it is now (same fonts and widths); otherwise they are laid out here as they are shown.
   */
  void adoptLayouts(LayoutSpec spec, Map<LinkRow, WrappedText[]> laidOut) {
    if (spec.equals(layoutSpec())) {
      laidOut.forEach((row, texts) -> {
        arabicLayouts.put(row, texts[0]);
        englishLayouts.put(row, texts[1]);
      });
    }
  }

  /**
   * A made-up row's cells (all but its number, which only a row of the document has) stamped {@code times} over into
   * {@code g}, as the grid paints its cells: the cell painting code ran uncompiled the first few hundred times, so the
   * grid's first screen of a new document cost the event thread three to four times a later one.
   */
  void warmUpCells(java.awt.Graphics g, LinkRow sample, int times) {
    javax.swing.CellRendererPane rendererPane = new javax.swing.CellRendererPane();
    for (int t = 0; t < times; t++) {
      for (int column = 1; column < cells.size(); column++) {
        java.awt.Component stamp = cells.get(column).getTableCellRendererComponent(this, sample, t % 2 == 0, false, 0, column);
        rendererPane.paintComponent(g, stamp, this, 0, 0, 300, 60, true);
      }
    }
    rendererPane.removeAll();
    arabicLayouts.remove(sample);
    englishLayouts.remove(sample);
  }

  private void forgetLayouts() {
    measured.clear();
    arabicLayouts.clear();
    englishLayouts.clear();
  }

  @Override
  protected void resizeAndRepaint() {
    if (!batching) {
      super.resizeAndRepaint();
    }
  }

  /** A height from the texts' lengths and the fonts' average letter widths: cheap, and close enough until measured. */
  private void estimateHeights(int first, int last) {
    if (getRowCount() == 0) {
      return;
    }
    Metrics m = metrics();
    int unchangedAbove = rowTop(first);
    batching = true;
    try {
      for (int i = Math.max(0, first); i <= Math.min(last, getRowCount() - 1); i++) {
        LinkRow row = (LinkRow) getModel().getValueAt(i, 0);
        Integer known = measured.get(row);
        int height;
        if (known != null) {
          height = known;
        } else {
          double arabicLines = Math.ceil(row.sourceText().length() * m.arabicAdvance / m.arabicWidth);
          double englishLines = Math.ceil(row.targetText().length() * m.latinAdvance / m.englishWidth);
          height = m.rowHeight((float) Math.max(arabicLines * m.arabicLine, englishLines * m.latinLine), row);
        }
        // Set, not compared first: reading a row's height walks the table's height tree twice, setting it once, and
        // a new document's rows all change (7,952 of them in the handover of the benchmark's document).
        setRowHeight(i, height);
      }
    } finally {
      batching = false;
    }
    revalidate();
    repaintFrom(unchangedAbove);
  }

  private record Metrics(
      Font latin, Font arabic, float arabicWidth, float englishWidth, double latinAdvance, double arabicAdvance,
      float latinLine, float arabicLine, FontMetrics latinMetrics) {
    int rowHeight(float text, LinkRow row) {
      int minimum = latinMetrics.getHeight() + 2 * GridRenderers.PAD;
      int flags = GridRenderers.FlagsCell.height(row.flags().size(), latinMetrics);
      return Math.max(minimum, (int) Math.ceil(Math.max(text, flags)) + 2 * GridRenderers.PAD + 1);
    }
  }

  /**
   * The metrics at the current fonts and widths. Kept while they stay the same: measuring the Arabic sample
   * shapes it, a few milliseconds that an edit firing one event a changed row would otherwise pay a row.
   */
  private Metrics metrics() {
    float arabicWidth = textWidth(true);
    float englishWidth = textWidth(false);
    Font latin = englishCell.getFont();
    Font arabic = arabicCell.textFont();
    Metrics known = metrics;
    if (known != null && known.latin().equals(latin) && known.arabic().equals(arabic)) {
      if (known.arabicWidth() != arabicWidth || known.englishWidth() != englishWidth) {
        known = new Metrics(latin, arabic, arabicWidth, englishWidth, known.latinAdvance(), known.arabicAdvance(),
            known.latinLine(), known.arabicLine(), known.latinMetrics());
        metrics = known;
      }
      return known;
    }
    FontMetrics latinMetrics = getFontMetrics(latin);
    FontMetrics arabicMetrics = getFontMetrics(arabic);
    metrics = new Metrics(latin, arabic, arabicWidth, englishWidth,
        latinMetrics.stringWidth(SAMPLE_EN) / (double) SAMPLE_EN.length(),
        arabicMetrics.stringWidth(SAMPLE_AR) / (double) SAMPLE_AR.length(),
        latinMetrics.getHeight(), arabicMetrics.getHeight(), latinMetrics);
    return metrics;
  }

  private static final String SAMPLE_EN = "The source mentioned that the evacuation process is still ongoing, 2026.";
  private static final String SAMPLE_AR = "وذكر المصدر أن عملية الإخلاء ما تزال مستمرة في مطار القامشلي منذ يومين.";
}
