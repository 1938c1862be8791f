package org.qantara.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qantara.core.Problem;
import org.qantara.core.edit.EditRefused.Reason;
import org.qantara.core.edit.EditResult.RowChange;
import org.qantara.core.review.Flag;
import org.qantara.core.text.Span;

/** Every edit on seed 001's gold alignment, its undo and redo, and the edits that must be refused. */
public class EditsTest {
  private EditableAlignment gold;

  @BeforeEach
  void seed() {
    gold = SeedAlignments.gold();
  }

  /** The links as Vecalign writes them: "[0]:[0] [3]:[3,4] [4]:[]". */
  public static String links(EditableAlignment alignment) {
    return alignment.links().stream()
        .map(l -> l.source().indices() + ":" + l.target().indices())
        .collect(Collectors.joining(" "))
        .replace(", ", ",");
  }

  private long id(EditableAlignment alignment, int row) {
    return alignment.link(row - 1).id();
  }

  /** Records the edit, undoes it (back to the value before), redoes it (the value after). */
  private static void assertUndoRedo(EditResult edit) {
    EditHistory history = EditHistory.start(edit.before(), "Open").record(edit);
    assertThat(history.undoLabel()).contains(edit.label());
    EditHistory.Step undo = history.undo();
    assertThat(undo.history().current()).isSameAs(edit.before());
    assertThat(undo.change().label()).isEqualTo("Undo " + edit.label());
    assertThat(undo.change().rows()).isEqualTo(new RowChange(edit.rows().from(), edit.rows().inserted(), edit.rows().removed()));
    assertThat(undo.history().redoLabel()).contains(edit.label());
    EditHistory.Step redo = undo.history().redo();
    assertThat(redo.history().current()).isSameAs(edit.after());
    assertThat(redo.change().rows()).isEqualTo(edit.rows());
    assertThat(redo.history().canRedo()).isFalse();
  }

  @Test
  void goldHasSevenAlignerLinksWithIdsInOrder() {
    assertThat(links(gold)).isEqualTo("[0]:[0] [1]:[1] [2]:[2] [3]:[3,4] [4]:[5] [5]:[6] [6]:[7]");
    assertThat(gold.links()).extracting(EditableLink::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(gold.links()).allMatch(l -> l.origin() == Origin.ALIGNER && l.status() == ReviewStatus.UNREVIEWED);
    assertThat(gold.link(3).shape()).isEqualTo("1-2");
    assertThat(gold.indexOfSentence(Side.TARGET, 4)).isEqualTo(3);
  }

  @Test
  void mergeWithNextJoinsTwoLinksIntoANewPersonLink() {
    EditResult merge = Edits.mergeWithNext(gold, id(gold, 3));

    assertThat(merge.label()).isEqualTo("Merge links 3 and 4");
    assertThat(links(merge.after())).isEqualTo("[0]:[0] [1]:[1] [2,3]:[2,3,4] [4]:[5] [5]:[6] [6]:[7]");
    EditableLink merged = merge.after().link(2);
    assertThat(merged.id()).isEqualTo(8);
    assertThat(merged.origin()).isEqualTo(Origin.PERSON);
    assertThat(merged.score()).isNaN();
    assertThat(merge.rows()).isEqualTo(new RowChange(2, 2, 1));
    assertThat(merge.changedLinkIds()).containsExactly(8L);
    assertThat(merge.reshapedLinkIds()).containsExactly(8L);
    assertThat(merge.removedLinkIds()).containsExactlyInAnyOrder(3L, 4L);
    assertThat(merge.focus()).hasValue(8);
    // Untouched links keep their ids.
    assertThat(merge.after().link(3).id()).isEqualTo(5);
    assertThat(gold.size()).isEqualTo(7);
    assertUndoRedo(merge);
  }

  @Test
  void mergeWithPreviousJoinsWithTheLinkAbove() {
    EditResult merge = Edits.mergeWithPrevious(gold, id(gold, 7));

    assertThat(merge.label()).isEqualTo("Merge links 6 and 7");
    assertThat(links(merge.after())).endsWith("[4]:[5] [5,6]:[6,7]");
    assertUndoRedo(merge);
  }

  @Test
  void mergingPastEitherEndIsRefused() {
    assertThatThrownBy(() -> Edits.mergeWithNext(gold, id(gold, 7)))
        .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.problem()).isEqualTo(new Problem.EditNotPossible(
            Reason.NO_NEXT_LINK, "link 7 is the last link; nothing follows it", "merge it with the previous link instead")))
        .hasMessage("link 7 is the last link; nothing follows it — merge it with the previous link instead");
    assertThatThrownBy(() -> Edits.mergeWithPrevious(gold, id(gold, 1)))
        .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_PREVIOUS_LINK));
    assertThatThrownBy(() -> Edits.mergeWithNext(gold, 99))
        .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_SUCH_LINK));
  }

  @Test
  void splitCutsALinkAtASentenceBoundary() {
    EditResult split = Edits.split(gold, id(gold, 4), 4, 4);

    assertThat(split.label()).isEqualTo("Split link 4");
    assertThat(links(split.after())).isEqualTo("[0]:[0] [1]:[1] [2]:[2] [3]:[3] []:[4] [4]:[5] [5]:[6] [6]:[7]");
    assertThat(split.after().link(4).source()).isEqualTo(SentenceRange.empty(4));
    assertThat(split.rows()).isEqualTo(new RowChange(3, 1, 2));
    assertThat(split.changedLinkIds()).containsExactly(8L, 9L);
    assertUndoRedo(split);

    EditResult targetOnly = Edits.split(gold, id(gold, 4), 3, 4);
    assertThat(links(targetOnly.after())).contains("[2]:[2] []:[3] [3]:[4] [4]:[5]");
  }

  @Test
  void aSplitThatLeavesAnEmptyPartOrLeavesTheLinkIsRefused() {
    long link4 = id(gold, 4);
    for (int[] at : new int[][] {{3, 3}, {4, 5}, {5, 4}, {2, 3}}) {
      assertThatThrownBy(() -> Edits.split(gold, link4, at[0], at[1]))
          .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_SPLIT_POINT));
    }
  }

  @Test
  void moveUpAndDownShiftABoundarySentenceToTheNeighbour() {
    EditResult down = Edits.moveDown(gold, id(gold, 4), Side.TARGET);
    assertThat(down.label()).isEqualTo("Move target sentence 5 down to link 5");
    assertThat(links(down.after())).contains("[3]:[3] [4]:[4,5] [5]:[6]");
    assertThat(down.rows()).isEqualTo(new RowChange(3, 2, 2));
    assertUndoRedo(down);

    EditResult up = Edits.moveUp(down.after(), id(down.after(), 5), Side.TARGET);
    assertThat(up.label()).isEqualTo("Move target sentence 5 up to link 4");
    assertThat(links(up.after())).isEqualTo(links(gold));
    assertUndoRedo(up);

    EditResult sourceUp = Edits.moveUp(gold, id(gold, 2), Side.SOURCE);
    assertThat(links(sourceUp.after())).startsWith("[0,1]:[0] []:[1] [2]:[2]");
    assertUndoRedo(sourceUp);
  }

  @Test
  void movingTheOnlySentenceOfAOneSidedLinkRemovesTheLink() {
    EditableAlignment split = Edits.split(gold, id(gold, 4), 4, 4).after(); // … [3]:[3] []:[4] [4]:[5] …
    EditResult up = Edits.moveUp(split, id(split, 5), Side.TARGET);

    assertThat(links(up.after())).isEqualTo(links(gold));
    assertThat(up.rows()).isEqualTo(new RowChange(3, 2, 1));
    assertUndoRedo(up);
  }

  @Test
  void movesOffTheEndsOrFromAnEmptySideAreRefused() {
    assertThatThrownBy(() -> Edits.moveUp(gold, id(gold, 1), Side.SOURCE))
        .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_PREVIOUS_LINK));
    assertThatThrownBy(() -> Edits.moveDown(gold, id(gold, 7), Side.TARGET))
        .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_NEXT_LINK));
    EditableAlignment split = Edits.split(gold, id(gold, 4), 4, 4).after();
    assertThatThrownBy(() -> Edits.moveDown(split, id(split, 5), Side.SOURCE))
        .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY_SIDE));
  }

  @Test
  void detachMakesAOneSidedLinkOfABoundarySentence() {
    EditResult last = Edits.detach(gold, id(gold, 4), Side.TARGET, 4);
    assertThat(last.label()).isEqualTo("Detach target sentence 5 from link 4");
    assertThat(links(last.after())).contains("[2]:[2] [3]:[3] []:[4] [4]:[5]");
    assertThat(last.focus()).hasValue(last.after().link(4).id());
    assertUndoRedo(last);

    EditResult first = Edits.detach(gold, id(gold, 4), Side.TARGET, 3);
    assertThat(links(first.after())).contains("[2]:[2] []:[3] [3]:[4] [4]:[5]");

    EditResult source = Edits.detach(gold, id(gold, 2), Side.SOURCE, 1);
    assertThat(links(source.after())).startsWith("[0]:[0] [1]:[] []:[1] [2]:[2]");
    assertUndoRedo(source);
  }

  @Test
  void detachingAnInnerOrALoneSentenceIsRefused() {
    EditableAlignment merged = Edits.mergeWithNext(Edits.mergeWithNext(gold, id(gold, 3)).after(), 8).after();
    // merged: [0]:[0] [1]:[1] [2,3,4]:[2,3,4,5] …
    assertThatThrownBy(() -> Edits.detach(merged, id(merged, 3), Side.SOURCE, 3))
        .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_AT_LINK_EDGE))
        .hasMessageContaining("split the link");
    assertThatThrownBy(() -> Edits.detach(gold, id(gold, 3), Side.SOURCE, 5))
        .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_AT_LINK_EDGE));
    EditableAlignment detached = Edits.detach(gold, id(gold, 2), Side.SOURCE, 1).after();
    assertThatThrownBy(() -> Edits.detach(detached, id(detached, 2), Side.SOURCE, 1))
        .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_ALONE));
  }

  @Test
  void pinpointLinksTwoUnlinkedSentences() {
    EditableAlignment detached = Edits.detach(gold, id(gold, 2), Side.SOURCE, 1).after();
    EditResult pin = Edits.pinpoint(detached, id(detached, 3), id(detached, 2));

    assertThat(pin.label()).isEqualTo("Link source sentence 2 with target sentence 2");
    assertThat(links(pin.after())).isEqualTo(links(gold));
    assertThat(pin.after().link(1).origin()).isEqualTo(Origin.PERSON);
    assertUndoRedo(pin);
  }

  @Test
  void pinpointAcrossOneSidedLinksMovesThemAside() {
    // [0]:[0] [1]:[] []:[1] []:[2] [2]:[] [3]:[3,4] …
    EditableAlignment a = Edits.detach(gold, id(gold, 2), Side.SOURCE, 1).after();
    a = Edits.detach(a, id(a, 4), Side.TARGET, 2).after();
    assertThat(links(a)).startsWith("[0]:[0] [1]:[] []:[1] []:[2] [2]:[] [3]:[3,4]");
    long middle = id(a, 3);

    EditResult pin = Edits.pinpoint(a, id(a, 2), id(a, 4));

    assertThat(links(pin.after())).startsWith("[0]:[0] []:[1] [1]:[2] [2]:[] [3]:[3,4]");
    assertThat(pin.after().link(1).id()).as("the link passed over keeps its id").isEqualTo(middle);
    assertUndoRedo(pin);
  }

  @Test
  void pinpointThatWouldCrossALinkIsRefused() {
    // [0]:[] []:[0] [1]:[1] []:[2] [2]:[] … : linking source 1 with target 3 would cross [1]:[1]
    EditableAlignment a = Edits.detach(gold, id(gold, 1), Side.SOURCE, 0).after();
    a = Edits.detach(a, id(a, 4), Side.TARGET, 2).after();
    assertThat(links(a)).startsWith("[0]:[] []:[0] [1]:[1] []:[2] [2]:[]");
    EditableAlignment before = a;
    assertThatThrownBy(() -> Edits.pinpoint(before, id(before, 1), id(before, 4)))
        .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.CROSSING_LINKS));
    assertThatThrownBy(() -> Edits.pinpoint(gold, id(gold, 1), id(gold, 2)))
        .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ONE_SIDED_PAIR));
    assertThatThrownBy(() -> Edits.pinpoint(before, id(before, 1), id(before, 5)))
        .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ONE_SIDED_PAIR));
  }

  @Test
  void statusAndLockChangeLinksInPlace() {
    EditResult accept = Edits.accept(gold, List.of(id(gold, 2), id(gold, 3)));
    assertThat(accept.label()).isEqualTo("Accept 2 links");
    assertThat(accept.after().link(1).status()).isEqualTo(ReviewStatus.ACCEPTED);
    assertThat(accept.after().link(1).id()).isEqualTo(2);
    assertThat(accept.rows()).isEqualTo(new RowChange(1, 2, 2));
    assertThat(accept.reshapedLinkIds()).isEmpty();
    assertUndoRedo(accept);

    EditResult review = Edits.markForReview(accept.after(), List.of(id(gold, 3)));
    assertThat(review.label()).isEqualTo("Mark for review link 3");
    assertThat(review.after().link(2).status()).isEqualTo(ReviewStatus.NEEDS_REVIEW);
    EditResult clear = Edits.clearStatus(review.after(), List.of(id(gold, 3)));
    assertThat(clear.after().link(2).status()).isEqualTo(ReviewStatus.UNREVIEWED);
    assertUndoRedo(clear);

    EditResult lock = Edits.lock(gold, List.of(id(gold, 4)));
    assertThat(lock.label()).isEqualTo("Lock link 4");
    assertThat(lock.after().link(3).locked()).isTrue();
    assertUndoRedo(lock);
    EditResult unlock = Edits.unlock(lock.after(), List.of(id(gold, 4)));
    assertThat(unlock.after()).isEqualTo(gold);
  }

  @Test
  void anEditThatChangesNothingIsNotRecorded() {
    EditableAlignment accepted = Edits.accept(gold, List.of(id(gold, 1))).after();
    EditHistory history = EditHistory.start(accepted, "Open");
    EditResult again = Edits.accept(accepted, List.of(id(gold, 1)));

    assertThat(again.changesNothing()).isTrue();
    assertThat(again.rows().isEmpty()).isTrue();
    assertThat(history.record(again)).isSameAs(history);
  }

  @Test
  void lockedLinksRefuseEveryReshapingEdit() {
    EditableAlignment locked = Edits.lock(gold, List.of(id(gold, 4))).after();
    long link3 = id(locked, 3);
    long link4 = id(locked, 4);
    List<Runnable> edits = List.of(
        () -> Edits.mergeWithNext(locked, link3),
        () -> Edits.mergeWithPrevious(locked, link4),
        () -> Edits.split(locked, link4, 4, 4),
        () -> Edits.moveDown(locked, link3, Side.SOURCE),
        () -> Edits.moveUp(locked, link4, Side.TARGET),
        () -> Edits.detach(locked, link4, Side.TARGET, 4));
    for (Runnable edit : edits) {
      assertThatThrownBy(edit::run)
          .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.LOCKED))
          .hasMessageContaining("link 4 is locked");
    }
  }

  @Test
  void flagsKeepTheirIdentityAcrossAnUnrelatedEdit() {
    EditableAlignment flagged = withFlags(gold);
    LinkFlag onLink6 = flagged.flagsOf(id(flagged, 6)).getFirst();
    String fingerprint = onLink6.fingerprint();
    EditableAlignment dismissed =
        Edits.decideFlag(flagged, fingerprint, new FlagDecision(FlagDecision.Kind.DISMISSED, "the figure is right")).after();

    EditResult merge = Edits.mergeWithNext(dismissed, id(dismissed, 1));

    assertThat(merge.after().flagsOf(onLink6.linkId())).containsExactly(onLink6);
    assertThat(merge.after().flag(fingerprint)).contains(onLink6);
    assertThat(merge.after().decisionOn(fingerprint)).contains(new FlagDecision(FlagDecision.Kind.DISMISSED, "the figure is right"));
    assertThat(merge.after().openFlags()).doesNotContain(onLink6);
    // The flag of a merged link was about other sentences: it goes.
    assertThat(merge.after().flags()).hasSize(1);
    assertThat(merge.rows()).isEqualTo(new RowChange(0, 2, 1));
  }

  @Test
  void aFingerprintDependsOnWhatTheFlagIsAboutNotOnWhereItIs() {
    EditableAlignment flagged = withFlags(gold);
    LinkFlag onLink6 = flagged.flagsOf(id(flagged, 6)).getFirst();
    EditableAlignment merged = Edits.mergeWithNext(gold, id(gold, 1)).after();
    // The same flag found again by a review of the edited alignment, where the link is the fifth.
    Flag again = new Flag(Flag.Type.NUMBER, Flag.Severity.MAJOR, 0.9, 4, onLink6.sourceSpans(), onLink6.targetSpans(), "r");
    assertThat(LinkFlag.of(again, merged.link(4), merged.source(), merged.target()).fingerprint())
        .isEqualTo(onLink6.fingerprint());
    Flag other = new Flag(Flag.Type.NAME, Flag.Severity.MAJOR, 0.9, 4, onLink6.sourceSpans(), onLink6.targetSpans(), "r");
    assertThat(LinkFlag.of(other, merged.link(4), merged.source(), merged.target()).fingerprint())
        .isNotEqualTo(onLink6.fingerprint());
  }

  @Test
  void twoFindingsOfOneKindOnOneLinkAreTwoFlags() {
    EditableLink link = gold.link(0);
    Span sentence = gold.source().sentences().get(0).span();
    Span first = new Span(sentence.start(), sentence.start() + 3);
    Span later = new Span(sentence.start() + 10, sentence.start() + 13);
    Flag a = new Flag(Flag.Type.NUMBER, Flag.Severity.MINOR, 0.5, 0, List.of(first), List.of(), "r");
    Flag b = new Flag(Flag.Type.NUMBER, Flag.Severity.MINOR, 0.5, 0, List.of(later), List.of(), "r");
    assertThat(LinkFlag.of(a, link, gold.source(), gold.target()).fingerprint())
        .isNotEqualTo(LinkFlag.of(b, link, gold.source(), gold.target()).fingerprint());
  }

  @Test
  void flagDecisionsAreEditsWithUndo() {
    EditableAlignment flagged = withFlags(gold);
    LinkFlag flag = flagged.flagsOf(id(flagged, 6)).getFirst();
    EditResult confirm = Edits.decideFlag(flagged, flag.fingerprint(), new FlagDecision(FlagDecision.Kind.CONFIRMED, "wrong year"));

    assertThat(confirm.label()).isEqualTo("Confirm the NUMBER flag on link 6");
    assertThat(confirm.rows()).isEqualTo(new RowChange(5, 1, 1));
    assertThat(confirm.changedLinkIds()).containsExactly(6L);
    assertUndoRedo(confirm);
    EditResult clear = Edits.clearFlagDecision(confirm.after(), flag.fingerprint());
    assertThat(clear.after()).isEqualTo(flagged);
    assertThatThrownBy(() -> Edits.clearFlagDecision(flagged, flag.fingerprint()))
        .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_SUCH_FLAG));
    assertThatThrownBy(() -> Edits.decideFlag(flagged, "0123", new FlagDecision(FlagDecision.Kind.CONFIRMED, "")))
        .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_SUCH_FLAG));
  }

  @Test
  void historyDropsTheRedoBranchOnANewEditAndLabelsEachStep() {
    EditHistory history = EditHistory.start(gold, "Align");
    EditResult merge = Edits.mergeWithNext(history.current(), id(gold, 1));
    history = history.record(merge);
    EditResult split = Edits.split(history.current(), id(history.current(), 3), 3, 4);
    history = history.record(split);
    assertThat(history.entries()).extracting(EditHistory.Entry::label)
        .containsExactly("Align", "Merge links 1 and 2", "Split link 3");
    assertThat(history.undoLabel()).contains("Split link 3");

    history = history.undo().history().undo().history();
    assertThat(history.current()).isSameAs(gold);
    assertThat(history.canUndo()).isFalse();
    assertThat(history.redoLabel()).contains("Merge links 1 and 2");

    history = history.record(Edits.lock(gold, List.of(id(gold, 2))));
    assertThat(history.canRedo()).isFalse();
    assertThat(history.entries()).extracting(EditHistory.Entry::label).containsExactly("Align", "Lock link 2");
    EditHistory current = history;
    assertThatThrownBy(() -> current.record(merge)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void historyKeepsAtMostItsLimit() {
    EditHistory history = EditHistory.start(gold, "Align");
    for (int k = 0; k < EditHistory.LIMIT + 10; k++) {
      EditableAlignment now = history.current();
      history = history.record(k % 2 == 0 ? Edits.lock(now, List.of(1L)) : Edits.unlock(now, List.of(1L)));
    }
    assertThat(history.entries()).hasSize(EditHistory.LIMIT);
    assertThat(history.position()).isEqualTo(EditHistory.LIMIT - 1);
  }

  @Test
  void anAlignmentThatMissesOrRepeatsASentenceIsNoAlignment() {
    List<EditableLink> links = new java.util.ArrayList<>(gold.links());
    links.remove(3);
    assertThat(EditableAlignment.problemOf(gold.source(), gold.target(), links, List.of(), gold.nextId()))
        .hasValueSatisfying(p -> assertThat(p).contains("link 4 starts at source sentence 4"));
    links = new java.util.ArrayList<>(gold.links());
    links.set(6, links.get(6).withRanges(new SentenceRange(6, 7), new SentenceRange(7, 9)));
    assertThat(EditableAlignment.problemOf(gold.source(), gold.target(), links, List.of(), gold.nextId()))
        .hasValueSatisfying(p -> assertThat(p).contains("cover 7 source and 9 target"));
  }

  /** Gold with a NUMBER flag on link 6 and an OMISSION flag on link 1, spans inside their sentences. */
  public static EditableAlignment withFlags(EditableAlignment alignment) {
    EditableLink link6 = alignment.link(5);
    EditableLink link1 = alignment.link(0);
    Span source6 = alignment.source().sentences().get(link6.source().start()).span();
    Span target6 = alignment.target().sentences().get(link6.target().start()).span();
    Flag number = new Flag(Flag.Type.NUMBER, Flag.Severity.MAJOR, 0.8, 5,
        List.of(new Span(source6.start(), source6.start() + 5)), List.of(new Span(target6.start(), target6.start() + 7)),
        "the numbers differ");
    Flag omission = new Flag(Flag.Type.OMISSION, Flag.Severity.CRITICAL, 0.9, 0, List.of(source6), List.of(), "left out");
    return alignment.withReview(List.of(
        LinkFlag.of(number, link6, alignment.source(), alignment.target()),
        LinkFlag.of(omission, link1, alignment.source(), alignment.target())), null);
  }
}
