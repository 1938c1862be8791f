package org.qantara.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.KeyboardFocusManager;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.text.TextOptions;

/**
 * The workbench end to end, in a real window on a real display (Xvfb in CI: {@code bin/test} starts one):
 * real keyboard input through {@link Robot}, real alignments with the built-in model, pictures of each
 * step under {@code target/workbench-test/}. Skipped only where no display can be had; {@code .ci/run}
 * sets {@code QANTARA_REQUIRE_DISPLAY=1} so that CI fails instead of skipping.
 */
class WorkbenchWindowTest {
  static final Path PICTURES = Path.of("target/workbench-test");
  private static Robot robot;
  private WorkbenchFrame frame;
  private String prefsNode;
  @TempDir Path dir;

  @BeforeAll
  static void display() throws Exception {
    robot = WindowRobot.start();
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, Path.of("models").toAbsolutePath().toString());
  }

  @BeforeEach
  void ownSettings() {
    prefsNode = "qantara-test/" + UUID.randomUUID();
    System.setProperty(WorkbenchPrefs.NODE_PROPERTY, prefsNode);
  }

  @AfterEach
  void close() throws Exception {
    if (frame != null) {
      onEdt(() -> {
        frame.dispose();
        return null;
      });
    }
    Preferences.userRoot().node(prefsNode).removeNode();
  }

  static <T> T onEdt(Supplier<T> call) throws Exception {
    AtomicReference<T> result = new AtomicReference<>();
    try {
      SwingUtilities.invokeAndWait(() -> result.set(call.get()));
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
    return result.get();
  }

  private WorkbenchFrame show() throws Exception {
    frame = onEdt(() -> {
      WorkbenchFrame f = WorkbenchFrame.create(ModelRegistry.fromEnvironment());
      f.setBounds(0, 0, 1400, 900);
      f.setVisible(true);
      return f;
    });
    return frame;
  }

  private void waitUntilIdle(long timeoutMillis) throws Exception {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (onEdt(frame::isBusy)) {
      assertThat(System.currentTimeMillis()).as("the alignment finishes in time").isLessThan(deadline);
      Thread.sleep(50);
    }
    settle();
  }

  /** Clicks a row of the grid, as a person would: it selects the link and gives the grid the keyboard focus. */
  private void clickRow(int row) throws Exception {
    onEdt(() -> {
      frame.grid().scrollRectToVisible(frame.grid().getCellRect(row, 0, true));
      return null;
    });
    settle();
    java.awt.Point point = onEdt(() -> {
      java.awt.Rectangle cell = frame.grid().getCellRect(row, GridTableModel.Column.TYPE.ordinal(), false);
      java.awt.Point p = new java.awt.Point(cell.x + cell.width / 2, cell.y + Math.min(cell.height / 2, 10));
      SwingUtilities.convertPointToScreen(p, frame.grid());
      return p;
    });
    long deadline = System.currentTimeMillis() + 10_000;
    do {
      robot.mouseMove(point.x, point.y);
      robot.mousePress(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
      robot.mouseRelease(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
      settle();
      Thread.sleep(100);
      assertThat(System.currentTimeMillis()).as("the grid gets the keyboard focus").isLessThan(deadline);
    } while (onEdt(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() != frame.grid()));
    assertThat(onEdt(() -> frame.grid().getSelectedRow())).isEqualTo(row);
  }

  private static void settle() {
    WindowRobot.settle(robot);
  }

  private void press(int... keys) {
    WindowRobot.press(robot, keys);
  }

  private int rows() throws Exception {
    return onEdt(() -> frame.grid().getRowCount());
  }

  private void picture(String name) throws Exception {
    settle();
    onEdt(() -> {
      Screenshots.write(Screenshots.capture(frame), PICTURES.resolve(name + ".png"));
      return null;
    });
  }

  @Test
  void seed001OpensAlignedAndIsEditedFromTheKeyboard() throws Exception {
    show();
    picture("00-empty");
    assertThat(onEdt(() -> frame.viewModel().allRows().isEmpty())).isTrue();
    onEdt(() -> {
      frame.open(List.of(Seed001.BILINGUAL));
      return null;
    });
    waitUntilIdle(120_000);
    assertThat(rows()).isEqualTo(7);
    assertThat(onEdt(() -> frame.viewModel().allRows().get(3).type().toString())).isEqualTo("1-2");
    assertThat(onEdt(frame::getTitle)).isEqualTo("001_cf1290a72f3a51aa.txt — Qantara");
    picture("01-aligned");
    assertThat(onEdt(() -> unnamedControls(frame.getContentPane()))).as("controls without an accessible name").isEmpty();

    clickRow(1);
    press(KeyEvent.VK_CONTROL, KeyEvent.VK_J);
    assertThat(rows()).as("Ctrl+J merged links 2 and 3").isEqualTo(6);
    assertThat(onEdt(() -> frame.viewModel().allRows().get(1).type().toString())).isEqualTo("2-2");
    assertThat(onEdt(frame::getTitle)).startsWith("*");
    picture("02-merged");
    gridOnScreenEqualsAFreshPaint("merged");
    press(KeyEvent.VK_CONTROL, KeyEvent.VK_Z);
    assertThat(rows()).as("Ctrl+Z undid the merge").isEqualTo(7);
    gridOnScreenEqualsAFreshPaint("merge-undone");
    assertThat(onEdt(frame::getTitle)).doesNotStartWith("*");
    press(KeyEvent.VK_CONTROL, KeyEvent.VK_Y);
    assertThat(rows()).as("Ctrl+Y redid it").isEqualTo(6);
    press(KeyEvent.VK_CONTROL, KeyEvent.VK_Z);
    assertThat(rows()).isEqualTo(7);

    // Edit a sentence's text (F2): a year typed before the full stop of link 1's Arabic, Enter keeps it; the link is
    // re-reviewed and shows the edit; undo and redo bring the texts back. E then Escape changes nothing.
    clickRow(0);
    String arabic = onEdt(() -> frame.viewModel().allRows().get(0).sourceText());
    String input = Files.readString(Seed001.BILINGUAL);
    String edited = arabic.substring(0, arabic.length() - 1) + " 2026.";
    press(KeyEvent.VK_F2);
    focusOn("sentenceText");
    press(KeyEvent.VK_BACK_SPACE);
    type(" 2026.");
    press(KeyEvent.VK_ENTER);
    waitUntilIdle(60_000);
    assertThat(rows()).isEqualTo(7);
    assertThat(onEdt(() -> frame.viewModel().allRows().get(0).sourceText())).isEqualTo(edited);
    assertThat(onEdt(() -> frame.viewModel().allRows().get(0).textEdits())).hasSize(1);
    assertThat(onEdt(() -> frame.viewModel().allRows().get(0).flags()))
        .as("the re-review finds the year the English lacks").anyMatch(f -> f.flag().type() == org.qantara.core.review.Flag.Type.NUMBER);
    assertThat(onEdt(() -> frame.details().getText())).contains("Arabic text edited by hand");
    assertThat(onEdt(() -> frame.workspace().current().source().original())).contains(edited);
    assertThat(Files.readString(Seed001.BILINGUAL)).as("the input file is never written").isEqualTo(input);
    picture("02b-text-edited");
    assertThat(onEdt(() -> frame.workspace().history().undoLabel().orElse(""))).isEqualTo("Edit the text of source sentence 1");
    clickRow(0);
    press(KeyEvent.VK_CONTROL, KeyEvent.VK_Z);
    assertThat(onEdt(() -> frame.viewModel().allRows().get(0).sourceText())).isEqualTo(arabic);
    press(KeyEvent.VK_CONTROL, KeyEvent.VK_Y);
    assertThat(onEdt(() -> frame.viewModel().allRows().get(0).sourceText())).isEqualTo(edited);
    press(KeyEvent.VK_CONTROL, KeyEvent.VK_Z);
    clickRow(0);
    press(KeyEvent.VK_E);
    focusOn("sentenceText");
    type(" 1999");
    press(KeyEvent.VK_ESCAPE);
    settle();
    assertThat(onEdt(() -> frame.viewModel().allRows().get(0).sourceText())).isEqualTo(arabic);
    assertThat(onEdt(frame::isDirty)).isFalse();

    // Lock links 1 and 7 from the keyboard, then realign everything between them (Ctrl+R).
    clickRow(0);
    press(KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT, KeyEvent.VK_L);
    clickRow(6);
    press(KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT, KeyEvent.VK_L);
    assertThat(onEdt(() -> frame.viewModel().allRows().stream().filter(LinkRow::locked).count())).isEqualTo(2L);
    List<Long> lockedIds = onEdt(() -> List.of(frame.viewModel().allRows().get(0).id(), frame.viewModel().allRows().get(6).id()));
    clickRow(2);
    press(KeyEvent.VK_CONTROL, KeyEvent.VK_J); // scramble the middle: links 3 and 4 merged
    waitUntilIdle(60_000);
    assertThat(rows()).isEqualTo(6);
    int undoBefore = onEdt(() -> frame.workspace().history().position());
    press(KeyEvent.VK_CONTROL, KeyEvent.VK_R);
    waitUntilIdle(120_000);
    assertThat(onEdt(() -> frame.workspace().history().position())).as("the re-alignment is one undoable step").isEqualTo(undoBefore + 1);
    assertThat(onEdt(() -> frame.workspace().history().undoLabel().orElse(""))).startsWith("Re-align links 2–5");
    assertThat(rows()).as("the aligner splits the merged link again between the locked ones").isEqualTo(7);
    assertThat(onEdt(() -> List.of(frame.viewModel().allRows().get(0).id(), frame.viewModel().allRows().get(6).id()))).isEqualTo(lockedIds);
    assertThat(onEdt(() -> frame.viewModel().allRows().get(3).type().toString())).isEqualTo("1-2");
    picture("03-locked-realigned");

    // Dismiss the first flag through its dialog (Ctrl+4, a note typed, OK): its badge is struck through and it
    // no longer counts as open.
    int flaggedRow = onEdt(() -> frame.viewModel().nextFlagged(true).orElseThrow());
    clickRow(flaggedRow);
    String fingerprint = onEdt(() -> frame.viewModel().visibleRow(flaggedRow).flags().getFirst().flag().fingerprint());
    int openBefore = onEdt(() -> frame.viewModel().counts().openFlags());
    press(KeyEvent.VK_CONTROL, KeyEvent.VK_4);
    focusOn("note");
    type("the english says it another way");
    clickDialogButton("OK");
    settle();
    assertThat(onEdt(() -> frame.viewModel().counts().openFlags())).isEqualTo(openBefore - 1);
    assertThat(onEdt(() -> frame.details().getText().replaceAll("\\s+", " "))).contains("dismissed").contains("the english says it another way");
    picture("04-flag-dismissed");

    // Save as a project: the title loses its *.
    Path project = dir.resolve("seed001" + org.qantara.core.project.ProjectFiles.EXTENSION);
    assertThat(onEdt(() -> frame.saveTo(project))).isTrue();
    assertThat(onEdt(frame::getTitle)).doesNotStartWith("*").startsWith(project.getFileName().toString());
    assertThat(org.qantara.core.project.ProjectFiles.read(project).alignment().decisionOn(fingerprint))
        .as("the note is saved in the project").contains(new org.qantara.core.edit.FlagDecision(
            org.qantara.core.edit.FlagDecision.Kind.DISMISSED, "the english says it another way"));
    onEdt(() -> {
      frame.dispose();
      return null;
    });

    // Another process opens the project, accepts link 1 and is killed before it saves.
    Path recovery = org.qantara.core.project.Recovery.fileOf(project);
    Process child = new ProcessBuilder(
        ProcessHandle.current().info().command().orElseThrow(), "-cp", System.getProperty("java.class.path"),
        "-D" + WorkbenchPrefs.NODE_PROPERTY + "=" + prefsNode, "-Dqantara.autosave.ms=500",
        "-D" + ModelRegistry.MODELS_DIR_PROPERTY + "=" + Path.of("models").toAbsolutePath(),
        RecoveryChild.class.getName(), project.toString())
        .redirectErrorStream(true).start();
    try {
      String line;
      var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()));
      do {
        line = out.readLine();
      } while (line != null && !line.startsWith("EDITED"));
      assertThat(line).isEqualTo("EDITED true");
      long deadline = System.currentTimeMillis() + 30_000;
      while (org.qantara.core.project.Recovery.unsavedWork(project).isEmpty()) {
        assertThat(System.currentTimeMillis()).as("autosave writes the recovery file").isLessThan(deadline);
        Thread.sleep(100);
      }
      Thread.sleep(300); // the write is atomic: a reader sees the old file or the new one
    } finally {
      child.destroyForcibly().waitFor();
    }
    assertThat(recovery).exists();
    assertThat(org.qantara.core.project.ProjectFiles.read(project).alignment().link(0).status())
        .as("the project file itself was not touched").isEqualTo(org.qantara.core.edit.ReviewStatus.UNREVIEWED);

    // The next start offers the recovered work; accepting it brings the edit back, unsaved.
    show();
    onEdt(() -> {
      SwingUtilities.invokeLater(() -> frame.openProject(project));
      return null;
    });
    clickDialogButton("Recover");
    waitUntilIdle(30_000);
    assertThat(onEdt(() -> frame.viewModel().allRows().get(0).status())).isEqualTo(org.qantara.core.edit.ReviewStatus.ACCEPTED);
    assertThat(onEdt(frame::isDirty)).as("recovered work is not saved yet").isTrue();
    assertThat(onEdt(() -> frame.viewModel().counts().openFlags())).isEqualTo(openBefore - 1);
    picture("05-recovered");

    // Export through the core's formats.
    Path json = dir.resolve("seed001.json");
    Path tmx = dir.resolve("seed001.tmx");
    Path html = dir.resolve("seed001.html");
    for (var target : List.of(Exports.Target.JSON, Exports.Target.TMX, Exports.Target.HTML)) {
      Path file = switch (target) {
        case JSON -> json;
        case TMX -> tmx;
        default -> html;
      };
      onEdt(() -> {
        frame.export(target, org.qantara.core.formats.ExportOptions.ALL, file);
        return null;
      });
      waitUntilIdle(60_000);
      assertThat(file).exists();
    }
    assertThat(onEdt(frame::lastExportSummary)).contains("review report of 7 links");
    assertThat(Files.readString(json)).contains("\"links\"");
    assertThat(Files.readString(tmx)).contains("<tu").contains("حميميم");
    assertThat(Files.readString(html)).contains("<html");

    // Reopen the saved project, declining the recovery this time: the saved state, locks and decision kept.
    onEdt(() -> {
      frame.saveTo(project);
      return null;
    });
    onEdt(() -> {
      frame.openProject(project);
      return null;
    });
    waitUntilIdle(30_000);
    assertThat(onEdt(() -> frame.viewModel().allRows().stream().filter(LinkRow::locked).count())).isEqualTo(2L);
    assertThat(onEdt(() -> frame.viewModel().allRows().get(0).status())).isEqualTo(org.qantara.core.edit.ReviewStatus.ACCEPTED);
    assertThat(onEdt(frame::isDirty)).isFalse();
    assertThat(recovery).doesNotExist();
    picture("06-reopened");
  }

  /**
   * The grid repaints only from the first changed row down after an edit ({@link GridTable#tableChanged}): what the
   * screen shows once the window has settled must equal the grid painted whole again, or a row was left stale.
   */
  private void gridOnScreenEqualsAFreshPaint(String step) throws Exception {
    waitUntilIdle(60_000);
    javax.swing.ToolTipManager.sharedInstance().setEnabled(false); // a tooltip showing up between two pictures
    try {
      java.awt.Rectangle onScreen = onEdt(() -> {
        java.awt.Rectangle visible = frame.grid().getVisibleRect();
        java.awt.Point corner = visible.getLocation();
        SwingUtilities.convertPointToScreen(corner, frame.grid());
        return new java.awt.Rectangle(corner, visible.getSize());
      });
      // The re-review's flags and the measured row heights arrive in later events: wait until the screen is still.
      java.awt.image.BufferedImage shown = robot.createScreenCapture(onScreen);
      long deadline = System.currentTimeMillis() + 10_000;
      java.awt.image.BufferedImage again;
      while (!samePixels(shown, again = captureAfter(onScreen, 200))) {
        shown = again;
        assertThat(System.currentTimeMillis()).as("the grid stops changing after " + step).isLessThan(deadline);
      }
      onEdt(() -> {
        frame.grid().paintImmediately(frame.grid().getVisibleRect());
        return null;
      });
      java.awt.image.BufferedImage fresh = captureAfter(onScreen, 100);
      if (!samePixels(shown, fresh)) {
        Screenshots.write(shown, PICTURES.resolve("stale-" + step + "-shown.png"));
        Screenshots.write(fresh, PICTURES.resolve("stale-" + step + "-fresh.png"));
      }
      assertThat(samePixels(shown, fresh)).as("the grid after " + step + " as shown equals it painted afresh (pictures in "
          + PICTURES + ")").isTrue();
    } finally {
      javax.swing.ToolTipManager.sharedInstance().setEnabled(true);
    }
  }

  private java.awt.image.BufferedImage captureAfter(java.awt.Rectangle area, int millis) {
    robot.delay(millis);
    settle();
    return robot.createScreenCapture(area);
  }

  private static boolean samePixels(java.awt.image.BufferedImage a, java.awt.image.BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      return false;
    }
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Types plain text (lower-case letters, digits, spaces) key by key. */
  @Test
  void twoFilesAreEachReadInTheirOwnEncodingAndTheProjectKeepsBoth() throws Exception {
    // Seed 001's gold texts as a translator may get them: the Arabic saved as windows-1256, the English as windows-1252
    // (its curly quote is not ASCII); nothing named, the window finds each file's encoding.
    String arabic = Files.readString(Path.of("../shared/gold/seed-001/ar.txt"));
    String english = Files.readString(Path.of("../shared/gold/seed-001/en.txt")).replaceFirst("Moscow", "Moscow\u2019s army");
    Path ar = Files.write(dir.resolve("seed001.ar.txt"), arabic.getBytes(org.qantara.core.text.TextReader.WINDOWS_1256));
    Path en = Files.write(dir.resolve("seed001.en.txt"), english.getBytes(org.qantara.core.text.TextReader.WINDOWS_1252));
    show();
    onEdt(() -> {
      frame.open(List.of(ar, en));
      return null;
    });
    waitUntilIdle(120_000);
    assertThat(rows()).isGreaterThan(5);
    assertThat(onEdt(() -> frame.workspace().current().source().original())).isEqualTo(arabic);
    assertThat(onEdt(() -> frame.workspace().current().target().original())).isEqualTo(english);
    assertThat(onEdt(() -> frame.message())).contains("Arabic read as windows-1256").contains("English read as windows-1252");
    picture("20-two-encodings");

    Path project = dir.resolve("encodings" + org.qantara.core.project.ProjectFiles.EXTENSION);
    assertThat(onEdt(() -> frame.saveTo(project))).isTrue();
    TextOptions saved = org.qantara.core.project.ProjectFiles.read(project).textOptions();
    assertThat(saved.arabicEncoding()).isEqualTo(org.qantara.core.text.TextReader.WINDOWS_1256);
    assertThat(saved.englishEncoding()).isEqualTo(org.qantara.core.text.TextReader.WINDOWS_1252);
    assertThat(Files.readAllBytes(ar)).as("the input file is never written").isEqualTo(arabic.getBytes(org.qantara.core.text.TextReader.WINDOWS_1256));
  }

  private void type(String text) {
    for (char c : text.toCharArray()) {
      press(KeyEvent.getExtendedKeyCodeForChar(c));
    }
  }

  /** Waits for a dialog's component of this name to show, clicks it as a person would and waits for its focus. */
  private void focusOn(String name) throws Exception {
    long deadline = System.currentTimeMillis() + 20_000;
    java.awt.Component target = null;
    while (target == null) {
      target = onEdt(() -> {
        for (java.awt.Window window : java.awt.Window.getWindows()) {
          if (window instanceof javax.swing.JDialog dialog && dialog.isShowing()) {
            java.awt.Component found = named(dialog.getContentPane(), name);
            if (found != null && found.isShowing()) {
              return found;
            }
          }
        }
        return null;
      });
      assertThat(System.currentTimeMillis()).as("a dialog with '" + name + "' appears").isLessThan(deadline);
      Thread.sleep(50);
    }
    settle();
    java.awt.Component component = target;
    while (onEdt(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() != component)) {
      java.awt.Point point = onEdt(() -> {
        java.awt.Point p = new java.awt.Point(component.getWidth() / 2, Math.min(component.getHeight() / 2, 8));
        SwingUtilities.convertPointToScreen(p, component);
        return p;
      });
      robot.mouseMove(point.x, point.y);
      robot.mousePress(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
      robot.mouseRelease(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
      settle();
      Thread.sleep(100);
      assertThat(System.currentTimeMillis()).as("'" + name + "' gets the keyboard focus").isLessThan(deadline);
    }
    // A click puts the caret where it lands: typing goes at the end of the text.
    onEdt(() -> {
      if (component instanceof javax.swing.text.JTextComponent text) {
        text.setCaretPosition(text.getDocument().getLength());
      }
      return null;
    });
  }

  /** The controls a person can reach (buttons, fields, lists, tables, spinners…) that a screen reader could not name. */
  private static List<String> unnamedControls(java.awt.Container container) {
    List<String> unnamed = new java.util.ArrayList<>();
    for (java.awt.Component c : container.getComponents()) {
      boolean control = c instanceof javax.swing.AbstractButton || c instanceof javax.swing.JComboBox
          || c instanceof javax.swing.text.JTextComponent || c instanceof javax.swing.JTable
          || c instanceof javax.swing.JList || c instanceof javax.swing.JSpinner || c instanceof javax.swing.JProgressBar
          || c instanceof javax.swing.JSplitPane || c instanceof javax.swing.table.JTableHeader;
      String name = c.getAccessibleContext() == null ? null : c.getAccessibleContext().getAccessibleName();
      // A button that cannot take the focus is a part of another control (a combo box's or spinner's arrow).
      boolean part = c instanceof javax.swing.AbstractButton && !c.isFocusable();
      if (control && !part && c.isShowing() && (name == null || name.isBlank())) {
        unnamed.add(c.getClass().getSimpleName() + " " + c.getName());
      }
      if (c instanceof java.awt.Container inner) {
        unnamed.addAll(unnamedControls(inner));
      }
    }
    return unnamed;
  }

  private static java.awt.Component named(java.awt.Container container, String name) {
    for (java.awt.Component c : container.getComponents()) {
      if (name.equals(c.getName())) {
        return c;
      }
      if (c instanceof java.awt.Container inner) {
        java.awt.Component found = named(inner, name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** Waits for a modal dialog and presses one of its buttons, as a person would click it. */
  private void clickDialogButton(String label) throws Exception {
    long deadline = System.currentTimeMillis() + 20_000;
    while (true) {
      javax.swing.JButton button = onEdt(() -> {
        for (java.awt.Window window : java.awt.Window.getWindows()) {
          if (window instanceof javax.swing.JDialog dialog && dialog.isShowing()) {
            for (javax.swing.JButton b : buttons(dialog.getContentPane())) {
              if (label.equals(b.getText())) {
                return b;
              }
            }
          }
        }
        return null;
      });
      if (button != null) {
        settle();
        onEdt(() -> {
          button.doClick();
          return null;
        });
        return;
      }
      assertThat(System.currentTimeMillis()).as("a dialog with '" + label + "' appears").isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private static List<javax.swing.JButton> buttons(java.awt.Container container) {
    List<javax.swing.JButton> found = new java.util.ArrayList<>();
    for (java.awt.Component c : container.getComponents()) {
      if (c instanceof javax.swing.JButton b) {
        found.add(b);
      } else if (c instanceof java.awt.Container inner) {
        found.addAll(buttons(inner));
      }
    }
    return found;
  }
}
