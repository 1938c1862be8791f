package org.qantara.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.qantara.core.Progress;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.io.AtomicFiles;
import org.qantara.core.pipeline.AlignmentPipeline;
import org.qantara.core.pipeline.DocumentPair;
import org.qantara.core.review.Flag;
import org.qantara.core.review.ReviewOptions;
import org.qantara.core.review.ReviewReport;
import org.qantara.core.session.Session;
import org.qantara.core.text.Document;
import org.qantara.core.text.DocumentLoader;
import org.qantara.core.text.Lang;
import org.qantara.core.text.TextOptions;
import org.qantara.eval.review.CleanPair;
import org.qantara.eval.review.PerturbationGenerator;
import org.qantara.eval.review.ReviewEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "eval-review",
    mixinStandardHelpOptions = true,
    description = {
      "Measure how well the reviewer finds errors put into good translations on purpose.",
      "The good translations are seed 001 and the Tatoeba development pairs cut into short documents; each copy "
          + "gets one error (a deleted sentence or clause, a changed number, a swapped name, a flipped negation, "
          + "an inserted or replaced sentence, Arabic left untranslated).",
      "Prints, for each kind of flag, how many of its flags were right (precision) and how many errors it found "
          + "(recall); --json writes them with every case and link score.",
      "Also checks two whole documents: seed 001 as it is (no critical or major flag expected) and seed 001's "
          + "Arabic against seed 003's English (expected verdict: not a translation)."
    })
final class EvalReviewCommand implements Callable<Integer> {

  @Option(names = "--data", defaultValue = "../shared", paramLabel = "DIR", description = "The shared data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--seed", defaultValue = "20260126", description = "Seed of the random choice of errors (default: ${DEFAULT-VALUE}).")
  long seed;

  int pairsPerDocument = 10;

  @Option(names = "--pairs-per-document", paramLabel = "1..1000", description = "Tatoeba pairs per pseudo-document (default: 10).")
  void pairsPerDocument(int pairs) {
    pairsPerDocument = OptionRange.check(spec, "--pairs-per-document", pairs, 1, 1000);
  }

  @Option(names = "--sensitivity", defaultValue = "0.5", paramLabel = "0..1", description = "Review sensitivity (default: ${DEFAULT-VALUE}).")
  double sensitivity;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the results as JSON to FILE (the notebook reads docs/eval-review.json).")
  Path json;

  @Mixin ModelOption model;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<CleanPair> pairs = new ArrayList<>();
    pairs.add(CleanPair.goldAligned(data.resolve("gold/seed-001")));
    pairs.addAll(CleanPair.lineParallel(data.resolve("dev/tatoeba-ara-eng/dev.ar"),
        data.resolve("dev/tatoeba-ara-eng/dev.en"), pairsPerDocument));
    var cases = new PerturbationGenerator(pairs, seed).cases();
    ReviewOptions options = ReviewOptions.defaults().withSensitivity(sensitivity);
    ReviewEvaluation.Result result;
    List<Map<String, Object>> documentChecks = new ArrayList<>();
    try (Session session = model.openSession()) {
      AlignerParams params = AlignerParams.defaults();
      AlignmentPipeline pipeline = new AlignmentPipeline(session.embedder(), params);
      result = ReviewEvaluation.evaluate(cases, pipeline::align, session.embedder(), options);
      Path seeds = data.resolve("corpora/seeds");
      DocumentPair seed001 = DocumentPair.load(seeds.resolve("001_cf1290a72f3a51aa.txt"), null, TextOptions.DEFAULT);
      Document seed003 = DocumentLoader.load(seeds.resolve("003_136573a2288a97b2.txt"), Lang.EN, TextOptions.DEFAULT);
      documentChecks.add(check("seed 001 Arabic vs its English", "TRANSLATION, no critical or major flag",
          session.review(session.align(seed001, params, Progress.NONE), options, Progress.NONE)));
      documentChecks.add(check("seed 001 Arabic vs seed 003 English", "NOT_A_TRANSLATION",
          session.review(session.align(seed001.source(), seed003, params, Progress.NONE), options, Progress.NONE)));
    }
    out.printf(Locale.ROOT, "Review benchmark: %d cases from %d clean pairs, seed %d, model %s%n",
        result.cases(), pairs.size(), seed, result.modelId());
    out.println(table("all flags, raw (a false alarm on an untouched sentence counts once per variant of its pair)",
        result.allSeverities()));
    out.println(table("all flags, net of the clean baseline (flags already raised on the clean pair count once)",
        result.netOfCleanBaseline()));
    out.println(table("major and critical flags, net of the clean baseline", result.majorOrWorseNet()));
    out.println(table("all flags, net, an omission or addition counted at the first sentence it names only",
        result.strictPlaceNet()));
    out.printf(Locale.ROOT, "%nflags on the %d clean pairs as they are (all false alarms), per 100 of their %d links%n%s",
        pairs.size(), result.cleanPairs().links(), result.cleanPairs().table());
    out.printf(Locale.ROOT, "major or worse %.1f, all %.1f per 100 clean links%n%n",
        result.cleanPairs().perHundredLinks(Flag.Severity.MAJOR), result.cleanPairs().perHundredLinks(Flag.Severity.MINOR));
    for (Map<String, Object> c : documentChecks) {
      out.printf(Locale.ROOT, "%s: verdict %s, %s critical, %s major (expected %s)%n", c.get("document"),
          c.get("verdict"), c.get("critical"), c.get("major"), c.get("expected"));
    }
    out.flush();
    if (json != null) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("format", "qantara-eval-review");
      root.put("version", 1);
      root.put("seed", seed);
      root.put("pairsPerDocument", pairsPerDocument);
      root.put("result", result);
      root.put("documentChecks", documentChecks);
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      AtomicFiles.writeText(json, w -> w.write(mapper.writeValueAsString(root) + "\n"));
    }
    return ExitCodes.OK;
  }

  private static Map<String, Object> check(String document, String expected, ReviewReport report) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("document", document);
    c.put("expected", expected);
    c.put("verdict", report.verdict().kind().name());
    c.put("weakShare", report.verdict().weakShare());
    c.put("critical", report.flags().stream().filter(f -> f.severity() == Flag.Severity.CRITICAL).count());
    c.put("major", report.flags().stream().filter(f -> f.severity() == Flag.Severity.MAJOR).count());
    c.put("flags", report.flags().stream().map(f -> f.type() + "/" + f.severity() + ": " + f.reason()).toList());
    return c;
  }

  private static String table(String title, List<ReviewEvaluation.TypeScore> scores) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%n%s%n%-17s %5s %5s %5s %9s %7s %9s%n", title,
        "type", "TP", "FP", "FN", "precision", "recall", "tolerated"));
    for (ReviewEvaluation.TypeScore t : scores) {
      s.append(String.format(Locale.ROOT, "%-17s %5d %5d %5d %9s %7s %9d%n", t.type(), t.truePositives(),
          t.falsePositives(), t.falseNegatives(), figure(t.precision()), figure(t.recall()), t.tolerated()));
    }
    return s.toString();
  }

  private static String figure(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }
}
