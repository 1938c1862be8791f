package org.qantara.cli;

import java.awt.Dimension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.qantara.core.QantaraException;
import org.qantara.ui.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "gui",
    mixinStandardHelpOptions = true,
    description = {
      "Open the workbench window: the Arabic original and its English rendering side by side, aligned and "
          + "reviewed, every flag visible and every correction one keystroke away.",
      "FILES: one bilingual file, or the Arabic file and the English file; none for the start screen."
    })
final class GuiCommand implements Callable<Integer> {
  @Parameters(arity = "0..2", paramLabel = "FILES", description = "A bilingual file, or the Arabic and the English file.")
  List<Path> files = new ArrayList<>();

  @Option(names = {"-m", "--model"}, paramLabel = "NAME", description = "Embedding model (default: the one chosen last in the window, else builtin-ar-en).")
  String model;

  @Option(names = "--screenshot", paramLabel = "PNG", description = "Align FILES, select the first flagged link, save a picture of the window to PNG and exit.")
  Path screenshot;

  @Option(names = "--select", paramLabel = "LINK", description = "With --screenshot: select this link number instead of the first flagged one.")
  int select;

  @Option(names = "--size", paramLabel = "WxH", description = "Window size, e.g. 1400x860.")
  String size;

  @Option(names = "--concordance", paramLabel = "CORPUS", description = "With --screenshot: the picture is of the concordance window on this corpus folder.")
  Path concordance;

  @Option(names = "--query", paramLabel = "WORDS", description = "With --concordance: search these words (default: the selected link's Arabic, by meaning).")
  String query;

  @Override
  public Integer call() throws InterruptedException {
    if (screenshot != null && files.isEmpty()) {
      throw new QantaraException("--screenshot needs FILES to align", "give a bilingual file, or the Arabic and the English file");
    }
    if (concordance != null && screenshot == null) {
      throw new QantaraException("--concordance is for a picture of the concordance window", "add --screenshot PNG, or open the concordance from the window's Corpus menu");
    }
    Workbench.run(new Workbench.Launch(files, model, screenshot, select, parseSize(), concordance, query));
    return ExitCodes.OK;
  }

  private Dimension parseSize() {
    if (size == null) {
      return null;
    }
    String[] parts = size.toLowerCase().split("x");
    try {
      if (parts.length == 2) {
        return new Dimension(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new QantaraException("--size '" + size + "' is not WIDTHxHEIGHT", "write it like 1400x860");
  }
}
