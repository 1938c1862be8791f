# Sourced by bin/qantara and bin/bench-workbench: the collector of the window (`qantara gui`), so that the benchmark
# measures the window as the launcher starts it (src/dist/bin/qantara, the installed launcher, does the same).
#
# ZGC: its pauses stay under a millisecond whatever the heap holds. A collector pause stops the event thread with
# every other thread, adding to whatever it is painting then: under G1 the longest pause of each run while 8,000 +
# 8,000 sentences aligned in the window took 18-79 ms on a 2-core machine with the benchmark's session given
# priority, up to 630 ms under a load of 25 (docs/BENCHMARKS.md, workbench, fifth round). ZGC marks and moves beside
# the program instead; the price is a larger heap (it collects later: ~0.8 GB at the end of that alignment against
# G1's ~0.5 GB) and no start-up cache (recorded with compressed pointers, which ZGC has not).
# JDK 21 and 22 need ZGenerational for the generational mode, the default from JDK 23 on.
qantara_gui_collector() { # $1: the JDK's major version; prints the flags, space-separated
  if [ "$1" -lt 23 ]; then
    echo "-XX:+UseZGC -XX:+ZGenerational"
  else
    echo "-XX:+UseZGC"
  fi
}
