package org.qantara.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.Aligner;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.align.Link;
import org.qantara.core.align.OverlapEmbedding;
import org.qantara.core.edit.EditRefused.Reason;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.text.Document;

/**
 * Re-alignment between locked links on seed 001 with the built-in model: a scrambled middle comes back
 * as the gold alignment, from the vectors of the first alignment.
 */
class RealignmentTest {
  private static Embedder embedder;
  private static Aligner aligner;
  private static OverlapEmbedding arabic;
  private static OverlapEmbedding english;
  private static EditableAlignment aligned;

  @BeforeAll
  static void alignSeed() {
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, Path.of("models").toAbsolutePath().toString());
    embedder = ModelRegistry.fromEnvironment().open("builtin-ar-en");
    aligner = new Aligner(AlignerParams.defaults());
    Document source = SeedAlignments.arabic();
    Document target = SeedAlignments.english();
    int overlap = aligner.params().maxOverlap();
    arabic = OverlapEmbedding.of(source.sentenceTexts(), embedder, overlap);
    english = OverlapEmbedding.of(target.sentenceTexts(), embedder, overlap);
    List<Link> links = aligner.align(arabic, english, source.weighedLengths(), target.weighedLengths());
    aligned = EditableAlignment.of(new AlignedDocuments(source, target, links, embedder.modelId(), aligner.params()));
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  private static long id(EditableAlignment alignment, int row) {
    return alignment.link(row - 1).id();
  }

  private static final String GOLD = "[0]:[0] [1]:[1] [2]:[2] [3]:[3,4] [4]:[5] [5]:[6] [6]:[7]";

  /** Links 1 and 7 locked; the middle merged, detached and shifted out of shape. */
  private static EditableAlignment scrambled() {
    EditableAlignment a = Edits.lock(aligned, List.of(id(aligned, 1), id(aligned, 7))).after();
    a = Edits.mergeWithNext(a, id(a, 2)).after();
    a = Edits.detach(a, id(a, 3), Side.TARGET, 4).after();
    a = Edits.moveUp(a, id(a, 5), Side.SOURCE).after();
    a = Edits.mergeWithNext(a, id(a, 5)).after();
    return a;
  }

  @Test
  void theAlignerFindsTheGoldOfSeed001() {
    assertThat(EditsTest.links(aligned)).isEqualTo(GOLD);
  }

  @Test
  void realignBetweenLockedLinksRestoresTheGold() {
    EditableAlignment scrambled = scrambled();
    assertThat(EditsTest.links(scrambled)).isEqualTo("[0]:[0] [1,2]:[1,2] [3]:[3] [4]:[4] [5]:[5,6] [6]:[7]");

    EditResult realigned = Realignment.pending(scrambled, aligner, arabic, english);

    assertThat(EditsTest.links(realigned.after())).isEqualTo(GOLD);
    assertThat(realigned.label()).isEqualTo("Re-align links 2–5");
    assertThat(realigned.after().link(0)).isEqualTo(scrambled.link(0));
    assertThat(realigned.after().link(6)).isEqualTo(scrambled.link(5));
    assertThat(realigned.after().links().subList(1, 6))
        .allMatch(l -> l.origin() == Origin.ALIGNER && l.score() > 0 && l.id() >= scrambled.nextId());
    assertThat(realigned.rows()).isEqualTo(new EditResult.RowChange(1, 4, 5));
    // The scores are those of the first alignment: the same vectors, the same document-wide costs.
    for (int k = 1; k < 6; k++) {
      assertThat(realigned.after().link(k).score()).isEqualTo(aligned.link(k).score());
    }
  }

  @Test
  void aLinkTheAlignerFindsAgainKeepsItsIdAndStatus() {
    EditableAlignment a = Edits.lock(aligned, List.of(id(aligned, 1), id(aligned, 7))).after();
    a = Edits.markForReview(a, List.of(id(a, 6))).after();
    a = Edits.mergeWithNext(a, id(a, 2)).after();

    EditResult realigned = Realignment.pending(a, aligner, arabic, english);

    assertThat(EditsTest.links(realigned.after())).isEqualTo(GOLD);
    assertThat(realigned.after().link(5)).isEqualTo(a.link(4));
    assertThat(realigned.after().link(5).status()).isEqualTo(ReviewStatus.NEEDS_REVIEW);
    assertThat(realigned.rows()).isEqualTo(new EditResult.RowChange(1, 1, 2));
  }

  @Test
  void acceptedLinksAreAnchorsTooAndAroundRealignsOneStretch() {
    EditableAlignment a = scrambled(); // [0]:[0] [1,2]:[1,2] [3]:[3] [4]:[4] [5]:[5,6] [6]:[7]
    a = Edits.accept(a, List.of(id(a, 4))).after(); // [4]:[4] is wrong, but a person accepted it

    EditResult before = Realignment.around(a, id(a, 2), aligner, arabic, english);
    assertThat(before.label()).isEqualTo("Re-align links 2–3");
    assertThat(EditsTest.links(before.after())).isEqualTo("[0]:[0] [1]:[1] [2]:[2] [3]:[3] [4]:[4] [5]:[5,6] [6]:[7]");

    EditResult both = Realignment.pending(a, aligner, arabic, english);
    assertThat(both.label()).isEqualTo("Re-align 2 stretches between locked and accepted links");
    assertThat(both.after().link(4)).isEqualTo(a.link(3));
  }

  @Test
  void nothingToRealignIsRefused() {
    EditableAlignment all = Edits.lock(aligned, aligned.links().stream().map(EditableLink::id).toList()).after();
    assertThatThrownBy(() -> Realignment.pending(all, aligner, arabic, english))
        .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOTHING_TO_REALIGN));
    assertThatThrownBy(() -> Realignment.around(all, id(all, 3), aligner, arabic, english))
        .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOTHING_TO_REALIGN));
  }

  @Test
  void realigningTheWholeDocumentAsOneStretchIsAligningIt() {
    List<List<Link>> whole = aligner.alignStretches(arabic, english,
        aligned.source().weighedLengths(), aligned.target().weighedLengths(),
        List.of(new Aligner.Stretch(0, 7, 0, 8)));
    assertThat(whole).containsExactly(aligned.toAlignedDocuments("m", aligner.params()).links());
  }
}
