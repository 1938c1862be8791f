package org.qantara.cli;

import picocli.CommandLine;

/** The list of commands, in the order {@code qantara --help} shows them. */
final class Subcommands {
  private Subcommands() {}

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
