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
import org.qantara.core.Problem;
import org.qantara.core.formats.Imports;
import org.qantara.core.embed.ModelRecipe;
import org.qantara.core.embed.ModelRegistry;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javax.swing.SwingWorker;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.AlignmentResult;
import org.qantara.core.pipeline.AlignmentPipeline;
import org.qantara.core.align.SentenceVectors;
import org.qantara.core.edit.EditHistory;
import org.qantara.core.edit.Provenance;
import org.qantara.core.edit.Realignment;
import org.qantara.core.edit.Rereview;
import org.qantara.core.Progress;
import org.qantara.core.formats.ExportOptions;
import org.qantara.core.project.Project;
import org.qantara.core.project.ProjectFiles;
import org.qantara.core.project.Recovery;
import org.qantara.core.review.ReviewOptions;
import org.qantara.core.session.Session;
import org.qantara.core.text.Document;
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
import org.qantara.core.text.Span;
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
  /** Time the window gets to paint the new grid (and answer input) before the rest of an alignment's handover. */
  private static final int HANDOVER_PAUSE_MS = 20;
  /** Actions that need an open document and no alignment running. */
  private static final List<String> DOCUMENT_ACTIONS = List.of(
      "next-flag", "previous-flag", "next-unreviewed", "jump", "find", "find-next", "find-previous", "only-flagged",
      "clear-filters", "merge-next", "merge-previous", "split", "move-source-up", "move-source-down", "move-target-up",
      "move-target-down", "detach-source", "detach-target", "pinpoint", "accept", "needs-review", "clear-status", "lock",
      "dismiss-flag", "confirm-flag", "realign", "edit-text");

  private final WorkbenchPrefs prefs;
  private final ModelHolder models;
  private final ReviewViewModel viewModel = new ReviewViewModel();
  private final GridTable grid;
  private final DetailsPanes details = new DetailsPanes();
  private final JSplitPane split;
  private final CardLayout cards = new CardLayout();
  private final JPanel center = new JPanel(cards);
  /** The grid's card: filters above, grid and details below. */
  private final JPanel work;
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
  /** The machine's side of the open document: model, aligner and review settings. */
  private Provenance provenance;
  private TextOptions reading = TextOptions.DEFAULT;
  private List<Project.InputFile> inputFiles = List.of();
  /** Where the project is saved; null until it is. */
  private Path projectFile;
  private final Autosave autosave = new Autosave();
  /** The sentence-run vectors of the open document's two texts, and which texts they are of. */
  private record Embedded(Document source, Document target, SentenceVectors sourceVectors, SentenceVectors targetVectors) {
    AlignmentResult with(AlignedDocuments aligned) {
      return new AlignmentResult(aligned, sourceVectors, targetVectors);
    }
  }

  /** The open document's vectors: the alignment's own, or embedded at the first need; kept for re-reviews and re-alignments. */
  private Embedded embedded;
  /** A re-review or re-alignment running in the background; edits wait for it. */
  private SwingWorker<?, ?> task;
  private List<Path> inputs = List.of();
  private ConcordanceWindow concordance;
  private ModelManagerDialog modelManager;

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

    GridTableModel rows = new GridTableModel(viewModel);
    grid = new GridTable(rows, viewModel);
    int[] widths = prefs.columnWidths(GridTable.DEFAULT_WIDTHS);
    for (int i = 0; i < widths.length; i++) {
      grid.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
    }
    grid.setZoom(prefs.zoom());
    grid.getSelectionModel().addListSelectionListener(e -> {
      // While rows are replaced the table moves or drops its selection on its own; the view-model keeps the
      // selected link, and restoreSelection shows it once the rows are in.
      if (!e.getValueIsAdjusting() && !rows.isChanging()) {
        viewModel.select(grid.getSelectedRow());
        showDetails();
      }
    });
    viewModel.addListener(update -> SwingUtilities.invokeLater(this::restoreSelection));

    // The scroll bar is always there, so that the text columns keep their widths (and rows their laid-out
    // texts) when a long document fills the grid.
    JScrollPane gridScroll = grid.scrollPane(JScrollPane.VERTICAL_SCROLLBAR_ALWAYS, JScrollPane.HORIZONTAL_SCROLLBAR_AS_NEEDED);
    gridScroll.getAccessibleContext().setAccessibleName("Alignment grid");
    split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, gridScroll, details.scrollPane());
    split.setResizeWeight(0.75);
    split.setName("split");
    split.getAccessibleContext().setAccessibleName("Grid above, details of the selected link below");
    grid.getTableHeader().getAccessibleContext().setAccessibleName("Column headings of the alignment grid");
    center.getAccessibleContext().setAccessibleName("Document");
    SwingUtilities.invokeLater(() -> split.setDividerLocation(prefs.split()));

    work = new JPanel(new BorderLayout());
    work.add(filterBar(), BorderLayout.NORTH);
    work.add(split, BorderLayout.CENTER);

    emptyState = new EmptyState(this::chooseFiles, this::chooseBilingual, this::chooseProject, this::open);
    center.add(emptyState, "empty");
    center.add(work, "work");
    getContentPane().add(center, BorderLayout.CENTER);
    getContentPane().add(statusBar(), BorderLayout.SOUTH);

    createActions();
    setJMenuBar(menuBar());
    // OmegaT's single key E and WinAlign's F2 edit a sentence of the selected link (the table's own F2, "edit
    // this cell", would otherwise take the key before the menu sees it).
    grid.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_E, 0), "edit-text");
    grid.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_F2, 0), "edit-text");
    grid.getActionMap().put("edit-text", actions.get("edit-text"));
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
    // The grid's card painted for the first time (table, filters, scroll bars, split: classes loaded, code compiled,
    // glyphs rasterised) took some 30 ms of the event thread more than any later paint of it, when the first
    // alignment starts: paid into an image once the window stands idle, the start screen still showing.
    addWindowListener(new WindowAdapter() {
      @Override
      public void windowOpened(WindowEvent e) {
        javax.swing.Timer idle = new javax.swing.Timer(500, event -> {
          if (workspace == null && job == null && work.getWidth() > 0 && work.getHeight() > 0) {
            // An image of the kind Swing paints the window into (on X11 a pixmap of the X server), so that the same
            // drawing code runs, and the X server does its part, as in the real paint.
            java.awt.image.VolatileImage image = getGraphicsConfiguration().createCompatibleVolatileImage(work.getWidth(), work.getHeight());
            try {
              java.awt.Graphics2D g = image.createGraphics();
              try {
                work.paint(g);
              } finally {
                g.dispose();
              }
            } finally {
              image.flush();
            }
          }
        });
        idle.setRepeats(false);
        idle.start();
        warmUpCells();
        rehearseHandover();
      }
    });
    Thread warm = new Thread(WorkbenchFrame::warmUpDrawing, "qantara-warm-up");
    warm.setDaemon(true);
    warm.start();
  }

  /** The texts the warm-up draws: a sentence of each language, digits and a Latin name inside the Arabic one. */
  private static final String WARM_UP_ARABIC = "وذكر المصدر أن عملية الإخلاء ما تزال مستمرة، 2026 Hmeimim.";
  private static final String WARM_UP_ENGLISH = "The source said that the evacuation is still under way, 2026.";

  /**
   * The grid's cells stamped a few hundred times into an image while the window waits (ten stamps of a row an
   * event, a few milliseconds each), until a document is shown: then its own paints take over.
   */
  private void warmUpCells() {
    LinkRow sample = new LinkRow(-1, WARM_UP_ARABIC, WARM_UP_ENGLISH, List.of(new Span(5, 11)), List.of(new Span(4, 10)),
        new org.qantara.core.align.LinkType(1, 2), 0.73, ReviewStatus.NEEDS_REVIEW, false, false, List.of(), List.of());
    // The kind of image the window is painted into (on X11 a pixmap of the X server): the same drawing code as the
    // grid's real paint.
    java.awt.image.VolatileImage image = getGraphicsConfiguration().createCompatibleVolatileImage(300, 60);
    int[] left = {40};
    javax.swing.Timer stamping = new javax.swing.Timer(25, null);
    stamping.addActionListener(event -> {
      if (workspace != null || --left[0] < 0) {
        stamping.stop();
        image.flush();
        return;
      }
      java.awt.Graphics2D g = image.createGraphics();
      try {
        grid.warmUpCells(g, sample, 10);
      } finally {
        g.dispose();
      }
    });
    stamping.start();
  }

  /**
   * A new document's handover (the view-model's rows replaced, the table's rows inserted and their heights estimated,
   * the first screen's layouts adopted) rehearsed a few hundred times on a grid of its own that is never shown, with
   * made-up rows, ten rounds an event while the window waits. That code runs once a document, so it ran uncompiled
   * in the handover's event: loops over thousands of rows interpreted, first calls linked.
   */
  private void rehearseHandover() {
    ReviewViewModel rehearsal = new ReviewViewModel();
    GridTable table = new GridTable(new GridTableModel(rehearsal), rehearsal);
    List<List<LinkRow>> documents = new ArrayList<>();
    for (int d = 0; d < 2; d++) {
      List<LinkRow> rows = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        rows.add(new LinkRow(i, WARM_UP_ARABIC.repeat(1 + i % 3), WARM_UP_ENGLISH.repeat(1 + (i + d) % 2), List.of(),
            List.of(), new org.qantara.core.align.LinkType(1, 1), 0.5, ReviewStatus.UNREVIEWED, false, false, List.of(), List.of()));
      }
      documents.add(rows);
    }
    int[] left = {240};
    javax.swing.Timer rounds = new javax.swing.Timer(25, null);
    rounds.addActionListener(event -> {
      if (job != null || workspace != null) {
        rounds.stop();
        return;
      }
      for (int k = 0; k < 10; k++) {
        // Into an empty grid, as a document arrives in a new window: rows inserted, not updated in place.
        rehearsal.replaceRows(documents.get(k % 2));
        table.adoptLayouts(table.layoutSpec(), Map.of());
        rehearsal.replaceRows(List.of());
      }
      if ((left[0] -= 10) <= 0) {
        rounds.stop();
      }
    });
    rounds.start();
  }

  /**
   * Java 2D's antialiased shapes and text drawn a few hundred times into an image of this thread's own, so that
   * their code (the Marlin rasteriser above all: FlatLaf's outlined fields and the grid's badges; shaped, highlighted
   * text) is compiled before the first document is painted. Run cold, as it was, a whole-window paint cost the event
   * thread three times its later cost (40-60 ms of CPU against 12-16 ms), at the two moments an alignment starts and
   * hands over its rows.
   */
  private static void warmUpDrawing() {
    WrappedText arabic = WrappedText.layout(WARM_UP_ARABIC,
        Theme.arabic(Theme.BASE_SIZE), true, List.of(new Span(5, 11)), java.awt.Color.YELLOW, WrappedText.CONTEXT, 300);
    WrappedText english = WrappedText.layout(WARM_UP_ENGLISH,
        Theme.latin(Theme.BASE_SIZE), false, List.of(new Span(4, 10)), java.awt.Color.YELLOW, WrappedText.CONTEXT, 300);
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(320, 160, java.awt.image.BufferedImage.TYPE_INT_RGB);
    // Every letter's glyphs rasterised once (a native cost paid glyph by glyph the first time each is drawn): the
    // Arabic letters alone, doubled and tripled (initial, medial and final forms), the Latin ones, digits, signs.
    StringBuilder letters = new StringBuilder();
    for (char c = '\u0621'; c <= '\u064A'; c++) {
      letters.append(c).append(' ').append(c).append(c).append(c).append(' ');
    }
    letters.append("\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652 ، ؛ ؟ ٠١٢٣٤٥٦٧٨٩ «»");
    String latin = "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 .,;:!?'\"()[]-–—/%&$@#*+=«»‘’“”…";
    java.awt.Graphics2D glyphs = image.createGraphics();
    try {
      glyphs.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      WrappedText.layout(letters + latin, Theme.arabic(Theme.BASE_SIZE), true, List.of(), java.awt.Color.YELLOW,
          WrappedText.CONTEXT, 3000).paint(glyphs, 0, 0, java.awt.Color.BLACK);
      WrappedText.layout(latin, Theme.latin(Theme.BASE_SIZE), false, List.of(), java.awt.Color.YELLOW,
          WrappedText.CONTEXT, 3000).paint(glyphs, 0, 80, java.awt.Color.BLACK);
    } finally {
      glyphs.dispose();
    }
    java.awt.geom.RoundRectangle2D outline = new java.awt.geom.RoundRectangle2D.Float(2.5f, 2.5f, 200, 24, 6, 6);
    for (int i = 0; i < 400; i++) {
      java.awt.Graphics2D g = image.createGraphics();
      try {
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(java.awt.Color.GRAY);
        g.fill(outline);
        g.draw(outline);
        g.fillOval(210, 4, 12, 12);
        arabic.paint(g, 0, 40, java.awt.Color.BLACK);
        english.paint(g, 0, 100, java.awt.Color.BLACK);
      } finally {
        g.dispose();
      }
    }
  }

  /** Builds the window (on the event thread) with the user's settings and model registry. */
  public static WorkbenchFrame create(ModelRegistry registry) {
    WorkbenchPrefs prefs = WorkbenchPrefs.load();
    Theme.install(prefs.dark());
    return new WorkbenchFrame(prefs, registry);
  }

  // ---- state ---------------------------------------------------------------------------------

  /** The status bar's message. */
  String message() {
    return message.getText();
  }

  ReviewViewModel viewModel() {
    return viewModel;
  }

  GridTable grid() {
    return grid;
  }

  JEditorPane details() {
    return details.current();
  }

  /** Whether an alignment is running. */
  public boolean isBusy() {
    return job != null || task != null;
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
    if (files.size() == 1 && files.getFirst().getFileName().toString().endsWith(ProjectFiles.EXTENSION)) {
      openProject(files.getFirst());
      return;
    }
    if (!confirmDiscard()) {
      return;
    }
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
    AlignmentJob started = new AlignmentJob(files, reading, models, modelName, AlignerParams.defaults(), ReviewOptions.defaults(), grid.layoutSpec(), new AlignmentJob.Listener() {
      @Override
      public void stage(String text) {
        message.setText(text);
      }

      @Override
      public void finished(AlignmentJob.Result result) {
        showReport(result);
        // The rest in events of their own, each painted before the next: first the grid alone, then the first
        // link's details (an HTML page laid out and painted), then the menus, counts and status bar. The job stays
        // until then, so the window is busy until all of it is done. Timers, not invokeLater: the paint and any
        // input that arrived meanwhile run before each.
        AlignmentJob shown = job;
        afterPaint(() -> {
          if (job != shown) {
            return; // cancelled or replaced meanwhile
          }
          if (!viewModel.visibleRows().isEmpty()) {
            selectRow(0);
          }
          afterPaint(() -> {
            if (job != shown) {
              return;
            }
            job = null;
            prefs.addRecent(result.inputs());
            refreshRecent();
            message.setText("Aligned and reviewed " + describe(result.inputs())
                + result.splitDescription().map(d -> " (" + d + ")").orElse("") + encodingsRead(result.reading()));
            updateState();
          });
        });
      }

      @Override
      public void failed(Throwable error) {
        job = null;
        message.setText("Could not open " + describe(files));
        updateState();
        ErrorDialogs.show(WorkbenchFrame.this, "Cannot open " + describe(files), error, () -> open(files, reading));
      }

      @Override
      public void cancelled() {
        message.setText("Cancelled.");
      }
    });
    started.addPropertyChangeListener(change -> {
      if ("progress".equals(change.getPropertyName())) {
        progress.setIndeterminate(false);
        progress.setValue((Integer) change.getNewValue());
      }
    });
    progress.setIndeterminate(true);
    job = started;
    updateState();
    // Started once the work card is painted: reading the files and loading the model on the other core made that
    // first paint wait for a core (and for the X server behind it) two to three times its own time.
    afterPaint(() -> {
      if (job == started) {
        started.execute();
      }
    });
  }

  /** Runs {@code step} in an event of its own once what is to be painted now has been (a Swing timer's event comes after it). */
  private static void afterPaint(Runnable step) {
    javax.swing.Timer timer = new javax.swing.Timer(HANDOVER_PAUSE_MS, event -> step.run());
    timer.setRepeats(false);
    timer.start();
  }

  /** The encodings the texts were read in, where not UTF-8: found by looking at the bytes, so the person is told. */
  private static String encodingsRead(TextOptions reading) {
    java.nio.charset.Charset arabic = reading.arabicEncoding();
    java.nio.charset.Charset english = reading.englishEncoding();
    if (java.util.Objects.equals(arabic, english)) {
      return arabic == null || arabic.equals(java.nio.charset.StandardCharsets.UTF_8) ? "" : "; read as " + arabic.name();
    }
    List<String> named = new ArrayList<>();
    if (arabic != null && !arabic.equals(java.nio.charset.StandardCharsets.UTF_8)) {
      named.add("Arabic read as " + arabic.name());
    }
    if (english != null && !english.equals(java.nio.charset.StandardCharsets.UTF_8)) {
      named.add("English read as " + english.name());
    }
    return named.isEmpty() ? "" : "; " + String.join(", ", named);
  }

  private void cancelJob() {
    if (job != null) {
      job.cancel(true);
      job = null;
    }
    if (task != null) {
      task.cancel(true);
      task = null;
      message.setText("Cancelled.");
    }
    updateState();
  }

  private static String describe(List<Path> files) {
    return String.join(" + ", files.stream().map(p -> String.valueOf(p.getFileName())).toList());
  }

  private void showReport(AlignmentJob.Result result) {
    this.inputs = List.copyOf(result.inputs());
    this.reading = result.reading();
    this.provenance = result.provenance();
    this.inputFiles = result.inputFiles();
    this.projectFile = null;
    setEmbedded(new Embedded(result.alignment().source(), result.alignment().target(),
        result.vectors().sourceVectors(), result.vectors().targetVectors()));
    grid.adoptLayouts(result.layout(), result.firstRows());
    workspace = new Workspace(viewModel, EditHistory.start(result.alignment(), "Align"), result.rows());
    autosave.restart();
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
      goToLink(Integer.parseInt(answer.strip()));
    } catch (NumberFormatException e) {
      message.setText("'" + answer + "' is not a link number; type a number such as 12.");
    }
  }

  /** Selects link {@code number} (from 1), clearing the filters if they hide it. */
  private void goToLink(int number) {
    OptionalInt row = viewModel.rowOfLinkNumber(number);
    if (row.isEmpty() && !viewModel.filter().isNone()) {
      applyFilter(GridFilter.NONE);
      row = viewModel.rowOfLinkNumber(number);
    }
    go(row, "There is no link " + number + "; the document has " + viewModel.allRows().size() + ".");
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
    if (workspace == null || job != null || task != null) {
      message.setText("Wait for the " + (job != null ? "alignment" : "review") + " to finish, or cancel it.");
      return;
    }
    try {
      Workspace.Applied applied = workspace.apply(edit);
      afterChange(workspace.history().undoLabel().orElse("Edited"));
      if (!applied.edit().reshapedLinkIds().isEmpty()) {
        rereview(applied.edit().after(), applied.edit().reshapedLinkIds());
      }
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
    autosave.restart();
  }

  // ---- background review and re-alignment ------------------------------------------------------

  /** Runs {@code work} off the event thread with the progress bar and Cancel; {@code done} gets its result on the event thread. */
  private <T> void inBackground(String what, Callable<T> work, Consumer<T> done) {
    inBackground(what, "Could not finish: " + what, work, done);
  }

  /** {@link #inBackground(String, Callable, Consumer)}, its failure shown under {@code failureTitle}. */
  private <T> void inBackground(String what, String failureTitle, Callable<T> work, Consumer<T> done) {
    SwingWorker<T, Void> worker = new SwingWorker<>() {
      @Override
      protected T doInBackground() throws Exception {
        return work.call();
      }

      @Override
      protected void done() {
        if (task != this) {
          return; // cancelled, or replaced
        }
        task = null;
        updateState();
        if (isCancelled()) {
          return;
        }
        try {
          done.accept(get());
        } catch (java.util.concurrent.ExecutionException e) {
          message.setText(failureTitle);
          ErrorDialogs.show(WorkbenchFrame.this, failureTitle, e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    task = worker;
    message.setText(what + "…");
    updateState();
    worker.execute();
  }

  /** Reviews the links an edit made or reshaped (and their neighbours), then shows their flags in place. */
  private void rereview(EditableAlignment base, List<Long> linkIds) {
    Provenance machine = provenance;
    String model = modelName;
    inBackground("Reviewing the changed links", () -> {
      Session session = models.session(model);
      Embedded vectors = vectorsOf(base, session, machine);
      return Rereview.touched(base, linkIds,
          (aligned, links) -> session.reviewLinks(vectors.with(aligned), machine.reviewOptions(), links), machine);
    }, result -> {
          if (workspace.current() == base) {
            workspace.amend(result);
            afterChange(result.label());
          }
        });
  }

  /** Re-aligns every stretch between locked or accepted links (OmegaT's "realign pending"), then reviews what changed. */
  void realignPending() {
    if (workspace == null || job != null || task != null) {
      return;
    }
    EditableAlignment base = workspace.current();
    Provenance machine = provenance;
    String model = modelName;
    inBackground("Re-aligning between locked and accepted links", () -> {
      Session session = models.session(model);
      Embedded vectors = vectorsOf(base, session, machine);
      // The same search and word-evidence pass as a whole alignment, over the stretches between the anchors.
      AlignmentResult current = vectors.with(base.toAlignedDocuments(session.modelId(), machine.alignerParams()));
      EditResult realigned = Realignment.pending(base,
          stretches -> new AlignmentPipeline(session.embedder(), machine.alignerParams()).realign(current, stretches));
      EditResult reviewed = Rereview.touched(realigned.after(), realigned.reshapedLinkIds(),
          (aligned, links) -> session.reviewLinks(vectors.with(aligned), machine.reviewOptions(), links), machine);
      return new EditResult[] {realigned, reviewed};
    }, results -> {
      if (workspace.current() == base) {
        workspace.apply(a -> results[0]);
        workspace.amend(results[1]);
        afterChange(results[0].changesNothing()
            ? "Re-aligned: the aligner found the same links between the locked and accepted ones"
            : results[0].label());
      }
    });
  }

  private synchronized void setEmbedded(Embedded vectors) {
    embedded = vectors;
  }

  /**
   * The vectors of the alignment's texts, through the session: the kept ones where the texts are the same; where
   * a sentence's text was edited (or the edit undone), the kept ones with the runs of the changed sentences
   * embedded again; all of them at the first need after a project is opened. Off the event thread.
   */
  private synchronized Embedded vectorsOf(EditableAlignment alignment, Session session, Provenance machine) {
    int maxRun = machine.alignerParams().maxOverlap();
    Document source = alignment.source();
    Document target = alignment.target();
    if (embedded == null || embedded.sourceVectors().maxRun() < maxRun) {
      embedded = new Embedded(source, target,
          SentenceVectors.embed(source.sentenceTexts(), session.embedder(), maxRun, Progress.NONE, source.name()),
          SentenceVectors.embed(target.sentenceTexts(), session.embedder(), maxRun, Progress.NONE, target.name()));
    } else if (embedded.source() != source || embedded.target() != target) {
      embedded = new Embedded(source, target,
          embedded.source() == source ? embedded.sourceVectors() : session.reembed(embedded.sourceVectors(), embedded.source(), source),
          embedded.target() == target ? embedded.targetVectors() : session.reembed(embedded.targetVectors(), embedded.target(), target));
    }
    return embedded;
  }

  // ---- projects ---------------------------------------------------------------------------------

  Project project() {
    return new Project(workspace.current(), provenance, reading, inputFiles);
  }

  /** Opens a saved project; when its recovery file holds unsaved work, offers to bring it back first. */
  public void openProject(Path file) {
    openProject(file, () -> {});
  }

  /** A project read and its grid rows built, with the texts of the grid's first screen laid out: off the event thread. */
  private record ReadProject(Project project, List<LinkRow> rows, GridTable.LayoutSpec layout, Map<LinkRow, WrappedText[]> firstRows) {
    static ReadProject of(Path file, GridTable.LayoutSpec layout) {
      Project project = ProjectFiles.read(file);
      List<LinkRow> rows = LinkRows.of(project.alignment());
      return new ReadProject(project, rows, layout, layout.layOutFirst(rows));
    }
  }

  /**
   * {@link #openProject(Path)}, then {@code then} once it is shown. The file (and its recovery file, if there is
   * one) is read and the rows built in the background, with the progress bar and Cancel (cancelling keeps what
   * was open); a file that cannot be read shows its problem in a dialog.
   */
  void openProject(Path file, Runnable then) {
    if (!confirmDiscard()) {
      return;
    }
    cancelJob();
    GridTable.LayoutSpec layout = grid.layoutSpec();
    inBackground("Opening " + file.getFileName(), "Cannot open the project " + file.getFileName(), () -> {
      ReadProject saved = ReadProject.of(file, layout);
      Optional<Path> recovery = Recovery.unsavedWork(file);
      return new ReadProject[] {saved, recovery.isPresent() ? ReadProject.of(recovery.get(), layout) : null};
    }, read -> {
      ReadProject saved = read[0];
      ReadProject opened = saved;
      if (read[1] != null) {
        int answer = JOptionPane.showOptionDialog(this,
            "Qantara was closed without saving the last changes to " + file.getFileName() + ".\n"
                + "They were kept in the recovery file (" + Recovery.fileOf(file).getFileName() + ").",
            "Recover unsaved work?", JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE, null,
            new Object[] {"Recover", "Open the saved version"}, "Recover");
        if (answer == 0) {
          opened = read[1];
        } else {
          Recovery.discard(file);
        }
      }
      show(opened, file);
      workspace.markSaved(saved.project().alignment());
      prefs.addRecent(List.of(file));
      prefs.setLastFolder(file.toAbsolutePath().getParent());
      refreshRecent();
      message.setText(opened == saved ? "Opened " + file : "Recovered the unsaved work of " + file);
      updateState();
      then.run();
    });
  }

  private void show(Project project, Path file) {
    show(new ReadProject(project, LinkRows.of(project.alignment()), null, Map.of()), file);
  }

  private void show(ReadProject read, Path file) {
    cancelJob();
    Project project = read.project();
    inputs = List.of(file);
    reading = project.textOptions();
    provenance = project.provenance();
    inputFiles = project.inputs();
    projectFile = file;
    setEmbedded(null);
    if (read.layout() != null) {
      grid.adoptLayouts(read.layout(), read.firstRows());
    }
    workspace = new Workspace(viewModel, EditHistory.start(project.alignment(), "Open project"), read.rows());
    if (file == null) {
      workspace.markSaved(null); // recovered work that was never saved: all of it is unsaved
    }
    if (!viewModel.visibleRows().isEmpty()) {
      selectRow(0);
    }
    autosave.restart();
  }

  /** Saves to the project file (asking where the first time); returns whether it was saved. */
  boolean save() {
    if (workspace == null) {
      return false;
    }
    if (projectFile == null) {
      return saveAs();
    }
    return saveTo(projectFile);
  }

  boolean saveAs() {
    if (workspace == null) {
      return false;
    }
    JFileChooser chooser = chooser("Save the project", false);
    String name = inputs.isEmpty() ? "untitled" : String.valueOf(inputs.getFirst().getFileName()).replaceFirst("\\.[^.]*$", "");
    chooser.setSelectedFile(prefs.lastFolder().orElse(Path.of(".")).resolve(name + ProjectFiles.EXTENSION).toFile());
    if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
      return false;
    }
    Path file = chooser.getSelectedFile().toPath();
    if (!file.getFileName().toString().endsWith(ProjectFiles.EXTENSION)) {
      file = file.resolveSibling(file.getFileName() + ProjectFiles.EXTENSION);
    }
    return saveTo(file);
  }

  boolean saveTo(Path file) {
    try {
      EditableAlignment saved = workspace.current();
      ProjectFiles.write(project(), file);
      Path oldRecovery = projectFile == null ? untitledProject() : projectFile;
      Recovery.discard(oldRecovery);
      projectFile = file;
      inputs = List.of(file);
      workspace.markSaved(saved);
      prefs.addRecent(List.of(file));
      prefs.setLastFolder(file.toAbsolutePath().getParent());
      refreshRecent();
      message.setText("Saved " + file);
      updateState();
      return true;
    } catch (RuntimeException e) {
      ErrorDialogs.show(this, "Cannot save the project", e);
      return false;
    }
  }

  /**
   * At a start with nothing to open: offers the unsaved work of a document that was never saved as a
   * project, left behind by a window that was killed.
   */
  public void offerUntitledRecovery() {
    List<Path> left;
    try (var files = java.nio.file.Files.list(recoveryFolder())) {
      left = files.filter(f -> f.getFileName().toString().startsWith(".untitled-")).sorted().toList();
    } catch (java.io.IOException e) {
      return; // no recovery folder: nothing was left behind
    }
    for (Path recovery : left) {
      try {
        Project work = ProjectFiles.read(recovery);
        String names = String.join(" + ", work.inputs().stream().map(i -> Path.of(i.path()).getFileName().toString()).toList());
        int answer = JOptionPane.showOptionDialog(this,
            "Qantara was closed without saving the work on " + names + ".\nIt was kept in " + recovery + ".",
            "Recover unsaved work?", JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE, null,
            new Object[] {"Recover", "Discard it"}, "Recover");
        if (answer == 0) {
          show(work, null);
          inputs = work.inputs().stream().map(i -> Path.of(i.path())).toList();
          java.nio.file.Files.deleteIfExists(recovery);
          autosave.restart();
          message.setText("Recovered the unsaved work on " + names + "; save it as a project to keep it.");
          updateState();
          return;
        }
        java.nio.file.Files.deleteIfExists(recovery);
      } catch (RuntimeException | java.io.IOException e) {
        ErrorDialogs.show(this, "Cannot recover " + recovery.getFileName(), e);
      }
    }
  }

  /** Where unsaved work of a document never saved as a project is kept: under the user's Qantara folder. */
  private Path untitledProject() {
    String key = Integer.toHexString(String.join("\t", inputs.stream().map(p -> p.toAbsolutePath().toString()).toList()).hashCode());
    return recoveryFolder().resolve("untitled-" + key + ProjectFiles.EXTENSION);
  }

  static Path recoveryFolder() {
    return ModelRegistry.fromEnvironment().downloadsDir().getParent().resolve("recovery");
  }

  /** The project file whose recovery file autosave writes: the saved project, or the untitled one. */
  Path recoveryTarget() {
    return projectFile != null ? projectFile : untitledProject();
  }

  /**
   * Writes unsaved work to the recovery file a few seconds after the last change (idle time), off the
   * event thread; a killed process then loses at most those seconds.
   */
  private final class Autosave {
    private final javax.swing.Timer timer = new javax.swing.Timer(Integer.getInteger("qantara.autosave.ms", 3000), e -> write());
    private EditableAlignment written;

    Autosave() {
      timer.setRepeats(false);
    }

    void restart() {
      timer.restart();
    }

    private void write() {
      if (workspace == null || !workspace.isDirty() || workspace.current() == written) {
        return;
      }
      Project work = project();
      Path target = recoveryTarget();
      written = work.alignment();
      Thread writer = new Thread(() -> {
        try {
          Recovery.save(work, target);
        } catch (RuntimeException e) {
          SwingUtilities.invokeLater(() -> message.setText("Autosave failed: " + ErrorDialogs.message(e).replace("\n\n", " ")));
        }
      }, "qantara-autosave");
      writer.start();
    }
  }

  /** Asks before unsaved work is dropped; returns whether to go on. */
  private boolean confirmDiscard() {
    if (!isDirty()) {
      return true;
    }
    int answer = JOptionPane.showOptionDialog(this,
        "Save the changes to " + describe(inputs) + " first?\nWithout saving they are lost.",
        "Unsaved changes", JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE, null,
        new Object[] {"Save", "Don't save", "Cancel"}, "Save");
    if (answer == 0) {
      return save();
    }
    if (answer == 1) {
      Recovery.discard(recoveryTarget());
      workspace.markSaved(workspace.current());
      return true;
    }
    return false;
  }

  private void chooseExport() {
    if (workspace == null) {
      return;
    }
    ExportDialog dialog = new ExportDialog(this, prefs.lastFolder().orElse(Path.of(".")), inputs.isEmpty() ? "alignment" : String.valueOf(inputs.getFirst().getFileName()).replaceFirst("\\..*$", ""));
    dialog.ask().ifPresent(choice -> export(choice.target(), choice.options(), choice.file()));
  }

  void export(Exports.Target target, ExportOptions options, Path file) {
    EditableAlignment alignment = workspace.current();
    Provenance machine = provenance;
    String model = modelName;
    inBackground("Exporting to " + file.getFileName(), () -> Exports.write(target, alignment, machine, options, file, models.open(model)), summary -> {
      message.setText(summary);
      lastExportSummary = summary;
    });
  }

  private String lastExportSummary = "";

  String lastExportSummary() {
    return lastExportSummary;
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

  /** Opens the sentence editor on the selected link; the new text goes through the core, re-segmented as the document was read. */
  private void editTextOfSelected() {
    LinkRow row = viewModel.selected().orElse(null);
    if (row == null || workspace == null) {
      message.setText("Select a link first (click a row, or use the arrow keys).");
      return;
    }
    EditableAlignment current = workspace.current();
    boolean presegmented = reading.presegmented();
    current.linkById(row.id()).flatMap(link -> SentenceEditor.ask(this, current, link, Side.SOURCE, grid.zoom()))
        .ifPresent(change -> edit(a -> Edits.editText(a, change.side(), change.sentence(), change.text(), presegmented)));
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
    which.setName("flagChoice");
    which.getAccessibleContext().setAccessibleName("Flag");
    JTextField note = new JTextField(30);
    note.setName("note");
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
    if (component instanceof JSpinner spinner && spinner.getEditor() instanceof JSpinner.DefaultEditor editor) {
      // The spinner's text field is what takes the focus and what a screen reader announces.
      editor.getTextField().getAccessibleContext().setAccessibleName(accessible);
    }
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

  /**
   * Shows the selected link's page in the details panel. An edit asks for it twice (at once and once the grid has its
   * rows) and the selection moving once more: the same page is not made again, and a page shown lately (the link as
   * it was before an edit, after its undo) is swapped back in as it was laid out.
   */
  private void showDetails() {
    DocumentVerdict verdict = workspace == null ? null : workspace.current().verdict().orElse(null);
    int size = Math.round(Theme.BASE_SIZE * grid.zoom());
    LinkRow row = viewModel.selected().orElse(null);
    int number = row == null ? 0 : viewModel.numberOf(row);
    details.show(java.util.Arrays.asList(row, number, verdict, size, Theme.isDark()),
        () -> DetailsHtml.of(row, number, verdict, Theme.arabic(size).getFamily(), Theme.latin(size).getFamily(), size));
  }

  private JComponent statusBar() {
    // As tall while the progress bar and Cancel are hidden as while they show: a bar that changed height resized
    // the whole document area above it, so that showing and hiding them laid out and repainted the entire window
    // (at the end of an alignment, the largest event of the handover: 40-56 ms of the event thread).
    JPanel bar = new JPanel() {
      @Override
      public Dimension getPreferredSize() {
        Dimension size = super.getPreferredSize();
        java.awt.Insets insets = getInsets();
        size.height = Math.max(size.height,
            Math.max(progress.getPreferredSize().height, cancel.getPreferredSize().height) + insets.top + insets.bottom);
        return size;
      }
    };
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
      getRootPane().putClientProperty("Window.documentModified", workspace.isDirty());
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
    boolean busy = job != null || task != null;
    progress.setVisible(busy);
    cancel.setVisible(busy);
    // The grid's card is shown (and laid out) as soon as an alignment starts, while it is empty: switching cards
    // when thousands of rows arrive laid out the whole work panel inside the handover's event.
    cards.show(center, workspace == null && job == null ? "empty" : "work");
    boolean hasDocument = workspace != null;
    for (String name : DOCUMENT_ACTIONS) {
      actions.get(name).setEnabled(hasDocument && !busy);
    }
    for (String name : List.of("save", "save-as", "export")) {
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
    define("open-project", "Open project…", key(KeyEvent.VK_O, MENU | SHIFT), this::chooseProject);
    define("save", "Save project", key(KeyEvent.VK_S, MENU), this::save);
    define("save-as", "Save project as…", key(KeyEvent.VK_S, MENU | SHIFT), this::saveAs);
    define("export", "Export…", key(KeyEvent.VK_E, MENU), this::chooseExport);
    define("realign", "Realign pending (between locked and accepted links)", key(KeyEvent.VK_R, MENU), this::realignPending);
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
    define("edit-text", "Edit sentence text… (also E)", key(KeyEvent.VK_F2, 0), this::editTextOfSelected);
    define("accept", "Accept link", key(KeyEvent.VK_1, MENU), () -> editSelected((a, id) -> Edits.accept(a, List.of(id))));
    define("needs-review", "Mark link as needing review", key(KeyEvent.VK_2, MENU), () -> editSelected((a, id) -> Edits.markForReview(a, List.of(id))));
    define("clear-status", "Clear link status", key(KeyEvent.VK_3, MENU), () -> editSelected((a, id) -> Edits.clearStatus(a, List.of(id))));
    define("lock", "Lock / unlock link", key(KeyEvent.VK_L, MENU | SHIFT), this::toggleLock);
    define("dismiss-flag", "Dismiss flag…", key(KeyEvent.VK_4, MENU), () -> decideFlagOfSelected(FlagDecision.Kind.DISMISSED));
    define("confirm-flag", "Confirm flag…", key(KeyEvent.VK_5, MENU), () -> decideFlagOfSelected(FlagDecision.Kind.CONFIRMED));
    define("shortcuts", "Keyboard shortcuts", key(KeyEvent.VK_F1, 0), this::showShortcuts);
    define("manage-models", "Manage models…", key(KeyEvent.VK_M, MENU | SHIFT), () -> manageModels(null));
    define("concordance", "Concordance and TM search…", key(KeyEvent.VK_C, MENU | SHIFT), this::openConcordance);
  }

  private JMenuBar menuBar() {
    JMenuBar bar = new JMenuBar();
    bar.getAccessibleContext().setAccessibleName("Menu bar");
    JMenu file = menu("File", KeyEvent.VK_F, "open", "open-bilingual", "open-project");
    file.add(recentMenu);
    file.addSeparator();
    file.add(new JMenuItem(actions.get("save")));
    file.add(new JMenuItem(actions.get("save-as")));
    file.add(new JMenuItem(actions.get("export")));
    file.addSeparator();
    file.add(new JMenuItem(actions.get("quit")));
    bar.add(file);
    bar.add(menu("Edit", KeyEvent.VK_E, "undo", "redo", null, "merge-next", "merge-previous", "split", null,
        "move-source-up", "move-source-down", "move-target-up", "move-target-down", null, "detach-source", "detach-target", "pinpoint",
        null, "edit-text"));
    bar.add(menu("Review", KeyEvent.VK_R, "accept", "needs-review", "clear-status", "lock", null, "realign", null, "dismiss-flag", "confirm-flag"));
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
    bar.add(menu("Corpus", KeyEvent.VK_C, "concordance"));
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
      JRadioButtonMenuItem item = new JRadioButtonMenuItem(recipe.name() + " — " + availability.label());
      item.setSelected(recipe.name().equals(modelName));
      item.addActionListener(e -> chooseModel(recipe.name()));
      group.add(item);
      menu.add(item);
    }
    menu.addSeparator();
    menu.add(new JMenuItem(actions.get("manage-models")));
  }

  /** The model manager, one a window: statuses, downloads with progress and Cancel, the model to align with. */
  private ModelManagerDialog manageModels(String select) {
    if (modelManager == null || !modelManager.isDisplayable()) {
      modelManager = new ModelManagerDialog(this, new ModelManagerModel(models.registry(), modelName),
          ModelDownload.fromEnvironment(models.registry()), this::chooseModel);
    }
    modelManager.showFor(modelName, select);
    return modelManager;
  }

  /** The concordance / translation-memory window, one per workbench, on the corpus folder used last. */
  private void openConcordance() {
    if (concordance == null || !concordance.isDisplayable()) {
      concordance = new ConcordanceWindow(this, models.registry(), prefs.corpusFolder(), prefs::setCorpusFolder, new ConcordanceWindow.Host() {
        @Override
        public Optional<String> selectedSentence() {
          return viewModel.selected().map(LinkRow::sourceText).filter(text -> !text.isBlank());
        }

        @Override
        public String showLink(String document, int position) {
          return showCorpusLink(document, position);
        }
      });
    }
    concordance.setVisible(true);
    concordance.toFront();
  }

  /** The concordance window on the corpus in {@code folder} (for pictures of it). */
  ConcordanceWindow openConcordance(Path folder) {
    prefs.setCorpusFolder(folder);
    openConcordance();
    return concordance;
  }

  ConcordanceWindow concordance() {
    return concordance;
  }

  /**
   * Shows link {@code position} (from 0) of the corpus document {@code document}: in the document open here,
   * or by opening the recent project of that name; says what it did, or why it could not.
   */
  private String showCorpusLink(String document, int position) {
    Path current = projectFile != null ? projectFile : inputs.size() == 1 ? inputs.getFirst() : null;
    if (workspace == null || current == null || !Imports.idOf(current).equals(document)) {
      Optional<Path> project = ConcordanceModel.projectOf(document,
          prefs.recent().stream().filter(entry -> entry.size() == 1).map(List::getFirst).toList());
      if (project.isEmpty()) {
        return "The document " + document + " is not open here and is no recent project (" + document + ProjectFiles.EXTENSION
            + "): the pair and its place are shown below.";
      }
      openProject(project.get(), () -> {
        goToLink(position + 1);
        toFront();
      });
      return "Opening " + project.get() + " at link " + (position + 1) + " in the workbench.";
    }
    goToLink(position + 1);
    toFront();
    return "Showing link " + (position + 1) + " of " + document + " in the workbench.";
  }

  /** A model that is not downloaded: offers to download it, then runs {@code retryOrNull} once it is installed. */
  void offerModelDownload(Problem.ModelMissing missing, String title, Runnable retryOrNull) {
    if (ModelManagerDialog.askToDownload(this, missing, title)) {
      ModelManagerDialog manager = manageModels(missing.model());
      manager.whenInstalled(missing.model(), retryOrNull);
      manager.downloadSelectedIfPinned();
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
    details.forget();
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
    JComboBox<String> arabicEncoding = encodingChoice("Encoding of the Arabic file");
    JComboBox<String> englishEncoding = encodingChoice("Encoding of the English file");
    JPanel accessory = new JPanel(new java.awt.GridLayout(0, 1, 0, 2));
    accessory.add(presegmented);
    accessory.add(new JLabel("Arabic encoding:"));
    accessory.add(arabicEncoding);
    accessory.add(new JLabel("English encoding:"));
    accessory.add(englishEncoding);
    chooser.setAccessory(accessory);
    if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
      open(java.util.Arrays.stream(chooser.getSelectedFiles()).map(File::toPath).toList(),
          new TextOptions(chosenEncoding(arabicEncoding), chosenEncoding(englishEncoding), presegmented.isSelected(), false));
    }
  }

  private static final String DETECT_ENCODING = "Detect";

  /** Each file's encoding is detected unless the person names one (an 8-bit file's bytes may fit more than one). */
  private static JComboBox<String> encodingChoice(String accessibleName) {
    JComboBox<String> choice = new JComboBox<>(new String[] {DETECT_ENCODING, "UTF-8", "windows-1256", "ISO-8859-6", "UTF-16", "windows-1252"});
    choice.getAccessibleContext().setAccessibleName(accessibleName);
    return choice;
  }

  private static java.nio.charset.Charset chosenEncoding(JComboBox<String> choice) {
    String name = (String) choice.getSelectedItem();
    return DETECT_ENCODING.equals(name) ? null : java.nio.charset.Charset.forName(name);
  }

  private void chooseBilingual() {
    JFileChooser chooser = chooser("Open a file holding both the Arabic and the English text", false);
    if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
      open(List.of(chooser.getSelectedFile().toPath()));
    }
  }

  private void chooseProject() {
    JFileChooser chooser = chooser("Open a Qantara project", false);
    chooser.setFileFilter(new javax.swing.filechooser.FileNameExtensionFilter("Qantara projects (*" + ProjectFiles.EXTENSION + ")", "json"));
    if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
      openProject(chooser.getSelectedFile().toPath());
    }
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
    if (!confirmDiscard()) {
      return;
    }
    cancelJob();
    autosave.timer.stop();
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
