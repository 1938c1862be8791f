package org.qantara.core.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.qantara.core.QantaraException;

class AlignerTest {
  private final Aligner aligner = new Aligner(AlignerParams.defaults());

  private static final Function<Link, String> SHAPE =
      l -> l.source().size() + "-" + l.target().size();

  /** Links without scores, so that a failure shows the first differing link. */
  private static List<String> links(List<Link> links) {
    return links.stream().map(l -> l.source() + ":" + l.target()).toList();
  }

  @Test
  void recoversPlantedMergesAndSplitsWithTheFullTable() {
    SyntheticDocument doc = SyntheticDocument.generate(150, 64, 0.6, SyntheticDocument.MERGES_AND_SPLITS, 1);
    assertThat(doc.gold()).extracting(SHAPE).contains("1-1", "2-1", "1-2");

    assertThat(links(doc.align(aligner))).isEqualTo(links(doc.gold()));
  }

  @Test
  void recoversPlantedMergesAndSplitsCoarseToFine() {
    // 3000 sentences > maxFullDpSize (300): several halvings, then banded refinements back to full size.
    SyntheticDocument doc = SyntheticDocument.generate(3000, 64, 0.6, SyntheticDocument.MERGES_AND_SPLITS, 2);

    assertThat(links(doc.align(aligner))).isEqualTo(links(doc.gold()));
  }

  /**
   * With merges allowed, an unrelated sentence beside a translation is cheaper absorbed into a 1-2 / 2-1
   * link than skipped (a merge with a random vector keeps cosine c/√2, which costs less than the skip
   * priced from random pairs); Vecalign's cost behaves the same. That case is left to the quality test on
   * real embeddings; here skips are checked with the link types that isolate them.
   */
  @Test
  void aSecondLookWithSilentEvidenceKeepsTheSearchsLinks() {
    SyntheticDocument doc = SyntheticDocument.generate(150, 64, 0.8, SyntheticDocument.ALL, 11);
    List<Link> searched = doc.align(aligner);
    assertThat(searched).extracting(SHAPE).contains("1-0", "2-1");

    List<Link> reconsidered =
        aligner.reconsider(searched, doc.source(), doc.target(), doc.sourceChars(), doc.targetChars(), (i, a, j, b) -> 0);

    assertThat(links(reconsidered)).isEqualTo(links(searched));
  }

  @Test
  void aSecondLookFollowsTheEvidenceInDoubtfulStretchesOnly() {
    SyntheticDocument doc = SyntheticDocument.generate(150, 64, 0.6, SyntheticDocument.MERGES_AND_SPLITS, 1);
    List<Link> searched = doc.align(aligner);
    int firstMerge = 0;
    while (searched.get(firstMerge).source().size() < 2) {
      firstMerge++;
    }

    // Evidence that forbids two source sentences in one link.
    List<Link> reconsidered = aligner.reconsider(searched, doc.source(), doc.target(), doc.sourceChars(),
        doc.targetChars(), (i, a, j, b) -> a >= 2 ? 100 : 0);

    assertThat(reconsidered).allMatch(l -> l.source().size() < 2);
    assertThat(reconsidered.stream().mapToInt(l -> l.source().size()).sum()).isEqualTo(doc.sourceChars().length);
    assertThat(reconsidered.stream().mapToInt(l -> l.target().size()).sum()).isEqualTo(doc.targetChars().length);
    // Links up to the one before the first doubtful link are not looked at again.
    assertThat(links(reconsidered.subList(0, firstMerge - 1))).isEqualTo(links(searched.subList(0, firstMerge - 1)));
  }

  /**
   * The second look asks about a candidate link only where it could be on the cheapest path (the stretch's links as
   * they were bound the total): the links it finds are those of asking about every candidate, ties included.
   */
  @Test
  void aSecondLookAsksAboutFewerLinksAndFindsWhatAskingAboutEveryOneFinds() {
    SyntheticDocument doc = SyntheticDocument.generate(120, 64, 0.8, SyntheticDocument.ALL, 5);
    // Every 1-1 link broken into a 1-0 and a 0-1: every link is doubtful, the document one stretch.
    List<Link> broken = new ArrayList<>();
    for (Link link : doc.align(aligner)) {
      if (link.source().size() == 1 && link.target().size() == 1) {
        broken.add(new Link(link.source(), List.of(), 0));
        broken.add(new Link(List.of(), link.target(), 0));
      } else {
        broken.add(link);
      }
    }
    AtomicInteger everyCandidate = new AtomicInteger();
    List<String> askingEvery = cheapestAskingEvery(doc, (i, a, j, b) -> {
      everyCandidate.incrementAndGet();
      return noise(i, a, j, b);
    });
    // Lower bounds of every kind: half the cost, the cost itself for some links and nothing for others (a cell's
    // links are then asked about in an order far from their types').
    List<LinkEvidenceBound> lowerBounds = List.of((i, a, j, b) -> noise(i, a, j, b) / 2,
        (i, a, j, b) -> (i + j) % 3 == 0 ? noise(i, a, j, b) : (i + j) % 3 == 1 ? 0 : noise(i, a, j, b) * 0.9);
    for (LinkEvidenceBound lowerBound : lowerBounds) {
      AtomicInteger asked = new AtomicInteger();
      LinkEvidence evidence = new LinkEvidence() {
        @Override
        public double cost(int i, int a, int j, int b) {
          asked.incrementAndGet();
          return noise(i, a, j, b);
        }

        @Override
        public double lowerBound(int i, int a, int j, int b) {
          return lowerBound.of(i, a, j, b);
        }
      };

      List<Link> reconsidered =
          aligner.reconsider(broken, doc.source(), doc.target(), doc.sourceChars(), doc.targetChars(), evidence);

      assertThat(links(reconsidered)).isEqualTo(askingEvery);
      assertThat(asked.get()).isLessThan(everyCandidate.get() / 2);
    }
  }

  /** A lower bound of a link's evidence, for {@link #aSecondLookAsksAboutFewerLinksAndFindsWhatAskingAboutEveryOneFinds}. */
  private interface LinkEvidenceBound {
    double of(int i, int a, int j, int b);
  }

  /** A cost in [0, 2) that looks random and is the same whenever asked. */
  private static double noise(int i, int a, int j, int b) {
    long mixed = ((((long) i * 1_000_003 + a) * 1_000_033 + j) * 1_000_037 + b) * 0x9E3779B97F4A7C15L;
    return (mixed >>> 40) / (double) (1L << 24) * 2;
  }

  /** The cheapest path over the whole table, every candidate's evidence added as the search adds it; ties to the smaller type. */
  private static List<String> cheapestAskingEvery(SyntheticDocument doc, LinkEvidence evidence) {
    AlignerParams params = AlignerParams.defaults();
    List<LinkType> types = params.linkTypes();
    int n = doc.sourceChars().length;
    int m = doc.targetChars().length;
    LinkCosts costs = new LinkCosts(new AlignmentLevel(doc.source(), doc.target(), doc.sourceChars(), doc.targetChars()),
        types.stream().mapToInt(LinkType::source).max().orElseThrow(),
        types.stream().mapToInt(LinkType::target).max().orElseThrow(), params);
    double[][] best = new double[n + 1][m + 1];
    int[][] choice = new int[n + 1][m + 1];
    for (double[] row : best) {
      Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    best[0][0] = 0;
    for (int x = 0; x <= n; x++) {
      for (int y = 0; y <= m; y++) {
        for (int t = 0; t < types.size(); t++) {
          int a = types.get(t).source();
          int b = types.get(t).target();
          if (x - a >= 0 && y - b >= 0 && best[x - a][y - b] < Double.POSITIVE_INFINITY) {
            double total = best[x - a][y - b] + costs.cost(x - a, a, y - b, b);
            total += evidence.cost(x - a, a, y - b, b);
            if (total < best[x][y]) {
              best[x][y] = total;
              choice[x][y] = t;
            }
          }
        }
      }
    }
    List<String> path = new ArrayList<>();
    for (int x = n, y = m; x > 0 || y > 0; ) {
      LinkType type = types.get(choice[x][y]);
      x -= type.source();
      y -= type.target();
      path.add(0, Link.sentences(x, type.source()) + ":" + Link.sentences(y, type.target()));
    }
    return path;
  }

  @Test
  void recoversPlantedSkipsAmongOneToOneLinks() {
    Aligner skipsOnly = new Aligner(AlignerParams.defaults().withLinkTypes(SyntheticDocument.SKIPS));
    SyntheticDocument small = SyntheticDocument.generate(150, 64, 0.6, SyntheticDocument.SKIPS, 3);
    SyntheticDocument large = SyntheticDocument.generate(3000, 64, 0.6, SyntheticDocument.SKIPS, 4);
    assertThat(small.gold()).extracting(SHAPE).contains("1-1", "1-0", "0-1");

    assertThat(links(small.align(skipsOnly))).isEqualTo(links(small.gold()));
    assertThat(links(large.align(skipsOnly))).isEqualTo(links(large.gold()));
  }

  @Test
  void scoresAreCosinesInUnitIntervalAndZeroForOneSidedLinks() {
    SyntheticDocument doc = SyntheticDocument.generate(80, 64, 0.6, SyntheticDocument.ALL, 3);
    for (Link link : doc.align(aligner)) {
      if (link.isOneSided()) {
        assertThat(link.score()).isZero();
      } else {
        assertThat(link.score()).isBetween(0.5, 1.0);
      }
    }
  }

  @Test
  void isDeterministic() {
    SyntheticDocument doc = SyntheticDocument.generate(1000, 32, 0.8, SyntheticDocument.ALL, 4);
    assertThat(doc.align(new Aligner(AlignerParams.defaults().withMaxFullDpSize(50))))
        .isEqualTo(doc.align(new Aligner(AlignerParams.defaults().withMaxFullDpSize(50))));
  }

  @Test
  void restrictedLinkTypesAreRespected() {
    SyntheticDocument doc = SyntheticDocument.generate(100, 64, 0.6, SyntheticDocument.ALL, 5);
    List<Link> links = doc.align(new Aligner(AlignerParams.defaults().withLinkTypes(SyntheticDocument.SKIPS)));

    assertThat(links).allMatch(l -> l.source().size() <= 1 && l.target().size() <= 1);
    assertThat(links.stream().mapToInt(l -> l.source().size()).sum()).isEqualTo(doc.sourceChars().length);
    assertThat(links.stream().mapToInt(l -> l.target().size()).sum()).isEqualTo(doc.targetChars().length);
  }

  @Test
  void emptySideGivesOnlySkips() {
    SyntheticDocument doc = SyntheticDocument.generate(5, 16, 0.5, SyntheticDocument.ALL, 6);
    OverlapEmbedding empty = OverlapEmbedding.ofSentenceVectors(new float[0][], 4);

    List<Link> links = aligner.align(doc.source(), empty, doc.sourceChars(), new int[0]);

    assertThat(links).hasSize(doc.sourceChars().length).allMatch(l -> l.target().isEmpty() && l.score() == 0);
  }

  @Test
  void withoutSkipTypesAnUnequalDocumentHasNoPathAndSaysWhy() {
    SyntheticDocument doc = SyntheticDocument.generate(5, 16, 0.5, SyntheticDocument.ALL, 7);
    OverlapEmbedding shorter = OverlapEmbedding.ofSentenceVectors(new float[][] {{1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}}, 4);
    Aligner oneToOne = new Aligner(AlignerParams.defaults().withLinkTypes(List.of(LinkType.ONE_TO_ONE)));

    assertThatThrownBy(() -> oneToOne.align(doc.source(), shorter, doc.sourceChars(), new int[] {10}))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("no alignment")
        .hasMessageContaining("add 1-0 and 0-1");
  }

  @Test
  void mismatchedCharacterCountsAreRejected() {
    SyntheticDocument doc = SyntheticDocument.generate(5, 16, 0.5, SyntheticDocument.ALL, 8);
    assertThatThrownBy(() -> aligner.align(doc.source(), doc.target(), new int[1], doc.targetChars()))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("character counts");
  }
}
