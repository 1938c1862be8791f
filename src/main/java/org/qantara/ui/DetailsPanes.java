package org.qantara.ui;

import java.awt.Point;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.swing.JEditorPane;
import javax.swing.JScrollPane;

/**
 * The details panel's last few pages, each in its own pane, parsed and laid out once. An edit and its undo show the
 * selected link as it was before the edit again, and a page swapped back into the scroll pane costs no HTML parse
 * and no layout (each a few milliseconds of the event thread, most of what an undo cost it).
 */
final class DetailsPanes {
  /** Pages kept: the link before an edit, after it, after its re-review, and one more. */
  private static final int KEPT = 4;

  private final JScrollPane scroll = new JScrollPane();
  /** The kept pages, the one shown last at the end. */
  private final Map<List<Object>, JEditorPane> pages = new LinkedHashMap<>(KEPT + 1, 0.75f, true);
  private List<Object> showing;

  DetailsPanes() {
    scroll.getAccessibleContext().setAccessibleName("Details");
    scroll.setViewportView(newPane());
  }

  JScrollPane scrollPane() {
    return scroll;
  }

  /** The pane shown now. */
  JEditorPane current() {
    return (JEditorPane) scroll.getViewport().getView();
  }

  /**
   * Shows the page of {@code key}: nothing happens when it shows already, a kept pane is swapped in, and only a page
   * not kept is made from {@code html}. The key holds all the page depends on.
   */
  void show(List<Object> key, Supplier<String> html) {
    if (key.equals(showing)) {
      return;
    }
    showing = key;
    JEditorPane pane = pages.get(key);
    if (pane == null) {
      // The page shown longest ago gives its pane: a new pane installs its look and editor kit, another millisecond.
      pane = pages.size() < KEPT ? newPane() : pages.remove(pages.keySet().iterator().next());
      pane.setText(html.get());
      pane.setCaretPosition(0);
      pages.put(key, pane);
    }
    if (pane != current()) {
      scroll.setViewportView(pane);
      scroll.getViewport().setViewPosition(new Point(0, 0));
    }
  }

  /** Forgets the kept pages: their look was installed under the look and feel that is being replaced. */
  void forget() {
    pages.clear();
    showing = null;
  }

  private static JEditorPane newPane() {
    JEditorPane pane = new JEditorPane("text/html", "");
    pane.setEditable(false);
    pane.setName("details");
    pane.getAccessibleContext().setAccessibleName("Details of the selected link: its flags and the document verdict");
    pane.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
    return pane;
  }
}
