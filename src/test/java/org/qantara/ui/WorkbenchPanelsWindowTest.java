package org.qantara.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.KeyboardFocusManager;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.KeyStroke;
import javax.swing.RootPaneContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.corpus.Corpus;
import org.qantara.core.embed.DjlEmbedder;
import org.qantara.core.embed.FixtureHub;
import org.qantara.core.embed.HubDownloader;
import org.qantara.core.embed.ModelRecipe;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.formats.Bitext;
import org.qantara.core.pipeline.AlignmentPipeline;
import org.qantara.core.text.BilingualDocuments;
import org.qantara.core.text.DocumentLoader;
import org.qantara.core.text.TextOptions;

/**
 * The workbench's model manager and concordance window in a real window on a real display (Xvfb in CI, as
 * {@link WorkbenchWindowTest}): a missing model downloaded through the "Download model" button from a hub on
 * 127.0.0.1, then the alignment it blocked; a corpus searched by words and by the selected link's meaning,
 * and a hit shown in its document. Pictures under {@code target/workbench-test/}.
 */
class WorkbenchPanelsWindowTest {
  private static final Path MODELS = Path.of("models").toAbsolutePath();
  private static Robot robot;
  @TempDir Path dir;
  private WorkbenchFrame frame;
  private String prefsNode;

  @BeforeAll
  static void display() throws Exception {
    robot = WindowRobot.start();
  }

  @BeforeEach
  void ownSettings() {
    prefsNode = "qantara-test/" + UUID.randomUUID();
    System.setProperty(WorkbenchPrefs.NODE_PROPERTY, prefsNode);
  }

  @AfterEach
  void close() throws Exception {
    System.clearProperty(HubDownloader.ENDPOINT_PROPERTY);
    onEdt(() -> {
      for (Window window : Window.getWindows()) {
        window.dispose();
      }
      return null;
    });
    Preferences.userRoot().node(prefsNode).removeNode();
  }

  @Test
  void aMissingModelIsDownloadedFromTheDialogAndTheDocumentThenAligned() throws Exception {
    // A hub on 127.0.0.1 serving the built-in model's files as "hub-copy", a model this machine lacks.
    ModelRecipe builtin = ModelRecipe.read(MODELS.resolve("builtin-ar-en").resolve(ModelRecipe.FILE_NAME));
    String revision = "0123456789abcdef0123456789abcdef01234567";
    try (FixtureHub hub = new FixtureHub()) {
      for (ModelRecipe.ModelFile file : builtin.files()) {
        hub.put("fixture/hub-copy", revision, file.path(), Files.readAllBytes(MODELS.resolve("builtin-ar-en").resolve(file.saveAs())));
      }
      new ModelRecipe("hub-copy", builtin.description(), "fixture/hub-copy", revision, builtin.files(), builtin.pooling(),
          builtin.dense(), builtin.normalize(), builtin.maxTokens(), builtin.licence(), builtin.totalSize(), false,
          builtin.inputPrefix()).write(dir.resolve("models/hub-copy").resolve(ModelRecipe.FILE_NAME));
      System.setProperty(HubDownloader.ENDPOINT_PROPERTY, hub.endpoint().toString());
      ModelRegistry registry = new ModelRegistry(dir.resolve("models"), dir.resolve("downloads"));
      frame = onEdt(() -> {
        WorkbenchFrame f = WorkbenchFrame.create(registry);
        f.useModel("hub-copy");
        f.setBounds(0, 0, 1400, 900);
        f.setVisible(true);
        return f;
      });

      onEdt(() -> {
        frame.open(List.of(Seed001.BILINGUAL));
        return null;
      });
      AbstractButton download = waitFor("the missing model's dialog", () -> button(null, "Download model"));
      onEdt(() -> {
        download.doClick();
        return null;
      });

      ModelManagerDialog manager = waitFor("the model manager", () -> showing(ModelManagerDialog.class));
      waitFor("the download and the alignment it blocked", () -> !frame.isBusy() && frame.viewModel().allRows().size() == 7 ? true : null);
      assertThat(registry.availability("hub-copy")).isEqualTo(ModelRegistry.Availability.DOWNLOADED);
      assertThat(registry.verify("hub-copy")).hasSize(builtin.files().size());
      assertThat(onEdt(() -> manager.viewModel().message())).startsWith("hub-copy is installed in ");
      assertThat(onEdt(() -> manager.viewModel().selected().orElseThrow().availability().label())).isEqualTo("downloaded");
      assertThat(hub.requests()).extracting(FixtureHub.Request::path).allMatch(p -> p.startsWith("/fixture/hub-copy/resolve/" + revision));
      picture(manager, "10-model-downloaded");
      // The manager is the Model menu's too, on its shortcut, and one a window: no second download of a model beside the first.
      assertThat(onEdt(() -> frame.action("manage-models").getValue(javax.swing.Action.ACCELERATOR_KEY)))
          .isEqualTo(KeyStroke.getKeyStroke(KeyEvent.VK_M, KeyEvent.CTRL_DOWN_MASK | KeyEvent.SHIFT_DOWN_MASK));
      onEdt(() -> {
        frame.action("manage-models").actionPerformed(null);
        return null;
      });
      assertThat(onEdt(() -> java.util.Arrays.stream(Window.getWindows()).filter(w -> w instanceof ModelManagerDialog && w.isShowing()).toList()))
          .containsExactly(manager);
    }
  }

  @Test
  void theConcordanceSearchesWordsAndTheSelectedLinkAndShowsAHitInItsDocument() throws Exception {
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, MODELS.toString());
    Path corpusDir = dir.resolve("corpus");
    ModelRegistry registry = new ModelRegistry(MODELS, dir.resolve("downloads"));
    try (DjlEmbedder embedder = registry.open("builtin-ar-en"); Corpus corpus = Corpus.open(corpusDir, embedder)) {
      BilingualDocuments docs = DocumentLoader.loadBilingual(Seed001.BILINGUAL, TextOptions.DEFAULT);
      corpus.add(Bitext.of("001_cf1290a72f3a51aa", new AlignmentPipeline(embedder, AlignerParams.defaults()).align(docs.source(), docs.target())));
    }
    Preferences.userRoot().node(prefsNode).put("corpusFolder", corpusDir.toString());
    frame = onEdt(() -> {
      WorkbenchFrame f = WorkbenchFrame.create(registry);
      f.setBounds(0, 0, 1400, 900);
      f.setVisible(true);
      f.open(List.of(Seed001.BILINGUAL));
      return f;
    });
    waitFor("seed 001 aligned", () -> !frame.isBusy() && frame.viewModel().allRows().size() == 7 ? true : null);
    String linkFour = onEdt(() -> {
      frame.selectRow(3);
      return frame.viewModel().allRows().get(3).sourceText();
    });

    assertThat(onEdt(() -> frame.action("concordance").getValue(javax.swing.Action.ACCELERATOR_KEY)))
        .isEqualTo(KeyStroke.getKeyStroke(KeyEvent.VK_C, KeyEvent.CTRL_DOWN_MASK | KeyEvent.SHIFT_DOWN_MASK));
    onEdt(() -> {
      frame.action("concordance").actionPerformed(null);
      return null;
    });
    ConcordanceWindow concordance = waitFor("the concordance on the corpus used last",
        () -> frame.concordance() != null && frame.concordance().viewModel().stats() != null ? frame.concordance() : null);
    assertThat(onEdt(() -> concordance.viewModel().corpusSummary())).endsWith(": 7 pairs from 1 document, vectors of builtin-ar-en");

    // Words: the query field has the focus; Enter searches.
    onEdt(() -> {
      concordance.queryField().setText("بالقاعدة");
      return null;
    });
    waitFor("the query field focused", () -> focusOwner() == concordance.queryField() ? true : null);
    assertThat(onEdt(() -> concordance.queryField().getComponentOrientation().isLeftToRight())).as("Arabic typed reads right to left").isFalse();
    press(KeyEvent.VK_ENTER);
    waitFor("keyword hits", () -> !concordance.viewModel().rows().isEmpty() ? true : null);
    assertThat(onEdt(() -> concordance.viewModel().rows().getFirst().hit().arabicMatches())).isNotEmpty();
    assertThat(onEdt(() -> concordance.table().getRowCount())).isEqualTo(onEdt(() -> concordance.viewModel().rows().size()));
    assertThat(onEdt(() -> concordance.table().getRowHeight(0))).as("the row fits its wrapped text").isGreaterThan(30);
    picture(concordance, "11-concordance-words");

    // The link selected in the workbench, looked up by meaning (Alt+L): its own pair comes first.
    press(KeyEvent.VK_ALT, KeyEvent.VK_L);
    waitFor("nearest pairs", () -> concordance.viewModel().mode() == ConcordanceModel.Mode.SIMILAR && !concordance.viewModel().isBusy()
        && !concordance.viewModel().rows().isEmpty() ? true : null);
    assertThat(onEdt(() -> concordance.viewModel().rows().getFirst().hit().arabic())).isEqualTo(linkFour);
    assertThat(onEdt(() -> concordance.viewModel().rows().getFirst().measure())).startsWith("similarity ");
    assertThat(onEdt(() -> concordance.table().getSelectedRow())).as("the best hit is selected").isZero();
    picture(concordance, "12-concordance-similar");

    // Another hit shown in its document: Enter on the hits table selects its link in the workbench.
    int other = onEdt(() -> {
      concordance.viewModel().select(1);
      concordance.table().requestFocusInWindow();
      return concordance.viewModel().rows().get(1).hit().occurrences().getFirst().position();
    });
    waitFor("the hits table focused", () -> focusOwner() == concordance.table() ? true : null);
    press(KeyEvent.VK_ENTER);
    waitFor("the link selected in the workbench", () -> frame.grid().getSelectedRow() == other ? true : null);
    assertThat(onEdt(() -> concordance.viewModel().message()))
        .isEqualTo("Showing link " + (other + 1) + " of 001_cf1290a72f3a51aa in the workbench.");
  }

  // ---- helpers -------------------------------------------------------------------------------

  interface EdtCall<T> {
    T call() throws Exception;
  }

  private static <T> T onEdt(EdtCall<T> call) throws Exception {
    return WorkbenchWindowTest.onEdt(() -> {
      try {
        return call.call();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** Polls {@code probe} on the event thread until it gives something, for up to two minutes. */
  private static <T> T waitFor(String what, Callable<T> probe) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    while (true) {
      T found = onEdt(probe::call);
      if (found != null) {
        WindowRobot.settle(robot);
        return found;
      }
      assertThat(System.currentTimeMillis()).as(what).isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private static Component focusOwner() {
    return KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
  }

  private static <T extends Window> T showing(Class<T> type) {
    for (Window window : Window.getWindows()) {
      if (type.isInstance(window) && window.isShowing()) {
        return type.cast(window);
      }
    }
    return null;
  }

  /** A button labelled {@code text} in a showing dialog (of {@code type}, or any). */
  private static AbstractButton button(Class<? extends JDialog> type, String text) {
    for (Window window : Window.getWindows()) {
      if (window instanceof JDialog dialog && dialog.isShowing() && (type == null || type.isInstance(dialog))) {
        for (AbstractButton b : descendants(dialog.getContentPane(), AbstractButton.class)) {
          if (text.equals(b.getText())) {
            return b;
          }
        }
      }
    }
    return null;
  }

  private static <T> List<T> descendants(Container root, Class<T> type) {
    List<T> found = new ArrayList<>();
    for (Component c : root.getComponents()) {
      if (type.isInstance(c)) {
        found.add(type.cast(c));
      }
      if (c instanceof Container inner) {
        found.addAll(descendants(inner, type));
      }
    }
    return found;
  }

  private static void press(int... keys) {
    WindowRobot.press(robot, keys);
  }

  private static void picture(RootPaneContainer window, String name) throws Exception {
    WindowRobot.settle(robot);
    onEdt(() -> {
      Screenshots.write(Screenshots.capture(window), WorkbenchWindowTest.PICTURES.resolve(name + ".png"));
      return null;
    });
  }
}
