package org.qantara.ui;

import java.nio.file.Path;
import javax.swing.SwingUtilities;
import org.qantara.core.embed.ModelRegistry;

/**
 * The window in a process of its own, for the crash test: opens a project, accepts its first link through
 * the menu action (as Ctrl+1 does), says so on standard output and waits to be killed. It never saves.
 */
public final class RecoveryChild {
  private RecoveryChild() {}

  public static void main(String[] args) throws Exception {
    Path project = Path.of(args[0]);
    WorkbenchFrame[] frame = new WorkbenchFrame[1];
    SwingUtilities.invokeAndWait(() -> {
      frame[0] = WorkbenchFrame.create(ModelRegistry.fromEnvironment());
      frame[0].setBounds(0, 0, 1200, 800);
      frame[0].setVisible(true);
      frame[0].openProject(project);
    });
    boolean[] busy = {true};
    while (busy[0]) {
      Thread.sleep(50);
      SwingUtilities.invokeAndWait(() -> busy[0] = frame[0].isBusy());
    }
    SwingUtilities.invokeAndWait(() -> {
      frame[0].selectRow(0);
      frame[0].action("accept").actionPerformed(null);
    });
    System.out.println("EDITED " + frame[0].isDirty());
    System.out.flush();
    Thread.sleep(600_000);
  }
}
