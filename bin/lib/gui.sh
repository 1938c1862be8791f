# Sourced by bin/qantara and bin/bench-workbench: the collector of the window (`qantara gui`), so that the benchmark
# measures the window as the launcher starts it (src/dist/bin/qantara, the installed launcher, does the same).
#
# ZGC: its pauses stay under a millisecond whatever the heap holds. A collector pause stops the event thread with
# every other thread: under G1 the young and remark pauses while 8,000 + 8,000 sentences align in the window took
# 8-65 ms on a 2-core machine with the benchmark's session given priority, up to 630 ms under a load of 25, and
# landed on the event thread's longest waits (docs/BENCHMARKS.md, workbench, fifth round). ZGC's marking and moving
# run beside the program instead; the price is a larger heap (it collects later: ~0.8 GB at the end of that
# alignment against G1's ~0.5 GB) and no start-up cache (recorded with compressed pointers, which ZGC has not).
# JDK 21 and 22 need ZGenerational for the generational mode, the default from JDK 23 on.
qantara_gui_collector() { # $1: the JDK's major version; prints the flags, space-separated
  if [ "$1" -lt 23 ]; then
    echo "-XX:+UseZGC -XX:+ZGenerational"
  else
    echo "-XX:+UseZGC"
  fi
}
