package org.qantara.core.io;

import java.util.Locale;

/** File sizes as people read them (decimal units, as download pages state them): 940 kB, 471 MB, 1.9 GB. */
public final class ByteSizes {
  private ByteSizes() {}

  public static String human(long bytes) {
    if (bytes < 1_000_000) {
      return String.format(Locale.ROOT, "%.0f kB", bytes / 1e3);
    }
    if (bytes < 1_000_000_000) {
      return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }
    return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
  }
}
