package org.qantara.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/** The list of commands, in the order {@code qantara --help} shows them. */
final class Subcommands {
  private Subcommands() {}

  /**
   * What a command made of subcommands does when none is named: it is misuse, so the usage goes to standard
   * error with exit 2, as for any other (a script that forgot the command must not see success).
   */
  static CommandLine.ParameterException missing(CommandLine.Model.CommandSpec spec) {
    return new CommandLine.ParameterException(spec.commandLine(), "Missing command: name one of "
        + String.join(", ", spec.subcommands().keySet()));
  }

  /** The commands in order, each with how to make one. */
  private static final List<Map.Entry<Class<?>, Supplier<Object>>> COMMANDS = List.of(
      Map.entry(AlignCommand.class, AlignCommand::new),
      Map.entry(BatchCommand.class, BatchCommand::new),
      Map.entry(ExportCommand.class, ExportCommand::new),
      Map.entry(CorpusCommand.class, CorpusCommand::new),
      Map.entry(SearchCommand.class, SearchCommand::new),
      Map.entry(ReviewCommand.class, ReviewCommand::new),
      Map.entry(EvalCommand.class, EvalCommand::new),
      Map.entry(EvalReviewCommand.class, EvalReviewCommand::new),
      Map.entry(EvalEmbeddingsCommand.class, EvalEmbeddingsCommand::new),
      Map.entry(ModelsCommand.class, ModelsCommand::new),
      Map.entry(GuiCommand.class, GuiCommand::new));

  /**
   * Adds the command that {@code args} name, or every command when they name none (help, usage, a typo).
   * Picocli reads each command's options by reflection when it is added, and its classes cannot be kept in the
   * start-up cache: building all eleven took a quarter of a second of a short command's start.
   */
  static void addTo(CommandLine cli, String[] args) {
    String named = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
    List<Map.Entry<Class<?>, Supplier<Object>>> chosen = COMMANDS.stream()
        .filter(c -> names(c.getKey()).contains(named))
        .toList();
    for (Map.Entry<Class<?>, Supplier<Object>> command : chosen.isEmpty() ? COMMANDS : chosen) {
      cli.addSubcommand(command.getValue().get());
    }
  }

  private static List<String> names(Class<?> command) {
    CommandLine.Command annotation = command.getAnnotation(CommandLine.Command.class);
    List<String> names = new ArrayList<>(List.of(annotation.aliases()));
    names.add(annotation.name());
    return names;
  }
}
