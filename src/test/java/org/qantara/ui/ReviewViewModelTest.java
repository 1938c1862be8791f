package org.qantara.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qantara.core.edit.EditHistory;
import org.qantara.core.edit.EditRefused;
import org.qantara.core.edit.EditableAlignment;
import org.qantara.core.edit.Edits;
import org.qantara.core.edit.FlagDecision;
import org.qantara.core.edit.ReviewStatus;
import org.qantara.core.review.Flag;
import org.qantara.core.review.ReviewReport;
import org.qantara.core.text.Span;

/** The grid's headless model on seed 001: rows, filters, navigation, and how edits reach the grid. No display. */
class ReviewViewModelTest {
  private ReviewReport report;
  private ReviewViewModel grid;
  private Workspace workspace;
  private final List<GridUpdate> updates = new ArrayList<>();

  @BeforeEach
  void open() {
    report = Seed001.report();
    grid = new ReviewViewModel();
    grid.addListener(updates::add);
    workspace = new Workspace(grid, EditHistory.start(EditableAlignment.of(report), "Align"));
    updates.clear();
  }

  private int flaggedLink() {
    return report.flags().getFirst().linkIndex();
  }

  @Test
  void oneRowPerLinkWithTheTextsTypeAndFlagsOfTheLink() {
    assertThat(grid.allRows()).hasSize(7).hasSameSizeAs(report.links());
    assertThat(grid.allRows()).extracting(r -> r.type().toString()).containsOnly("1-1", "1-2").contains("1-2");
    LinkRow fourth = grid.allRows().get(3);
    assertThat(fourth.type().toString()).isEqualTo("1-2");
    assertThat(fourth.targetText()).startsWith("This step comes about a month after").contains("According to matching sources");
    assertThat(grid.numberOf(fourth)).isEqualTo(4);
    assertThat(grid.allRows().stream().mapToInt(r -> r.flags().size()).sum()).isEqualTo(report.flags().size());
    assertThat(grid.allRows()).allSatisfy(r -> assertThat(r.statusLabel()).isEqualTo("aligner"));
  }

  @Test
  void evidenceSpansAreMovedIntoTheRowTextAndCoverTheFlaggedWords() {
    Flag flag = report.flags().getFirst();
    LinkRow row = grid.allRows().get(flag.linkIndex());
    List<String> highlighted = row.sourceHighlights().stream().map(s -> s.of(row.sourceText())).toList();
    for (Span span : flag.sourceSpans()) {
      assertThat(highlighted).contains(span.of(report.source().original()));
    }
    assertThat(row.flags().getFirst().sourceEvidence()).containsExactlyElementsOf(
        flag.sourceSpans().stream().map(s -> s.of(report.source().original())).toList());
  }

  @Test
  void filtersByFlagTypeSeverityScoreStatusAndText() {
    Flag.Type type = report.flags().getFirst().type();
    grid.setFilter(GridFilter.NONE.withFlagTypes(Set.of(type)));
    assertThat(grid.visibleRows()).isNotEmpty().allSatisfy(r -> assertThat(r.flags()).anyMatch(f -> f.flag().type() == type));
    assertThat(grid.visibleRows()).hasSize((int) report.flags(type).stream().map(Flag::linkIndex).distinct().count());

    grid.setFilter(GridFilter.NONE.withSeverities(Set.of(Flag.Severity.CRITICAL)));
    assertThat(grid.visibleRows()).hasSize((int) report.flags().stream()
        .filter(f -> f.severity() == Flag.Severity.CRITICAL).map(Flag::linkIndex).distinct().count());

    grid.setFilter(GridFilter.NONE.withScoreRange(0.6, 1));
    assertThat(grid.visibleRows()).isNotEmpty().allSatisfy(r -> assertThat(r.score()).isBetween(0.6, 1.0));
    assertThat(grid.visibleRows().size()).isLessThan(7);

    grid.setFilter(GridFilter.NONE.withText("hmeimim"));
    assertThat(grid.visibleRows()).isNotEmpty().allSatisfy(r -> assertThat(r.targetText()).containsIgnoringCase("Hmeimim"));
    grid.setFilter(GridFilter.NONE.withText("حميميم"));
    assertThat(grid.visibleRows()).isNotEmpty().allSatisfy(r -> assertThat(r.sourceText()).contains("حميميم"));

    grid.setFilter(GridFilter.NONE.withStatuses(Set.of(ReviewStatus.ACCEPTED)));
    assertThat(grid.visibleRows()).isEmpty();
    grid.setFilter(GridFilter.NONE);
    assertThat(grid.visibleRows()).hasSize(7);
  }

  @Test
  void nextAndPreviousFlagWrapRoundAndSkipUnflaggedLinks() {
    List<Integer> flagged = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      if (grid.allRows().get(i).hasActiveFlags()) {
        flagged.add(i);
      }
    }
    assertThat(flagged).isNotEmpty();
    grid.select(0);
    List<Integer> visited = new ArrayList<>();
    for (int k = 0; k < flagged.size(); k++) {
      int next = grid.nextFlagged(true).orElseThrow();
      visited.add(next);
      grid.select(next);
    }
    assertThat(visited).containsExactlyInAnyOrderElementsOf(flagged);
    assertThat(grid.nextFlagged(true).orElseThrow()).as("wraps round").isEqualTo(visited.getFirst());
    grid.select(flagged.getFirst());
    assertThat(grid.nextFlagged(false).orElseThrow()).isEqualTo(flagged.getLast());
  }

  @Test
  void findJumpAndNextUnreviewed() {
    grid.select(0);
    int found = grid.find("Putin", true).orElseThrow();
    assertThat(grid.visibleRow(found).targetText()).contains("Putin");
    assertThat(grid.find("no such words here", true)).isEmpty();
    assertThat(grid.rowOfLinkNumber(5)).hasValue(4);
    assertThat(grid.rowOfLinkNumber(8)).isEmpty();

    grid.select(2);
    workspace.apply(a -> Edits.accept(a, List.of(grid.visibleRow(3).id())));
    grid.select(2);
    assertThat(grid.nextUnreviewed()).as("link 4 is accepted, so link 5 is next").hasValue(4);
  }

  @Test
  void aMergeReachesTheGridAsTwoRowsReplacedByOneAndUndoRedoReverseIt() {
    List<LinkRow> before = grid.allRows();
    long second = before.get(1).id();
    grid.selectId(second);
    GridUpdate merge = workspace.apply(a -> Edits.mergeWithNext(a, second)).update();
    assertThat(merge).isEqualTo(new GridUpdate(1, 2, 1, List.of()));
    assertThat(grid.allRows()).hasSize(6);
    assertThat(grid.allRows().get(1).type().toString()).isEqualTo("2-2");
    assertThat(grid.allRows().get(1).manual()).isTrue();
    assertThat(grid.selected().orElseThrow().id()).as("the merged link is selected").isEqualTo(grid.allRows().get(1).id());
    assertThat(grid.allRows().get(0)).as("untouched rows are the same values").isSameAs(before.get(0));
    assertThat(grid.allRows().get(5)).isSameAs(before.get(6));
    assertThat(workspace.isDirty()).isTrue();

    assertThat(workspace.undo()).hasValue(new GridUpdate(1, 1, 2, List.of()));
    assertThat(grid.allRows()).isEqualTo(before);
    assertThat(workspace.isDirty()).isFalse();
    assertThat(workspace.redo()).hasValue(new GridUpdate(1, 2, 1, List.of()));
    assertThat(grid.allRows()).hasSize(6);
    assertThat(updates).hasSize(3);
  }

  @Test
  void aStatusChangeOrAFlagDecisionRepaintsOneRowInPlace() {
    LinkRow third = grid.allRows().get(2);
    GridUpdate lock = workspace.apply(a -> Edits.lock(a, List.of(third.id()))).update();
    assertThat(lock).as("the same link, so the row is repainted, not replaced").isEqualTo(new GridUpdate(7, 0, 0, List.of(2)));
    assertThat(grid.allRows().get(2).statusLabel()).isEqualTo("locked");
    assertThat(grid.allRows().get(2).id()).as("same link, same id").isEqualTo(third.id());

    int flagged = flaggedLink();
    LinkRow row = grid.allRows().get(flagged);
    String fingerprint = row.flags().getFirst().flag().fingerprint();
    workspace.apply(a -> Edits.decideFlag(a, fingerprint, new FlagDecision(FlagDecision.Kind.DISMISSED, "a liberty")));
    LinkRow decided = grid.allRows().get(flagged);
    assertThat(decided.flags().getFirst().isDismissed()).isTrue();
    assertThat(decided.flags().getFirst().decision().orElseThrow().note()).isEqualTo("a liberty");
    assertThat(decided.sourceHighlights().size()).as("a dismissed flag's evidence is no longer highlighted")
        .isLessThanOrEqualTo(row.sourceHighlights().size());
  }

  @Test
  void anotherDocumentReplacesEveryRowAtOnceAndTheCountsFollowTheRows() {
    grid.select(3);
    ReviewViewModel.Counts seven = grid.counts();
    assertThat(seven.links()).isEqualTo(7);
    assertThat(grid.counts()).as("asked again without a change: the same counts").isSameAs(seven);
    workspace.apply(a -> Edits.lock(a, List.of(grid.allRows().get(0).id())));
    assertThat(grid.counts().unreviewed()).as("counted again after an edit").isEqualTo(seven.unreviewed() - 1);

    // The same document opened again (same ids, same texts): replaced whole, not compared row by row.
    updates.clear();
    new Workspace(grid, EditHistory.start(EditableAlignment.of(report), "Open project"));
    assertThat(updates).containsExactly(new GridUpdate(0, 7, 7, List.of()));
    assertThat(grid.selected()).as("nothing selected in a document just opened").isEmpty();
    assertThat(grid.counts()).isEqualTo(seven);
  }

  @Test
  void theCountsAfterEditsAndUndosAreThoseOfTheRowsCountedAfresh() {
    grid.counts();
    int flagged = flaggedLink();
    String fingerprint = grid.allRows().get(flagged).flags().getFirst().flag().fingerprint();
    List<java.util.function.Function<EditableAlignment, org.qantara.core.edit.EditResult>> edits = List.of(
        a -> Edits.decideFlag(a, fingerprint, new FlagDecision(FlagDecision.Kind.DISMISSED, "")),
        a -> Edits.mergeWithNext(a, a.link(0).id()),
        a -> Edits.accept(a, List.of(a.link(a.size() - 1).id())),
        a -> Edits.lock(a, List.of(a.link(1).id())));
    for (var edit : edits) {
      workspace.apply(edit);
      assertThat(grid.counts()).isEqualTo(countedAfresh());
    }
    while (workspace.undo().isPresent()) {
      assertThat(grid.counts()).isEqualTo(countedAfresh());
    }
    assertThat(grid.counts().unreviewed()).isEqualTo(7);
  }

  private ReviewViewModel.Counts countedAfresh() {
    ReviewViewModel fresh = new ReviewViewModel();
    fresh.replaceRows(grid.allRows());
    return fresh.counts();
  }

  @Test
  void aFilterHidesRowsAndAnEditInsideItStillMapsOntoTheVisibleRows() {
    grid.setFilter(GridFilter.NONE.withOnlyFlagged(true));
    int shown = grid.visibleRows().size();
    assertThat(shown).isBetween(1, 6);
    LinkRow first = grid.visibleRow(0);
    String fingerprint = first.flags().getFirst().flag().fingerprint();
    for (LinkRow.FlagItem item : first.flags()) {
      workspace.apply(a -> Edits.decideFlag(a, item.flag().fingerprint(), new FlagDecision(FlagDecision.Kind.DISMISSED, "")));
    }
    assertThat(grid.visibleRows()).as("every flag of the row dismissed: it leaves the flagged view").hasSize(shown - 1);
    assertThat(grid.allRows()).hasSize(7);
    assertThat(fingerprint).isNotBlank();
  }

  @Test
  void anEditedSentenceTextReplacesItsRowInPlaceShowsWhatTheInputHadAndUndoBringsTheTextBack() {
    List<LinkRow> before = grid.allRows();
    EditableAlignment start = workspace.current();
    String was = start.target().sentenceTexts().get(0);
    grid.selectId(before.get(0).id());

    GridUpdate edit = workspace.apply(a -> Edits.editText(a, org.qantara.core.edit.Side.TARGET, 0,
        was.replace("two days ago", "three days ago"), true)).update();

    assertThat(edit.start()).isZero();
    assertThat(edit.removed()).isEqualTo(1).isEqualTo(edit.inserted());
    LinkRow edited = grid.allRows().getFirst();
    assertThat(edited.targetText()).contains("three days ago").doesNotContain("two days ago");
    assertThat(edited.textEdits()).singleElement().satisfies(e -> assertThat(e.original()).isEqualTo(was));
    assertThat(edited.statusLabel()).isEqualTo("manual");
    assertThat(grid.selected().orElseThrow().id()).as("the edited link stays selected").isEqualTo(edited.id());
    assertThat(grid.allRows().get(1)).as("the rows the edit did not touch are the same values").isSameAs(before.get(1));
    assertThat(DetailsHtml.of(edited, 1, null, "Amiri", "Dialog", 13)).contains("English text edited by hand")
        .contains(DetailsHtml.escape(was));

    workspace.undo();
    assertThat(grid.allRows().getFirst().targetText()).contains("two days ago");
    assertThat(grid.allRows().getFirst().textEdits()).isEmpty();
    assertThat(workspace.isDirty()).isFalse();
    workspace.redo();
    assertThat(grid.allRows().getFirst().targetText()).contains("three days ago");
  }

  @Test
  void aRefusedEditChangesNothing() {
    long last = grid.allRows().getLast().id();
    assertThatThrownBy(() -> workspace.apply(a -> Edits.mergeWithNext(a, last))).isInstanceOf(EditRefused.class);
    assertThat(grid.allRows()).hasSize(7);
    assertThat(workspace.isDirty()).isFalse();
    assertThat(workspace.history().canUndo()).isFalse();
  }

  @Test
  void gridUpdateBetweenFindsTheChangedStretch() {
    List<LinkRow> rows = grid.allRows();
    assertThat(GridUpdate.between(rows, rows)).isEqualTo(GridUpdate.NOTHING);
    List<LinkRow> shorter = new ArrayList<>(rows);
    shorter.remove(6);
    assertThat(GridUpdate.between(rows, shorter)).isEqualTo(new GridUpdate(6, 1, 0, List.of()));
    assertThat(GridUpdate.between(List.of(), rows)).isEqualTo(new GridUpdate(0, 0, 7, List.of()));
    OptionalInt none = grid.selectedIndex();
    assertThat(none).isEmpty();
  }
}
