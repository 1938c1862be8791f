package org.qantara.core.align;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.qantara.core.embed.Embedder;
import org.qantara.core.formats.VecalignFormat;
import org.qantara.eval.align.AlignmentEvaluator;
import org.qantara.eval.align.AlignmentScores;

/**
 * One evaluation document from the shared data, one sentence a line, with its gold alignment and, once
 * {@link #embed}ded, its overlap vectors (kept so that several parameter settings can be compared).
 */
record DevDocuments(String name, List<String> arabic, List<String> english, List<Link> gold) {
  static final Path TATOEBA_DOCS = Path.of("../shared/dev/tatoeba-docs");
  static final Path SEED_001 = Path.of("../shared/gold/seed-001");

  static List<DevDocuments> tatoeba() throws IOException {
    List<DevDocuments> docs = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      String name = String.format("doc%02d", k);
      docs.add(read(name, TATOEBA_DOCS.resolve(name + ".ar"), TATOEBA_DOCS.resolve(name + ".en"), TATOEBA_DOCS.resolve(name + ".gold")));
    }
    return docs;
  }

  /** The 500 Tatoeba development pairs cut into fifty ten-pair documents, every link 1-1. */
  static List<DevDocuments> tenPairDocuments() throws IOException {
    Path dir = Path.of("../shared/dev/tatoeba-ara-eng");
    List<String> ar = Files.readAllLines(dir.resolve("dev.ar"));
    List<String> en = Files.readAllLines(dir.resolve("dev.en"));
    List<DevDocuments> docs = new ArrayList<>();
    for (int from = 0; from + 10 <= ar.size(); from += 10) {
      List<Link> gold = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        gold.add(new Link(List.of(i), List.of(i), Double.NaN));
      }
      docs.add(new DevDocuments("pairs-" + from, ar.subList(from, from + 10), en.subList(from, from + 10), gold));
    }
    return docs;
  }

  static DevDocuments seed001() throws IOException {
    return read("seed-001", SEED_001.resolve("ar.txt"), SEED_001.resolve("en.txt"), SEED_001.resolve("gold.txt"));
  }

  private static DevDocuments read(String name, Path ar, Path en, Path gold) throws IOException {
    return new DevDocuments(name, Files.readAllLines(ar), Files.readAllLines(en), VecalignFormat.read(gold));
  }

  Embedded embed(Embedder embedder, int maxOverlap) {
    return new Embedded(
        this,
        OverlapEmbedding.of(arabic, embedder, maxOverlap),
        OverlapEmbedding.of(english, embedder, maxOverlap));
  }

  record Embedded(DevDocuments document, OverlapVectors arabic, OverlapVectors english) {
    List<Link> align(Aligner aligner) {
      return aligner.align(arabic, english, chars(document.arabic()), chars(document.english()));
    }

    private static int[] chars(List<String> sentences) {
      return sentences.stream().mapToInt(String::length).toArray();
    }
  }

  static AlignmentScores evaluate(List<Embedded> documents, AlignerParams params) {
    Aligner aligner = new Aligner(params);
    return AlignmentEvaluator.evaluate(
        documents.stream().map(d -> d.document().gold()).toList(),
        documents.stream().map(d -> d.align(aligner)).toList());
  }
}
