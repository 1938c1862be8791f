package org.qantara.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.SwingUtilities;

/**
 * Measures how long the event thread keeps the window from responding: every 10 ms it posts an empty
 * task to the event queue and records how long the task waited to run. The longest wait is the longest
 * the window was frozen.
 */
public final class EdtWatchdog implements AutoCloseable {
  /**
   * Times every event the event thread dispatches while a watchdog is open — the event thread's own measure of
   * how long it was held, event by event (a probe's wait may span several events queued before it).
   */
  private static final class TimedQueue extends java.awt.EventQueue {
    private volatile EdtWatchdog recorder;

    @Override
    protected void dispatchEvent(java.awt.AWTEvent event) {
      EdtWatchdog timing = recorder;
      if (timing == null) {
        super.dispatchEvent(event);
        return;
      }
      long[] sched = SCHED ? Scheduling.own() : null;
      long wall = System.nanoTime();
      long cpu = CPU.getCurrentThreadCpuTime();
      try {
        super.dispatchEvent(event);
      } finally {
        long end = System.nanoTime();
        timing.dispatched(event, end - wall, CPU.getCurrentThreadCpuTime() - cpu);
        if (sched != null && end - wall > 40_000_000L) {
          timing.scheduling.explain(event, wall, end, sched, Scheduling.own());
        }
      }
    }
  }

  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
  /** With qantara.watchdog.sched: where the wall time of each event over 40 ms went (Linux's scheduler statistics). */
  private static final boolean SCHED = Boolean.getBoolean("qantara.watchdog.sched");
  private final Scheduling scheduling = SCHED ? new Scheduling() : null;
  private static TimedQueue queue;
  /** Wall and CPU time of each event dispatched while open, in the order dispatched (written on the event thread only). */
  private final List<long[]> events = new ArrayList<>();
  private String longestEvent = "";
  private long longestEventNanos = -1;

  private final AtomicLong longestNanos = new AtomicLong();
  /** The most CPU time the event thread spent within one probe's wait: its own work, not time it waited for a core. */
  private final AtomicLong longestCpuNanos = new AtomicLong();
  private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
  private volatile long edtId = -1;
  private final Thread thread;
  private volatile boolean running = true;

  public EdtWatchdog() {
    synchronized (EdtWatchdog.class) {
      if (queue == null) {
        queue = new TimedQueue();
        java.awt.Toolkit.getDefaultToolkit().getSystemEventQueue().push(queue);
      }
      queue.recorder = this;
    }
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

  private synchronized void dispatched(java.awt.AWTEvent event, long wallNanos, long cpuNanos) {
    if (wallNanos > longestEventNanos) {
      longestEventNanos = wallNanos;
      longestEvent = event.getClass().getSimpleName() + " from " + event.getSource().getClass().getName()
          + (event instanceof java.awt.event.InvocationEvent ? " " + event.paramString() : "");
    }
    events.add(new long[] {wallNanos, cpuNanos});
    if ((wallNanos > 50_000_000L || cpuNanos > 15_000_000L) && Boolean.getBoolean("qantara.watchdog.log")) {
      System.out.printf(java.util.Locale.ROOT, "event %.1f ms wall, %.1f ms CPU: %s%n", wallNanos / 1e6, cpuNanos / 1e6,
          event.getClass().getSimpleName() + " " + event.paramString());
    }
  }

  /**
   * The events dispatched while open: how many, the 99th percentile and the longest of their wall times and of
   * the event thread's CPU time in them, and what the longest was.
   */
  public synchronized String eventStats() {
    long[] wall = events.stream().mapToLong(e -> e[0]).sorted().toArray();
    long[] cpu = events.stream().mapToLong(e -> e[1]).sorted().toArray();
    if (wall.length == 0) {
      return "no events";
    }
    int p99 = (int) Math.ceil(0.99 * wall.length) - 1;
    return String.format(java.util.Locale.ROOT,
        "%d events: wall p99 %.1f ms, max %.1f ms; event-thread CPU p99 %.1f ms, max %.1f ms; longest: %s",
        wall.length, wall[p99] / 1e6, wall[wall.length - 1] / 1e6, cpu[p99] / 1e6, cpu[cpu.length - 1] / 1e6,
        longestEvent);
  }

  public long longestCpuMillis() {
    return TimeUnit.NANOSECONDS.toMillis(longestCpuNanos.get());
  }

  public long longestMillis() {
    return TimeUnit.NANOSECONDS.toMillis(longestNanos.get());
  }

  @Override
  public void close() throws InterruptedException {
    synchronized (EdtWatchdog.class) {
      if (queue.recorder == this) {
        queue.recorder = null;
      }
    }
    running = false;
    if (scheduling != null) {
      scheduling.close();
    }
    thread.join(2000);
  }
}
