package org.qantara.modelbuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.qantara.core.embed.Embedder;

/**
 * How clearly an embedder separates the gold links of seed 001 from the other sentence pairs of the document.
 *
 * @param smallestMargin over the 1-1 gold links: similarity minus the best non-gold pair sharing its source or
 *     its target sentence
 * @param lowestGold the smallest similarity of a 1-1 gold link
 * @param highestNonGold the largest similarity of a pair that no gold link covers
 */
record Seed001Margins(double smallestMargin, double lowestGold, double highestNonGold) {

  private static final Path DIR = Path.of("../shared/gold/seed-001");

  static Seed001Margins of(Embedder embedder) throws IOException {
    float[][] va = embedder.embedSentences(Files.readAllLines(DIR.resolve("ar.txt")));
    float[][] ve = embedder.embedSentences(Files.readAllLines(DIR.resolve("en.txt")));
    // Each gold line "[3]:[3,4]" links every listed source sentence with every listed target sentence.
    boolean[][] linked = new boolean[va.length][ve.length];
    boolean[][] oneToOne = new boolean[va.length][ve.length];
    for (String line : Files.readAllLines(DIR.resolve("gold.txt"))) {
      String[] sides = line.replaceAll("[\\[\\] ]", "").split(":");
      List<String> sources = List.of(sides[0].split(","));
      List<String> targets = List.of(sides[1].split(","));
      for (String source : sources) {
        for (String target : targets) {
          linked[Integer.parseInt(source)][Integer.parseInt(target)] = true;
          oneToOne[Integer.parseInt(source)][Integer.parseInt(target)] = sources.size() == 1 && targets.size() == 1;
        }
      }
    }
    double smallestMargin = Double.MAX_VALUE;
    double lowestGold = Double.MAX_VALUE;
    double highestNonGold = -1;
    for (int i = 0; i < va.length; i++) {
      for (int j = 0; j < ve.length; j++) {
        double similarity = dot(va[i], ve[j]);
        if (!linked[i][j]) {
          highestNonGold = Math.max(highestNonGold, similarity);
        }
        if (!oneToOne[i][j]) {
          continue;
        }
        lowestGold = Math.min(lowestGold, similarity);
        double rival = -1;
        for (int k = 0; k < ve.length; k++) {
          rival = linked[i][k] ? rival : Math.max(rival, dot(va[i], ve[k]));
        }
        for (int k = 0; k < va.length; k++) {
          rival = linked[k][j] ? rival : Math.max(rival, dot(va[k], ve[j]));
        }
        smallestMargin = Math.min(smallestMargin, similarity - rival);
      }
    }
    return new Seed001Margins(smallestMargin, lowestGold, highestNonGold);
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
