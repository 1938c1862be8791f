package org.qantara.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

/**
 * A start-up cache's training run: {@code bin/qantara} and the installed launcher run it once per build or
 * installation under {@code -XX:AOTCacheOutput}, and later starts map the classes, lambdas and call sites it used
 * instead of loading and linking them again. There are two caches, each trained on the commands of its kind, one
 * after another in one JVM:
 *
 * <ul>
 *   <li>{@code align}: the sample article aligned (as text, into sentence files, from sentence files), and a
 *       document long enough for the coarse-to-fine search (the sample's sentences repeated). Trained on a review,
 *       as the other commands' cache is, a 4,610-sentence alignment made some 60 classes at every start, and every
 *       start mapped the review's classes too (docs/BENCHMARKS.md, eleventh round).
 *   <li>{@code review}, for every other command: a review of the sample article (which aligns it first).
 * </ul>
 *
 * <p>Arguments: {@code align} or {@code review}, the bilingual sample article, and a folder the run may write into.
 */
public final class StartupTraining {
  /**
   * Copies of the sample's aligned segments in the long document: about 1,000 sentences a side, well past the
   * 300 a side up to which the search fills the whole table.
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
    // Segmented again from running text, so that the long document has the sample's 1-2 link too, which the
    // word-evidence pass looks at.
    failures += run("align", repeated(arabic, scratch.resolve("long.ar")).toString(),
        repeated(english, scratch.resolve("long.en")).toString(), "--format", "vecalign",
        "--out", scratch.resolve("long.vecalign").toString());
    return failures;
  }

  /** Runs one command as the command line would, its output discarded; 1 if it failed, else 0. */
  private static int run(String... args) {
    PrintWriter discarded = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    return Main.run(args, discarded, discarded) == ExitCodes.OK ? 0 : 1;
  }

  /** {@code copy}, holding the lines of {@code segments} {@link #COPIES} times over. */
  private static Path repeated(Path segments, Path copy) throws IOException {
    List<String> lines = Files.readAllLines(segments, StandardCharsets.UTF_8);
    return Files.write(copy, Collections.nCopies(COPIES, String.join("\n", lines)), StandardCharsets.UTF_8);
  }
}
