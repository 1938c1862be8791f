package org.qantara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The help a translator reads: every paragraph of every command's description is whole sentences (picocli
 * wraps each one, so a sentence cut across two would show a hard break and, in the list of commands, half a
 * sentence), and the words are a translator's, not an evaluation library's.
 */
class HelpTextTest {

  @Test
  void everyDescriptionIsWholeSentencesAndTheCommandListShowsWholeOnes() {
    List<String> cut = new ArrayList<>();
    for (CommandLine command : allCommands(Main.commandLine(new String[0]))) {
      String[] description = command.getCommandSpec().usageMessage().description();
      for (String paragraph : description) {
        String text = paragraph.replace("%n", "").strip();
        if (!text.isEmpty() && !text.matches("(?s).*[.!?)]$")) {
          cut.add(command.getCommandName() + ": \"" + text + "\"");
        }
      }
    }
    assertThat(cut).as("description paragraphs that stop mid-sentence").isEmpty();

    // In the list of commands, each command's summary (wrapped onto indented lines) is one whole sentence.
    String out = CliRunner.run("--help").out();
    String commands = out.substring(out.indexOf("Commands:\n") + "Commands:\n".length(), out.indexOf("Exit codes:"));
    for (String entry : commands.strip().split("\n  (?=\\S)")) {
      assertThat(entry.strip()).as(entry).endsWith(".").doesNotContain(". ");
    }
  }

  @Test
  void theHelpUsesNoEvaluationJargon() {
    StringBuilder all = new StringBuilder();
    for (CommandLine command : allCommands(Main.commandLine(new String[0]))) {
      all.append(command.getUsageMessage());
    }
    assertThat(all.toString()).doesNotContain("micro-averaged").doesNotContain("score.py")
        .doesNotContain("perturbation").doesNotContain("Vecalign notation");
  }

  private static List<CommandLine> allCommands(CommandLine root) {
    List<CommandLine> all = new ArrayList<>(List.of(root));
    for (CommandLine sub : root.getSubcommands().values()) {
      if (!all.contains(sub)) {
        all.addAll(allCommands(sub));
      }
    }
    return all;
  }
}
