package org.qantara.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.ComponentOrientation;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JEditorPane;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.qantara.core.corpus.CorpusHit;
import org.qantara.core.corpus.CorpusStats;
import org.qantara.core.corpus.Occurrence;
import org.qantara.core.corpus.SearchFilter;
import org.qantara.core.corpus.SearchPage;
import org.qantara.core.edit.ReviewStatus;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.review.Flag;
import org.qantara.core.text.ScriptDetector;
import org.qantara.core.text.Span;

/**
 * The concordance / translation-memory window: open a corpus folder, search it by words in either language
 * (hits with their counterparts, matched words highlighted, filters and pages) or by meaning (the pairs
 * nearest to a typed sentence or to the link selected in the workbench, with their similarity), and show a
 * hit's link in its document. Searches run on a worker thread over {@link CorpusBrowser}; the state is
 * {@link ConcordanceModel}'s.
 */
final class ConcordanceWindow extends JDialog {

  /** What the concordance asks of the workbench. */
  interface Host {
    /** The Arabic text of the link selected in the workbench, if one is. */
    Optional<String> selectedSentence();

    /** Shows link {@code position} (from 0) of {@code document} in the workbench if it can; says what it did or why not. */
    String showLink(String document, int position);
  }

  private static final Object ANY = new Object() {
    @Override
    public String toString() {
      return "any";
    }
  };

  private final ConcordanceModel model = new ConcordanceModel();
  private final CorpusBrowser browser;
  private final Host host;
  private final Consumer<Path> rememberFolder;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "qantara-concordance");
    t.setDaemon(true);
    return t;
  });
  private final JLabel corpusLabel = new JLabel("No corpus open.");
  private final JButton openButton = new JButton("Open corpus folder…");
  private final JRadioButton wordsMode = new JRadioButton("Words", true);
  private final JRadioButton similarMode = new JRadioButton("Similar sentence (TM)");
  private final JTextField queryField = new JTextField(40);
  private final JButton searchButton = new JButton("Search");
  private final JButton selectedButton = new JButton("Selected link");
  private final JComboBox<Object> documentFilter = new JComboBox<>();
  private final JSpinner minScore = new JSpinner(new SpinnerNumberModel(0.0, 0.0, 1.0, 0.05));
  private final JComboBox<Object> flagFilter = new JComboBox<>();
  private final JComboBox<Object> statusFilter = new JComboBox<>();
  private final HitTable table = new HitTable();
  private final JEditorPane details = new JEditorPane("text/html", "");
  private final JButton previousButton = new JButton("Previous page");
  private final JButton nextButton = new JButton("Next page");
  private final JButton showButton = new JButton("Show in document");
  private final JLabel status = new JLabel(" ");
  private boolean rendering;

  /**
   * @param startFolder a corpus folder to open at once (the one used last), if any
   * @param rememberFolder told each corpus folder opened, to offer it next time
   */
  ConcordanceWindow(Window owner, ModelRegistry registry, Optional<Path> startFolder, Consumer<Path> rememberFolder, Host host) {
    super(owner, "Concordance and translation memory", ModalityType.MODELESS);
    this.browser = new CorpusBrowser(registry);
    this.host = host;
    this.rememberFolder = rememberFolder;
    setName("concordance");
    getAccessibleContext().setAccessibleName("Concordance and translation-memory search");
    setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    addWindowListener(new WindowAdapter() {
      @Override
      public void windowClosed(WindowEvent e) {
        worker.execute(browser::close);
        worker.shutdown();
      }
    });
    getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), JComponent.WHEN_IN_FOCUSED_WINDOW);

    setContentPane(layoutWindow());
    model.addListener(this::render);
    render();
    setSize(1100, 720);
    setLocationRelativeTo(owner);
    startFolder.ifPresent(this::openCorpus);
  }

  ConcordanceModel viewModel() {
    return model;
  }

  HitTable table() {
    return table;
  }

  JTextField queryField() {
    return queryField;
  }

  // ---- layout --------------------------------------------------------------------------------

  private JPanel layoutWindow() {
    name(corpusLabel, "corpus", "The corpus open: folder, pairs, documents and model");
    name(openButton, "open-corpus", "Open a corpus folder");
    openButton.setMnemonic(KeyEvent.VK_O);
    openButton.addActionListener(e -> chooseCorpus());
    JPanel corpusRow = new JPanel(new BorderLayout(8, 0));
    corpusRow.add(corpusLabel, BorderLayout.CENTER);
    corpusRow.add(openButton, BorderLayout.EAST);

    ButtonGroup modes = new ButtonGroup();
    modes.add(wordsMode);
    modes.add(similarMode);
    name(wordsMode, "mode-words", "Search by words or phrases, in Arabic or English");
    wordsMode.setMnemonic(KeyEvent.VK_W);
    name(similarMode, "mode-similar", "Search by meaning: the pairs nearest to a sentence in either language");
    similarMode.setMnemonic(KeyEvent.VK_M);
    name(queryField, "query", "Words, a quoted phrase, or a sentence to look up");
    queryField.setFont(Theme.arabic(Theme.BASE_SIZE));
    queryField.getDocument().addDocumentListener(new DocumentListener() {
      @Override
      public void insertUpdate(DocumentEvent e) {
        SwingUtilities.invokeLater(ConcordanceWindow.this::orientQuery); // not while the document notifies
      }

      @Override
      public void removeUpdate(DocumentEvent e) {
        SwingUtilities.invokeLater(ConcordanceWindow.this::orientQuery);
      }

      @Override
      public void changedUpdate(DocumentEvent e) {}
    });
    queryField.addActionListener(e -> search(0));
    JLabel queryLabel = new JLabel("Find:");
    queryLabel.setDisplayedMnemonic(KeyEvent.VK_F);
    queryLabel.setLabelFor(queryField);
    name(searchButton, "search", "Search the corpus");
    searchButton.setMnemonic(KeyEvent.VK_S);
    searchButton.addActionListener(e -> search(0));
    name(selectedButton, "use-selected-link", "Look up the Arabic of the link selected in the workbench by meaning");
    selectedButton.setMnemonic(KeyEvent.VK_L);
    selectedButton.addActionListener(e -> lookUpSelectedLink());
    JPanel searchRow = new JPanel(new BorderLayout(6, 0));
    JPanel modePanel = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
    modePanel.add(queryLabel);
    modePanel.add(wordsMode);
    modePanel.add(similarMode);
    searchRow.add(modePanel, BorderLayout.WEST);
    searchRow.add(queryField, BorderLayout.CENTER);
    JPanel searchButtons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 4, 0));
    searchButtons.add(searchButton);
    searchButtons.add(selectedButton);
    searchRow.add(searchButtons, BorderLayout.EAST);

    JPanel filterRow = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
    documentFilter.addItem(ANY);
    filterRow.add(labelled("Document:", KeyEvent.VK_D, documentFilter, "document-filter", "Only pairs from this document"));
    filterRow.add(labelled("Score at least:", KeyEvent.VK_A, minScore, "score-filter", "Only pairs whose alignment score is at least this (0: any)"));
    flagFilter.addItem(ANY);
    for (Flag.Type type : Flag.Type.values()) {
      flagFilter.addItem(type);
    }
    filterRow.add(labelled("Flag:", KeyEvent.VK_G, flagFilter, "flag-filter", "Only pairs carrying a flag of this type"));
    statusFilter.addItem(ANY);
    for (ReviewStatus value : ReviewStatus.values()) {
      statusFilter.addItem(value);
    }
    filterRow.add(labelled("Status:", KeyEvent.VK_T, statusFilter, "status-filter", "Only pairs with this review status"));

    JPanel top = new JPanel();
    top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
    top.add(corpusRow);
    top.add(Box.createVerticalStrut(6));
    top.add(searchRow);
    top.add(Box.createVerticalStrut(4));
    top.add(filterRow);

    name(table, "hits", "Hits: the Arabic and English of each pair, the match and where it occurs");
    table.addMouseListener(new MouseAdapter() {
      @Override
      public void mouseClicked(MouseEvent e) {
        if (e.getClickCount() == 2 && SwingUtilities.isLeftMouseButton(e)) {
          showInDocument();
        }
      }
    });
    table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "show-in-document");
    table.getActionMap().put("show-in-document", new AbstractAction() {
      @Override
      public void actionPerformed(java.awt.event.ActionEvent e) {
        showInDocument();
      }
    });
    table.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
    table.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
    table.getSelectionModel().addListSelectionListener(e -> {
      if (!e.getValueIsAdjusting() && !rendering && table.getSelectedRow() != model.selectedIndex()) {
        model.select(table.getSelectedRow());
      }
    });
    details.setEditable(false);
    name(details, "hit-details", "Where the selected pair occurs: documents, links, scores, statuses and flags");
    details.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
    JScrollPane tableScroll = new JScrollPane(table);
    tableScroll.getAccessibleContext().setAccessibleName("Hits");
    JScrollPane detailsScroll = new JScrollPane(details);
    detailsScroll.getAccessibleContext().setAccessibleName("Details of the selected hit");
    JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, tableScroll, detailsScroll);
    split.setResizeWeight(0.78);

    name(previousButton, "previous-page", "Previous page of hits");
    previousButton.setMnemonic(KeyEvent.VK_P);
    previousButton.addActionListener(e -> search(model.page() - 1));
    name(nextButton, "next-page", "Next page of hits");
    nextButton.setMnemonic(KeyEvent.VK_N);
    nextButton.addActionListener(e -> search(model.page() + 1));
    name(showButton, "show-in-document", "Show the selected pair's link in its document (Enter, double-click)");
    showButton.setMnemonic(KeyEvent.VK_E);
    showButton.addActionListener(e -> showInDocument());
    name(status, "concordance-status", "Search status");
    JPanel bottom = new JPanel(new BorderLayout(8, 0));
    bottom.add(status, BorderLayout.CENTER);
    JPanel pager = new JPanel(new FlowLayout(FlowLayout.RIGHT, 4, 0));
    pager.add(showButton);
    pager.add(previousButton);
    pager.add(nextButton);
    bottom.add(pager, BorderLayout.EAST);

    JPanel content = new JPanel(new BorderLayout(6, 6));
    content.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    content.add(top, BorderLayout.NORTH);
    content.add(split, BorderLayout.CENTER);
    content.add(bottom, BorderLayout.SOUTH);
    getRootPane().setDefaultButton(searchButton);
    return content;
  }

  private static JPanel labelled(String text, int mnemonic, JComponent field, String name, String accessible) {
    JLabel label = new JLabel(text);
    label.setDisplayedMnemonic(mnemonic);
    label.setLabelFor(field);
    name(field, name, accessible);
    JPanel panel = new JPanel(new FlowLayout(FlowLayout.LEFT, 3, 0));
    panel.add(label);
    panel.add(field);
    return panel;
  }

  private static void name(JComponent component, String name, String accessible) {
    component.setName(name);
    component.getAccessibleContext().setAccessibleName(accessible);
    if (component instanceof JSpinner spinner && spinner.getEditor() instanceof JSpinner.DefaultEditor editor) {
      // The spinner's text field is what takes the focus and what a screen reader announces.
      editor.getTextField().getAccessibleContext().setAccessibleName(accessible);
    }
  }

  /** A query typed in Arabic reads right to left. */
  private void orientQuery() {
    boolean arabic = ScriptDetector.count(queryField.getText()).arabicShare() > 0.5;
    ComponentOrientation wanted = arabic ? ComponentOrientation.RIGHT_TO_LEFT : ComponentOrientation.LEFT_TO_RIGHT;
    if (!queryField.getComponentOrientation().equals(wanted)) {
      queryField.setComponentOrientation(wanted);
      queryField.setHorizontalAlignment(arabic ? JTextField.RIGHT : JTextField.LEFT);
    }
  }

  // ---- work ----------------------------------------------------------------------------------

  private void chooseCorpus() {
    JFileChooser chooser = new JFileChooser(model.folder() == null ? null : model.folder().toFile());
    chooser.setDialogTitle("Open a corpus folder (built with 'qantara corpus add')");
    chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
    if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
      File chosen = chooser.getSelectedFile();
      openCorpus(chosen.toPath());
    }
  }

  /** Opens the corpus in {@code folder} for reading, in the background. */
  void openCorpus(Path folder) {
    model.started("Opening the corpus " + folder + "…");
    run(() -> browser.open(folder), (CorpusStats stats) -> {
      model.opened(folder, stats);
      rememberFolder.accept(folder);
      documentFilter.removeAllItems();
      documentFilter.addItem(ANY);
      model.documents().forEach(documentFilter::addItem);
      queryField.requestFocusInWindow();
    }, error -> ErrorDialogs.show(this, "Cannot open the corpus " + folder, error));
  }

  /** Searches with what the form holds: words (page {@code page}) or a sentence by meaning. */
  void search(int page) {
    if (!model.canSearch()) {
      getToolkit().beep();
      return;
    }
    String query = queryField.getText().strip();
    SearchFilter filter = filterOfForm();
    if (similarMode.isSelected()) {
      model.started("Looking up the nearest pairs by meaning…");
      run(() -> browser.similar(query, ConcordanceModel.NEAREST, filter, null),
          (List<CorpusHit> hits) -> model.similarResults(query, filter, hits), null);
    } else {
      model.started("Searching…");
      run(() -> browser.keywords(query, filter, page, ConcordanceModel.PAGE_SIZE),
          (SearchPage found) -> model.keywordResults(query, filter, found), null);
    }
  }

  /** The window's selected link, looked up by meaning. */
  void lookUpSelectedLink() {
    Optional<String> sentence = host.selectedSentence();
    if (sentence.isEmpty()) {
      model.told("Select a link in the workbench first; its Arabic is then looked up here by meaning.");
      return;
    }
    queryField.setText(sentence.get());
    similarMode.setSelected(true);
    search(0);
  }

  private SearchFilter filterOfForm() {
    Object document = documentFilter.getSelectedItem();
    double score = ((Number) minScore.getValue()).doubleValue();
    return new SearchFilter(
        document == null || document == ANY ? null : document.toString(),
        score > 0 ? score : null,
        flagFilter.getSelectedItem() instanceof Flag.Type type ? type : null,
        statusFilter.getSelectedItem() instanceof ReviewStatus value ? value : null);
  }

  /** Runs {@code work} on the worker; its answer, or a failure as one line, goes back on the event thread. */
  private <T> void run(Supplier<T> work, Consumer<T> done, Consumer<Throwable> failedOrNull) {
    worker.execute(() -> {
      try {
        T result = work.get();
        SwingUtilities.invokeLater(() -> done.accept(result));
      } catch (RuntimeException e) {
        SwingUtilities.invokeLater(() -> {
          model.failed(ErrorDialogs.message(e).replace("\n\n", " "));
          if (failedOrNull != null) {
            failedOrNull.accept(e);
          }
        });
      }
    });
  }

  private void showInDocument() {
    Optional<ConcordanceModel.Row> row = model.selected();
    if (row.isEmpty() || row.get().hit().occurrences().isEmpty()) {
      getToolkit().beep();
      return;
    }
    Occurrence first = row.get().hit().occurrences().getFirst();
    model.told(host.showLink(first.document(), first.position()));
  }

  // ---- drawing -------------------------------------------------------------------------------

  private void render() {
    corpusLabel.setText(model.corpusSummary());
    boolean ready = model.canSearch();
    searchButton.setEnabled(ready);
    selectedButton.setEnabled(ready);
    openButton.setEnabled(!model.isBusy());
    previousButton.setEnabled(model.hasPreviousPage());
    nextButton.setEnabled(model.hasNextPage());
    showButton.setEnabled(model.selected().isPresent());
    status.setText(model.message());
    rendering = true; // the table's own selection events while it is refilled are not the person's
    try {
      if (table.shown != model.rows()) {
        table.show(model.rows());
      }
      int selected = model.selectedIndex();
      if (selected >= 0 && table.getSelectedRow() != selected) {
        table.getSelectionModel().setSelectionInterval(selected, selected);
        table.scrollRectToVisible(table.getCellRect(selected, 0, true));
      }
    } finally {
      rendering = false;
    }
    details.setText(detailsHtml(model.selected().orElse(null)));
    details.setCaretPosition(0);
  }

  private static String detailsHtml(ConcordanceModel.Row row) {
    StringBuilder html = new StringBuilder("<html><body style='font-family:")
        .append(Theme.latin(Theme.BASE_SIZE).getFamily()).append("; font-size:12pt'>");
    if (row == null) {
      return html.append("<p>No hit selected.</p></body></html>").toString();
    }
    html.append("<p><b>Hit ").append(row.number()).append("</b> · ").append(row.measure()).append(" · found ")
        .append(row.hit().count()).append(row.hit().count() == 1 ? " time" : " times")
        .append(". Enter or double-click shows it in its document.</p><ul>");
    for (Occurrence o : row.hit().occurrences()) {
      html.append("<li>").append(DetailsHtml.escape(ConcordanceModel.place(o))).append(" · ")
          .append(Double.isNaN(o.score()) ? "made by hand" : String.format(Locale.ROOT, "score %.2f", o.score()))
          .append(" · ").append(o.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      if (!o.flags().isEmpty()) {
        html.append(" · flags: ").append(DetailsHtml.escape(String.join("; ", o.flags())));
      }
      html.append("</li>");
    }
    return html.append("</ul></body></html>").toString();
  }

  /** The hits: numbered, the Arabic right to left in the Arabic font, the English, the match, where. */
  static final class HitTable extends JTable {
    private List<ConcordanceModel.Row> shown = List.of();
    private final Model tableModel;

    HitTable() {
      this(new Model());
    }

    private HitTable(Model tableModel) {
      super(tableModel);
      this.tableModel = tableModel;
      setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
      setDefaultRenderer(Object.class, new HitCell());
      int[] widths = {44, 420, 380, 110, 160};
      for (int i = 0; i < widths.length; i++) {
        getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
      }
      setRowHeight(28);
    }

    void show(List<ConcordanceModel.Row> rows) {
      shown = rows;
      tableModel.rows = rows;
      tableModel.fireTableDataChanged();
      fitRows();
    }

    ConcordanceModel.Row row(int index) {
      return shown.get(index);
    }

    @Override
    public void doLayout() {
      super.doLayout();
      fitRows(); // the texts wrap anew when a column is resized
    }

    /** Each row as tall as its longer text wrapped at its column's width. */
    private void fitRows() {
      if (getColumnCount() < 3) {
        return;
      }
      float arabicWidth = getColumnModel().getColumn(1).getWidth() - 2f * GridRenderers.PAD;
      float englishWidth = getColumnModel().getColumn(2).getWidth() - 2f * GridRenderers.PAD;
      for (int i = 0; i < shown.size(); i++) {
        CorpusHit hit = shown.get(i).hit();
        float text = Math.max(
            layout(hit.arabic(), hit.arabicMatches(), true, arabicWidth).height(),
            layout(hit.english(), hit.englishMatches(), false, englishWidth).height());
        int height = Math.max(24, (int) Math.ceil(text) + 2 * GridRenderers.PAD);
        if (getRowHeight(i) != height) {
          setRowHeight(i, height);
        }
      }
    }

    static WrappedText layout(String text, List<Span> matches, boolean arabic, float width) {
      Font font = arabic ? Theme.arabic(Theme.BASE_SIZE) : Theme.latin(Theme.BASE_SIZE);
      return WrappedText.layout(text.replace('\n', ' '), font, arabic, matches, Theme.evidence(), WrappedText.CONTEXT, width);
    }

    private static final class Model extends TitledColumnsTableModel {
      private List<ConcordanceModel.Row> rows = List.of();

      Model() {
        super("Hit", "Arabic", "English", "Match", "Where");
      }

      @Override
      public int getRowCount() {
        return rows.size();
      }

      @Override
      public Object getValueAt(int row, int column) {
        return rows.get(row);
      }
    }
  }

  /** Paints one cell of a hit: wrapped, shaped text with the matched words marked, or a short line. */
  private static final class HitCell extends GridRenderers.Stamp {
    private ConcordanceModel.Row row;
    private int column;
    private float width;

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus, int r, int c) {
      row = (ConcordanceModel.Row) value;
      column = c;
      width = table.getColumnModel().getColumn(c).getWidth() - 2f * GridRenderers.PAD;
      background = selected ? table.getSelectionBackground() : table.getBackground();
      foreground = selected ? table.getSelectionForeground() : table.getForeground();
      setComponentOrientation(c == 1 ? ComponentOrientation.RIGHT_TO_LEFT : ComponentOrientation.LEFT_TO_RIGHT);
      getAccessibleContext().setAccessibleName(table.getColumnName(c) + ": " + text());
      return this;
    }

    private String text() {
      return switch (column) {
        case 0 -> Integer.toString(row.number());
        case 1 -> row.hit().arabic();
        case 2 -> row.hit().english();
        case 3 -> row.measure();
        default -> row.places();
      };
    }

    @Override
    void paintCell(Graphics2D g) {
      if (column == 1 || column == 2) {
        CorpusHit hit = row.hit();
        WrappedText text = column == 1 ? HitTable.layout(hit.arabic(), hit.arabicMatches(), true, width)
            : HitTable.layout(hit.english(), hit.englishMatches(), false, width);
        text.paint(g, GridRenderers.PAD, GridRenderers.PAD, foreground);
      } else {
        WrappedText.layout(text(), Theme.latin(Theme.BASE_SIZE), false, List.of(), Theme.evidence(), WrappedText.CONTEXT, width)
            .paint(g, GridRenderers.PAD, GridRenderers.PAD, foreground);
      }
    }
  }
}
