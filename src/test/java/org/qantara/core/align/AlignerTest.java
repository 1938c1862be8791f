package org.qantara.core.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qantara.core.QantaraException;

class AlignerTest {
  private final Aligner aligner = new Aligner(AlignerParams.defaults());

  private static List<String> shapes(List<Link> links) {
    return links.stream().map(l -> l.source() + ":" + l.target()).toList();
  }

  @Test
  void recoversPlantedMergesSplitsAndSkipsWithTheFullTable() {
    SyntheticDocument doc = SyntheticDocument.generate(120, 64, 0.6, 1);
    assertThat(doc.gold()).extracting(l -> l.source().size() + "-" + l.target().size())
        .contains("1-1", "2-1", "1-2", "1-0", "0-1");

    List<Link> links = doc.align(aligner);

    assertThat(shapes(links)).isEqualTo(shapes(doc.gold()));
  }

  @Test
  void recoversPlantedAlignmentCoarseToFine() {
    SyntheticDocument doc = SyntheticDocument.generate(3000, 64, 0.6, 2);
    // 3000 > maxFullDpSize (300): the search goes through several halvings and banded refinements.
    List<Link> links = doc.align(aligner);

    assertThat(shapes(links)).isEqualTo(shapes(doc.gold()));
  }

  @Test
  void scoresAreCosinesInUnitIntervalAndZeroForOneSidedLinks() {
    SyntheticDocument doc = SyntheticDocument.generate(80, 64, 0.6, 3);
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
    SyntheticDocument doc = SyntheticDocument.generate(1000, 32, 0.8, 4);
    assertThat(doc.align(new Aligner(AlignerParams.defaults().withMaxFullDpSize(50))))
        .isEqualTo(doc.align(new Aligner(AlignerParams.defaults().withMaxFullDpSize(50))));
  }

  @Test
  void restrictedLinkTypesAreRespected() {
    SyntheticDocument doc = SyntheticDocument.generate(100, 64, 0.6, 5);
    AlignerParams oneToOneAndSkips =
        AlignerParams.defaults().withLinkTypes(List.of(LinkType.ONE_TO_ONE, LinkType.SOURCE_ONLY, LinkType.TARGET_ONLY));

    List<Link> links = doc.align(new Aligner(oneToOneAndSkips));

    assertThat(links).allMatch(l -> l.source().size() <= 1 && l.target().size() <= 1);
    assertThat(links.stream().mapToInt(l -> l.source().size()).sum()).isEqualTo(doc.sourceChars().length);
    assertThat(links.stream().mapToInt(l -> l.target().size()).sum()).isEqualTo(doc.targetChars().length);
  }

  @Test
  void emptySideGivesOnlySkips() {
    SyntheticDocument doc = SyntheticDocument.generate(5, 16, 0.5, 6);
    OverlapEmbedding empty = OverlapEmbedding.ofSentenceVectors(new float[0][], 4);

    List<Link> links = aligner.align(doc.source(), empty, doc.sourceChars(), new int[0]);

    assertThat(links).hasSize(doc.sourceChars().length).allMatch(l -> l.target().isEmpty() && l.score() == 0);
  }

  @Test
  void withoutSkipTypesAnUnequalDocumentHasNoPathAndSaysWhy() {
    SyntheticDocument doc = SyntheticDocument.generate(5, 16, 0.5, 7);
    OverlapEmbedding shorter = OverlapEmbedding.ofSentenceVectors(new float[][] {{1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}}, 4);
    Aligner oneToOne = new Aligner(AlignerParams.defaults().withLinkTypes(List.of(LinkType.ONE_TO_ONE)));

    assertThatThrownBy(() -> oneToOne.align(doc.source(), shorter, doc.sourceChars(), new int[] {10}))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("no alignment")
        .hasMessageContaining("add 1-0 and 0-1");
  }

  @Test
  void mismatchedCharacterCountsAreRejected() {
    SyntheticDocument doc = SyntheticDocument.generate(5, 16, 0.5, 8);
    assertThatThrownBy(() -> aligner.align(doc.source(), doc.target(), new int[1], doc.targetChars()))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("character counts");
  }
}
