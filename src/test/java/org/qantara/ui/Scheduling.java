package org.qantara.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a long event's wall time went, from Linux's scheduler statistics ({@code /proc/.../schedstat}: time on a
 * core, time waiting for one): the event thread's own share on a core, its wait for a core, and the rest (waiting on
 * the X server, a lock, a page); and which threads of this JVM, the X server and the rest of the machine had the
 * cores meanwhile. A diagnostic of {@link EdtWatchdog} (qantara.watchdog.sched), Linux only.
 */
final class Scheduling implements AutoCloseable {
  /** The calling thread's time on a core and waiting for one, in nanoseconds. */
  static long[] own() {
    return read(Path.of("/proc/thread-self/schedstat"));
  }

  private static long[] read(Path schedstat) {
    try {
      String[] f = Files.readString(schedstat).trim().split(" ");
      return new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])};
    } catch (IOException | RuntimeException e) {
      return new long[] {0, 0};
    }
  }

  private record Snapshot(long at, Map<String, long[]> threads, long machineBusyTicks) {}

  private final Deque<Snapshot> snapshots = new ArrayDeque<>();
  private final Map<String, String> names = new HashMap<>();
  private final List<Path> xServer = ProcessHandle.allProcesses()
      .filter(p -> p.info().command().orElse("").endsWith("Xvfb"))
      .map(p -> Path.of("/proc/" + p.pid() + "/schedstat")).toList();
  private volatile boolean running = true;
  private final Thread sampler = new Thread(this::sample, "edt-sched-sampler");

  Scheduling() {
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    while (running) {
      Snapshot s = snapshot();
      synchronized (snapshots) {
        snapshots.addLast(s);
        while (snapshots.size() > 400) {
          snapshots.removeFirst();
        }
        snapshots.notifyAll();
      }
      try {
        Thread.sleep(20); // a snapshot reads every thread's file: more often, and the sampler itself takes a share of the cores
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private Snapshot snapshot() {
    long at = System.nanoTime();
    Map<String, long[]> threads = new HashMap<>();
    try (var tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : tasks.toList()) {
        String tid = task.getFileName().toString();
        String name = names.computeIfAbsent(tid, t -> {
          try {
            return Files.readString(task.resolve("comm")).trim() + "#" + t;
          } catch (IOException e) {
            return "?" + t;
          }
        });
        threads.put(name, read(task.resolve("schedstat")));
      }
    } catch (IOException e) {
      // the snapshot stays partial
    }
    for (Path x : xServer) {
      threads.put("Xvfb", read(x));
    }
    long busy = 0;
    try {
      String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
      for (int i = 1; i < cpu.length; i++) {
        if (i != 4 && i != 5) { // idle, iowait
          busy += Long.parseLong(cpu[i]);
        }
      }
    } catch (IOException | RuntimeException e) {
      busy = -1;
    }
    return new Snapshot(at, threads, busy);
  }

  private final java.util.concurrent.ExecutorService reporter = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "edt-sched-reporter");
    t.setDaemon(true);
    return t;
  });

  /** Prints the breakdown of one event, once the sampler has passed its end (off the event thread). */
  void explain(java.awt.AWTEvent event, long start, long end, long[] before, long[] after) {
    String what = event.getClass().getSimpleName() + " " + event.paramString().replaceAll(",when=.*", "");
    reporter.execute(() -> report(what, start, end, before, after));
  }

  private void report(String what, long start, long end, long[] before, long[] after) {
    long wall = end - start;
    long onCore = after[0] - before[0];
    long waitCore = after[1] - before[1];
    Snapshot first = null;
    Snapshot last = null;
    synchronized (snapshots) {
      long deadline = System.nanoTime() + 100_000_000L;
      while ((snapshots.isEmpty() || snapshots.peekLast().at() < end) && System.nanoTime() < deadline) {
        try {
          snapshots.wait(20);
        } catch (InterruptedException e) {
          return;
        }
      }
      for (Snapshot s : snapshots) {
        if (s.at() <= start) {
          first = s;
        }
        if (s.at() >= end && last == null) {
          last = s;
        }
      }
    }
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
        "at %d ms: event %.1f ms wall: event thread on a core %.1f ms, waiting for a core %.1f ms, else (X server, locks) %.1f ms; %s",
        java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() - (System.nanoTime() - start) / 1_000_000,
        wall / 1e6, onCore / 1e6, waitCore / 1e6, (wall - onCore - waitCore) / 1e6,
        what));
    if (first != null && last != null) {
      Snapshot a = first;
      Snapshot b = last;
      line.append(String.format(Locale.ROOT, "%n    window %.1f ms; machine busy %d ticks of %d possible; on a core then:",
          (b.at() - a.at()) / 1e6, b.machineBusyTicks() - a.machineBusyTicks(), Math.round((b.at() - a.at()) / 1e7 * 2)));
      b.threads().entrySet().stream()
          .map(e -> Map.entry(e.getKey(), e.getValue()[0] - a.threads().getOrDefault(e.getKey(), new long[2])[0]))
          .filter(e -> e.getValue() > 2_000_000L)
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(e -> line.append(String.format(Locale.ROOT, " %s %.1f", e.getKey(), e.getValue() / 1e6)));
    }
    System.out.println(line);
  }

  @Override
  public void close() {
    running = false;
  }
}
