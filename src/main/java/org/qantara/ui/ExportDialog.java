package org.qantara.ui;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import org.qantara.core.formats.ExportOptions;
import org.qantara.core.review.Flag;

/** Asks for the format, the export options (the command line's, the same defaults) and the file. */
final class ExportDialog {
  record Choice(Exports.Target target, ExportOptions options, Path file) {}

  private final JFrame owner;
  private final Path folder;
  private final String baseName;

  ExportDialog(JFrame owner, Path folder, String baseName) {
    this.owner = owner;
    this.folder = folder;
    this.baseName = baseName;
  }

  Optional<Choice> ask() {
    JComboBox<Exports.Target> format = new JComboBox<>(Exports.Target.values());
    JSpinner minScore = new JSpinner(new SpinnerNumberModel(0.0, 0.0, 1.0, 0.05));
    JComboBox<Object> severity = new JComboBox<>(new Object[] {"none", Flag.Severity.CRITICAL, Flag.Severity.MAJOR, Flag.Severity.MINOR});
    JCheckBox onlyAccepted = new JCheckBox("Only links I accepted");
    JCheckBox skipManyToMany = new JCheckBox("Leave out links of several sentences on a side (1-2, 2-1 …)");
    JCheckBox keepOneSided = new JCheckBox("Keep one-sided links (1-0, 0-1)", true);
    JCheckBox deduplicate = new JCheckBox("Keep only the first of identical pairs");
    JPanel form = new JPanel(new GridBagLayout());
    int row = 0;
    row = add(form, row, "Format:", format, "Export format");
    row = add(form, row, "Leave out links scoring below:", minScore, "Lowest score exported");
    row = add(form, row, "Leave out links with a flag of severity (or worse):", severity, "Severity of flags whose links are left out");
    for (JCheckBox box : new JCheckBox[] {onlyAccepted, skipManyToMany, keepOneSided, deduplicate}) {
      box.getAccessibleContext().setAccessibleName(box.getText());
      row = add(form, row, null, box, box.getText());
    }
    form.add(new JLabel("Options apply to TMX, XLIFF, Moses, JSONL and TSV; the other formats write the whole alignment."),
        constraints(0, row, 2));
    if (JOptionPane.showConfirmDialog(owner, form, "Export", JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE) != JOptionPane.OK_OPTION) {
      return Optional.empty();
    }
    Exports.Target target = (Exports.Target) format.getSelectedItem();
    JFileChooser chooser = new JFileChooser(folder.toFile());
    chooser.setDialogTitle("Export as " + target);
    chooser.setSelectedFile(folder.resolve(baseName + "." + target.extension()).toFile());
    if (chooser.showSaveDialog(owner) != JFileChooser.APPROVE_OPTION) {
      return Optional.empty();
    }
    ExportOptions options = new ExportOptions(
        ((Double) minScore.getValue()) > 0 ? (Double) minScore.getValue() : Double.NEGATIVE_INFINITY, Set.of(),
        severity.getSelectedItem() instanceof Flag.Severity s ? s : null, onlyAccepted.isSelected(),
        skipManyToMany.isSelected() ? ExportOptions.ManyToMany.SKIP : ExportOptions.ManyToMany.JOIN,
        keepOneSided.isSelected(), deduplicate.isSelected());
    return Optional.of(new Choice(target, options, chooser.getSelectedFile().toPath()));
  }

  private static int add(JPanel form, int row, String label, JComponent field, String accessible) {
    field.getAccessibleContext().setAccessibleName(accessible);
    if (label != null) {
      JLabel l = new JLabel(label);
      l.setLabelFor(field);
      form.add(l, constraints(0, row, 1));
      form.add(field, constraints(1, row, 1));
    } else {
      form.add(field, constraints(0, row, 2));
    }
    return row + 1;
  }

  private static GridBagConstraints constraints(int x, int y, int width) {
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = x;
    c.gridy = y;
    c.gridwidth = width;
    c.anchor = GridBagConstraints.LINE_START;
    c.insets = new Insets(3, 3, 3, 3);
    return c;
  }
}
