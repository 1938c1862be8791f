package org.qantara.ui;

import java.awt.Component;
import java.awt.Font;
import java.awt.GridBagLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** What the window shows before a document is open: how to start, and the recent documents. */
final class EmptyState extends JPanel {
  private final JPanel recent = new JPanel();
  private final Consumer<List<Path>> open;

  EmptyState(Runnable openFiles, Runnable openBilingual, Runnable openProject, Consumer<List<Path>> open) {
    super(new GridBagLayout());
    this.open = open;
    setName("emptyState");
    getAccessibleContext().setAccessibleName("Start: open two files, a bilingual file or a project, or drop files here");
    JPanel column = new JPanel();
    column.setLayout(new BoxLayout(column, BoxLayout.PAGE_AXIS));
    column.setOpaque(false);
    JLabel title = new JLabel("Qantara — قنطرة");
    title.setFont(Theme.arabic(26f));
    column.add(left(title));
    column.add(Box.createVerticalStrut(6));
    column.add(left(new JLabel("Align an Arabic original with its English rendering and review where they differ.")));
    column.add(Box.createVerticalStrut(16));
    column.add(left(button("Open two files…  (Ctrl+O)", "The Arabic original and its English rendering", openFiles)));
    column.add(Box.createVerticalStrut(6));
    column.add(left(button("Open a bilingual file…  (Ctrl+B)", "One file holding both texts; it is split by script", openBilingual)));
    column.add(Box.createVerticalStrut(6));
    column.add(left(button("Open a project…  (Ctrl+Shift+O)", "A saved Qantara project", openProject)));
    column.add(Box.createVerticalStrut(12));
    column.add(left(new JLabel("…or drop one or two files onto this window.")));
    column.add(Box.createVerticalStrut(20));
    recent.setLayout(new BoxLayout(recent, BoxLayout.PAGE_AXIS));
    recent.setOpaque(false);
    column.add(left(recent));
    add(column);
  }

  private static JButton button(String label, String description, Runnable action) {
    JButton button = new JButton(label);
    button.getAccessibleContext().setAccessibleDescription(description);
    button.setToolTipText(description);
    button.addActionListener(e -> action.run());
    return button;
  }

  private static JComponent left(JComponent component) {
    component.setAlignmentX(Component.LEFT_ALIGNMENT);
    return component;
  }

  void showRecent(List<List<Path>> entries) {
    recent.removeAll();
    if (!entries.isEmpty()) {
      JLabel heading = new JLabel("Recent");
      heading.setFont(heading.getFont().deriveFont(Font.BOLD));
      recent.add(left(heading));
      for (List<Path> entry : entries) {
        String label = String.join(" + ", entry.stream().map(p -> String.valueOf(p.getFileName())).toList());
        JButton link = new JButton(label);
        link.setBorder(BorderFactory.createEmptyBorder(2, 0, 2, 0));
        link.setContentAreaFilled(false);
        link.setToolTipText(String.join(" + ", entry.stream().map(Path::toString).toList()));
        link.getAccessibleContext().setAccessibleName("Open recent: " + label);
        link.addActionListener(e -> open.accept(entry));
        recent.add(left(link));
      }
    }
    recent.revalidate();
    recent.repaint();
  }
}
