package org.qantara.core.formats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.qantara.core.edit.ReviewStatus;
import org.qantara.core.review.Flag;

/**
 * Which links an export keeps, the same for every format.
 *
 * @param minScore links scoring below are dropped
 * @param excludedFlagTypes links carrying a flag of one of these types are dropped
 * @param excludedSeverity links carrying a flag of this severity or worse are dropped (null: none)
 * @param onlyAccepted keep only links a person accepted
 * @param manyToMany what to do with links of more than one sentence on a side (2-1, 1-2 …)
 * @param keepOneSided keep 1-0 and 0-1 links (one side empty)
 * @param deduplicate keep only the first of identical Arabic–English pairs
 */
public record ExportOptions(
    double minScore,
    Set<Flag.Type> excludedFlagTypes,
    Flag.Severity excludedSeverity,
    boolean onlyAccepted,
    ManyToMany manyToMany,
    boolean keepOneSided,
    boolean deduplicate) {

  /** Links with several sentences on a side. */
  public enum ManyToMany {
    /** Written as one unit, the sentences of a side joined with a space. */
    JOIN,
    /** Left out. */
    SKIP
  }

  /** Everything, as aligned. */
  public static final ExportOptions ALL =
      new ExportOptions(Double.NEGATIVE_INFINITY, Set.of(), null, false, ManyToMany.JOIN, true, false);

  public ExportOptions {
    // In type order, so that toString (part of a batch's fingerprint) is the same in every run.
    excludedFlagTypes = excludedFlagTypes.isEmpty()
        ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(excludedFlagTypes));
  }

  /**
   * The units that pass, in order. Keeps a set of the pairs seen when de-duplicating, so one filter
   * instance spans every document of an export.
   */
  public Predicate<BitextUnit> filter() {
    Set<List<String>> seen = deduplicate ? new HashSet<>() : null;
    return unit -> keeps(unit) && (seen == null || seen.add(List.of(unit.arabic(), unit.english())));
  }

  public List<BitextUnit> apply(List<BitextUnit> units) {
    Predicate<BitextUnit> filter = filter();
    List<BitextUnit> kept = new ArrayList<>();
    for (BitextUnit unit : units) {
      if (filter.test(unit)) {
        kept.add(unit);
      }
    }
    return kept;
  }

  private boolean keeps(BitextUnit unit) {
    if (unit.score() < minScore) {
      return false;
    }
    if (onlyAccepted && unit.state() != ReviewStatus.ACCEPTED) {
      return false;
    }
    if (unit.isOneSided()) {
      if (!keepOneSided) {
        return false;
      }
    } else if (!unit.isOneToOne() && manyToMany == ManyToMany.SKIP) {
      return false;
    }
    for (Flag flag : unit.flags()) {
      if (excludedFlagTypes.contains(flag.type())) {
        return false;
      }
      // Severities are declared worst first: CRITICAL < MAJOR < MINOR.
      if (excludedSeverity != null && flag.severity().compareTo(excludedSeverity) <= 0) {
        return false;
      }
    }
    return true;
  }
}
