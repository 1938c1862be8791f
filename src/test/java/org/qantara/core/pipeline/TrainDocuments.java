package org.qantara.core.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.qantara.core.align.Link;

/**
 * Pseudo-documents made from the Tatoeba training pairs ({@code ../shared/train/tatoeba-ara-eng}) the way the
 * development documents in {@code ../shared/dev/tatoeba-docs} are made (see their README): mostly 1-1 pairs,
 * two Arabic sentences rendered as one English sentence joined with ", and" (2-1), one Arabic line holding
 * two sentences rendered as two English ones (1-2), Arabic sentences left out (1-0) and unrelated English
 * sentences put in (0-1). A second, larger check of the aligner that was never tuned on, seeded and rebuilt
 * in memory each run.
 */
record TrainDocuments(String name, List<String> arabic, List<String> english, List<Link> gold) {
  static final Path TRAIN = Path.of("../shared/train/tatoeba-ara-eng");

  /** {@code count} documents of 40 to 48 units each, the same for the same seed. */
  static List<TrainDocuments> make(int count, long seed) throws IOException {
    List<String> ar = Files.readAllLines(TRAIN.resolve("train.ar"));
    List<String> en = Files.readAllLines(TRAIN.resolve("train.en"));
    List<String[]> pairs = new ArrayList<>();
    for (int i = 0; i < Math.min(ar.size(), en.size()); i++) {
      if (!ar.get(i).isBlank() && !en.get(i).isBlank()) {
        pairs.add(new String[] {ar.get(i).strip(), en.get(i).strip()});
      }
    }
    Random random = new Random(seed);
    Collections.shuffle(pairs, random);
    Iterator<String[]> next = pairs.iterator();
    List<TrainDocuments> documents = new ArrayList<>();
    for (int d = 0; d < count; d++) {
      List<String> a = new ArrayList<>();
      List<String> e = new ArrayList<>();
      List<Link> gold = new ArrayList<>();
      int units = 40 + random.nextInt(9);
      for (int u = 0; u < units; u++) {
        double r = random.nextDouble();
        if (r < 0.72) {
          String[] p = next.next();
          gold.add(new Link(List.of(a.size()), List.of(e.size()), Double.NaN));
          a.add(p[0]);
          e.add(p[1]);
        } else if (r < 0.81) {
          String[] p = next.next();
          String[] q = next.next();
          gold.add(new Link(List.of(a.size(), a.size() + 1), List.of(e.size()), Double.NaN));
          a.add(p[0]);
          a.add(q[0]);
          e.add(p[1].replaceFirst("[.!?]+$", "") + ", and " + Character.toLowerCase(q[1].charAt(0)) + q[1].substring(1));
        } else if (r < 0.90) {
          String[] p = next.next();
          String[] q = next.next();
          gold.add(new Link(List.of(a.size()), List.of(e.size(), e.size() + 1), Double.NaN));
          a.add(p[0] + " " + q[0]);
          e.add(p[1]);
          e.add(q[1]);
        } else if (r < 0.955) {
          gold.add(new Link(List.of(), List.of(e.size()), Double.NaN));
          e.add(next.next()[1]);
        } else {
          gold.add(new Link(List.of(a.size()), List.of(), Double.NaN));
          a.add(next.next()[0]);
        }
      }
      documents.add(new TrainDocuments(String.format("train%02d", d), a, e, gold));
    }
    return documents;
  }
}
