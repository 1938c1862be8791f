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
  /**
   * Most link costs a search with evidence works out in one block, so that its whole table is one block and the
   * evidence can be bounded ({@link EvidenceBound}): every full table of a stretch (up to maxFullDpSize² cells).
   */
  private static final int MAX_BOUNDED_COSTS = 1 << 20;
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
    return align(costs(source, target, sourceChars, targetChars), progress);
  }

  /**
   * A document made ready for the search: its sentences' vectors and lengths and what its links' costs are measured
   * against (each run's cost beside a random one, the skip cost, the length ratio: at 46,000 sentences a side a
   * pass over every run's vector), worked out once for {@link #align}, {@link #alignStretches} and
   * {@link #reconsider} of the same document.
   *
   * @param source overlap vectors of all source sentences of the document
   * @param target overlap vectors of all target sentences of the document
   * @param sourceChars character count of each source sentence
   * @param targetChars character count of each target sentence
   */
  public DocumentCosts costs(OverlapVectors source, OverlapVectors target, int[] sourceChars, int[] targetChars) {
    requireConsistent("source", source, sourceChars, maxSourceRun);
    requireConsistent("target", target, targetChars, maxTargetRun);
    if (source.sentenceCount() > 0 && target.sentenceCount() > 0 && source.dimension() != target.dimension()) {
      throw new QantaraException(
          "source vectors have dimension " + source.dimension() + ", target vectors " + target.dimension(),
          "embed both sides with the same model");
    }
    AlignmentLevel document = new AlignmentLevel(source, target, sourceChars.clone(), targetChars.clone());
    return new DocumentCosts(document, new LinkCosts(document, maxSourceRun, maxTargetRun, params));
  }

  /** A document and its link costs under this aligner's parameters ({@link #costs}). */
  public final class DocumentCosts {
    private final AlignmentLevel document;
    private final LinkCosts costs;

    private DocumentCosts(AlignmentLevel document, LinkCosts costs) {
      this.document = document;
      this.costs = costs;
    }

    private Aligner aligner() {
      return Aligner.this;
    }

    /** Source sentences [sourceFrom, sourceTo) and target sentences [targetFrom, targetTo), seen as a document of their own. */
    private AlignmentLevel window(int sourceFrom, int sourceTo, int targetFrom, int targetTo) {
      return new AlignmentLevel(new Window(document.source(), sourceFrom, sourceTo - sourceFrom),
          new Window(document.target(), targetFrom, targetTo - targetFrom),
          Arrays.copyOfRange(document.sourceChars(), sourceFrom, sourceTo),
          Arrays.copyOfRange(document.targetChars(), targetFrom, targetTo));
    }
  }

  /** Aligns a document whose costs are worked out ({@link #costs}), as {@link #align(OverlapVectors, OverlapVectors, int[], int[], Progress)}. */
  public List<Link> align(DocumentCosts prepared, Progress progress) {
    requireOwn(prepared);
    AlignmentLevel document = prepared.document;
    LinkCosts costs = prepared.costs;
    int[] solved = {0};
    int levels = levels(document.sourceCount(), document.targetCount());
    Runnable levelSolved = () -> progress.step(Progress.Stage.ALIGNING, "", ++solved[0], levels);
    List<Step> path = solve(document, costs, params.linkTypes(), NO_EVIDENCE, List.of(), levelSolved);
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
    return alignStretches(costs(source, target, sourceChars, targetChars), stretches);
  }

  /** {@link #alignStretches(OverlapVectors, OverlapVectors, int[], int[], List)} of a document whose costs are worked out. */
  public List<List<Link>> alignStretches(DocumentCosts prepared, List<Stretch> stretches) {
    requireOwn(prepared);
    LinkCosts costs = prepared.costs;
    List<List<Link>> aligned = new ArrayList<>(stretches.size());
    for (Stretch stretch : stretches) {
      if (stretch.sourceTo() > prepared.document.sourceCount() || stretch.targetTo() > prepared.document.targetCount()) {
        throw new IllegalArgumentException(stretch + " is outside a document of " + prepared.document.sourceCount()
            + " and " + prepared.document.targetCount() + " sentences");
      }
      int sf = stretch.sourceFrom();
      int tf = stretch.targetFrom();
      AlignmentLevel window = prepared.window(sf, stretch.sourceTo(), tf, stretch.targetTo());
      List<Step> path = solve(window, costs.shifted(sf, tf), params.linkTypes(), NO_EVIDENCE, List.of(), () -> {});
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
    return reconsider(links, costs(source, target, sourceChars, targetChars), evidence);
  }

  /**
   * {@link #reconsider(List, OverlapVectors, OverlapVectors, int[], int[], LinkEvidence)} of a document whose costs are
   * worked out (those its links were searched with).
   */
  public List<Link> reconsider(List<Link> links, DocumentCosts prepared, LinkEvidence evidence) {
    requireOwn(prepared);
    LinkCosts costs = prepared.costs;
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
      AlignmentLevel window = prepared.window(sf, sourceTo, tf, targetTo);
      // The stretch's links as they are: a path through its table whose total bounds the cheapest one's.
      List<Step> known = new ArrayList<>();
      for (int l = stretch[0]; l < stretch[1]; l++) {
        LinkType type = new LinkType(links.get(l).source().size(), links.get(l).target().size());
        known.add(new Step(sourceAt[l] - sf, targetAt[l] - tf, type));
      }
      LinkEvidence shifted = new Shifted(evidence.forStretch(), sf, tf);
      List<Link> found = new ArrayList<>();
      for (Step step : solve(window, costs.shifted(sf, tf), params.linkTypes(), shifted, known, () -> {})) {
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

  /** The evidence about a stretch's links, asked about with indices relative to its first sentences. */
  private record Shifted(LinkEvidence evidence, int sourceFrom, int targetFrom) implements LinkEvidence {
    @Override
    public double cost(int i, int a, int j, int b) {
      return evidence.cost(sourceFrom + i, a, targetFrom + j, b);
    }

    @Override
    public double lowerBound(int i, int a, int j, int b) {
      return evidence.lowerBound(sourceFrom + i, a, targetFrom + j, b);
    }
  }

  /**
   * The cheapest path at this level, through a band around the path of the coarser levels, {@code evidence} added
   * to the costs of this level's links (its indices are this level's); each level solved is told.
   */
  private List<Step> solve(AlignmentLevel level, LinkCosts costs, List<LinkType> types, LinkEvidence evidence,
      List<Step> known, Runnable levelSolved) {
    int n = level.sourceCount();
    int m = level.targetCount();
    List<Step> path = cheapestPath(band(level, levelSolved), n, m, types, costs, evidence, known);
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
    AlignmentLevel coarse = level.coarser();
    List<Step> coarsePath =
        solve(coarse, new LinkCosts(coarse, 1, 1, params), COARSE_TYPES, NO_EVIDENCE, List.of(), levelSolved);
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
   * then the block's cells in order from those costs, {@code evidence} added to a link that could still win. A path
   * {@code known} through the table (a stretch's links as they were) lets a search with evidence skip asking about
   * links that cannot be on the cheapest path ({@link EvidenceBound}).
   */
  private List<Step> cheapestPath(Band band, int n, int m, List<LinkType> types, LinkCosts costs,
      LinkEvidence evidence, List<Step> known) {
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
    boolean bounded = evidence != NO_EVIDENCE && !known.isEmpty() && (long) band.cellCount() * typeCount <= MAX_BOUNDED_COSTS;
    int blockRows = bounded ? n + 1 : COST_BLOCK_ROWS;
    for (int blockStart = 0; blockStart <= n; blockStart += blockRows) {
      int blockEnd = Math.min(n + 1, blockStart + blockRows);
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
      // Where runs are sums of their sentences, the dot products of the sentences the block's links are made of, once:
      // each source sentence with the target sentences of the rows whose links can hold it.
      SentenceDots dots = maxSource == 0 || maxTarget == 0 ? null
          : held.sentenceDots(Math.max(0, blockStart - maxSource), Math.max(0, blockEnd - 1),
              s -> Math.max(0, band.low(s + 1) - maxTarget), s -> band.high(Math.min(n, s + maxSource)));
      IntStream.range(blockStart, blockEnd).parallel().forEach(x -> {
        double[] row = new double[band.high(x) - band.low(x) + 1];
        for (int t = 0; t < typeCount; t++) {
          int a = sourceRun[t];
          int b = targetRun[t];
          int px = x - a;
          if (px < 0) {
            continue;
          }
          // The cells of row x whose link of this type starts inside the band, at row px: a run of columns.
          int yFrom = Math.max(band.low(x), band.low(px) + b);
          int yTo = Math.min(band.high(x), band.high(px) + b);
          if (yFrom > yTo) {
            continue;
          }
          if (a == 0 || b == 0) {
            Arrays.fill(row, 0, yTo - yFrom + 1, held.cost(px, a, yFrom - b, b));
          } else {
            held.costs(px, a, yFrom - b, yTo - b + 1, b, row, dots);
          }
          int at = (band.index(x, yFrom) - firstCell) * typeCount + t;
          for (int y = yFrom; y <= yTo; y++, at += typeCount) {
            blockCosts[at] = row[y - yFrom];
          }
        }
      });
      // The bound needs the costs of the whole table at hand: then it is one block.
      EvidenceBound bound =
          bounded ? EvidenceBound.of(band, types, sourceRun, targetRun, blockCosts, evidence, known) : null;
      for (int x = blockStart; x < blockEnd; x++) {
        for (int y = band.low(x); y <= band.high(x); y++) {
          int cell = band.index(x, y);
          int at = (cell - firstCell) * typeCount;
          if (bound != null) {
            bound.fill(cell, at, x, y, band, sourceRun, targetRun, blockCosts, best, choice);
            continue;
          }
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

  /**
   * What a search with evidence knows before it asks about a link. The known path's total (its links' own costs and
   * evidence, summed as the search sums them) is at least the cheapest path's; the cheapest way on from each cell to
   * the table's end, by the links' own costs and their evidence's lower bounds, is at most what any path pays from
   * there. A candidate link whose total up to its cell, plus its evidence's lower bound, plus that way on exceeds the
   * known path's total is on no cheapest path, and neither is a cell whose every cheaper way in is such a link: every
   * cell of every cheapest path, and every link into it that could tie, is found exactly as without the bound (so the
   * path and its ties are the same), with fewer links asked about. A margin far above rounding keeps ties safe.
   */
  private static final class EvidenceBound {
    private static final double MARGIN = 1e-9;

    private final LinkEvidence evidence;
    /** Per cell and link type (as the block's costs), the evidence's lower bound, and its cost once asked (NaN before). */
    private final double[] lowerBounds;
    private final double[] asked;
    /** Per cell, the cheapest way on to the table's end by own costs and lower bounds (infinite where none). */
    private final double[] onward;
    private double limit = Double.POSITIVE_INFINITY;
    /** A cell's candidate links while it is filled ({@link #fill}): their types, lower bounds and own totals. */
    private final int[] candidateTypes;
    private final double[] candidateLows;
    private final double[] candidateTotals;

    private EvidenceBound(LinkEvidence evidence, int cells, int typeCount) {
      this.evidence = evidence;
      this.candidateTypes = new int[typeCount];
      this.candidateLows = new double[typeCount];
      this.candidateTotals = new double[typeCount];
      this.lowerBounds = new double[cells * typeCount];
      this.asked = new double[cells * typeCount];
      this.onward = new double[cells];
      Arrays.fill(asked, Double.NaN);
      Arrays.fill(onward, Double.POSITIVE_INFINITY);
    }

    /**
     * The bound of a table whose every link's own cost is in {@code costs} (cell by cell, type by type, the types'
     * runs {@code sourceRun} and {@code targetRun}); null if the known path leaves the band.
     */
    static EvidenceBound of(Band band, List<LinkType> types, int[] sourceRun, int[] targetRun, double[] costs,
        LinkEvidence evidence, List<Step> known) {
      int typeCount = types.size();
      int n = band.rows() - 1;
      EvidenceBound bound = new EvidenceBound(evidence, band.cellCount(), typeCount);
      // A cell at a time, each in a method of its own: C1 compiles a method once it has been called a few hundred
      // times, and the loops of this one, called once a stretch, ran interpreted through many stretches first (JFR).
      for (int x = 0; x <= n; x++) {
        for (int y = band.low(x); y <= band.high(x); y++) {
          bound.lowerBoundsInto(band, x, y, sourceRun, targetRun);
        }
      }
      bound.onward[band.index(n, band.high(n))] = 0;
      for (int x = n; x >= 0; x--) {
        for (int y = band.high(x); y >= band.low(x); y--) {
          bound.onwardFrom(band, n, x, y, sourceRun, targetRun, costs);
        }
      }
      double total = 0;
      int x = 0;
      int y = 0;
      for (Step step : known) {
        int t = types.indexOf(step.type());
        int nx = x + step.type().source();
        int ny = y + step.type().target();
        int next = nx <= n ? band.index(nx, ny) : -1;
        if (t < 0 || step.source() != x || step.target() != y || next < 0) {
          return null;
        }
        total += costs[next * typeCount + t];
        total += bound.evidence(next * typeCount + t, x, step.type().source(), y, step.type().target());
        x = nx;
        y = ny;
      }
      if (x != n || y != band.high(n)) {
        return null;
      }
      bound.limit = total + MARGIN * (1 + Math.abs(total));
      return bound;
    }

    /** The evidence's lower bound of each link into cell (x, y) from a cell of the band. */
    private void lowerBoundsInto(Band band, int x, int y, int[] sourceRun, int[] targetRun) {
      int at = band.index(x, y) * sourceRun.length;
      for (int t = 0; t < sourceRun.length; t++) {
        int px = x - sourceRun[t];
        int py = y - targetRun[t];
        if (px >= 0 && py >= 0 && band.index(px, py) >= 0) {
          lowerBounds[at + t] = evidence.lowerBound(px, sourceRun[t], py, targetRun[t]);
        }
      }
    }

    /** The cheapest way on from cell (x, y) of a table of n rows, the ways on from the cells after it known. */
    private void onwardFrom(Band band, int n, int x, int y, int[] sourceRun, int[] targetRun, double[] costs) {
      int cell = band.index(x, y);
      for (int t = 0; t < sourceRun.length; t++) {
        int nx = x + sourceRun[t];
        int ny = y + targetRun[t];
        int next = nx <= n ? band.index(nx, ny) : -1;
        if (next >= 0) {
          int at = next * sourceRun.length + t;
          onward[cell] = Math.min(onward[cell], costs[at] + lowerBounds[at] + onward[next]);
        }
      }
    }

    /** Whether the link at {@code at} into {@code cell}, with a total of {@code total} before its evidence, is on no cheapest path. */
    boolean rulesOut(double total, int cell, int at) {
      return total + lowerBounds[at] + onward[cell] > limit;
    }

    /**
     * Fills a cell of the table: the cheapest total of the links into it, ties to the smallest type, as asking about
     * them in type order gives. The links the bound does not rule out are asked about in order of their totals' lower
     * bounds (own cost plus the evidence's lower bound, cheapest first, ties in type order), each only while it could
     * still be cheaper than the best total found, or as cheap with a smaller type: a link whose lower bound exceeds a
     * likelier link's total is never asked about (in type order it is asked whenever its own cost alone is below the
     * best so far). The totals are summed as in type order, so the cell's total and type are the same to the last bit.
     */
    void fill(int cell, int at, int x, int y, Band band, int[] sourceRun, int[] targetRun, double[] costs,
        double[] best, byte[] choice) {
      int count = 0;
      for (int t = 0; t < sourceRun.length; t++) {
        int px = x - sourceRun[t];
        int py = y - targetRun[t];
        int previous = px < 0 || py < 0 ? -1 : band.index(px, py);
        if (previous < 0 || best[previous] == Double.POSITIVE_INFINITY) {
          continue;
        }
        double total = best[previous] + costs[at + t];
        if (rulesOut(total, cell, at + t)) {
          continue;
        }
        double low = total + lowerBounds[at + t];
        int k = count++;
        for (; k > 0 && candidateLows[k - 1] > low; k--) {
          candidateTypes[k] = candidateTypes[k - 1];
          candidateLows[k] = candidateLows[k - 1];
          candidateTotals[k] = candidateTotals[k - 1];
        }
        candidateTypes[k] = t;
        candidateLows[k] = low;
        candidateTotals[k] = total;
      }
      double bestTotal = Double.POSITIVE_INFINITY;
      int bestType = -1;
      for (int k = 0; k < count && candidateLows[k] <= bestTotal; k++) {
        int t = candidateTypes[k];
        if (candidateLows[k] == bestTotal && t > bestType) {
          continue;
        }
        double total = candidateTotals[k] + evidence(at + t, x - sourceRun[t], sourceRun[t], y - targetRun[t], targetRun[t]);
        if (total < bestTotal || (total == bestTotal && t < bestType)) {
          bestTotal = total;
          bestType = t;
        }
      }
      if (bestType >= 0) {
        best[cell] = bestTotal;
        choice[cell] = (byte) bestType;
      }
    }

    /** The evidence's cost of the link at {@code at}, asked once. */
    double evidence(int at, int i, int a, int j, int b) {
      if (Double.isNaN(asked[at])) {
        asked[at] = evidence.cost(i, a, j, b);
      }
      return asked[at];
    }
  }

  private void requireOwn(DocumentCosts prepared) {
    if (prepared.aligner() != this) {
      throw new IllegalArgumentException("document costs worked out by another aligner, whose parameters may differ");
    }
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
