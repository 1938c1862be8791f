package org.qantara.cli;

import java.util.EnumSet;
import java.util.Set;
import org.qantara.core.formats.ExportOptions;
import org.qantara.core.review.Flag;
import picocli.CommandLine.Option;

/** Which links the exchange formats (TMX, XLIFF, Moses, JSONL, TSV export) write: shared by every command that exports. */
final class ExportOptionsMixin {
  @Option(names = "--min-score", paramLabel = "SCORE", description = "Leave out links scoring below SCORE.")
  Double minScore;

  @Option(names = "--exclude-flag", split = ",", paramLabel = "TYPE",
      description = "Leave out links carrying a flag of these types (${COMPLETION-CANDIDATES}).")
  Set<Flag.Type> excludedTypes = EnumSet.noneOf(Flag.Type.class);

  @Option(names = "--exclude-severity", paramLabel = "SEVERITY",
      description = "Leave out links carrying a flag of this severity or worse (${COMPLETION-CANDIDATES}).")
  Flag.Severity excludedSeverity;

  @Option(names = "--only-accepted", description = "Only links a person accepted.")
  boolean onlyAccepted;

  @Option(names = "--many", defaultValue = "join", paramLabel = "join|skip",
      converter = ManyConverter.class,
      description = "Links of several sentences on a side (1-2, 2-1 …): join the sentences, or skip the link (default: ${DEFAULT-VALUE}).")
  ExportOptions.ManyToMany manyToMany;

  @Option(names = "--drop-one-sided", description = "Leave out 1-0 and 0-1 links (a side without text).")
  boolean dropOneSided;

  @Option(names = "--dedup", description = "Write identical Arabic–English pairs once.")
  boolean deduplicate;

  ExportOptions toOptions() {
    return new ExportOptions(minScore == null ? Double.NEGATIVE_INFINITY : minScore, excludedTypes, excludedSeverity,
        onlyAccepted, manyToMany, !dropOneSided, deduplicate);
  }

  static final class ManyConverter implements picocli.CommandLine.ITypeConverter<ExportOptions.ManyToMany> {
    @Override
    public ExportOptions.ManyToMany convert(String value) {
      return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "join" -> ExportOptions.ManyToMany.JOIN;
        case "skip" -> ExportOptions.ManyToMany.SKIP;
        default -> throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not join or skip");
      };
    }
  }
}
