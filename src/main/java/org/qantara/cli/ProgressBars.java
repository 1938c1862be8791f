package org.qantara.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.qantara.core.Progress;

/**
 * The command line's view of a long task: a progress bar on standard error, one bar per stage and item
 * (embedding a document, aligning, reviewing, downloading a file), drawn only for a person at a terminal.
 */
final class ProgressBars implements Progress, AutoCloseable {
  private final PrintStream err;
  private ProgressBar bar;
  private Stage stage;
  private String item;

  private ProgressBars(PrintStream err) {
    this.err = err;
  }

  /** Bars when standard error is a terminal or {@code always}; else nothing at all. */
  static Progress forTerminal(boolean always) {
    return always || Terminal.isInteractive() ? new ProgressBars(System.err) : Progress.NONE;
  }

  /** Closes the bar a {@link #forTerminal} listener may have open. */
  static void finish(Progress progress) {
    if (progress instanceof ProgressBars bars) {
      bars.close();
    }
  }

  @Override
  public synchronized void update(Stage stage, String item, long done, long total) {
    if (bar == null || stage != this.stage || !item.equals(this.item)) {
      close();
      this.stage = stage;
      this.item = item;
      String name = item.isEmpty() ? label(stage) : label(stage) + " " + item;
      ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(name).setInitialMax(Math.max(total, 0))
          .startsFrom(done, Duration.ZERO).setConsumer(new ConsoleProgressBarConsumer(err));
      if (stage == Stage.DOWNLOADING) {
        builder.setUnit("MiB", 1 << 20);
      }
      bar = builder.build();
    }
    if (total >= 0) {
      bar.maxHint(total);
    }
    bar.stepTo(done);
  }

  private static String label(Stage stage) {
    String name = stage.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
