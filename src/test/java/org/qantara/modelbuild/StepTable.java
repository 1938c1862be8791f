package org.qantara.modelbuild;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qantara.core.embed.DjlEmbedder;
import org.qantara.core.embed.ModelRecipe;
import org.qantara.eval.embed.RetrievalEvaluator;
import org.qantara.modelbuild.BuiltinModelBuilder.Settings;

/**
 * Reproduces the README's "step → ar→en, en→ar" table: builds the model once per setting into a temporary
 * folder and measures retrieval on the Tatoeba dev set. Run by hand (it is not a test): {@code java -cp ...
 * org.qantara.modelbuild.StepTable [/usr/share/dictd [TRAIN_DIR [ONLY [KEEP_DIR]]]]}; ONLY keeps the steps whose name
 * contains it; KEEP_DIR keeps each step's model in a folder of its own there (step-1, step-2 ... in table order), so
 * that the review benchmark can be run on it ({@code QANTARA_MODELS_DIR=KEEP_DIR/step-N qantara eval-review}).
 */
public final class StepTable {

  public static void main(String[] args) throws Exception {
    Path dictd = Path.of(args.length > 0 ? args[0] : "/usr/share/dictd");
    Path train = Path.of(args.length > 1 ? args[1] : "../shared/train/tatoeba-ara-eng");
    String only = args.length > 2 ? args[2] : "";
    Path keep = args.length > 3 ? Path.of(args[3]) : null;
    Settings shipped = Settings.DICTIONARIES_ONLY;
    Map<String, Settings> steps = new LinkedHashMap<>();
    int dim = shipped.dimension();
    steps.put("whole dictionary words only, all words weight 1, no smoothing, no letters",
        new Settings(dim, false, 0, false, 0, 0, 1, false, 0, 0, 0, 0, false));
    steps.put("+ function words weight 0", new Settings(dim, false, 0, true, 0, 0, 1, false, 0, 0, 0, 0, false));
    steps.put("+ Arabic morphology pieces", new Settings(dim, true, 0, true, 0, 0, 1, false, 0, 0, 0, 0, false));
    steps.put("+ one smoothing round", new Settings(dim, true, 1, true, 0, 0, 1, false, 0, 0, 0, 0, false));
    steps.put("+ pooling over Arabic light stems", new Settings(dim, true, 1, true, 0, 0.7, 1, false, 0, 0, 0, 0, false));
    steps.put("+ second smoothing round", new Settings(dim, true, 2, true, 0, 0.7, 1, false, 0, 0, 0, 0, false));
    steps.put("+ phonetic letter fallback", new Settings(dim, true, 2, true, 0.3, 0.7, 1, false, 0, 0, 0, 0, false));
    steps.put("+ third smoothing round, stem share 1.0", new Settings(dim, true, 3, true, 0.3, 1.0, 1, false, 0, 0, 0, 0, false));
    steps.put("+ pronoun, negation, question-word concepts at 0.5",
        new Settings(dim, true, 3, true, 0.3, 1.0, 1, false, 0.5, 0, 0, 0, false));
    steps.put("+ rows centred per language", new Settings(dim, true, 3, true, 0.3, 1.0, 1, true, 0.5, 0, 0, 0, false));
    steps.put("+ squared edge weights", new Settings(dim, true, 3, true, 0.3, 1.0, 2, true, 0.5, 0, 0, 0, false));
    steps.put("+ letter weight 0.6", new Settings(dim, true, 3, true, 0.6, 1.0, 2, true, 0.5, 0, 0, 0, false));
    steps.put("+ six smoothing rounds (shipped until issue 14, model8)", shipped);
    steps.put("+ future and subjunctive prefixes before every person of a verb (not shipped)",
        shipped.withVerbProclitics(true));
    steps.put("+ IBM Model 1 word translations from the Tatoeba training pairs, weight 2, least score 0.1; a learned"
        + " form pools its dictionary key's evidence and carries its pronoun; prepositions with pronouns split (not"
        + " shipped)", shipped.withVerbProclitics(true).withLearned(2, 0.1));
    steps.put("+ the same learned translations without the verb prefixes of the step before (shipped until names10)",
        shipped.withLearned(2, 0.1));
    for (double share : new double[] {0, 0.5}) {
      steps.put(String.format("+ learned translations (weight 2, no verb prefixes) joining a word the dictionaries render"
          + " at %.1f of their weight (not shipped)", share), shipped.withLearned(2, 0.1).withLearnedDictionaryShare(share));
    }
    for (double[] v : new double[][] {{2, 0.2, 1}, {2, 0.3, 1}, {4, 0.3, 0.5}, {1, 0.2, 0.5}}) {
      steps.put(String.format("+ learned translations at weight %.0f, least score %.1f, joining a word the dictionaries"
          + " render at %.1f of their weight (not shipped)", v[0], v[1], v[2]),
          shipped.withLearned(v[0], v[1]).withLearnedDictionaryShare(v[2]));
    }
    for (double share : new double[] {0.1, 0.2, 0.25, 0.5}) {
      steps.put(String.format("+ WordNet synonyms of each translation at %.2f of its weight, for the Arabic rows only"
          + " (not shipped)", share), shipped.withSynonyms(share));
    }
    steps.put("+ a word the vocabulary lacks also read as one token by its consonant key, the same in both scripts, in"
        + " 4096 name buckets; dictionary pairs of one key (بوتين / butene) share their bucket (not shipped)",
        shipped.withNameBuckets(4096));
    steps.put("+ the same name buckets over the learned translations; the article may come glued to a name's first"
        + " stem (القام + شل + ي) (shipped since names10)", Settings.DEFAULT);
    int number = 0;
    for (Map.Entry<String, Settings> step : steps.entrySet()) {
      number++;
      if (!step.getKey().contains(only)) {
        continue;
      }
      Path dir = keep == null ? Files.createTempDirectory("builtin-step")
          : Files.createDirectories(keep.resolve("step-" + number).resolve(BuiltinModelBuilder.MODEL_NAME));
      BuiltinModelBuilder.BuildReport report = BuiltinModelBuilder.build(dictd, train, dir, step.getValue());
      try (DjlEmbedder embedder = DjlEmbedder.open(ModelRecipe.read(dir.resolve(ModelRecipe.FILE_NAME)), dir)) {
        RetrievalEvaluator.RetrievalScore score = RetrievalEvaluator.evaluate(embedder,
            Path.of("../shared/dev/tatoeba-ara-eng/dev.ar"), Path.of("../shared/dev/tatoeba-ara-eng/dev.en"));
        Seed001Margins seed = Seed001Margins.of(embedder);
        Seed001ContentWords words = Seed001ContentWords.of(embedder);
        System.out.printf("| %s | %.1f%% | %.1f%% | %d tokens, %.1f MB; seed 001 margin %.3f, gold − non-gold %+.3f,"
            + " content words %d/%d |%n", step.getKey(), 100 * score.arabicToEnglish(),
            100 * score.englishToArabic(), report.tokens(), report.totalBytes() / 1e6, seed.smallestMargin(),
            seed.lowestGold() - seed.highestNonGold(), words.found(), words.total());
        System.out.println("  content words missed: " + words.missed());
      }
      if (keep != null) {
        continue;
      }
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file); // ~30 MB per step: do not leave them behind in the temp folder
        }
      }
      Files.delete(dir);
    }
  }
}
