package org.qantara.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.table.TableCellRenderer;
import org.qantara.core.review.Flag;

/** The grid's cell renderers: each paints one kind of cell from the row value. */
final class GridRenderers {
  static final int PAD = 4;

  private GridRenderers() {}

  /**
   * A component a table stamps its cells with: its background filled, then antialiased content; read by
   * screen readers as a label (each cell sets its accessible name); without the layout and repaint requests a
   * live component would make.
   */
  abstract static class Stamp extends JComponent implements TableCellRenderer {
    Color background;
    Color foreground;

    @Override
    protected void paintComponent(Graphics g) {
      Graphics2D g2 = (Graphics2D) g.create();
      try {
        // The background first, before antialiasing is on: an antialiased rectangle is rasterised in software,
        // a plain one is one fill (the backgrounds took a quarter of a grid repaint).
        g2.setColor(background);
        g2.fillRect(0, 0, getWidth(), getHeight());
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        paintCell(g2);
      } finally {
        g2.dispose();
      }
    }

    abstract void paintCell(Graphics2D g);

    /** The name a screen reader reads for the cell last stamped, worked out when asked; null: the name set, if any. */
    String describeCell() {
      return null;
    }

    @Override
    public javax.accessibility.AccessibleContext getAccessibleContext() {
      if (accessibleContext == null) {
        accessibleContext = new AccessibleJComponent() {
          @Override
          public javax.accessibility.AccessibleRole getAccessibleRole() {
            return javax.accessibility.AccessibleRole.LABEL;
          }

          @Override
          public String getAccessibleName() {
            String described = describeCell();
            return described != null ? described : super.getAccessibleName();
          }
        };
      }
      return accessibleContext;
    }

    // A stamp is laid out by its paint only: validating it (as a table does before painting each cell) would
    // ask the X server for the cursor every time a cell of another height comes by, as DefaultTableCellRenderer
    // knows too.
    @Override
    public void invalidate() {}

    @Override
    public void validate() {}

    @Override
    public void revalidate() {}

    @Override
    public void repaint(long tm, int x, int y, int width, int height) {}
  }

  /** Base: background for selection and manual links, antialiased text, an accessible name per cell. */
  abstract static class Cell extends Stamp {
    LinkRow row;
    boolean selected;
    private String columnName;

    @Override
    public Component getTableCellRendererComponent(
        JTable table, Object value, boolean isSelected, boolean hasFocus, int rowIndex, int column) {
      row = (LinkRow) value;
      selected = isSelected;
      background = isSelected ? table.getSelectionBackground() : table.getBackground();
      foreground = isSelected ? table.getSelectionForeground() : table.getForeground();
      columnName = table.getColumnName(column);
      return this;
    }

    /**
     * Asked for by the table's accessible cell right after it stamps the cell, not made for every cell painted: the
     * descriptions (a formatted score, the flags in words) were a tenth of the grid's first paint of a new document.
     */
    @Override
    String describeCell() {
      return row == null ? null : columnName + ": " + describe(row);
    }

    abstract String describe(LinkRow row);

    void paintLine(Graphics2D g, String text, int x, Color color) {
      g.setFont(getFont());
      g.setColor(color);
      FontMetrics fm = g.getFontMetrics();
      g.drawString(text, x, PAD + fm.getAscent());
    }
  }

  /** A sentence column: wrapped, shaped, in its own direction, evidence highlighted. */
  static final class TextCell extends Cell {
    private final boolean arabic;
    private Font textFont;

    TextCell(boolean arabic) {
      this.arabic = arabic;
      // Screen readers and the bidi algorithm both take the direction from here.
      setComponentOrientation(arabic ? java.awt.ComponentOrientation.RIGHT_TO_LEFT : java.awt.ComponentOrientation.LEFT_TO_RIGHT);
    }

    void setTextFont(Font font) {
      textFont = font;
    }

    Font textFont() {
      return textFont;
    }

    private GridTable table;

    @Override
    public Component getTableCellRendererComponent(
        JTable table, Object value, boolean isSelected, boolean hasFocus, int rowIndex, int column) {
      this.table = (GridTable) table;
      return super.getTableCellRendererComponent(table, value, isSelected, hasFocus, rowIndex, column);
    }

    @Override
    String describe(LinkRow row) {
      return arabic ? row.sourceText() : row.targetText();
    }

    @Override
    void paintCell(Graphics2D g) {
      table.layout(row, arabic).paint(g, PAD, PAD, foreground);
    }

    /** Laid out with one fixed rendering context, so the row height measured earlier fits what is painted. */
    static WrappedText layout(LinkRow row, boolean arabic, Font font, float width) {
      return WrappedText.layout(
          arabic ? row.sourceText() : row.targetText(), font, arabic,
          arabic ? row.sourceHighlights() : row.targetHighlights(), Theme.evidence(), WrappedText.CONTEXT, width);
    }
  }

  static final class NumberCell extends Cell {
    private final ReviewViewModel model;
    private int number;

    NumberCell(ReviewViewModel model) {
      this.model = model;
    }

    @Override
    public Component getTableCellRendererComponent(
        JTable table, Object value, boolean isSelected, boolean hasFocus, int rowIndex, int column) {
      number = model.numberOf((LinkRow) value);
      return super.getTableCellRendererComponent(table, value, isSelected, hasFocus, rowIndex, column);
    }

    @Override
    String describe(LinkRow row) {
      return "link " + number + (row.manual() ? ", made by hand" : "");
    }

    @Override
    void paintCell(Graphics2D g) {
      if (row.manual() && !selected) {
        g.setColor(Theme.manualLink());
        g.fillRect(0, 0, getWidth(), getHeight());
      }
      String text = Integer.toString(number);
      g.setFont(getFont());
      int w = g.getFontMetrics().stringWidth(text);
      paintLine(g, text, getWidth() - w - PAD, foreground);
    }
  }

  static final class TypeCell extends Cell {
    @Override
    String describe(LinkRow row) {
      return "link type " + row.type();
    }

    @Override
    void paintCell(Graphics2D g) {
      paintLine(g, row.type().toString(), PAD, row.type().isOneSided() ? Theme.severity(Flag.Severity.MAJOR) : foreground);
    }
  }

  /** A bar as long as the score, its colour by band, and the number beside it (colour is never the only signal). */
  static final class ScoreCell extends Cell {
    @Override
    String describe(LinkRow row) {
      return Double.isNaN(row.score()) ? "no score" : String.format(Locale.ROOT, "score %.2f", row.score());
    }

    /**
     * The scores' labels as painted, by score: formatting one a cell was a tenth of the score column's paint under the
     * window's C1 compiler. Only rows near the screen come by, so the map stays small; it starts over past a bound.
     */
    private final Map<Double, String> labels = new java.util.HashMap<>();

    @Override
    void paintCell(Graphics2D g) {
      if (Double.isNaN(row.score())) {
        paintLine(g, "—", PAD, foreground);
        return;
      }
      g.setFont(getFont());
      FontMetrics fm = g.getFontMetrics();
      if (labels.size() > 4096) {
        labels.clear();
      }
      String text = labels.computeIfAbsent(row.score(), score -> String.format(Locale.ROOT, "%.2f", score));
      int barWidth = Math.max(10, getWidth() - 3 * PAD - fm.stringWidth("0.00"));
      int barHeight = Math.max(6, fm.getAscent() - 4);
      int top = PAD + (fm.getAscent() - barHeight) / 2 + 1;
      // The bar's rectangles lie on whole pixels: drawn antialiased they went through the software rasteriser for
      // shapes and cost as much as the text; plain, they are the same pixels and a few fills.
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
      g.setColor(Theme.muted());
      g.drawRect(PAD, top, barWidth, barHeight);
      g.setColor(Theme.scoreBar(row.score()));
      g.fillRect(PAD + 1, top + 1, (int) Math.round((barWidth - 1) * Math.max(0, Math.min(1, row.score()))), barHeight - 1);
      paintLine(g, text, 2 * PAD + barWidth, foreground);
    }
  }

  static final class StatusCell extends Cell {
    @Override
    String describe(LinkRow row) {
      return "status " + row.statusLabel() + (row.textEdits().isEmpty() ? "" : ", text edited");
    }

    @Override
    void paintCell(Graphics2D g) {
      String label = row.statusLabel();
      String mark = switch (label) {
        case "accepted" -> "✓ ";
        case "needs review" -> "? ";
        case "locked" -> "■ ";
        default -> "";
      };
      String edited = row.textEdits().isEmpty() ? "" : " ✎";
      paintLine(g, mark + label + edited, PAD, row.isUnreviewed() && !row.manual() ? Theme.muted() : foreground);
    }
  }

  /**
   * One badge a flag: a shape by severity (circle critical, triangle major, square minor), the colour, and
   * the type and severity in words. Dismissed flags are struck through; confirmed ones carry a tick.
   */
  static final class FlagsCell extends Cell {
    @Override
    String describe(LinkRow row) {
      if (row.flags().isEmpty()) {
        return "no flags";
      }
      return String.join(", ", row.flags().stream().map(FlagsCell::label).toList());
    }

    static String label(LinkRow.FlagItem item) {
      String text = item.flag().type().name().replace('_', ' ') + " · " + item.flag().severity().name().toLowerCase(Locale.ROOT);
      return item.decision().map(d -> switch (d.kind()) {
        case DISMISSED -> text + " (dismissed)";
        case CONFIRMED -> "✓ " + text + " (confirmed)";
      }).orElse(text);
    }

    static int height(int flags, FontMetrics fm) {
      return flags * (fm.getHeight() + 2);
    }

    @Override
    void paintCell(Graphics2D g) {
      g.setFont(getFont());
      FontMetrics fm = g.getFontMetrics();
      int y = PAD;
      for (LinkRow.FlagItem item : row.flags()) {
        boolean dismissed = item.isDismissed();
        Color colour = dismissed ? Theme.muted() : Theme.severity(item.flag().severity());
        int size = fm.getAscent() - 3;
        int x = PAD;
        int top = y + (fm.getHeight() - size) / 2;
        g.setColor(colour);
        switch (item.flag().severity()) {
          case CRITICAL -> g.fillOval(x, top, size, size);
          case MAJOR -> g.fillPolygon(new Polygon(new int[] {x, x + size / 2, x + size}, new int[] {top + size, top, top + size}, 3));
          case MINOR -> {
            g.setStroke(new BasicStroke(2f));
            g.drawRect(x + 1, top + 1, size - 2, size - 2);
          }
        }
        Font font = getFont();
        if (dismissed) {
          font = font.deriveFont(Map.of(TextAttribute.STRIKETHROUGH, TextAttribute.STRIKETHROUGH_ON));
        }
        g.setFont(font);
        g.setColor(dismissed ? Theme.muted() : foreground);
        g.drawString(label(item), x + size + PAD, y + fm.getAscent());
        y += fm.getHeight() + 2;
      }
    }
  }

  static List<Cell> all(ReviewViewModel model, TextCell arabic, TextCell english) {
    return List.of(new NumberCell(model), arabic, english, new TypeCell(), new ScoreCell(), new StatusCell(), new FlagsCell());
  }
}
