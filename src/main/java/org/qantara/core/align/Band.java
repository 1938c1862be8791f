package org.qantara.core.align;

import java.util.Arrays;
import java.util.List;

/**
 * The cells of the dynamic-programming table that are searched: for every row x (source sentences
 * consumed, 0..n) a contiguous range of columns y (target sentences consumed). Cells are stored row after
 * row in one flat array, so memory is proportional to the band, not to n·m.
 */
final class Band {
  private final int[] low;
  private final int[] high;
  private final int[] offset;
  private final int cellCount;

  private Band(int[] low, int[] high) {
    this.low = low;
    this.high = high;
    this.offset = new int[low.length];
    long cells = 0;
    for (int x = 0; x < low.length; x++) {
      offset[x] = (int) cells;
      cells += high[x] - low[x] + 1;
    }
    if (cells > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("band of " + cells + " cells is too large");
    }
    this.cellCount = (int) cells;
  }

  /** Every cell of the (n+1)·(m+1) table. */
  static Band full(int n, int m) {
    int[] low = new int[n + 1];
    int[] high = new int[n + 1];
    Arrays.fill(high, m);
    return new Band(low, high);
  }

  /**
   * All cells within {@code halfWidth} rows and columns of a monotone path through the given anchors,
   * which start at (0,0) and end at (n,m). Between anchors the path is the staircase closest to the
   * straight line, so a block of skips at the coarse level becomes a diagonal search corridor (the true
   * path through such a block is rarely the L-shape the coarse traceback happens to draw).
   */
  static Band around(List<int[]> anchors, int n, int m, int halfWidth) {
    int[] pathLow = new int[n + 1];
    int[] pathHigh = new int[n + 1];
    Arrays.fill(pathLow, Integer.MAX_VALUE);
    Arrays.fill(pathHigh, Integer.MIN_VALUE);
    int x = 0;
    int y = 0;
    mark(pathLow, pathHigh, x, y);
    for (int[] anchor : anchors) {
      int x0 = x;
      int y0 = y;
      long dx = anchor[0] - x0;
      long dy = anchor[1] - y0;
      while (x < anchor[0] || y < anchor[1]) {
        // Step along whichever axis keeps the staircase nearer the line from (x0,y0) to the anchor.
        long errorIfX = Math.abs((x + 1 - x0) * dy - (y - y0) * dx);
        long errorIfY = Math.abs((x - x0) * dy - (y + 1 - y0) * dx);
        if (x < anchor[0] && (y == anchor[1] || errorIfX <= errorIfY)) {
          x++;
        } else {
          y++;
        }
        mark(pathLow, pathHigh, x, y);
      }
    }
    if (x != n || y != m) {
      throw new IllegalStateException("path ends at (" + x + "," + y + "), not (" + n + "," + m + ")");
    }
    int[] low = new int[n + 1];
    int[] high = new int[n + 1];
    for (int row = 0; row <= n; row++) {
      // The path is monotone, so the extreme columns within halfWidth rows sit at the window's ends.
      low[row] = Math.max(0, pathLow[Math.max(0, row - halfWidth)] - halfWidth);
      high[row] = Math.min(m, pathHigh[Math.min(n, row + halfWidth)] + halfWidth);
    }
    return new Band(low, high);
  }

  private static void mark(int[] pathLow, int[] pathHigh, int x, int y) {
    pathLow[x] = Math.min(pathLow[x], y);
    pathHigh[x] = Math.max(pathHigh[x], y);
  }

  int rows() {
    return low.length;
  }

  int low(int x) {
    return low[x];
  }

  int high(int x) {
    return high[x];
  }

  int cellCount() {
    return cellCount;
  }

  /** Flat index of cell (x, y), or -1 when it lies outside the band. */
  int index(int x, int y) {
    return y < low[x] || y > high[x] ? -1 : offset[x] + y - low[x];
  }
}
