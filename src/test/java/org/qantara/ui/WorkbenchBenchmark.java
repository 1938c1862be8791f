package org.qantara.ui;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import javax.swing.SwingUtilities;
import org.qantara.core.edit.EditResult;
import org.qantara.core.edit.EditableAlignment;
import org.qantara.core.edit.Edits;
import org.qantara.core.edit.Side;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.project.ProjectFiles;
import org.qantara.core.text.TextOptions;

/**
 * The workbench's responsiveness, measured in a real window (a benchmark, not a test; run by {@code
 * bin/bench-workbench}, figures in docs/BENCHMARKS.md): how long the event thread is held while an 8,000 +
 * 8,000-sentence document is aligned and reviewed, how long a 5,000-link project takes to open and paint,
 * an edit and its undo with the grid repainted, and a page of scrolling.
 */
public final class WorkbenchBenchmark {
  private WorkbenchBenchmark() {}

  interface EdtCall<T> {
    T call() throws Exception;
  }

  static <T> T edt(EdtCall<T> call) throws Exception {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Exception> failure = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> {
      try {
        result.set(call.call());
      } catch (Exception e) {
        failure.set(e);
      }
    });
    if (failure.get() != null) {
      throw failure.get();
    }
    return result.get();
  }

  static Path repeated(Path dir, String name, Path source, int times) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, Files.readString(source).repeat(times));
    return file;
  }

  static WorkbenchFrame window() throws Exception {
    return edt(() -> {
      WorkbenchFrame f = WorkbenchFrame.create(ModelRegistry.fromEnvironment());
      f.setBounds(0, 0, 1400, 900);
      f.setVisible(true);
      return f;
    });
  }

  static void waitIdle(WorkbenchFrame frame) throws Exception {
    while (edt(frame::isBusy)) {
      Thread.sleep(5);
    }
  }

  static long paintGrid(WorkbenchFrame frame) {
    GridTable grid = frame.grid();
    Rectangle visible = grid.getVisibleRect();
    long t0 = System.nanoTime();
    grid.paintImmediately(visible);
    return System.nanoTime() - t0;
  }

  static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
  /** Event-thread CPU time of the measured calls, beside their wall time: on a loaded machine the wall time mostly waits for a core. */
  private static final List<Long> cpu = new ArrayList<>();

  static long cpuNow() {
    return THREADS.getCurrentThreadCpuTime();
  }

  static String statsWithCpu(List<Long> nanos) {
    String line = stats(nanos) + "; event-thread CPU " + stats(cpu).replace(" over " + cpu.size(), "");
    cpu.clear();
    return line;
  }

  static String stats(List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return String.format(Locale.ROOT, "median %.1f ms, max %.1f ms over %d", ms(sorted.get(sorted.size() / 2)), ms(sorted.getLast()), sorted.size());
  }

  /** Thirty times in the middle of the document: the edit on a link, the grid painted, the undo, painted again. */
  static String editAndUndo(WorkbenchFrame frame, BiFunction<EditableAlignment, Long, EditResult> edit) throws Exception {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      int row = 2000 + i * 10;
      times.add(edt(() -> {
        frame.selectRow(row);
        long id = frame.viewModel().visibleRow(row).id();
        long t0 = System.nanoTime();
        long c0 = cpuNow();
        frame.workspace().apply(a -> edit.apply(a, id));
        paintGrid(frame);
        frame.workspace().undo();
        paintGrid(frame);
        cpu.add(cpuNow() - c0);
        return System.nanoTime() - t0;
      }));
    }
    return statsWithCpu(times);
  }

  /**
   * The same thirty edits made as the window makes them from its menus ({@link WorkbenchFrame#edit}, {@link
   * WorkbenchFrame#undo}): with the re-review of a reshaped link in the background and its result shown, the details
   * panel, the counts, the title and the status line, and whatever each left queued on the event thread. The event
   * thread's CPU time from the edit until its undo has settled, the grid painted after the edit, after the re-review
   * and after the undo.
   */
  static String editAndUndoInWindow(WorkbenchFrame frame, BiFunction<EditableAlignment, Long, EditResult> edit) throws Exception {
    long edtId = edt(() -> Thread.currentThread().threadId());
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      int row = 2005 + i * 10;
      edt(() -> {
        frame.selectRow(row);
        return null;
      });
      edt(() -> null); // what the selection left queued
      long t0 = System.nanoTime();
      long c0 = THREADS.getThreadCpuTime(edtId);
      edt(() -> {
        long id = frame.viewModel().visibleRow(row).id();
        frame.edit(a -> edit.apply(a, id));
        return paintGrid(frame);
      });
      waitIdle(frame);
      edt(() -> paintGrid(frame));
      edt(() -> {
        frame.undo();
        return paintGrid(frame);
      });
      edt(() -> null);
      cpu.add(THREADS.getThreadCpuTime(edtId) - c0);
      times.add(System.nanoTime() - t0);
    }
    return statsWithCpu(times);
  }

  private static final class QuickRun extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  public static void main(String[] args) throws Exception {
    Workbench.chooseRenderingPipeline(); // as the window's launcher does
    System.setProperty(WorkbenchPrefs.NODE_PROPERTY, "qantara-benchmark");
    Path dir = Files.createTempDirectory("qantara-workbench-bench");
    Path dev = Path.of("../shared/dev/tatoeba-ara-eng");
    TextOptions presegmented = new TextOptions(null, true, false);

    // 1. The event thread while 8,000 + 8,000 sentences are aligned and reviewed (skipped with "quick").
    WorkbenchFrame frame = window();
    Thread.sleep(1500); // the window's first paint is not part of the alignment
    boolean quick = args.length > 0 && args[0].equals("quick");
    Path ar8 = repeated(dir, "big8000.ar", dev.resolve("dev.ar"), 16);
    Path en8 = repeated(dir, "big8000.en", dev.resolve("dev.en"), 16);
    long alignStart = System.nanoTime();
    try (EdtWatchdog watchdog = new EdtWatchdog()) {
      if (quick) {
        throw new QuickRun();
      }
      edt(() -> {
        frame.open(List.of(ar8, en8), presegmented);
        return null;
      });
      waitIdle(frame);
      Thread.sleep(1000);
      System.out.printf(Locale.ROOT, "8,000-sentence alignment + review in the window: %.1f s; longest event-thread stall %d ms (wall), "
              + "most event-thread CPU within one stall %d ms; %d links%n",
          (System.nanoTime() - alignStart) / 1e9, watchdog.longestMillis(), watchdog.longestCpuMillis(),
          edt(() -> frame.viewModel().allRows().size()));
      System.out.println("  events meanwhile: " + watchdog.eventStats());
    } catch (QuickRun skipped) {
      System.out.println("(8,000-sentence alignment skipped)");
    }
    if (args.length > 0 && args[0].equals("stall")) {
      System.exit(0); // the alignment alone: one figure a fresh window, as a person meets it
    }

    // 2. A 5,000-link document: save it as a project, then open it and paint the grid.
    edt(() -> {
      frame.open(List.of(repeated(dir, "doc5000.ar", dev.resolve("dev.ar"), 10), repeated(dir, "doc5000.en", dev.resolve("dev.en"), 10)), presegmented);
      return null;
    });
    waitIdle(frame);
    Path project = dir.resolve("doc5000" + ProjectFiles.EXTENSION);
    edt(() -> frame.saveTo(project));
    int links = edt(() -> frame.viewModel().allRows().size());
    // The project is read and its rows built in the background: from the call until the grid is painted, with the
    // event thread's CPU time over all of it and its longest stall meanwhile.
    List<Long> opens = new ArrayList<>();
    long edtId = edt(() -> Thread.currentThread().threadId());
    long openStall;
    try (EdtWatchdog watchdog = new EdtWatchdog()) {
      for (int i = 0; i < 5; i++) {
        long t0 = System.nanoTime();
        long c0 = THREADS.getThreadCpuTime(edtId);
        edt(() -> {
          frame.openProject(project);
          return null;
        });
        waitIdle(frame);
        edt(() -> {
          frame.grid().getParent().validate();
          return paintGrid(frame);
        });
        cpu.add(THREADS.getThreadCpuTime(edtId) - c0);
        opens.add(System.nanoTime() - t0);
      }
      openStall = watchdog.longestMillis();
    }
    System.out.println("open a " + links + "-link project (read and rows in the background, grid painted): " + statsWithCpu(opens)
        + "; longest event-thread stall " + openStall + " ms");

    // 3. Edit + undo in the middle of it, the grid repainted after each: a merge, and a sentence's text rewritten
    // (one sentence a line, so it stays one; the documents, the links and the flags after it move).
    System.out.println("merge + undo on a " + links + "-link document, grid repainted after each: "
        + editAndUndo(frame, Edits::mergeWithNext));
    EditableAlignment middle = edt(() -> frame.workspace().current());
    int rewritten = middle.link(2000).target().start();
    System.out.println("rows one sentence text edit in the middle changes: " + Edits.editText(middle, Side.TARGET, rewritten,
        middle.target().sentenceTexts().get(rewritten) + " (edited)", true).rows() + " of " + links);
    System.out.println("sentence text edit + undo on a " + links + "-link document, grid repainted after each: "
        + editAndUndo(frame, (a, id) -> {
          int sentence = a.link(a.indexOf(id)).target().start();
          return Edits.editText(a, Side.TARGET, sentence, a.target().sentenceTexts().get(sentence) + " (edited)", true);
        }));

    System.out.println("merge + undo through the window's actions (re-review, details, counts, title), grid painted: "
        + editAndUndoInWindow(frame, Edits::mergeWithNext));
    System.out.println("sentence text edit + undo through the window's actions (re-review, details, counts, title), grid painted: "
        + editAndUndoInWindow(frame, (a, id) -> {
          int sentence = a.link(a.indexOf(id)).target().start();
          return Edits.editText(a, Side.TARGET, sentence, a.target().sentenceTexts().get(sentence) + " (edited)", true);
        }));

    // 4. Scrolling: a page down, painted, fifty times from the top.
    List<Long> pages = new ArrayList<>();
    edt(() -> {
      frame.selectRow(0);
      return null;
    });
    for (int i = 0; i < 50; i++) {
      pages.add(edt(() -> {
        GridTable grid = frame.grid();
        Rectangle visible = grid.getVisibleRect();
        long t0 = System.nanoTime();
        long c0 = cpuNow();
        grid.scrollRectToVisible(new Rectangle(0, visible.y + visible.height, 10, visible.height));
        grid.getParent().getParent().validate();
        paintGrid(frame);
        cpu.add(cpuNow() - c0);
        return System.nanoTime() - t0;
      }));
    }
    System.out.println("scroll one page and paint it: " + statsWithCpu(pages));
    edt(() -> {
      frame.dispose();
      return null;
    });
    System.exit(0);
  }
}
