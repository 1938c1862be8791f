package org.qantara.core.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.qantara.core.Progress;
import org.qantara.core.QantaraException;

/**
 * Vecalign-style sentence aligner: the cheapest monotone sequence of links (see {@link LinkCosts} for the
 * cost) found by dynamic programming over sentence overlaps.
 *
 * <p>Time and memory are linear in document length. When n·m exceeds {@code maxFullDpSize²} the document
 * is recursively halved (consecutive sentence vectors averaged) until it is small enough for the full
 * table; the path found there, using only 1-1, 1-0 and 0-1 links, is projected onto the next finer level
 * and the search there is restricted to a band of {@code bandHalfWidth} sentences around it, up to the
 * document itself, where all configured link types are used.
 *
 * <p>The score of a link is the cosine of its source and target overlap vectors clipped to [0, 1]; a 1-0 or
 * 0-1 link scores 0. Results are deterministic: sampling is seeded, ties go to the smaller link type.
 */
public final class Aligner {
  private static final List<LinkType> COARSE_TYPES =
      List.of(LinkType.TARGET_ONLY, LinkType.SOURCE_ONLY, LinkType.ONE_TO_ONE);

  private final AlignerParams params;
  private final int maxSourceRun;
  private final int maxTargetRun;

  public Aligner(AlignerParams params) {
    this.params = params;
    this.maxSourceRun = params.linkTypes().stream().mapToInt(LinkType::source).max().orElseThrow();
    this.maxTargetRun = params.linkTypes().stream().mapToInt(LinkType::target).max().orElseThrow();
  }

  public AlignerParams params() {
    return params;
  }

  /**
   * Aligns one document.
   *
   * @param source overlap vectors of the source (Arabic) sentences
   * @param target overlap vectors of the target (English) sentences
   * @param sourceChars character count of each source sentence
   * @param targetChars character count of each target sentence
   * @return links in document order, covering every sentence of both sides exactly once
   */
  public List<Link> align(OverlapVectors source, OverlapVectors target, int[] sourceChars, int[] targetChars) {
    return align(source, target, sourceChars, targetChars, Progress.NONE);
  }

  /**
   * Aligns one document, reporting each level of the coarse-to-fine search solved to {@code progress}
   * ({@link Progress.Stage#ALIGNING}) and stopping between levels when it is cancelled.
   */
  public List<Link> align(OverlapVectors source, OverlapVectors target, int[] sourceChars, int[] targetChars,
      Progress progress) {
    progress.checkpoint();
    requireConsistent("source", source, sourceChars, maxSourceRun);
    requireConsistent("target", target, targetChars, maxTargetRun);
    if (source.sentenceCount() > 0 && target.sentenceCount() > 0 && source.dimension() != target.dimension()) {
      throw new QantaraException(
          "source vectors have dimension " + source.dimension() + ", target vectors " + target.dimension(),
          "embed both sides with the same model");
    }
    AlignmentLevel document = new AlignmentLevel(source, target, sourceChars.clone(), targetChars.clone());
    LinkCosts costs = new LinkCosts(document, maxSourceRun, maxTargetRun, params);
    int[] solved = {0};
    int levels = levels(source.sentenceCount(), target.sentenceCount());
    Runnable levelSolved = () -> progress.step(Progress.Stage.ALIGNING, "", ++solved[0], levels);
    List<Step> path = solve(document, costs, params.linkTypes(), levelSolved);
    return links(path, costs, 0, 0);
  }

  /**
   * Aligns source sentences [sourceFrom, sourceTo) with target sentences [targetFrom, targetTo) alone, with the
   * costs of the whole document (its skip cost and length ratio), as between two links a person has locked:
   * the links returned cover the stretch exactly and are numbered as in the whole document.
   */
  public List<Link> alignStretch(OverlapVectors source, OverlapVectors target, int[] sourceChars, int[] targetChars,
      int sourceFrom, int sourceTo, int targetFrom, int targetTo, Progress progress) {
    progress.checkpoint();
    requireConsistent("source", source, sourceChars, maxSourceRun);
    requireConsistent("target", target, targetChars, maxTargetRun);
    if (sourceFrom < 0 || sourceFrom > sourceTo || sourceTo > source.sentenceCount()
        || targetFrom < 0 || targetFrom > targetTo || targetTo > target.sentenceCount()) {
      throw new IndexOutOfBoundsException("stretch [" + sourceFrom + ", " + sourceTo + ") × [" + targetFrom + ", "
          + targetTo + ") of " + source.sentenceCount() + " × " + target.sentenceCount() + " sentences");
    }
    AlignmentLevel document = new AlignmentLevel(source, target, sourceChars.clone(), targetChars.clone());
    LinkCosts costs = new LinkCosts(document, maxSourceRun, maxTargetRun, params);
    int n = sourceTo - sourceFrom;
    int m = targetTo - targetFrom;
    List<Step> path = cheapestPath(Band.full(n, m), n, m, params.linkTypes(), costs, sourceFrom, targetFrom);
    progress.step(Progress.Stage.ALIGNING, "", 1, 1);
    return links(path, costs, sourceFrom, targetFrom);
  }

  private static List<Link> links(List<Step> path, LinkCosts costs, int sourceOffset, int targetOffset) {
    List<Link> links = new ArrayList<>(path.size());
    for (Step step : path) {
      LinkType type = step.type();
      int source = sourceOffset + step.source();
      int target = targetOffset + step.target();
      double score = type.isOneSided() ? 0
          : Math.clamp(costs.cosine(source, type.source(), target, type.target()), 0.0, 1.0);
      links.add(new Link(range(source, type.source()), range(target, type.target()), score));
    }
    return links;
  }

  /** One link of a path: a link of {@code type} starting at source sentence {@code source}, target {@code target}. */
  private record Step(int source, int target, LinkType type) {}

  private List<Step> solve(AlignmentLevel level, LinkCosts costs, List<LinkType> types, Runnable levelSolved) {
    int n = level.sourceCount();
    int m = level.targetCount();
    Band band;
    if ((long) n * m <= (long) params.maxFullDpSize() * params.maxFullDpSize()) {
      band = Band.full(n, m);
    } else {
      AlignmentLevel coarse = level.downsampled();
      List<Step> coarsePath = solve(coarse, new LinkCosts(coarse, 1, 1, params), COARSE_TYPES, levelSolved);
      band = Band.around(anchors(coarsePath, n, m), n, m, params.bandHalfWidth());
    }
    List<Step> path = cheapestPath(band, n, m, types, costs, 0, 0);
    levelSolved.run();
    return path;
  }

  /** How many levels {@link #solve} goes through for n source and m target sentences. */
  private int levels(int n, int m) {
    int levels = 1;
    for (; (long) n * m > (long) params.maxFullDpSize() * params.maxFullDpSize(); levels++) {
      n = (n + 1) / 2;
      m = (m + 1) / 2;
    }
    return levels;
  }

  /**
   * Fine-level anchors of a coarse path: the ends of its two-sided links, doubled. Runs of one-sided
   * links contribute no anchor, so the band crosses them diagonally.
   */
  private static List<int[]> anchors(List<Step> coarsePath, int n, int m) {
    List<int[]> anchors = new ArrayList<>();
    for (Step step : coarsePath) {
      if (!step.type().isOneSided()) {
        anchors.add(new int[] {Math.min(n, 2 * step.source()), Math.min(m, 2 * step.target())});
        anchors.add(
            new int[] {
              Math.min(n, 2 * (step.source() + step.type().source())),
              Math.min(m, 2 * (step.target() + step.type().target()))
            });
      }
    }
    anchors.add(new int[] {n, m});
    return anchors;
  }

  /** The cheapest path through {@code band}; the band's cell (0, 0) is sentence pair (sourceOffset, targetOffset). */
  private List<Step> cheapestPath(Band band, int n, int m, List<LinkType> types, LinkCosts costs, int sourceOffset,
      int targetOffset) {
    double[] best = new double[band.cellCount()];
    byte[] choice = new byte[band.cellCount()];
    Arrays.fill(best, Double.POSITIVE_INFINITY);
    best[band.index(0, 0)] = 0;
    for (int x = 0; x <= n; x++) {
      for (int y = band.low(x); y <= band.high(x); y++) {
        int cell = band.index(x, y);
        for (int t = 0; t < types.size(); t++) {
          LinkType type = types.get(t);
          int px = x - type.source();
          int py = y - type.target();
          if (px < 0 || py < 0) {
            continue;
          }
          int previous = band.index(px, py);
          // Costs are never negative, so a predecessor already no cheaper than the best cannot win.
          if (previous < 0 || best[previous] >= best[cell]) {
            continue;
          }
          double total = best[previous] + costs.cost(sourceOffset + px, type.source(), targetOffset + py, type.target());
          if (total < best[cell]) {
            best[cell] = total;
            choice[cell] = (byte) t;
          }
        }
      }
    }
    int end = band.index(n, m);
    if (end < 0 || best[end] == Double.POSITIVE_INFINITY) {
      throw new QantaraException(
          "no alignment of " + n + " with " + m + " sentences uses only link types " + types,
          "add 1-0 and 0-1 to the link types");
    }
    List<Step> path = new ArrayList<>();
    int x = n;
    int y = m;
    while (x > 0 || y > 0) {
      LinkType type = types.get(choice[band.index(x, y)]);
      x -= type.source();
      y -= type.target();
      path.add(new Step(x, y, type));
    }
    Collections.reverse(path);
    return path;
  }

  private void requireConsistent(String side, OverlapVectors vectors, int[] chars, int maxRun) {
    if (vectors.sentenceCount() != chars.length) {
      throw new QantaraException(
          side + " has " + vectors.sentenceCount() + " sentence vectors but " + chars.length + " character counts",
          "pass one character count per sentence");
    }
    if (vectors.sentenceCount() > 0 && vectors.maxOverlap() < maxRun) {
      throw new QantaraException(
          side + " overlap vectors cover runs of up to " + vectors.maxOverlap() + " sentences, link types need " + maxRun,
          "embed overlaps with maxOverlap = " + params.maxOverlap());
    }
  }

  private static List<Integer> range(int start, int length) {
    return IntStream.range(start, start + length).boxed().toList();
  }
}
