package org.qantara.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.qantara.core.Problem;
import org.qantara.core.io.ByteSizes;

/**
 * The model manager: every model with its status, a download with a progress bar and Cancel, and the
 * choice of the model the window aligns with. A thin view over {@link ModelManagerModel} and
 * {@link ModelDownload}.
 */
final class ModelManagerDialog extends JDialog {
  private final ModelManagerModel model;
  private final ModelDownload download;
  private final Consumer<String> useModel;
  /** What runs once a model is installed here, and which model: set for a download the window asked for. */
  private String retryModel;
  private Runnable retry;
  private final Rows tableModel = new Rows();
  private final JTable table = new JTable(tableModel);
  private final JTextArea about = new JTextArea(4, 40);
  private final JCheckBox trustUnpinned = new JCheckBox("Trust the first download of files without a pinned checksum");
  private final JProgressBar bar = new JProgressBar(0, 100);
  private final JLabel status = new JLabel(" ");
  private final JButton downloadButton = new JButton("Download");
  private final JButton cancelButton = new JButton("Cancel download");
  private final JButton useButton = new JButton("Use this model");
  private final JButton closeButton = new JButton("Close");
  private boolean updatingSelection;

  /**
   * One manager a window (two downloads of one model at once would write the same partial file).
   *
   * @param useModel told the model the person chooses to align with
   */
  ModelManagerDialog(Window owner, ModelManagerModel model, ModelDownload download, Consumer<String> useModel) {
    super(owner, "Models", ModalityType.MODELESS);
    this.model = model;
    this.download = download;
    this.useModel = useModel;
    getAccessibleContext().setAccessibleName("Model manager");
    setName("models");
    setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
    addWindowListener(new WindowAdapter() {
      @Override
      public void windowClosing(WindowEvent e) {
        close();
      }
    });

    table.setName("models-table");
    table.getAccessibleContext().setAccessibleName("Models: name, status, size and licence");
    table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    table.setRowHeight(Math.max(table.getRowHeight(), 24));
    table.getColumnModel().getColumn(0).setPreferredWidth(200);
    table.getColumnModel().getColumn(1).setPreferredWidth(130);
    table.getSelectionModel().addListSelectionListener(e -> {
      if (!e.getValueIsAdjusting() && !updatingSelection) {
        int row = table.getSelectedRow();
        model.select(row < 0 ? null : model.rows().get(row).name());
      }
    });
    // Tab leaves the table for the buttons instead of moving between its cells.
    table.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
    table.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);

    about.setEditable(false);
    about.setLineWrap(true);
    about.setWrapStyleWord(true);
    about.setName("model-about");
    about.getAccessibleContext().setAccessibleName("About the selected model");
    trustUnpinned.setName("trust-unpinned");
    trustUnpinned.setMnemonic(KeyEvent.VK_T);
    trustUnpinned.getAccessibleContext().setAccessibleName("Trust the first download of files the recipe pins no checksum for");
    bar.setName("download-progress");
    bar.getAccessibleContext().setAccessibleName("Download progress");
    bar.setStringPainted(true);
    status.setName("download-status");
    status.getAccessibleContext().setAccessibleName("Download status");

    downloadButton.setName("download");
    downloadButton.setMnemonic(KeyEvent.VK_D);
    downloadButton.getAccessibleContext().setAccessibleName("Download the selected model");
    downloadButton.addActionListener(e -> startDownload());
    cancelButton.setName("cancel-download");
    cancelButton.setMnemonic(KeyEvent.VK_C);
    cancelButton.getAccessibleContext().setAccessibleName("Cancel the download");
    cancelButton.addActionListener(e -> download.cancel());
    useButton.setName("use-model");
    useButton.setMnemonic(KeyEvent.VK_U);
    useButton.getAccessibleContext().setAccessibleName("Align with the selected model");
    useButton.addActionListener(e -> use());
    closeButton.setName("close");
    closeButton.getAccessibleContext().setAccessibleName("Close the model manager");
    closeButton.addActionListener(e -> close());
    getRootPane().registerKeyboardAction(e -> close(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
        JComponent.WHEN_IN_FOCUSED_WINDOW);

    JScrollPane tableScroll = new JScrollPane(table);
    tableScroll.setPreferredSize(new Dimension(560, 150));
    JPanel details = new JPanel();
    details.setLayout(new BoxLayout(details, BoxLayout.Y_AXIS));
    JScrollPane aboutScroll = new JScrollPane(about);
    aboutScroll.setAlignmentX(LEFT_ALIGNMENT);
    details.add(aboutScroll);
    trustUnpinned.setAlignmentX(LEFT_ALIGNMENT);
    details.add(trustUnpinned);
    details.add(Box.createVerticalStrut(6));
    bar.setAlignmentX(LEFT_ALIGNMENT);
    details.add(bar);
    status.setAlignmentX(LEFT_ALIGNMENT);
    details.add(status);
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
    buttons.add(downloadButton);
    buttons.add(cancelButton);
    buttons.add(useButton);
    buttons.add(closeButton);

    JPanel content = new JPanel(new BorderLayout(8, 8));
    content.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
    content.add(tableScroll, BorderLayout.NORTH);
    content.add(details, BorderLayout.CENTER);
    content.add(buttons, BorderLayout.SOUTH);
    setContentPane(content);

    model.addListener(this::render);
    render();
    pack();
    setLocationRelativeTo(owner);
  }

  /** Shows the manager, its statuses read afresh, with {@code select} chosen (null: the selection stays). */
  void showFor(String inUse, String select) {
    model.setInUse(inUse);
    model.refresh();
    if (select != null && model.row(select).isPresent()) {
      model.select(select);
    }
    setVisible(true);
    toFront();
  }

  /** Runs {@code then} (if not null) once this manager has installed {@code modelName}; the latest request wins. */
  void whenInstalled(String modelName, Runnable then) {
    retryModel = modelName;
    retry = then;
  }

  /**
   * The question for a model that is not downloaded: what is missing, and a "Download model" button.
   *
   * @return whether the person chose to download it
   */
  static boolean askToDownload(Window owner, Problem.ModelMissing missing, String title) {
    Object[] options = {"Download model", "Close"};
    String text = ErrorDialogs.capitalise(missing.what()) + ".\n\nWhat to do: download it now (you can follow and cancel the download), "
        + "or choose another model in the Model menu.";
    return JOptionPane.showOptionDialog(owner, text, title, JOptionPane.DEFAULT_OPTION, JOptionPane.WARNING_MESSAGE,
        null, options, options[0]) == 0;
  }

  /** Starts downloading the selected model unless its recipe leaves files unpinned (the person decides that here). */
  void downloadSelectedIfPinned() {
    if (model.canDownload() && model.selected().orElseThrow().unpinnedFiles().isEmpty()) {
      startDownload();
    }
  }

  ModelManagerModel viewModel() {
    return model;
  }

  private void startDownload() {
    if (!model.canDownload()) {
      return;
    }
    String name = model.selected().orElseThrow().name();
    boolean allowUnpinned = trustUnpinned.isSelected();
    model.downloadStarted(name);
    AtomicReference<ModelManagerModel.Transfer> latest = new AtomicReference<>();
    Thread worker = new Thread(() -> {
      ModelDownload.Outcome outcome = download.run(name, allowUnpinned, transfer -> {
        // Reports come per 64 KiB chunk: the event thread gets the latest, once per pass through its queue.
        if (latest.getAndSet(transfer) == null) {
          SwingUtilities.invokeLater(() -> model.progressed(latest.getAndSet(null)));
        }
      });
      SwingUtilities.invokeLater(() -> {
        model.downloadEnded(outcome);
        if (outcome instanceof ModelDownload.Outcome.Installed done && done.model().equals(retryModel) && retry != null) {
          Runnable then = retry;
          retry = null;
          retryModel = null;
          then.run();
        }
      });
    }, "qantara-model-download");
    worker.setDaemon(true);
    worker.start();
  }

  private void use() {
    model.selected().ifPresent(row -> {
      model.setInUse(row.name());
      useModel.accept(row.name());
    });
  }

  private void close() {
    if (model.isDownloading()) {
      int answer = JOptionPane.showConfirmDialog(this,
          "Stop downloading " + model.downloading() + "? What arrived is kept, and the next download resumes from it.",
          "Download running", JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE);
      if (answer != JOptionPane.YES_OPTION) {
        return;
      }
      download.cancel();
    }
    dispose();
  }

  private void render() {
    int index = model.selected().map(r -> model.indexOf(r.name())).orElse(-1);
    updatingSelection = true; // the table's own selection events while it is refilled are not the person's
    try {
      tableModel.fireTableDataChanged();
      if (index >= 0) {
        table.setRowSelectionInterval(index, index);
      } else {
        table.clearSelection();
      }
    } finally {
      updatingSelection = false;
    }
    about.setText(model.selected().map(r -> r.description() + "\n\n" + model.advice()).orElse(model.advice()));
    about.setCaretPosition(0);
    boolean unpinned = model.selected().map(r -> !r.unpinnedFiles().isEmpty()).orElse(false);
    trustUnpinned.setVisible(unpinned);
    trustUnpinned.setEnabled(!model.isDownloading());
    ModelManagerModel.Transfer transfer = model.transfer();
    bar.setVisible(model.isDownloading());
    bar.setIndeterminate(model.isDownloading() && (transfer == null || transfer.percent() < 0));
    bar.setValue(transfer == null ? 0 : Math.max(0, transfer.percent()));
    bar.setString(transfer == null || transfer.percent() < 0 ? "" : transfer.percent() + "%");
    status.setText(model.message().isEmpty() ? " " : model.message());
    downloadButton.setEnabled(model.canDownload());
    cancelButton.setEnabled(model.isDownloading());
    useButton.setEnabled(model.canUse());
  }

  /** The table's view of the rows: name (marked when in use), status, size, licence. */
  private final class Rows extends TitledColumnsTableModel {
    Rows() {
      super("Model", "Status", "Size", "Licence");
    }

    @Override
    public int getRowCount() {
      return model.rows().size();
    }

    @Override
    public Object getValueAt(int row, int column) {
      ModelManagerModel.Row r = model.rows().get(row);
      return switch (column) {
        case 0 -> r.name() + (r.name().equals(model.inUse()) ? "  (in use)" : "");
        case 1 -> r.name().equals(model.downloading()) ? "downloading…" : r.availability().label();
        case 2 -> ByteSizes.human(r.size());
        default -> r.licence();
      };
    }
  }
}
