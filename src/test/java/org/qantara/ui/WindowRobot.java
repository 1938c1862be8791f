package org.qantara.ui;

import java.awt.GraphicsEnvironment;
import java.awt.Robot;
import java.awt.Toolkit;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Assumptions;

/** The window tests' keyboard and mouse: a {@link Robot}, and how to wait until the window has handled it. */
final class WindowRobot {
  private WindowRobot() {}

  /**
   * A robot for a real window; the test is skipped without a display unless {@code QANTARA_REQUIRE_DISPLAY=1}
   * (CI), where a missing display fails it. Makes the screenshots' folder.
   */
  static Robot start() throws Exception {
    Workbench.chooseRenderingPipeline(); // as the window's launcher does
    if (!"1".equals(System.getenv("QANTARA_REQUIRE_DISPLAY"))) {
      Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "no display (run under xvfb-run, as bin/test does)");
    }
    Robot robot = new Robot();
    robot.setAutoDelay(20);
    Files.createDirectories(WorkbenchWindowTest.PICTURES);
    return robot;
  }

  /**
   * Waits until the window has handled what the robot sent: the robot's own pause lets the X server's events reach
   * the toolkit, and two empty tasks through the event queue then run after them. Not {@code Robot.waitForIdle}:
   * its native sync can wait for ever while a modal dialog runs its own event loop under Xvfb (seen in CI).
   */
  static void settle(Robot robot) {
    Toolkit.getDefaultToolkit().sync();
    robot.delay(40);
    try {
      for (int i = 0; i < 2; i++) {
        SwingUtilities.invokeAndWait(() -> { });
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the window", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Presses the keys together (a chord such as Ctrl+J) and releases them in reverse order. */
  static void press(Robot robot, int... keys) {
    for (int key : keys) {
      robot.keyPress(key);
    }
    for (int i = keys.length - 1; i >= 0; i--) {
      robot.keyRelease(keys[i]);
    }
    settle(robot);
  }
}
