package org.qantara.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.pipeline.AlignmentPipeline;
import org.qantara.core.review.Flag;
import org.qantara.core.review.ReviewOptions;
import org.qantara.core.review.Reviewer;
import org.qantara.core.text.Lang;
import org.qantara.eval.review.PerturbationGenerator;

/**
 * Re-review after an edit on seed 001 with two errors put in by hand (a changed number in link 1, a
 * flipped negation in link 6), reviewed by the real reviewer with the built-in model.
 */
class RereviewTest {
  private static Embedder embedder;
  private static Rereview.LinkReviewer reviewer;
  private static Provenance provenance;
  private static EditableAlignment reviewed;

  @BeforeAll
  static void review() throws Exception {
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, Path.of("models").toAbsolutePath().toString());
    embedder = ModelRegistry.fromEnvironment().open("builtin-ar-en");
    List<String> english = new ArrayList<>(Files.readAllLines(SeedAlignments.SEED_001.resolve("en.txt")));
    english.set(0, english.get(0).replace("two days", "five days"));
    english.set(6, english.get(6).replace("will not be", "will be"));
    AlignedDocuments aligned = new AlignmentPipeline(embedder, AlignerParams.defaults())
        .align(SeedAlignments.arabic(), PerturbationGenerator.document("seed-001.en", Lang.EN, english));
    provenance = new Provenance(embedder.modelId(), AlignerParams.defaults(), ReviewOptions.defaults());
    reviewer = (a, links) -> Reviewer.reviewLinks(a, embedder, provenance.reviewOptions(), links);
    reviewed = EditableAlignment.of(Reviewer.review(aligned, embedder, provenance.reviewOptions()));
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  private static LinkFlag only(EditableAlignment alignment, Flag.Type type) {
    List<LinkFlag> found = alignment.flags().stream().filter(f -> f.type() == type).toList();
    assertThat(found).as(alignment.flags().toString()).hasSize(1);
    return found.getFirst();
  }

  @Test
  void theReviewFlagsBothErrorsOnTheirLinks() {
    assertThat(EditsTest.links(reviewed)).isEqualTo("[0]:[0] [1]:[1] [2]:[2] [3]:[3,4] [4]:[5] [5]:[6] [6]:[7]");
    assertThat(reviewed.indexOf(only(reviewed, Flag.Type.NUMBER).linkId())).isEqualTo(0);
    assertThat(reviewed.indexOf(only(reviewed, Flag.Type.NEGATION).linkId())).isEqualTo(5);
    assertThat(reviewed.verdict()).isPresent();
  }

  @Test
  void reReviewKeepsTheFlagsAndDecisionsOfLinksTheEditDidNotTouch() {
    LinkFlag number = only(reviewed, Flag.Type.NUMBER);
    LinkFlag negation = only(reviewed, Flag.Type.NEGATION);
    FlagDecision dismissed = new FlagDecision(FlagDecision.Kind.DISMISSED, "checked with the client");
    EditHistory history = EditHistory.start(reviewed, "Review");
    history = history.record(Edits.decideFlag(history.current(), number.fingerprint(), dismissed));
    EditResult split = Edits.split(history.current(), history.current().link(3).id(), 4, 4);
    history = history.record(split);

    EditResult review = Rereview.touched(history.current(), split.reshapedLinkIds(), reviewer, provenance);
    history = history.amend(review);

    EditableAlignment after = history.current();
    assertThat(review.label()).isEqualTo("Review 4 links");
    assertThat(after.flagsOf(number.linkId())).containsExactly(number);
    assertThat(after.flagsOf(negation.linkId())).containsExactly(negation);
    assertThat(after.decisionOn(number.fingerprint())).contains(dismissed);
    assertThat(after.openFlags()).doesNotContain(number).contains(negation);
    // The split left English sentence 5 alone: the review finds it on the new 0-1 link, as a whole review would.
    long alone = split.after().link(4).id();
    assertThat(after.flagsOf(alone)).isNotEmpty();
    EditableAlignment full = Rereview.all(split.after(), reviewer, provenance).after();
    assertThat(after.flagsOf(alone)).isEqualTo(full.flagsOf(alone));
    assertThat(review.rows().from()).isGreaterThanOrEqualTo(2);
    // Undo goes back past the edit and its review in one step.
    assertThat(history.undo().history().current().flags()).isEqualTo(split.before().flags());
  }

  @Test
  void correctingTheEnglishTextClearsTheFlagItCaused() {
    LinkFlag number = only(reviewed, Flag.Type.NUMBER);
    LinkFlag negation = only(reviewed, Flag.Type.NEGATION);
    int sentence = reviewed.link(reviewed.indexOf(number.linkId())).target().start();
    String wrong = reviewed.target().sentenceTexts().get(sentence);

    EditResult corrected = Edits.editText(reviewed, Side.TARGET, sentence, wrong.replace("five days", "two days"), true);
    EditResult review = Rereview.touched(corrected.after(), corrected.reshapedLinkIds(), reviewer, provenance);

    EditableAlignment after = review.after();
    assertThat(after.flags()).noneMatch(f -> f.type() == Flag.Type.NUMBER);
    // The negation flag further on keeps its evidence, moved with the text, and is found again as it is now.
    LinkFlag negationNow = only(after, Flag.Type.NEGATION);
    assertThat(negationNow.linkId()).isEqualTo(negation.linkId());
    EditableAlignment full = Rereview.all(corrected.after(), reviewer, provenance).after();
    assertThat(only(full, Flag.Type.NEGATION)).isEqualTo(negationNow);
    assertThat(full.flags()).noneMatch(f -> f.type() == Flag.Type.NUMBER);
  }

  @Test
  void findingsMadeOnASnapshotApplyToWhatTheAlignmentBecameMeanwhile() {
    EditResult split = Edits.split(reviewed, reviewed.link(3).id(), 4, 4);
    Rereview.Findings findings = Rereview.review(split.after(), split.reshapedLinkIds(), reviewer, provenance);
    long alone = split.after().link(4).id();
    long kept = split.after().link(3).id();
    // Meanwhile the person merged the new 0-1 link away and accepted link 4.
    EditableAlignment now = Edits.mergeWithNext(split.after(), alone).after();
    now = Edits.accept(now, List.of(kept)).after();

    EditResult applied = findings.applyTo(now);

    assertThat(applied.after().flags()).noneMatch(f -> f.linkId() == alone);
    assertThat(applied.after().flagsOf(kept))
        .isEqualTo(findings.flags().stream().filter(f -> f.linkId() == kept).toList());
    assertThat(applied.after().flagsOf(only(reviewed, Flag.Type.NEGATION).linkId()))
        .containsExactly(only(reviewed, Flag.Type.NEGATION));
  }

  @Test
  void aFlagFoundAgainAfterAnEditElsewhereHasTheSameFingerprint() {
    LinkFlag negation = only(reviewed, Flag.Type.NEGATION);
    EditableAlignment merged = Edits.mergeWithNext(reviewed, reviewed.link(1).id()).after();

    EditableAlignment again = Rereview.all(merged, reviewer, provenance).after();

    assertThat(only(again, Flag.Type.NEGATION).fingerprint()).isEqualTo(negation.fingerprint());
    assertThat(only(again, Flag.Type.NEGATION).linkId()).isEqualTo(negation.linkId());
  }

  @Test
  void aReReviewAfterEachOfSeveralEditsAndUndosFindsWhatAWholeReviewFindsOnTheLinksItLooksAt() {
    List<Function<EditableAlignment, EditResult>> edits = List.of(
        a -> Edits.mergeWithNext(a, a.link(1).id()),
        a -> Edits.split(a, a.link(2).id(), 4, 4),
        a -> {
          int sentence = a.link(a.indexOf(only(a, Flag.Type.NUMBER).linkId())).target().start();
          return Edits.editText(a, Side.TARGET, sentence,
              a.target().sentenceTexts().get(sentence).replace("five days", "two days"), true);
        },
        a -> Edits.detach(a, a.link(a.size() - 2).id(), Side.TARGET, a.link(a.size() - 2).target().start()));
    EditHistory history = EditHistory.start(reviewed, "Review");
    int flagsLookedAt = 0;
    for (Function<EditableAlignment, EditResult> edit : edits) {
      EditResult made = edit.apply(history.current());
      history = history.record(made);
      flagsLookedAt += reviewedAsAWholeReviewWould(made.after(), made.reshapedLinkIds());
      history = history.amend(Rereview.touched(made.after(), made.reshapedLinkIds(), reviewer, provenance));
    }
    // Two undos, a merge on what they left, and its undo.
    history = history.undo().history().undo().history();
    flagsLookedAt += reviewedAsAWholeReviewWould(history.current(), List.of(history.current().link(2).id()));
    EditResult merged = Edits.mergeWithNext(history.current(), history.current().link(0).id());
    history = history.record(merged);
    flagsLookedAt += reviewedAsAWholeReviewWould(merged.after(), merged.reshapedLinkIds());
    history = history.amend(Rereview.touched(merged.after(), merged.reshapedLinkIds(), reviewer, provenance));
    history = history.undo().history();
    flagsLookedAt += reviewedAsAWholeReviewWould(history.current(), List.of(history.current().link(0).id()));
    assertThat(flagsLookedAt).as("some reviewed link has flags").isPositive();
  }

  /** The findings of a re-review of {@code linkIds} are, link by link and for the verdict, a whole review's. */
  private static int reviewedAsAWholeReviewWould(EditableAlignment alignment, List<Long> linkIds) {
    Rereview.Findings findings = Rereview.review(alignment, linkIds, reviewer, provenance);
    EditableAlignment whole = Rereview.all(alignment, reviewer, provenance).after();
    assertThat(findings.reviewedLinkIds()).isNotEmpty();
    for (long id : findings.reviewedLinkIds()) {
      assertThat(findings.flags().stream().filter(f -> f.linkId() == id).toList()).as("flags of link " + id)
          .isEqualTo(whole.flagsOf(id));
    }
    assertThat(whole.verdict()).contains(findings.verdict());
    return findings.flags().size();
  }
}
