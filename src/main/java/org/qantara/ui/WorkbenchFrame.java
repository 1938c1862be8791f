package org.qantara.ui;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Frame;
import java.awt.Rectangle;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JSplitPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;
import javax.swing.WindowConstants;
import org.qantara.core.embed.ModelRecipe;
import org.qantara.core.embed.ModelRegistry;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.qantara.core.edit.EditHistory;
import org.qantara.core.edit.EditRefused;
import org.qantara.core.edit.EditResult;
import org.qantara.core.edit.EditableLink;
import org.qantara.core.edit.Edits;
import org.qantara.core.edit.FlagDecision;
import org.qantara.core.edit.Side;
import org.qantara.core.edit.EditableAlignment;
import org.qantara.core.edit.ReviewStatus;
import org.qantara.core.review.DocumentVerdict;
import org.qantara.core.text.TextOptions;
import org.qantara.core.review.Flag;

/**
 * The workbench window: the alignment grid over a details panel, a filter bar above, a status bar with
 * progress and Cancel below; an empty state that says how to start. Everything slow runs in an {@link
 * AlignmentJob}; everything the translator does is an {@link Action} with its shortcut in the menus.
 */
public final class WorkbenchFrame extends JFrame {
  static final String DEFAULT_MODEL = "builtin-ar-en";
  private static final int MENU = InputEvent.CTRL_DOWN_MASK;
  private static final int SHIFT = InputEvent.SHIFT_DOWN_MASK;
  private static final int ALT = InputEvent.ALT_DOWN_MASK;
  /** Actions that need an open document and no alignment running. */
  private static final List<String> DOCUMENT_ACTIONS = List.of(
      "next-flag", "previous-flag", "next-unreviewed", "jump", "find", "find-next", "find-previous", "only-flagged",
      "clear-filters", "merge-next", "merge-previous", "split", "move-source-up", "move-source-down", "move-target-up",
      "move-target-down", "detach-source", "detach-target", "pinpoint", "accept", "needs-review", "clear-status", "lock",
      "dismiss-flag", "confirm-flag");

  private final WorkbenchPrefs prefs;
  private final ModelHolder models;
  private final ReviewViewModel viewModel = new ReviewViewModel();
  private final GridTable grid;
  private final JEditorPane details = new JEditorPane("text/html", "");
  private final JSplitPane split;
  private final CardLayout cards = new CardLayout();
  private final JPanel center = new JPanel(cards);
  private final EmptyState emptyState;
  private final JLabel message = new JLabel(" ");
  private final JLabel counts = new JLabel(" ");
  private final JProgressBar progress = new JProgressBar();
  private final JButton cancel = new JButton("Cancel");
  private final JTextField findField = new JTextField(18);
  private final JComboBox<Object> typeFilter = new JComboBox<>();
  private final JComboBox<Object> severityFilter = new JComboBox<>();
  private final JComboBox<Object> statusFilter = new JComboBox<>();
  private final JSpinner minScore = new JSpinner(new SpinnerNumberModel(0.0, 0.0, 1.0, 0.05));
  private final JSpinner maxScore = new JSpinner(new SpinnerNumberModel(1.0, 0.0, 1.0, 0.05));
  private final JCheckBox onlyFlagged = new JCheckBox("Only flagged");
  private final Map<String, Action> actions = new LinkedHashMap<>();
  private final JMenu recentMenu = new JMenu("Open recent");
  private String modelName;
  private AlignmentJob job;
  private Workspace workspace;
  private List<Path> inputs = List.of();

  private WorkbenchFrame(WorkbenchPrefs prefs, ModelRegistry registry) {
    super("Qantara");
    this.prefs = prefs;
    this.models = new ModelHolder(registry);
    this.modelName = prefs.model(DEFAULT_MODEL);
    getAccessibleContext().setAccessibleName("Qantara workbench");
    setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
    addWindowListener(new WindowAdapter() {
      @Override
      public void windowClosing(WindowEvent e) {
        closeWindow();
      }
    });

    grid = new GridTable(new GridTableModel(viewModel), viewModel);
    int[] widths = prefs.columnWidths(GridTable.DEFAULT_WIDTHS);
    for (int i = 0; i < widths.length; i++) {
      grid.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
    }
    grid.setZoom(prefs.zoom());
    grid.getSelectionModel().addListSelectionListener(e -> {
      if (!e.getValueIsAdjusting()) {
        viewModel.select(grid.getSelectedRow());
        showDetails();
      }
    });
    viewModel.addListener(update -> SwingUtilities.invokeLater(this::restoreSelection));

    details.setEditable(false);
    details.setName("details");
    details.getAccessibleContext().setAccessibleName("Details of the selected link: its flags and the document verdict");
    details.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
    JScrollPane gridScroll = new JScrollPane(grid);
    gridScroll.getAccessibleContext().setAccessibleName("Alignment grid");
    JScrollPane detailsScroll = new JScrollPane(details);
    detailsScroll.getAccessibleContext().setAccessibleName("Details");
    split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, gridScroll, detailsScroll);
    split.setResizeWeight(0.75);
    split.setName("split");
    SwingUtilities.invokeLater(() -> split.setDividerLocation(prefs.split()));

    JPanel work = new JPanel(new BorderLayout());
    work.add(filterBar(), BorderLayout.NORTH);
    work.add(split, BorderLayout.CENTER);

    emptyState = new EmptyState(this::chooseFiles, this::chooseBilingual, this::chooseProject, this::open);
    center.add(emptyState, "empty");
    center.add(work, "work");
    getContentPane().add(center, BorderLayout.CENTER);
    getContentPane().add(statusBar(), BorderLayout.SOUTH);

    createActions();
    setJMenuBar(menuBar());
    TransferHandler drop = new FileDrop();
    setTransferHandler(drop);
    emptyState.setTransferHandler(drop);
    grid.setTransferHandler(drop);
    refreshRecent();
    updateState();
    warmUp();

    setMinimumSize(new Dimension(640, 400));
    prefs.bounds().ifPresentOrElse(this::setBounds, () -> {
      setSize(1400, 860);
      setLocationRelativeTo(null);
    });
    if (prefs.maximized()) {
      setExtendedState(Frame.MAXIMIZED_BOTH);
    }
  }

  /**
   * The first Arabic line laid out and the first HTML page shown cost a few hundred milliseconds (fonts,
   * shaping tables, style sheets): pay that now, off the event thread where possible, not when the first
   * document arrives.
   */
  private void warmUp() {
    showDetails();
    Thread warm = new Thread(() -> WrappedText.layout(
        "وذكر المصدر أن عملية الإخلاء ما تزال مستمرة، 2026 Hmeimim.", Theme.arabic(Theme.BASE_SIZE), true,
        List.of(), java.awt.Color.YELLOW, WrappedText.CONTEXT, 300), "qantara-warm-up");
    warm.setDaemon(true);
    warm.start();
  }

  /** Builds the window (on the event thread) with the user's settings and model registry. */
  public static WorkbenchFrame create(ModelRegistry registry) {
    WorkbenchPrefs prefs = WorkbenchPrefs.load();
    Theme.install(prefs.dark());
    return new WorkbenchFrame(prefs, registry);
  }

  // ---- state ---------------------------------------------------------------------------------

  ReviewViewModel viewModel() {
    return viewModel;
  }

  GridTable grid() {
    return grid;
  }

  JEditorPane details() {
    return details;
  }

  /** Whether an alignment is running. */
  public boolean isBusy() {
    return job != null;
  }

  Action action(String name) {
    Action action = actions.get(name);
    if (action == null) {
      throw new IllegalArgumentException("no action " + name);
    }
    return action;
  }

  Map<String, Action> actions() {
    return actions;
  }

  String modelName() {
    return modelName;
  }

  // ---- opening -------------------------------------------------------------------------------

  /** Opens one bilingual file or an Arabic file and its English rendering, aligning and reviewing in the background. */
  public void open(List<Path> files) {
    open(files, TextOptions.DEFAULT);
  }

  /** {@link #open(List)}, reading the texts as {@code reading} says (one sentence a line, an encoding…). */
  public void open(List<Path> files, TextOptions reading) {
    if (files.isEmpty() || files.size() > 2) {
      JOptionPane.showMessageDialog(this,
          "Qantara opens one bilingual file or two files (the Arabic original and its English rendering); "
              + files.size() + " were given.\n\nWhat to do: open or drop one or two files.",
          "Cannot open", JOptionPane.WARNING_MESSAGE);
      return;
    }
    if (job != null) {
      job.cancel(true);
    }
    if (!files.isEmpty() && files.getFirst().getParent() != null) {
      prefs.setLastFolder(files.getFirst().toAbsolutePath().getParent());
    }
    AlignmentJob started = new AlignmentJob(files, reading, models, modelName, new AlignmentJob.Listener() {
      @Override
      public void stage(String text) {
        message.setText(text);
      }

      @Override
      public void finished(AlignmentJob.Result result) {
        job = null;
        showReport(result);
        prefs.addRecent(result.inputs());
        refreshRecent();
        message.setText("Aligned and reviewed " + describe(result.inputs())
            + result.splitDescription().map(d -> " (" + d + ")").orElse(""));
        updateState();
      }

      @Override
      public void failed(Throwable error) {
        job = null;
        message.setText("Could not open " + describe(files));
        updateState();
        ErrorDialogs.show(WorkbenchFrame.this, "Cannot open " + describe(files), error);
      }

      @Override
      public void cancelled() {
        message.setText("Cancelled.");
      }
    });
    job = started;
    updateState();
    started.execute();
  }

  private void cancelJob() {
    if (job != null) {
      job.cancel(true);
      job = null;
      updateState();
    }
  }

  private static String describe(List<Path> files) {
    return String.join(" + ", files.stream().map(p -> String.valueOf(p.getFileName())).toList());
  }

  private void showReport(AlignmentJob.Result result) {
    this.inputs = List.copyOf(result.inputs());
    workspace = new Workspace(viewModel, EditHistory.start(result.alignment(), "Align"), result.rows());
    if (!viewModel.visibleRows().isEmpty()) {
      selectRow(0);
    }
    updateState();
  }

  // ---- navigation ----------------------------------------------------------------------------

  void selectRow(int visibleIndex) {
    if (visibleIndex < 0 || visibleIndex >= grid.getRowCount()) {
      return;
    }
    grid.getSelectionModel().setSelectionInterval(visibleIndex, visibleIndex);
    grid.scrollRectToVisible(grid.getCellRect(visibleIndex, 0, true));
  }

  private void go(OptionalInt target, String none) {
    if (target.isPresent()) {
      selectRow(target.getAsInt());
      grid.requestFocusInWindow();
    } else {
      message.setText(none);
      getToolkit().beep();
    }
  }

  private void restoreSelection() {
    OptionalInt selected = viewModel.selectedIndex();
    if (selected.isPresent() && grid.getSelectedRow() != selected.getAsInt()) {
      selectRow(selected.getAsInt());
    }
    updateCounts();
    showDetails();
  }

  private void jumpToLink() {
    String answer = JOptionPane.showInputDialog(this, "Link number (1–" + viewModel.allRows().size() + "):", "Jump to link", JOptionPane.QUESTION_MESSAGE);
    if (answer == null) {
      return;
    }
    try {
      int number = Integer.parseInt(answer.strip());
      OptionalInt row = viewModel.rowOfLinkNumber(number);
      if (row.isEmpty() && !viewModel.filter().isNone()) {
        applyFilter(GridFilter.NONE);
        row = viewModel.rowOfLinkNumber(number);
      }
      go(row, "There is no link " + number + "; the document has " + viewModel.allRows().size() + ".");
    } catch (NumberFormatException e) {
      message.setText("'" + answer + "' is not a link number; type a number such as 12.");
    }
  }

  private void find(boolean forward) {
    if (findField.getText().isBlank()) {
      findField.requestFocusInWindow();
      return;
    }
    go(viewModel.find(findField.getText(), forward), "'" + findField.getText() + "' is in no visible link.");
  }

  // ---- editing -----------------------------------------------------------------------------

  /** Makes an edit through the core; a refused one changes nothing and says why in the status bar. */
  void edit(Function<EditableAlignment, EditResult> edit) {
    if (workspace == null || job != null) {
      return;
    }
    try {
      workspace.apply(edit);
      afterChange(workspace.history().undoLabel().orElse("Edited"));
    } catch (EditRefused refused) {
      message.setText(ErrorDialogs.message(refused).replace("\n\n", " "));
      getToolkit().beep();
    }
  }

  private void editSelected(BiFunction<EditableAlignment, Long, EditResult> edit) {
    viewModel.selected().ifPresentOrElse(
        row -> edit(alignment -> edit.apply(alignment, row.id())),
        () -> message.setText("Select a link first (click a row, or use the arrow keys)."));
  }

  void undo() {
    if (workspace != null && job == null) {
      String label = workspace.history().undoLabel().orElse("");
      workspace.undo().ifPresent(update -> afterChange("Undid: " + label));
    }
  }

  void redo() {
    if (workspace != null && job == null) {
      String label = workspace.history().redoLabel().orElse("");
      workspace.redo().ifPresent(update -> afterChange("Redid: " + label));
    }
  }

  private void afterChange(String what) {
    message.setText(what);
    restoreSelection();
    updateState();
  }

  /** Halves a link: the first part keeps the first half of each side's sentences (rounded up). */
  private static EditResult splitInHalves(EditableAlignment alignment, long id) {
    EditableLink link = alignment.linkById(id).orElseThrow();
    return Edits.split(alignment, id,
        link.source().start() + (link.source().size() + 1) / 2, link.target().start() + (link.target().size() + 1) / 2);
  }

  private static EditResult detachLast(EditableAlignment alignment, long id, Side side) {
    EditableLink link = alignment.linkById(id).orElseThrow();
    return Edits.detach(alignment, id, side, Math.max(link.range(side).start(), link.range(side).end() - 1));
  }

  /** Links a one-sided link with the nearest one-sided link of the other side (OmegaT's "pinpoint"). */
  private static EditResult pinpointNearest(EditableAlignment alignment, long id) {
    int at = alignment.indexOf(id);
    EditableLink link = alignment.link(at);
    for (int distance = 1; distance < alignment.size(); distance++) {
      for (int k : new int[] {at - distance, at + distance}) {
        if (k >= 0 && k < alignment.size()) {
          EditableLink other = alignment.link(k);
          if (link.isOneSided() && other.isOneSided() && other.source().isEmpty() != link.source().isEmpty()) {
            return Edits.pinpoint(alignment, id, other.id());
          }
        }
      }
    }
    return Edits.pinpoint(alignment, id, id); // refused with the core's own explanation
  }

  private void toggleLock() {
    viewModel.selected().ifPresent(row -> edit(a -> row.locked() ? Edits.unlock(a, List.of(row.id())) : Edits.lock(a, List.of(row.id()))));
  }

  /** Asks which flag (when the link has several) and a note, then records the decision. */
  private void decideFlagOfSelected(FlagDecision.Kind kind) {
    LinkRow row = viewModel.selected().orElse(null);
    if (row == null || row.flags().isEmpty()) {
      message.setText("The selected link has no flag to " + (kind == FlagDecision.Kind.DISMISSED ? "dismiss" : "confirm") + ".");
      return;
    }
    JComboBox<String> which = new JComboBox<>(row.flags().stream().map(GridRenderers.FlagsCell::label).toArray(String[]::new));
    which.getAccessibleContext().setAccessibleName("Flag");
    JTextField note = new JTextField(30);
    note.getAccessibleContext().setAccessibleName("Note");
    JPanel form = new JPanel(new java.awt.GridLayout(0, 1, 4, 4));
    form.add(new JLabel("Flag:"));
    form.add(which);
    form.add(new JLabel("Note (why):"));
    form.add(note);
    String verb = kind == FlagDecision.Kind.DISMISSED ? "Dismiss flag" : "Confirm flag";
    if (JOptionPane.showConfirmDialog(this, form, verb, JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE) == JOptionPane.OK_OPTION) {
      decideFlag(row.flags().get(which.getSelectedIndex()).flag().fingerprint(), kind, note.getText());
    }
  }

  void decideFlag(String fingerprint, FlagDecision.Kind kind, String note) {
    edit(a -> Edits.decideFlag(a, fingerprint, new FlagDecision(kind, note)));
  }

  // ---- filters -------------------------------------------------------------------------------

  private JComponent filterBar() {
    JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 4));
    bar.getAccessibleContext().setAccessibleName("Filters and find");
    typeFilter.addItem("Any flag type");
    for (Flag.Type type : Flag.Type.values()) {
      typeFilter.addItem(type);
    }
    severityFilter.addItem("Any severity");
    for (Flag.Severity severity : Flag.Severity.values()) {
      severityFilter.addItem(severity);
    }
    statusFilter.addItem("Any status");
    for (ReviewStatus status : ReviewStatus.values()) {
      statusFilter.addItem(status);
    }
    name(typeFilter, "typeFilter", "Show only links with this flag type");
    name(severityFilter, "severityFilter", "Show only links with a flag of this severity");
    name(statusFilter, "statusFilter", "Show only links with this status");
    name(minScore, "minScore", "Lowest link score shown");
    name(maxScore, "maxScore", "Highest link score shown");
    name(onlyFlagged, "onlyFlagged", "Show only links with flags");
    name(findField, "find", "Find text in either column; Enter finds the next");
    typeFilter.addActionListener(e -> filterFromBar());
    severityFilter.addActionListener(e -> filterFromBar());
    statusFilter.addActionListener(e -> filterFromBar());
    minScore.addChangeListener(e -> filterFromBar());
    maxScore.addChangeListener(e -> filterFromBar());
    onlyFlagged.addActionListener(e -> filterFromBar());
    findField.addActionListener(e -> find(true));
    bar.add(new JLabel("Show:"));
    bar.add(typeFilter);
    bar.add(severityFilter);
    bar.add(statusFilter);
    JLabel scoreLabel = new JLabel("Score");
    scoreLabel.setLabelFor(minScore);
    bar.add(scoreLabel);
    bar.add(minScore);
    bar.add(new JLabel("–"));
    bar.add(maxScore);
    bar.add(onlyFlagged);
    bar.add(Box.createHorizontalStrut(16));
    JLabel findLabel = new JLabel("Find:");
    findLabel.setLabelFor(findField);
    bar.add(findLabel);
    bar.add(findField);
    return bar;
  }

  private static void name(JComponent component, String name, String accessible) {
    component.setName(name);
    component.getAccessibleContext().setAccessibleName(accessible);
    component.setToolTipText(accessible);
  }

  private boolean settingFilterBar;

  private void filterFromBar() {
    if (settingFilterBar) {
      return;
    }
    Set<Flag.Type> types = typeFilter.getSelectedItem() instanceof Flag.Type t ? Set.of(t) : Set.of();
    Set<Flag.Severity> severities = severityFilter.getSelectedItem() instanceof Flag.Severity s ? Set.of(s) : Set.of();
    Set<ReviewStatus> statuses = statusFilter.getSelectedItem() instanceof ReviewStatus s ? Set.of(s) : Set.of();
    GridFilter filter = GridFilter.NONE.withFlagTypes(types).withSeverities(severities).withStatuses(statuses)
        .withScoreRange((Double) minScore.getValue(), (Double) maxScore.getValue()).withOnlyFlagged(onlyFlagged.isSelected());
    viewModel.setFilter(filter);
    restoreSelection();
  }

  void applyFilter(GridFilter filter) {
    settingFilterBar = true;
    try {
      typeFilter.setSelectedItem(filter.flagTypes().size() == 1 ? filter.flagTypes().iterator().next() : typeFilter.getItemAt(0));
      severityFilter.setSelectedItem(filter.severities().size() == 1 ? filter.severities().iterator().next() : severityFilter.getItemAt(0));
      statusFilter.setSelectedItem(filter.statuses().size() == 1 ? filter.statuses().iterator().next() : statusFilter.getItemAt(0));
      minScore.setValue(filter.minScore());
      maxScore.setValue(filter.maxScore());
      onlyFlagged.setSelected(filter.onlyFlagged());
    } finally {
      settingFilterBar = false;
    }
    viewModel.setFilter(filter);
    restoreSelection();
  }

  // ---- details and status --------------------------------------------------------------------

  private void showDetails() {
    DocumentVerdict verdict = workspace == null ? null : workspace.current().verdict().orElse(null);
    int size = Math.round(Theme.BASE_SIZE * grid.zoom());
    LinkRow row = viewModel.selected().orElse(null);
    details.setText(DetailsHtml.of(row, row == null ? 0 : viewModel.numberOf(row), verdict, Theme.arabic(size).getFamily(), Theme.latin(size).getFamily(), size));
    details.setCaretPosition(0);
  }

  private JComponent statusBar() {
    JPanel bar = new JPanel();
    bar.setLayout(new BoxLayout(bar, BoxLayout.LINE_AXIS));
    bar.setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
    message.setName("message");
    message.getAccessibleContext().setAccessibleName("Status message");
    counts.setName("counts");
    counts.getAccessibleContext().setAccessibleName("Link and flag counts");
    progress.setName("progress");
    progress.getAccessibleContext().setAccessibleName("Progress of the alignment");
    progress.setIndeterminate(true);
    progress.setMaximumSize(new Dimension(220, 18));
    cancel.setName("cancel");
    cancel.getAccessibleContext().setAccessibleName("Cancel the alignment");
    cancel.addActionListener(e -> cancelJob());
    bar.add(message);
    bar.add(Box.createHorizontalGlue());
    bar.add(counts);
    bar.add(Box.createHorizontalStrut(12));
    bar.add(progress);
    bar.add(Box.createHorizontalStrut(6));
    bar.add(cancel);
    return bar;
  }

  private void updateCounts() {
    if (workspace == null) {
      counts.setText(" ");
      return;
    }
    ReviewViewModel.Counts c = viewModel.counts();
    counts.setText(String.format(Locale.ROOT, "%d links%s · %d flagged · %d open flags · %d unreviewed",
        c.links(), c.shown() == c.links() ? "" : " (" + c.shown() + " shown)", c.flaggedLinks(), c.openFlags(), c.unreviewed()));
  }

  /** The document's name, with a leading * while there is unsaved work. */
  private void updateTitle() {
    if (workspace == null) {
      setTitle("Qantara");
    } else {
      setTitle((workspace.isDirty() ? "*" : "") + describe(inputs) + " — Qantara");
    }
  }

  boolean isDirty() {
    return workspace != null && workspace.isDirty();
  }

  String statusMessage() {
    return message.getText();
  }

  Workspace workspace() {
    return workspace;
  }

  private void updateState() {
    boolean busy = job != null;
    progress.setVisible(busy);
    cancel.setVisible(busy);
    cards.show(center, workspace == null ? "empty" : "work");
    boolean hasDocument = workspace != null;
    for (String name : DOCUMENT_ACTIONS) {
      actions.get(name).setEnabled(hasDocument && !busy);
    }
    actions.get("undo").setEnabled(hasDocument && !busy && workspace.history().canUndo());
    actions.get("redo").setEnabled(hasDocument && !busy && workspace.history().canRedo());
    actions.get("undo").putValue(Action.NAME, workspace == null ? "Undo" : workspace.history().undoLabel().map(l -> "Undo " + l).orElse("Undo"));
    actions.get("redo").putValue(Action.NAME, workspace == null ? "Redo" : workspace.history().redoLabel().map(l -> "Redo " + l).orElse("Redo"));
    updateTitle();
    updateCounts();
  }

  // ---- actions and menus ---------------------------------------------------------------------

  private Action define(String id, String label, KeyStroke key, Runnable run) {
    Action action = new AbstractAction(label) {
      @Override
      public void actionPerformed(ActionEvent e) {
        run.run();
      }
    };
    action.putValue(Action.ACCELERATOR_KEY, key);
    action.putValue(Action.ACTION_COMMAND_KEY, id);
    actions.put(id, action);
    return action;
  }

  private static KeyStroke key(int code, int modifiers) {
    return KeyStroke.getKeyStroke(code, modifiers);
  }

  private void createActions() {
    define("open", "Open files…", key(KeyEvent.VK_O, MENU), this::chooseFiles);
    define("open-bilingual", "Open bilingual file…", key(KeyEvent.VK_B, MENU), this::chooseBilingual);
    define("quit", "Quit", key(KeyEvent.VK_Q, MENU), this::closeWindow);
    define("next-flag", "Next flag", key(KeyEvent.VK_F8, 0), () -> go(viewModel.nextFlagged(true), "No flagged link is shown."));
    define("previous-flag", "Previous flag", key(KeyEvent.VK_F8, SHIFT), () -> go(viewModel.nextFlagged(false), "No flagged link is shown."));
    define("next-unreviewed", "Next unreviewed link", key(KeyEvent.VK_F7, 0), () -> go(viewModel.nextUnreviewed(), "Every shown link is reviewed."));
    define("jump", "Jump to link…", key(KeyEvent.VK_G, MENU), this::jumpToLink);
    define("find", "Find…", key(KeyEvent.VK_F, MENU), () -> {
      findField.requestFocusInWindow();
      findField.selectAll();
    });
    define("find-next", "Find next", key(KeyEvent.VK_F3, 0), () -> find(true));
    define("find-previous", "Find previous", key(KeyEvent.VK_F3, SHIFT), () -> find(false));
    define("only-flagged", "Only flagged links", key(KeyEvent.VK_F, MENU | SHIFT),
        () -> applyFilter(viewModel.filter().withOnlyFlagged(!viewModel.filter().onlyFlagged())));
    define("clear-filters", "Clear filters", key(KeyEvent.VK_R, MENU | SHIFT), () -> applyFilter(GridFilter.NONE));
    define("focus-filters", "Filters", key(KeyEvent.VK_L, MENU), typeFilter::requestFocusInWindow);
    define("zoom-in", "Zoom in", key(KeyEvent.VK_EQUALS, MENU), () -> zoom(grid.zoom() * 1.1f));
    define("zoom-out", "Zoom out", key(KeyEvent.VK_MINUS, MENU), () -> zoom(grid.zoom() / 1.1f));
    define("zoom-reset", "Actual size", key(KeyEvent.VK_0, MENU), () -> zoom(1f));
    define("dark", "Dark theme", key(KeyEvent.VK_T, MENU | SHIFT), this::toggleDark);
    define("undo", "Undo", key(KeyEvent.VK_Z, MENU), this::undo);
    define("redo", "Redo", key(KeyEvent.VK_Y, MENU), this::redo);
    define("merge-next", "Merge with next link", key(KeyEvent.VK_J, MENU), () -> editSelected(Edits::mergeWithNext));
    define("merge-previous", "Merge with previous link", key(KeyEvent.VK_J, MENU | SHIFT), () -> editSelected(Edits::mergeWithPrevious));
    define("split", "Split link in two", key(KeyEvent.VK_K, MENU), () -> editSelected(WorkbenchFrame::splitInHalves));
    define("move-source-up", "Move first Arabic sentence up", key(KeyEvent.VK_UP, ALT), () -> editSelected((a, id) -> Edits.moveUp(a, id, Side.SOURCE)));
    define("move-source-down", "Move last Arabic sentence down", key(KeyEvent.VK_DOWN, ALT), () -> editSelected((a, id) -> Edits.moveDown(a, id, Side.SOURCE)));
    define("move-target-up", "Move first English sentence up", key(KeyEvent.VK_UP, ALT | SHIFT), () -> editSelected((a, id) -> Edits.moveUp(a, id, Side.TARGET)));
    define("move-target-down", "Move last English sentence down", key(KeyEvent.VK_DOWN, ALT | SHIFT), () -> editSelected((a, id) -> Edits.moveDown(a, id, Side.TARGET)));
    define("detach-source", "Detach last Arabic sentence (1-0)", key(KeyEvent.VK_D, MENU), () -> editSelected((a, id) -> detachLast(a, id, Side.SOURCE)));
    define("detach-target", "Detach last English sentence (0-1)", key(KeyEvent.VK_D, MENU | SHIFT), () -> editSelected((a, id) -> detachLast(a, id, Side.TARGET)));
    define("pinpoint", "Link with nearest unlinked sentence (pinpoint)", key(KeyEvent.VK_P, MENU), () -> editSelected(WorkbenchFrame::pinpointNearest));
    define("accept", "Accept link", key(KeyEvent.VK_1, MENU), () -> editSelected((a, id) -> Edits.accept(a, List.of(id))));
    define("needs-review", "Mark link as needing review", key(KeyEvent.VK_2, MENU), () -> editSelected((a, id) -> Edits.markForReview(a, List.of(id))));
    define("clear-status", "Clear link status", key(KeyEvent.VK_3, MENU), () -> editSelected((a, id) -> Edits.clearStatus(a, List.of(id))));
    define("lock", "Lock / unlock link", key(KeyEvent.VK_L, MENU | SHIFT), this::toggleLock);
    define("dismiss-flag", "Dismiss flag…", key(KeyEvent.VK_4, MENU), () -> decideFlagOfSelected(FlagDecision.Kind.DISMISSED));
    define("confirm-flag", "Confirm flag…", key(KeyEvent.VK_5, MENU), () -> decideFlagOfSelected(FlagDecision.Kind.CONFIRMED));
    define("shortcuts", "Keyboard shortcuts", key(KeyEvent.VK_F1, 0), this::showShortcuts);
  }

  private JMenuBar menuBar() {
    JMenuBar bar = new JMenuBar();
    bar.getAccessibleContext().setAccessibleName("Menu bar");
    JMenu file = menu("File", KeyEvent.VK_F, "open", "open-bilingual");
    file.add(recentMenu);
    file.addSeparator();
    file.add(new JMenuItem(actions.get("quit")));
    bar.add(file);
    bar.add(menu("Edit", KeyEvent.VK_E, "undo", "redo", null, "merge-next", "merge-previous", "split", null,
        "move-source-up", "move-source-down", "move-target-up", "move-target-down", null, "detach-source", "detach-target", "pinpoint"));
    bar.add(menu("Review", KeyEvent.VK_R, "accept", "needs-review", "clear-status", "lock", null, "dismiss-flag", "confirm-flag"));
    bar.add(menu("Navigate", KeyEvent.VK_N, "next-flag", "previous-flag", "next-unreviewed", null, "jump", null, "find", "find-next", "find-previous"));
    JMenu view = menu("View", KeyEvent.VK_V, "focus-filters", "clear-filters", null, "zoom-in", "zoom-out", "zoom-reset");
    JCheckBoxMenuItem flagged = new JCheckBoxMenuItem(actions.get("only-flagged"));
    view.insert(flagged, 1);
    onlyFlagged.addChangeListener(e -> flagged.setSelected(onlyFlagged.isSelected()));
    JCheckBoxMenuItem dark = new JCheckBoxMenuItem(actions.get("dark"));
    dark.setSelected(Theme.isDark());
    view.addSeparator();
    view.add(dark);
    bar.add(view);
    bar.add(modelMenu());
    bar.add(menu("Help", KeyEvent.VK_H, "shortcuts"));
    return bar;
  }

  private JMenu menu(String title, int mnemonic, String... ids) {
    JMenu menu = new JMenu(title);
    menu.setMnemonic(mnemonic);
    for (String id : ids) {
      if (id == null) {
        menu.addSeparator();
      } else {
        menu.add(new JMenuItem(actions.get(id)));
      }
    }
    return menu;
  }

  private JMenu modelMenu() {
    JMenu menu = new JMenu("Model");
    menu.setMnemonic(KeyEvent.VK_M);
    menu.addMenuListener(new javax.swing.event.MenuListener() {
      @Override
      public void menuSelected(javax.swing.event.MenuEvent e) {
        fillModelMenu(menu);
      }

      @Override
      public void menuDeselected(javax.swing.event.MenuEvent e) {}

      @Override
      public void menuCanceled(javax.swing.event.MenuEvent e) {}
    });
    fillModelMenu(menu);
    return menu;
  }

  /** One radio item a model, with whether it is installed; choosing one re-opens the document with it. */
  private void fillModelMenu(JMenu menu) {
    menu.removeAll();
    ButtonGroup group = new ButtonGroup();
    ModelRegistry registry = models.registry();
    for (ModelRecipe recipe : registry.list()) {
      ModelRegistry.Availability availability = registry.availability(recipe.name());
      JRadioButtonMenuItem item = new JRadioButtonMenuItem(recipe.name() + " — " + availability.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      item.setSelected(recipe.name().equals(modelName));
      item.addActionListener(e -> chooseModel(recipe.name()));
      group.add(item);
      menu.add(item);
    }
  }

  /** The model the next alignment uses (the command line's --model), without re-aligning anything. */
  void useModel(String name) {
    models.registry().recipe(name);
    modelName = name;
  }

  private void chooseModel(String name) {
    modelName = name;
    prefs.setModel(name);
    message.setText("Model: " + name + (inputs.isEmpty() ? "" : "; re-aligning with it…"));
    if (!inputs.isEmpty()) {
      open(inputs);
    }
  }

  private void zoom(float value) {
    grid.setZoom(value);
    prefs.setZoom(grid.zoom());
    showDetails();
  }

  private void toggleDark() {
    boolean dark = !Theme.isDark();
    Theme.switchTo(dark);
    prefs.setDark(dark);
    grid.setZoom(grid.zoom());
    showDetails();
  }

  private void showShortcuts() {
    StringBuilder text = new StringBuilder("<html><table>");
    for (Action action : actions.values()) {
      KeyStroke key = (KeyStroke) action.getValue(Action.ACCELERATOR_KEY);
      if (key != null) {
        text.append("<tr><td>").append(DetailsHtml.escape(KeyStrokes.describe(key))).append("</td><td>")
            .append(DetailsHtml.escape(String.valueOf(action.getValue(Action.NAME)))).append("</td></tr>");
      }
    }
    JOptionPane.showMessageDialog(this, text.append("</table></html>").toString(), "Keyboard shortcuts", JOptionPane.INFORMATION_MESSAGE);
  }

  private void refreshRecent() {
    recentMenu.removeAll();
    List<List<Path>> recent = prefs.recent();
    for (List<Path> entry : recent) {
      JMenuItem item = new JMenuItem(describe(entry));
      item.setToolTipText(String.join(" + ", entry.stream().map(Path::toString).toList()));
      item.addActionListener(e -> open(entry));
      recentMenu.add(item);
    }
    recentMenu.setEnabled(!recent.isEmpty());
    emptyState.showRecent(recent);
  }

  // ---- files ---------------------------------------------------------------------------------

  private JFileChooser chooser(String title, boolean multiple) {
    JFileChooser chooser = new JFileChooser(prefs.lastFolder().map(Path::toFile).orElse(null));
    chooser.setDialogTitle(title);
    chooser.setMultiSelectionEnabled(multiple);
    return chooser;
  }

  private void chooseFiles() {
    JFileChooser chooser = chooser("Open the Arabic original and its English rendering (or one bilingual file)", true);
    JCheckBox presegmented = new JCheckBox("One sentence a line");
    presegmented.getAccessibleContext().setAccessibleName("The files hold one sentence a line (presegmented)");
    chooser.setAccessory(presegmented);
    if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
      open(java.util.Arrays.stream(chooser.getSelectedFiles()).map(File::toPath).toList(),
          new TextOptions(null, presegmented.isSelected(), false));
    }
  }

  private void chooseBilingual() {
    JFileChooser chooser = chooser("Open a file holding both the Arabic and the English text", false);
    if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
      open(List.of(chooser.getSelectedFile().toPath()));
    }
  }

  private void chooseProject() {
    chooseFiles();
  }

  /** Files dropped anywhere on the window are opened as if chosen. */
  private final class FileDrop extends TransferHandler {
    @Override
    public boolean canImport(TransferSupport support) {
      return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
      if (!canImport(support)) {
        return false;
      }
      try {
        List<?> dropped = (List<?>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
        List<Path> files = new ArrayList<>();
        for (Object o : dropped) {
          files.add(((File) o).toPath());
        }
        open(files);
        return true;
      } catch (java.awt.datatransfer.UnsupportedFlavorException | java.io.IOException e) {
        ErrorDialogs.show(WorkbenchFrame.this, "Cannot open the dropped files", e);
        return false;
      }
    }
  }

  // ---- closing -------------------------------------------------------------------------------

  private void closeWindow() {
    cancelJob();
    saveLayout();
    dispose();
    models.close();
  }

  private void saveLayout() {
    boolean maximized = (getExtendedState() & Frame.MAXIMIZED_BOTH) == Frame.MAXIMIZED_BOTH;
    prefs.setMaximized(maximized);
    if (!maximized) {
      Rectangle bounds = getBounds();
      prefs.setBounds(bounds);
    }
    int[] widths = new int[grid.getColumnCount()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = grid.getColumnModel().getColumn(i).getWidth();
    }
    prefs.setColumnWidths(widths);
    if (split.getHeight() > 0) {
      prefs.setSplit(split.getDividerLocation() / (double) split.getHeight());
    }
  }
}
