package org.qantara.core.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.qantara.core.edit.ReviewStatus;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.formats.Bitext;
import org.qantara.core.formats.BitextUnit;

/**
 * The process {@link CorpusCrashTest} kills: adds many documents to a corpus, printing "added N" after
 * each commit. Document N holds {@link #size} pairs made from the Tatoeba dev sentences.
 */
public final class CorpusAddChild {
  static final Path AR = Path.of("../shared/dev/tatoeba-ara-eng/dev.ar");
  static final Path EN = Path.of("../shared/dev/tatoeba-ara-eng/dev.en");

  private CorpusAddChild() {}

  static int size(int document) {
    return 150 + 37 * (document % 5);
  }

  /** Document N: consecutive sentence pairs, numbered so that every pair is its document's own. */
  static Bitext document(int n, List<String> arabic, List<String> english) {
    List<BitextUnit> units = new ArrayList<>();
    for (int k = 0; k < size(n); k++) {
      int line = (n * 7 + k) % arabic.size();
      units.add(new BitextUnit("doc" + n, k, List.of(k), List.of(k), arabic.get(line) + " (" + n + "." + k + ")",
          english.get(line) + " (" + n + "." + k + ")", 0.5, List.of(), ReviewStatus.UNREVIEWED));
    }
    return new Bitext("doc" + n, null, units);
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int documents = Integer.parseInt(args[1]);
    List<String> arabic = Files.readAllLines(AR);
    List<String> english = Files.readAllLines(EN);
    try (Embedder embedder = new ModelRegistry(Path.of("models"), dir.resolveSibling("downloads")).open("builtin-ar-en");
        Corpus corpus = Corpus.open(dir, embedder)) {
      for (int n = 0; n < documents; n++) {
        corpus.add(document(n, arabic, english));
        System.out.println("added " + n);
        System.out.flush();
      }
    }
  }
}
