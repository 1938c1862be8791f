package org.qantara.eval.review;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qantara.core.review.Flag;

/**
 * Flags per 100 links, by type and severity, over a set of reviewed translations taken to be correct, so
 * that every flag counts as a false alarm (the clean real-text set, the clean pairs of the benchmark).
 *
 * @param links the links of all reviewed documents, one-sided ones included
 * @param counts flags by type, then severity
 */
public record FlagRates(int links, Map<Flag.Type, Map<Flag.Severity, Integer>> counts) {

  public FlagRates {
    // Enum maps, not Map.copyOf: its order changes from run to run, and so would eval-review's JSON.
    Map<Flag.Type, Map<Flag.Severity, Integer>> copy = new EnumMap<>(Flag.Type.class);
    counts.forEach((type, bySeverity) -> {
      Map<Flag.Severity, Integer> severities = new EnumMap<>(Flag.Severity.class);
      severities.putAll(bySeverity);
      copy.put(type, Collections.unmodifiableMap(severities));
    });
    counts = Collections.unmodifiableMap(copy);
  }

  public static FlagRates of(int links, List<Flag> flags) {
    Map<Flag.Type, Map<Flag.Severity, Integer>> counts = new EnumMap<>(Flag.Type.class);
    for (Flag f : flags) {
      counts.computeIfAbsent(f.type(), t -> new EnumMap<>(Flag.Severity.class)).merge(f.severity(), 1, Integer::sum);
    }
    return new FlagRates(links, counts);
  }

  /** Flags of at least this severity per 100 links. */
  public double perHundredLinks(Flag.Severity atLeast) {
    long n = counts.values().stream().flatMap(bySeverity -> bySeverity.entrySet().stream())
        .filter(e -> e.getKey().compareTo(atLeast) <= 0).mapToLong(Map.Entry::getValue).sum();
    return 100.0 * n / links;
  }

  /** The table of flags per 100 links, by type and severity, with a total row, in Markdown. */
  public String table() {
    StringBuilder out = new StringBuilder("| type |");
    for (Flag.Severity s : Flag.Severity.values()) {
      out.append(' ').append(s).append(" |");
    }
    out.append(" all |\n| --- |").append(" --- |".repeat(Flag.Severity.values().length + 1)).append('\n');
    int[] total = new int[Flag.Severity.values().length];
    counts.forEach((type, bySeverity) -> {
      out.append("| ").append(type).append(" |");
      int all = 0;
      for (Flag.Severity s : Flag.Severity.values()) {
        int n = bySeverity.getOrDefault(s, 0);
        total[s.ordinal()] += n;
        all += n;
        out.append(String.format(Locale.ROOT, " %.1f |", 100.0 * n / links));
      }
      out.append(String.format(Locale.ROOT, " %.1f |%n", 100.0 * all / links));
    });
    out.append("| **all** |");
    for (int n : total) {
      out.append(String.format(Locale.ROOT, " **%.1f** |", 100.0 * n / links));
    }
    out.append(String.format(Locale.ROOT, " **%.1f** |%n", 100.0 * Arrays.stream(total).sum() / links));
    return out.toString();
  }
}
