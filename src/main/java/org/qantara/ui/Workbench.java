package org.qantara.ui;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.qantara.core.QantaraException;
import org.qantara.core.embed.ModelRegistry;

/** Starts the window for a shell (the {@code gui} command): shows it and waits until it is closed. */
public final class Workbench {
  private Workbench() {}

  /** What the command line asks of the window. */
  public record Launch(List<Path> files, String modelOrNull, Path screenshotOrNull, int selectLink, Dimension size,
      Path concordanceOrNull, String queryOrNull) {
    /** No concordance in the picture. */
    public Launch(List<Path> files, String modelOrNull, Path screenshotOrNull, int selectLink, Dimension size) {
      this(files, modelOrNull, screenshotOrNull, selectLink, size, null, null);
    }
  }

  /** Opens the window and blocks until the person closes it (or, with a screenshot asked for, until it is written). */
  public static void run(Launch launch) throws InterruptedException {
    chooseRenderingPipeline();
    if (GraphicsEnvironment.isHeadless()) {
      throw new QantaraException(
          "there is no display to open the window on",
          "run 'qantara gui' on a desktop session; for a screenshot on a server, run it under xvfb-run");
    }
    ModelRegistry registry = ModelRegistry.fromEnvironment();
    CountDownLatch closed = new CountDownLatch(1);
    WorkbenchFrame frame = onEdt(() -> {
      WorkbenchFrame f = WorkbenchFrame.create(registry);
      if (launch.modelOrNull() != null) {
        f.useModel(launch.modelOrNull());
      }
      if (launch.size() != null) {
        f.setSize(launch.size());
      }
      f.addWindowListener(new java.awt.event.WindowAdapter() {
        @Override
        public void windowClosed(java.awt.event.WindowEvent e) {
          closed.countDown();
        }
      });
      f.setVisible(true);
      if (!launch.files().isEmpty()) {
        f.open(launch.files());
      } else if (launch.screenshotOrNull() == null) {
        javax.swing.SwingUtilities.invokeLater(f::offerUntitledRecovery);
      }
      return f;
    });
    if (launch.screenshotOrNull() != null) {
      screenshot(frame, launch);
      return;
    }
    closed.await();
  }

  private static void screenshot(WorkbenchFrame frame, Launch launch) throws InterruptedException {
    while (onEdt(frame::isBusy)) {
      Thread.sleep(100);
    }
    AtomicReference<Throwable> failure = new AtomicReference<>();
    onEdt(() -> {
      if (frame.viewModel().allRows().isEmpty()) {
        failure.set(new QantaraException("nothing was aligned, so there is nothing to take a picture of", "check the input files"));
        return null;
      }
      OptionalInt row = launch.selectLink() > 0
          ? frame.viewModel().rowOfLinkNumber(launch.selectLink())
          : frame.viewModel().nextFlagged(true);
      frame.selectRow(row.orElse(0));
      return null;
    });
    // Two round trips through the event queue: the selection repaints, then the details panel lays out.
    onEdt(() -> null);
    Thread.sleep(300);
    javax.swing.RootPaneContainer pictured = failure.get() == null && launch.concordanceOrNull() != null
        ? concordance(frame, launch.concordanceOrNull(), launch.queryOrNull())
        : frame;
    onEdt(() -> {
      if (failure.get() == null) {
        Screenshots.write(Screenshots.capture(pictured), launch.screenshotOrNull());
      }
      frame.dispatchEvent(new java.awt.event.WindowEvent(frame, java.awt.event.WindowEvent.WINDOW_CLOSING));
      return null;
    });
    if (failure.get() instanceof RuntimeException e) {
      throw e;
    }
  }

  /**
   * The concordance window on {@code corpus} with the hits of {@code queryOrNull} (words), or without a query the
   * pairs nearest in meaning to the selected link, once they are shown.
   */
  private static ConcordanceWindow concordance(WorkbenchFrame frame, Path corpus, String queryOrNull) throws InterruptedException {
    ConcordanceWindow window = onEdt(() -> frame.openConcordance(corpus));
    long deadline = System.currentTimeMillis() + 120_000;
    while (onEdt(() -> window.viewModel().stats() == null || window.viewModel().isBusy())) {
      if (System.currentTimeMillis() > deadline) {
        throw new QantaraException("the corpus " + corpus + " did not open within two minutes", "check that 'qantara corpus stats --corpus " + corpus + "' works");
      }
      Thread.sleep(100);
    }
    onEdt(() -> {
      if (queryOrNull == null) {
        window.lookUpSelectedLink();
      } else {
        window.queryField().setText(queryOrNull);
        window.search(0);
      }
      return null;
    });
    while (onEdt(() -> window.viewModel().isBusy())) {
      Thread.sleep(100);
    }
    if (onEdt(() -> window.viewModel().rows().isEmpty())) {
      throw new QantaraException("the concordance found nothing for " + (queryOrNull == null ? "the selected link" : "'" + queryOrNull + "'"),
          "search for words the corpus holds");
    }
    onEdt(() -> null);
    Thread.sleep(300);
    return window;
  }

  interface EdtCall<T> {
    T call();
  }

  /**
   * On a local X display, Java2D's plain X11 pipeline rather than its XRender one, unless the person chose with
   * {@code -Dsun.java2d.xrender} (QANTARA_JAVA_OPTS). XRender hands every antialiased shape and every new glyph to
   * the X server and waits for it; where the server renders in software (Xvfb, VNC, virtual machines, and
   * glamor-backed XRender on some GPUs) a paint of the grid's screen took 20–194 ms against 4–30 ms with the X11
   * pipeline, which draws in the JVM and hands the server finished pixels through shared memory. Over a remote
   * display (ssh -X, DISPLAY=host:N) XRender sends far fewer bytes, so it stays. Must run before the toolkit starts.
   */
  public static void chooseRenderingPipeline() {
    String display = System.getenv("DISPLAY");
    if (System.getProperty("sun.java2d.xrender") == null && display != null
        && (display.startsWith(":") || display.startsWith("unix:"))
        && System.getProperty("os.name", "").startsWith("Linux")) {
      System.setProperty("sun.java2d.xrender", "false");
    }
  }

  static <T> T onEdt(EdtCall<T> call) throws InterruptedException {
    AtomicReference<T> result = new AtomicReference<>();
    try {
      SwingUtilities.invokeAndWait(() -> result.set(call.call()));
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
    return result.get();
  }
}
