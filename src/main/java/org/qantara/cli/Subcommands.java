package org.qantara.cli;

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

  static void addTo(CommandLine cli) {
    cli.addSubcommand(new AlignCommand());
    cli.addSubcommand(new BatchCommand());
    cli.addSubcommand(new ExportCommand());
    cli.addSubcommand(new CorpusCommand());
    cli.addSubcommand(new SearchCommand());
    cli.addSubcommand(new ReviewCommand());
    cli.addSubcommand(new EvalCommand());
    cli.addSubcommand(new EvalReviewCommand());
    cli.addSubcommand(new EvalEmbeddingsCommand());
    cli.addSubcommand(new ModelsCommand());
    cli.addSubcommand(new GuiCommand());
  }
}
