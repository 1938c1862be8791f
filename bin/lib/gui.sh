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

# The C1 compiler alone (-XX:TieredStopAtLevel=1), as for align and review: with C2 beside it, the C2 compiler thread
# took the cores just when the window had most to do — its queue still full of the review's methods when the aligned
# document was handed to the grid — and code waiting for C2 ran in C1's slower, profiling form meanwhile. The longest
# event-thread stall while 8,000 + 8,000 sentences aligned in the window, same code, five runs each: 58-153 ms with
# C2, 30-80 ms without; the alignment and review in the window 5.9-7.8 s -> 5.0-6.8 s. The price: an edit and its
# undo take about a quarter more of the event thread's CPU (still under 50 ms), and the corpus browser's Lucene
# scores without its vectorised code, which needs C2 (docs/BENCHMARKS.md, workbench, sixth round).
qantara_gui_compiler() { # prints the flags
  echo "-XX:TieredStopAtLevel=1"
}
