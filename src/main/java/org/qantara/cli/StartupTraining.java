package org.qantara.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A start-up cache's training run: {@code bin/qantara} and the installed launcher run it once per build or
 * installation under {@code -XX:AOTCacheOutput}, and later starts map the classes, lambdas and call sites it used
 * instead of loading and linking them again. There are two caches, each trained on the commands of its kind, one
 * after another in one JVM:
 *
 * <ul>
 *   <li>{@code align}: the sample article aligned (as text, into sentence files, from sentence files), and a
 *       document long enough for the coarse-to-fine search (the sample's segments, {@link #COPIES} times). With the
 *       cache trained on a review, as the other commands' is, a 4,610-sentence alignment loaded or made 97 classes
 *       outside it at every start, and every start mapped the review's classes too (docs/BENCHMARKS.md, eleventh
 *       round).
 *   <li>{@code review}, for every other command: a review of the sample article (which aligns it first).
 * </ul>
 *
 * <p>Arguments: {@code align} or {@code review}, the bilingual sample article, and a folder the run may write into.
 */
public final class StartupTraining {
  /**
   * Copies of the sample's aligned segments in the long document: about 1,000 sentences a side, well past the
   * 300 a side up to which the search fills the whole table. Each copy has its own order (a seeded shuffle), and
   * every third one leaves an English segment out, so that the search and the word-evidence pass meet links of every
   * kind: a 4,610-sentence alignment then loads or makes 43 classes outside the cache at start instead of 57
   * (eleventh round).
   */
  private static final int COPIES = 150;

  private StartupTraining() {}

  public static void main(String[] args) throws IOException {
    System.exit(train(args[0], Path.of(args[1]), Path.of(args[2])) == 0 ? 0 : 1);
  }

  /** Runs the commands {@code cache} is trained on; how many of them failed. */
  static int train(String cache, Path sample, Path scratch) throws IOException {
    return cache.equals("align") ? alignments(sample, scratch)
        : run("review", sample.toString(), "--json", scratch.resolve("review.json").toString(),
            "--html", scratch.resolve("review.html").toString());
  }

  /** The alignments the align cache is trained on; how many failed. */
  private static int alignments(Path sample, Path scratch) throws IOException {
    int failures = run("align", sample.toString());
    failures += run("align", sample.toString(), "--format", "moses", "--out", scratch.resolve("sample").toString());
    Path arabic = scratch.resolve("sample.ar");
    Path english = scratch.resolve("sample.en");
    failures += run("align", arabic.toString(), english.toString(), "--presegmented", "--format", "vecalign",
        "--out", scratch.resolve("sample.vecalign").toString());
    List<String> arabicSegments = Files.readAllLines(arabic, StandardCharsets.UTF_8);
    List<String> englishSegments = Files.readAllLines(english, StandardCharsets.UTF_8);
    List<String> longArabic = new ArrayList<>();
    List<String> longEnglish = new ArrayList<>();
    Random random = new Random(COPIES);
    for (int copy = 0; copy < COPIES; copy++) {
      List<Integer> order = new ArrayList<>(IntStream.range(0, arabicSegments.size()).boxed().toList());
      Collections.shuffle(order, random);
      int omitted = copy % 3 == 0 ? order.get(random.nextInt(order.size())) : -1;
      for (int segment : order) {
        longArabic.add(arabicSegments.get(segment));
        if (segment != omitted) {
          longEnglish.add(englishSegments.get(segment));
        }
      }
    }
    // Segmented again from running text, so that the long document has the sample's 1-2 link too.
    failures += run("align", Files.write(scratch.resolve("long.ar"), longArabic, StandardCharsets.UTF_8).toString(),
        Files.write(scratch.resolve("long.en"), longEnglish, StandardCharsets.UTF_8).toString(), "--format",
        "vecalign", "--out", scratch.resolve("long.vecalign").toString());
    return failures;
  }

  /** Runs one command as the command line would, its output discarded; 1 if it failed, else 0. */
  private static int run(String... args) {
    PrintWriter discarded = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    return Main.run(args, discarded, discarded) == ExitCodes.OK ? 0 : 1;
  }
}
