package org.qantara.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.qantara.core.io.AtomicFiles;
import org.qantara.core.io.OutputGuard;
import org.qantara.core.session.Session;
import org.qantara.eval.embed.RetrievalEvaluator;
import org.qantara.eval.embed.RetrievalEvaluator.RetrievalScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qantara eval-embeddings AR_FILE EN_FILE}: cross-lingual retrieval accuracy of an embedding model. */
@Command(
    name = "eval-embeddings",
    mixinStandardHelpOptions = true,
    description = "Top-1 cross-lingual retrieval accuracy on two line-parallel files (line N translates line N).")
public final class EvalEmbeddingsCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "AR_FILE", description = "Arabic sentences, one per line.")
  Path arabicFile;

  @Parameters(index = "1", paramLabel = "EN_FILE", description = "English sentences, one per line.")
  Path englishFile;

  @Mixin
  ModelOption model;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the scores as JSON to FILE.")
  Path json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    OutputGuard.protecting(List.of(arabicFile, englishFile)).check(json);
    RetrievalScore score;
    try (Session session = model.openSession()) {
      score = RetrievalEvaluator.evaluate(session.embedder(), arabicFile, englishFile);
    }
    spec.commandLine().getOut().printf("%s on %d pairs: ar→en %.1f%%, en→ar %.1f%%%n", score.model(), score.pairs(),
        100 * score.arabicToEnglish(), 100 * score.englishToArabic());
    if (json != null) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      AtomicFiles.writeText(json, w -> w.write(mapper.writeValueAsString(score) + "\n"));
    }
    return 0;
  }
}
