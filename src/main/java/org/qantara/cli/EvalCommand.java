package org.qantara.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.qantara.core.Progress;
import org.qantara.core.QantaraException;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.align.Link;
import org.qantara.core.formats.VecalignFormat;
import org.qantara.core.io.OutputGuard;
import org.qantara.core.pipeline.DocumentPair;
import org.qantara.core.session.Session;
import org.qantara.core.text.TextOptions;
import org.qantara.eval.align.AlignmentEvaluator;
import org.qantara.eval.align.AlignmentScores;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score sentence alignments against correct (gold) ones: precision, recall and F1, strict and lax.",
      "Strict counts a link as right only when it is exactly a gold link; lax also when it shares sentences on "
          + "both sides with one. The figures count the links of all the documents together.",
      "Give the predictions as files (--pred), or sentence files (--src/--tgt, one sentence a line) to align now."
    })
final class EvalCommand implements Callable<Integer> {

  @Option(names = "--gold", arity = "1..*", required = true, paramLabel = "GOLD", description = "Gold alignment files, one link a line as `align --format vecalign` writes them ([3]:[3,4]).")
  List<Path> gold;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Predictions predictions;

  static final class Predictions {
    @Option(names = "--pred", arity = "1..*", paramLabel = "PRED", description = "Predicted alignment files, in the order of --gold.")
    List<Path> predicted;

    @ArgGroup(exclusive = false)
    OnTheFly onTheFly;
  }

  static final class OnTheFly {
    @Option(names = "--src", arity = "1..*", required = true, paramLabel = "SRC", description = "Arabic sentence files, in the order of --gold.")
    List<Path> sources;

    @Option(names = "--tgt", arity = "1..*", required = true, paramLabel = "TGT", description = "English sentence files, in the order of --gold.")
    List<Path> targets;
  }

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the scores as JSON to FILE.")
  Path json;

  @Mixin ModelOption model;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    OutputGuard.protecting(gold)
        .and(predictions.predicted != null ? predictions.predicted : List.of())
        .and(predictions.onTheFly != null ? predictions.onTheFly.sources : List.of())
        .and(predictions.onTheFly != null ? predictions.onTheFly.targets : List.of())
        .check(json);
    List<List<Link>> goldLinks = gold.stream().map(VecalignFormat::read).toList();
    List<List<Link>> predictedLinks =
        predictions.predicted != null ? readPredictions(predictions.predicted) : alignNow(predictions.onTheFly);
    AlignmentScores scores = AlignmentEvaluator.evaluate(goldLinks, predictedLinks);
    spec.commandLine().getOut().print(scores.render());
    spec.commandLine().getOut().flush();
    if (json != null) {
      OutputTarget.write(json, null, w -> w.write(scores.toJson() + "\n"));
    }
    return ExitCodes.OK;
  }

  private List<List<Link>> readPredictions(List<Path> files) {
    requireSameCount("--pred", files.size());
    return files.stream().map(VecalignFormat::read).toList();
  }

  private List<List<Link>> alignNow(OnTheFly files) {
    requireSameCount("--src", files.sources.size());
    requireSameCount("--tgt", files.targets.size());
    // Gold indices count every line, so nothing may be set aside.
    TextOptions oneSentenceALine = new TextOptions(null, true, true);
    List<List<Link>> result = new ArrayList<>();
    try (Session session = model.openSession()) {
      for (int i = 0; i < files.sources.size(); i++) {
        DocumentPair pair = DocumentPair.load(files.sources.get(i), files.targets.get(i), oneSentenceALine);
        result.add(session.align(pair, AlignerParams.defaults(), Progress.NONE).aligned().links());
      }
    }
    return result;
  }

  private void requireSameCount(String option, int count) {
    if (count != gold.size()) {
      throw new QantaraException(
          option + " names " + count + " file(s) but --gold names " + gold.size(),
          "give one " + option + " file per gold file, in the same order");
    }
  }
}
