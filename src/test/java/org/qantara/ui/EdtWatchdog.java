package org.qantara.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.SwingUtilities;

/**
 * Measures how long the event thread keeps the window from responding: every 10 ms it posts an empty
 * task to the event queue and records how long the task waited to run. The longest wait is the longest
 * the window was frozen.
 */
public final class EdtWatchdog implements AutoCloseable {
  private final AtomicLong longestNanos = new AtomicLong();
  /** The most CPU time the event thread spent within one probe's wait: its own work, not time it waited for a core. */
  private final AtomicLong longestCpuNanos = new AtomicLong();
  private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
  private volatile long edtId = -1;
  private final Thread thread;
  private volatile boolean running = true;

  public EdtWatchdog() {
    thread = new Thread(this::watch, "edt-watchdog");
    thread.setDaemon(true);
    thread.start();
  }

  private volatile long pending;
  /** The event thread's CPU time when the pending probe was posted. */
  private volatile long pendingCpu;

  /**
   * With qantara.watchdog.log set: prints where the event thread is while it is stalled (over 80 ms, or over 30 ms
   * of its own CPU time; only the latter with qantara.watchdog.cpuOnly), to find the cause.
   */
  private void sample() {
    while (running) {
      try {
        Thread.sleep(15);
      } catch (InterruptedException e) {
        return;
      }
      long since = pending;
      long cpu = edtId < 0 ? 0 : threads.getThreadCpuTime(edtId) - pendingCpu;
      // On a loaded machine the wall time mostly waits for a core: the event thread's own CPU time names the work.
      if (since != 0 && (System.nanoTime() - since > 80_000_000L && !Boolean.getBoolean("qantara.watchdog.cpuOnly")
          || cpu > 30_000_000L)) {
        for (var entry : Thread.getAllStackTraces().entrySet()) {
          if (entry.getKey().getName().startsWith("AWT-EventQueue")) {
            StringBuilder where = new StringBuilder("EDT stalled " + (System.nanoTime() - since) / 1_000_000 + " ms, "
                + cpu / 1_000_000 + " ms of its CPU:");
            for (StackTraceElement e : java.util.Arrays.copyOf(entry.getValue(), Math.min(Integer.getInteger("qantara.watchdog.depth", 14), entry.getValue().length))) {
              where.append("\n    ").append(e);
            }
            System.out.println(where);
          }
        }
      }
    }
  }

  private void watch() {
    if (Boolean.getBoolean("qantara.watchdog.log")) {
      Thread sampler = new Thread(this::sample, "edt-sampler");
      sampler.setDaemon(true);
      sampler.start();
    }
    try {
      SwingUtilities.invokeAndWait(() -> edtId = Thread.currentThread().threadId());
    } catch (InterruptedException | java.lang.reflect.InvocationTargetException e) {
      return;
    }
    while (running) {
      long posted = System.nanoTime();
      long cpuBefore = threads.getThreadCpuTime(edtId);
      pendingCpu = cpuBefore;
      pending = posted;
      try {
        SwingUtilities.invokeAndWait(() -> {
          long waited = System.nanoTime() - posted;
          longestNanos.accumulateAndGet(waited, Math::max);
          pending = 0;
          if (waited > 50_000_000L && Boolean.getBoolean("qantara.watchdog.log")) {
            System.out.println("stall " + waited / 1_000_000 + " ms at " + java.time.LocalTime.now());
          }
        });
        longestCpuNanos.accumulateAndGet(threads.getThreadCpuTime(edtId) - cpuBefore, Math::max);
        Thread.sleep(10);
      } catch (InterruptedException e) {
        return;
      } catch (java.lang.reflect.InvocationTargetException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  public long longestCpuMillis() {
    return TimeUnit.NANOSECONDS.toMillis(longestCpuNanos.get());
  }

  public long longestMillis() {
    return TimeUnit.NANOSECONDS.toMillis(longestNanos.get());
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join(2000);
  }
}
