#!/usr/bin/python3
"""How many cores a running process kept busy, and how many it asked for, whatever else shares the machine.

    core-demand.py PID [PREFIX [PREFIX...]]

Samples /proc/PID/task/*/schedstat (nanoseconds on a CPU, nanoseconds runnable but waiting for one) until the
process ends. CPU time / wall time is what the process got; (CPU + run-queue wait) / wall time is the mean number
of its threads that were runnable, i.e. the cores it would have kept busy on an idle machine (up to their number).
On a machine crowded by other work the first figure shrinks, the second does not. Threads are grouped by name
(digits dropped). The first PREFIX (e.g. qantara-batch) also gives the whole process's figures over the span in which
such threads lived (the batch itself, without JVM start, model open and the closing steps), and the figures of the
threads named by any PREFIX (the application's own work, without the JIT compilers, GC and JFR) over that span.
"""
import os
import re
import sys
import time

pid = sys.argv[1]
prefixes = tuple(sys.argv[2:])
prefix = prefixes[0] if prefixes else None
threads = {}  # tid -> [group, run_ns, wait_ns, first_seen, last_seen]
states = {}  # state letter (R running or runnable, S sleeping, D waiting for the disk) -> samples of PREFIX threads
samples = []  # (time, CPU ns, wait ns) of all threads seen so far
started = time.monotonic()
while os.path.isdir(f"/proc/{pid}"):
    now = time.monotonic()
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        break
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/comm") as f:
                name = f.read().strip()
            with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                run, wait, _ = (int(x) for x in f.read().split())
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                state = f.read().rsplit(")", 1)[1].split()[0]
        except (OSError, ValueError):
            continue
        group = re.sub(r"[-#]?\d+$", "", name) or name
        seen = threads.setdefault(tid, [group, 0, 0, now, now])
        # A new thread bears its creator's name until the JVM names it: the latest name counts.
        seen[0], seen[1], seen[2], seen[4] = group, run, wait, now
        if prefixes and seen[0].startswith(prefixes[0]):
            states[state] = states.get(state, 0) + 1
    samples.append((now, sum(r[1] for r in threads.values()), sum(r[2] for r in threads.values())))
    time.sleep(0.2)
wall = time.monotonic() - started
if not samples:
    sys.exit(f"core-demand: process {pid} ended before it could be watched")


def line(label, span, run, wait):
    return (f"{label}: {span:.1f} s, CPU {run:.1f} s ({run / span:.2f} cores got), "
            f"runnable {run + wait:.1f} s ({(run + wait) / span:.2f} cores asked for)")


print(line("whole process", wall, samples[-1][1] / 1e9, samples[-1][2] / 1e9))
if prefix:
    workers = [r for r in threads.values() if r[0].startswith(prefix)]
    if workers:
        first, last = min(r[3] for r in workers), max(r[4] for r in workers)
        before = max((s for s in samples if s[0] <= first), key=lambda s: s[0])
        after = min((s for s in samples if s[0] >= last), key=lambda s: s[0])
        print(line(f"all threads while the {len(workers)} {prefix} threads lived", after[0] - before[0],
                   (after[1] - before[1]) / 1e9, (after[2] - before[2]) / 1e9))
        own = [r for r in threads.values() if r[0].startswith(prefixes)]
        print(line(f"  of which threads named {', '.join(prefixes)}", after[0] - before[0],
                   sum(r[1] for r in own) / 1e9, sum(r[2] for r in own) / 1e9))
        total = sum(states.values())
        print(f"  {prefix} threads' states in {total} samples: "
              + ", ".join(f"{k} {100 * v / total:.0f}%" for k, v in sorted(states.items(), key=lambda kv: -kv[1]))
              + " (R on a CPU or waiting for one, S sleeping: waiting on other threads, D waiting for the disk)")
groups = {}
for r in threads.values():
    g = groups.setdefault(r[0], [0, 0, 0])
    g[0] += r[1]
    g[1] += r[2]
    g[2] += 1
for name, (run, wait, count) in sorted(groups.items(), key=lambda kv: -kv[1][0])[:8]:
    print(f"  {name} x{count}: CPU {run / 1e9:.1f} s, run-queue wait {wait / 1e9:.1f} s")
