package org.qantara.eval.embed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.qantara.core.QantaraException;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.Vectors;

/**
 * Cross-lingual retrieval on line-parallel files: every Arabic line looks for its English line among all
 * English lines by cosine similarity (and the other way round); top-1 accuracy is the share found first.
 */
public final class RetrievalEvaluator {

  /** Top-1 accuracy in both directions; a record so it serialises to JSON as is. */
  public record RetrievalScore(String model, String arabicFile, String englishFile, int pairs,
      double arabicToEnglish, double englishToArabic) {}

  private RetrievalEvaluator() {}

  public static RetrievalScore evaluate(Embedder embedder, Path arabicFile, Path englishFile) {
    List<String> arabic = readLines(arabicFile);
    List<String> english = readLines(englishFile);
    if (arabic.size() != english.size() || arabic.isEmpty()) {
      throw new QantaraException(arabicFile + " has " + arabic.size() + " lines but " + englishFile + " has "
          + english.size(), "give two non-empty files with one sentence per line, line N translating line N");
    }
    float[][] ar = embedder.embedSentences(arabic);
    float[][] en = embedder.embedSentences(english);
    return new RetrievalScore(embedder.modelId(), arabicFile.toString(), englishFile.toString(), arabic.size(),
        topOneAccuracy(ar, en), topOneAccuracy(en, ar));
  }

  /** Share of queries whose most similar candidate is the one on the same line (ties count as misses). */
  static double topOneAccuracy(float[][] queries, float[][] candidates) {
    int hits = 0;
    for (int q = 0; q < queries.length; q++) {
      double own = Vectors.dot(queries[q], candidates[q]);
      boolean best = true;
      for (int c = 0; c < candidates.length && best; c++) {
        best = c == q || Vectors.dot(queries[q], candidates[c]) < own;
      }
      hits += best ? 1 : 0;
    }
    return (double) hits / queries.length;
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip).toList();
    } catch (IOException e) {
      throw new QantaraException("cannot read " + file + ": " + e.getMessage(),
          "check the path (one sentence per line, UTF-8)", e);
    }
  }
}
