package org.qantara.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.qantara.core.formats.AlignmentFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --format} of an alignment, as users type it (text, tsv, json, vecalign). */
final class FormatOption {
  @Option(
      names = {"-f", "--format"},
      defaultValue = "text",
      paramLabel = "FORMAT",
      completionCandidates = Labels.class,
      converter = Converter.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  AlignmentFormat format;

  static final class Labels implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(AlignmentFormat.values()).map(AlignmentFormat::label).iterator();
    }
  }

  static final class Converter implements ITypeConverter<AlignmentFormat> {
    @Override
    public AlignmentFormat convert(String value) {
      try {
        return AlignmentFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not a format; use one of "
            + Arrays.stream(AlignmentFormat.values()).map(AlignmentFormat::label).collect(Collectors.joining(", ")));
      }
    }
  }
}
