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
  /** Rows of the table whose link costs are worked out together, on all cores, before their cells are filled. */
  private static final int COST_BLOCK_ROWS = 256;
  private static final List<LinkType> COARSE_TYPES =
      List.of(LinkType.TARGET_ONLY, LinkType.SOURCE_ONLY, LinkType.ONE_TO_ONE);

  private static final LinkEvidence NO_EVIDENCE = (i, a, j, b) -> 0;

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
    List<Step> path = solve(document, costs, params.linkTypes(), NO_EVIDENCE, levelSolved);
    List<Link> links = new ArrayList<>(path.size());
    for (Step step : path) {
      links.add(link(costs, step));
    }
    return links;
  }

  private static Link link(LinkCosts costs, Step step) {
    LinkType type = step.type();
    double score =
        type.isOneSided()
            ? 0
            : Math.clamp(costs.cosine(step.source(), type.source(), step.target(), type.target()), 0.0, 1.0);
    return new Link(Link.sentences(step.source(), type.source()), Link.sentences(step.target(), type.target()), score);
  }

  /** Source sentences [sourceFrom, sourceTo) and target sentences [targetFrom, targetTo) of a document. */
  public record Stretch(int sourceFrom, int sourceTo, int targetFrom, int targetTo) {
    public Stretch {
      if (sourceFrom < 0 || sourceTo < sourceFrom || targetFrom < 0 || targetTo < targetFrom) {
        throw new IllegalArgumentException(
            "bad stretch [" + sourceFrom + ", " + sourceTo + ") × [" + targetFrom + ", " + targetTo + ")");
      }
    }
  }

  /**
   * Re-aligns stretches of a document and leaves the rest as it is (re-alignment between links a person
   * has fixed). Link costs are those of the whole document — the skip cost, the length ratio and the
   * normalisation come from all its sentences, as in {@link #align} — and the search is confined to each
   * stretch, whose corners are both on the path.
   *
   * @param source overlap vectors of all source sentences of the document
   * @param target overlap vectors of all target sentences of the document
   * @param stretches where to align, in any order, inside the document
   * @return for each stretch, its links (document sentence indices) covering it exactly once, in order
   */
  public List<List<Link>> alignStretches(
      OverlapVectors source, OverlapVectors target, int[] sourceChars, int[] targetChars, List<Stretch> stretches) {
    requireConsistent("source", source, sourceChars, maxSourceRun);
    requireConsistent("target", target, targetChars, maxTargetRun);
    AlignmentLevel document = new AlignmentLevel(source, target, sourceChars.clone(), targetChars.clone());
    LinkCosts costs = new LinkCosts(document, maxSourceRun, maxTargetRun, params);
    List<List<Link>> aligned = new ArrayList<>(stretches.size());
    for (Stretch stretch : stretches) {
      if (stretch.sourceTo() > source.sentenceCount() || stretch.targetTo() > target.sentenceCount()) {
        throw new IllegalArgumentException(stretch + " is outside a document of " + source.sentenceCount()
            + " and " + target.sentenceCount() + " sentences");
      }
      int sf = stretch.sourceFrom();
      int tf = stretch.targetFrom();
      AlignmentLevel window = new AlignmentLevel(
          new Window(source, sf, stretch.sourceTo() - sf), new Window(target, tf, stretch.targetTo() - tf),
          Arrays.copyOfRange(sourceChars, sf, stretch.sourceTo()), Arrays.copyOfRange(targetChars, tf, stretch.targetTo()));
      List<Step> path = solve(window, costs.shifted(sf, tf), params.linkTypes(), NO_EVIDENCE, () -> {});
      List<Link> links = new ArrayList<>(path.size());
      for (Step step : path) {
        links.add(link(costs, new Step(sf + step.source(), tf + step.target(), step.type())));
      }
      aligned.add(links);
    }
    return aligned;
  }

  /**
   * A second look at the links of a search, with evidence the sentence vectors do not hold: every stretch around
   * a doubtful link — one that joins several sentences or leaves one alone — from the link before it to the link
   * after it, is searched again with the evidence's
   * cost added to each candidate link's own. The other links are kept as they are, and where the evidence is
   * silent (costs 0) the search finds the same links again.
   *
   * @param links the links of a search over these documents, or of a stretch of them, in order
   * @return the links with the doubtful stretches searched again, in order
   */
  public List<Link> reconsider(List<Link> links, OverlapVectors source, OverlapVectors target, int[] sourceChars,
      int[] targetChars, LinkEvidence evidence) {
    requireConsistent("source", source, sourceChars, maxSourceRun);
    requireConsistent("target", target, targetChars, maxTargetRun);
    LinkCosts costs = new LinkCosts(
        new AlignmentLevel(source, target, sourceChars.clone(), targetChars.clone()), maxSourceRun, maxTargetRun, params);
    int[] sourceAt = new int[links.size() + 1];
    int[] targetAt = new int[links.size() + 1];
    sourceAt[0] = links.isEmpty() ? 0 : firstOf(links, true);
    targetAt[0] = links.isEmpty() ? 0 : firstOf(links, false);
    boolean[] doubtful = new boolean[links.size()];
    for (int k = 0; k < links.size(); k++) {
      Link link = links.get(k);
      sourceAt[k + 1] = sourceAt[k] + link.source().size();
      targetAt[k + 1] = targetAt[k] + link.target().size();
      doubtful[k] = link.source().size() != 1 || link.target().size() != 1;
    }
    // The doubtful stretches (links [from, to)) first, then searched again on all cores: each on its own, so the
    // links found are those of searching them one after another.
    List<int[]> doubtfulStretches = new ArrayList<>();
    int k = 0;
    while (k < links.size()) {
      if (!doubtful[k] && (k + 1 >= links.size() || !doubtful[k + 1])) {
        k++;
        continue;
      }
      int from = k;
      int to = k + 1;
      while (to < links.size() && (doubtful[to] || (to + 1 < links.size() && doubtful[to + 1]))) {
        to++;
      }
      to = Math.min(links.size(), to + 1);
      doubtfulStretches.add(new int[] {from, to});
      k = to;
    }
    List<List<Link>> searchedAgain = doubtfulStretches.parallelStream().map(stretch -> {
      int sf = sourceAt[stretch[0]];
      int tf = targetAt[stretch[0]];
      int sourceTo = sourceAt[stretch[1]];
      int targetTo = targetAt[stretch[1]];
      AlignmentLevel window = new AlignmentLevel(
          new Window(source, sf, sourceTo - sf), new Window(target, tf, targetTo - tf),
          Arrays.copyOfRange(sourceChars, sf, sourceTo), Arrays.copyOfRange(targetChars, tf, targetTo));
      LinkEvidence stretchEvidence = evidence.forStretch();
      LinkEvidence shifted = (i, a, j, b) -> stretchEvidence.cost(sf + i, a, tf + j, b);
      List<Link> found = new ArrayList<>();
      for (Step step : solve(window, costs.shifted(sf, tf), params.linkTypes(), shifted, () -> {})) {
        found.add(link(costs, new Step(sf + step.source(), tf + step.target(), step.type())));
      }
      return found;
    }).toList();
    List<Link> reconsidered = new ArrayList<>(links.size());
    int next = 0;
    for (int s = 0; s < doubtfulStretches.size(); s++) {
      reconsidered.addAll(links.subList(next, doubtfulStretches.get(s)[0]));
      reconsidered.addAll(searchedAgain.get(s));
      next = doubtfulStretches.get(s)[1];
    }
    reconsidered.addAll(links.subList(next, links.size()));
    return reconsidered;
  }

  /** The first source (or target) sentence the links cover: where their stretch starts on that side. */
  private static int firstOf(List<Link> links, boolean sourceSide) {
    for (Link link : links) {
      List<Integer> side = sourceSide ? link.source() : link.target();
      if (!side.isEmpty()) {
        return side.get(0);
      }
    }
    return 0; // no sentence of this side: every link leaves it out, and where they start does not matter
  }

  /** The sentences [offset, offset + count) of one side, seen as a document of their own. */
  private record Window(OverlapVectors side, int offset, int count) implements OverlapVectors {
    @Override
    public int sentenceCount() {
      return count;
    }

    @Override
    public int maxOverlap() {
      return side.maxOverlap();
    }

    @Override
    public int dimension() {
      return side.dimension();
    }

    @Override
    public float[] vector(int start, int length) {
      if (start < 0 || start + length > count) {
        throw new IndexOutOfBoundsException("no overlap of length " + length + " at sentence " + start + " of " + count);
      }
      return side.vector(offset + start, length);
    }

    @Override
    public float[][] vectors(int length, int from, int to) {
      if (from < 0 || from > to || to + length - 1 > count) {
        throw new IndexOutOfBoundsException("no overlaps of length " + length + " at sentences [" + from + ", " + to
            + ") of " + count);
      }
      return side.vectors(length, offset + from, offset + to);
    }

    @Override
    public OverlapVectors holding(int from, int to) {
      OverlapVectors held = side.holding(offset + Math.clamp(from, 0, count), offset + Math.clamp(to, 0, count));
      return held == side ? this : new Window(held, offset, count);
    }
  }

  /** One link of a path: a link of {@code type} starting at source sentence {@code source}, target {@code target}. */
  private record Step(int source, int target, LinkType type) {}

  /**
   * The cheapest path at this level, through a band around the path of the coarser levels, {@code evidence} added
   * to the costs of this level's links (its indices are this level's); each level solved is told.
   */
  private List<Step> solve(AlignmentLevel level, LinkCosts costs, List<LinkType> types, LinkEvidence evidence,
      Runnable levelSolved) {
    int n = level.sourceCount();
    int m = level.targetCount();
    List<Step> path = cheapestPath(band(level, levelSolved), n, m, types, costs, evidence);
    levelSolved.run();
    return path;
  }

  /**
   * The cells of this level to search: the whole table when it is small enough, else a band around the path of the
   * coarser levels. The coarser levels' vectors are gone when it returns (its own frame held them): they are not
   * kept through this level's search (at 46,000 sentences a side they are about 100 MB).
   */
  private Band band(AlignmentLevel level, Runnable levelSolved) {
    int n = level.sourceCount();
    int m = level.targetCount();
    if ((long) n * m <= (long) params.maxFullDpSize() * params.maxFullDpSize()) {
      return Band.full(n, m);
    }
    // Every coarsening of more than 10,000 sentences a side is built when asked for (the same floats), each from the
    // level below it, held or not: held, its vectors would outlive several young collections and stay in the old
    // generation, never collected, once dropped (at 46,000 sentences a side, 48 MB for the first coarsening and about
    // 24 MB for the second, which a first built when asked left held until then).
    AlignmentLevel coarse = Math.max(n, m) > SentenceVectors.HOLD_EVERY_RUN_UP_TO
        ? level.downsampledWhenAsked() : level.downsampled();
    List<Step> coarsePath = solve(coarse, new LinkCosts(coarse, 1, 1, params), COARSE_TYPES, NO_EVIDENCE, levelSolved);
    return Band.around(anchors(coarsePath, n, m), n, m, params.bandHalfWidth());
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

  /**
   * The table is filled a block of rows at a time: first the costs of every link that ends in the block, on all
   * cores (they depend on the sentences alone, not on the table, and their dot products are most of the work),
   * then the block's cells in order from those costs, {@code evidence} added to a link that could still win.
   */
  private List<Step> cheapestPath(Band band, int n, int m, List<LinkType> types, LinkCosts costs,
      LinkEvidence evidence) {
    double[] best = new double[band.cellCount()];
    byte[] choice = new byte[band.cellCount()];
    Arrays.fill(best, Double.POSITIVE_INFINITY);
    best[band.index(0, 0)] = 0;
    int typeCount = types.size();
    int[] sourceRun = types.stream().mapToInt(LinkType::source).toArray();
    int[] targetRun = types.stream().mapToInt(LinkType::target).toArray();
    int maxSource = Arrays.stream(sourceRun).max().orElse(0);
    int maxTarget = Arrays.stream(targetRun).max().orElse(0);
    double[] linkCosts = new double[0];
    for (int blockStart = 0; blockStart <= n; blockStart += COST_BLOCK_ROWS) {
      int blockEnd = Math.min(n + 1, blockStart + COST_BLOCK_ROWS);
      int firstCell = band.index(blockStart, band.low(blockStart));
      int cells = band.index(blockEnd - 1, band.high(blockEnd - 1)) + 1 - firstCell;
      if (linkCosts.length < cells * typeCount) {
        linkCosts = new double[cells * typeCount];
      }
      double[] blockCosts = linkCosts;
      // The runs the block's links are made of, at hand for the block (sides that build their runs when asked).
      int lowest = m;
      int highest = 0;
      for (int x = blockStart; x < blockEnd; x++) {
        lowest = Math.min(lowest, band.low(x));
        highest = Math.max(highest, band.high(x));
      }
      LinkCosts held = costs.holding(blockStart - maxSource, blockEnd, lowest - maxTarget, highest);
      IntStream.range(blockStart, blockEnd).parallel().forEach(x -> {
        for (int y = band.low(x); y <= band.high(x); y++) {
          int at = (band.index(x, y) - firstCell) * typeCount;
          for (int t = 0; t < typeCount; t++) {
            int px = x - sourceRun[t];
            int py = y - targetRun[t];
            if (px >= 0 && py >= 0 && band.index(px, py) >= 0) {
              blockCosts[at + t] = held.cost(px, sourceRun[t], py, targetRun[t]);
            }
          }
        }
      });
      for (int x = blockStart; x < blockEnd; x++) {
        for (int y = band.low(x); y <= band.high(x); y++) {
          int cell = band.index(x, y);
          int at = (cell - firstCell) * typeCount;
          for (int t = 0; t < typeCount; t++) {
            int px = x - sourceRun[t];
            int py = y - targetRun[t];
            if (px < 0 || py < 0) {
              continue;
            }
            int previous = band.index(px, py);
            if (previous < 0 || best[previous] >= best[cell]) {
              continue;
            }
            double total = best[previous] + blockCosts[at + t];
            // The evidence is only asked about a link that could still win on its own cost (it may be costly).
            if (total < best[cell] && evidence != NO_EVIDENCE) {
              total += evidence.cost(px, sourceRun[t], py, targetRun[t]);
            }
            if (total < best[cell]) {
              best[cell] = total;
              choice[cell] = (byte) t;
            }
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
}
