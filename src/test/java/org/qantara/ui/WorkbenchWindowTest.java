package org.qantara.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
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
import org.junit.jupiter.api.Assumptions;
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
    boolean required = "1".equals(System.getenv("QANTARA_REQUIRE_DISPLAY"));
    if (!required) {
      Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "no display (run under xvfb-run, as bin/test does)");
    }
    robot = new Robot();
    robot.setAutoDelay(20);
    Files.createDirectories(PICTURES);
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
    robot.waitForIdle();
  }

  /** Clicks a row of the grid, as a person would: it selects the link and gives the grid the keyboard focus. */
  private void clickRow(int row) throws Exception {
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
      robot.waitForIdle();
      Thread.sleep(100);
      assertThat(System.currentTimeMillis()).as("the grid gets the keyboard focus").isLessThan(deadline);
    } while (onEdt(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() != frame.grid()));
    assertThat(onEdt(() -> frame.grid().getSelectedRow())).isEqualTo(row);
  }

  private void press(int... keys) {
    for (int key : keys) {
      robot.keyPress(key);
    }
    for (int i = keys.length - 1; i >= 0; i--) {
      robot.keyRelease(keys[i]);
    }
    robot.waitForIdle();
  }

  private int rows() throws Exception {
    return onEdt(() -> frame.grid().getRowCount());
  }

  private void picture(String name) throws Exception {
    robot.waitForIdle();
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

    clickRow(1);
    press(KeyEvent.VK_CONTROL, KeyEvent.VK_J);
    assertThat(rows()).as("Ctrl+J merged links 2 and 3").isEqualTo(6);
    assertThat(onEdt(() -> frame.viewModel().allRows().get(1).type().toString())).isEqualTo("2-2");
    assertThat(onEdt(frame::getTitle)).startsWith("*");
    picture("02-merged");
    press(KeyEvent.VK_CONTROL, KeyEvent.VK_Z);
    assertThat(rows()).as("Ctrl+Z undid the merge").isEqualTo(7);
    assertThat(onEdt(frame::getTitle)).doesNotStartWith("*");
    press(KeyEvent.VK_CONTROL, KeyEvent.VK_Y);
    assertThat(rows()).as("Ctrl+Y redid it").isEqualTo(6);
    press(KeyEvent.VK_CONTROL, KeyEvent.VK_Z);
    assertThat(rows()).isEqualTo(7);
  }
}
