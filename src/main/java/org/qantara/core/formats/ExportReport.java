package org.qantara.core.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * What an export did: how many links it wrote and what it had to change on the way (characters XML
 * cannot hold, line breaks a line-per-segment file cannot hold). Shells show the warnings; the core only
 * collects them.
 */
public final class ExportReport {
  private int written;
  private int dropped;
  private final List<String> warnings = new ArrayList<>();

  void wrote() {
    written++;
  }

  void drop() {
    dropped++;
  }

  void warn(String warning) {
    warnings.add(warning);
  }

  /** Links written. */
  public int written() {
    return written;
  }

  /** Links the export options left out. */
  public int dropped() {
    return dropped;
  }

  public List<String> warnings() {
    return List.copyOf(warnings);
  }
}
