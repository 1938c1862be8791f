package org.qantara.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qantara.core.edit.EditRefused.Reason;
import org.qantara.core.edit.EditResult.RowChange;
import org.qantara.core.text.Document;
import org.qantara.core.review.Flag;
import org.qantara.core.text.Sentence;
import org.qantara.core.text.Span;

/** Rewriting a sentence's text on seed 001's gold alignment: the documents, links, flags and what the input had. */
class EditTextTest {
  private static final String FOURTH = "This step comes a month after the visit to Russia.";

  private EditableAlignment gold;

  @BeforeEach
  void seed() {
    gold = EditsTest.withFlags(SeedAlignments.gold());
  }

  /** The text as read: every edit's original put back, from the end of the text to its start. */
  private static String asRead(EditableAlignment alignment, Side side) {
    StringBuilder text = new StringBuilder(alignment.document(side).original());
    alignment.textEdits().stream().filter(e -> e.side() == side)
        .sorted(Comparator.comparingInt(TextEdit::start).reversed())
        .forEach(e -> text.replace(e.start(), e.end(), e.original()));
    return text.toString();
  }

  private static void assertSentencesMatchTheText(Document document) {
    for (int i = 0; i < document.sentences().size(); i++) {
      Sentence s = document.sentences().get(i);
      assertThat(s.index()).isEqualTo(i);
      assertThat(document.original().substring(s.start(), s.end())).isEqualTo(s.text());
    }
  }

  @Test
  void aRewrittenSentenceReplacesTheOldTextAndTheLinkBecomesThePersons() throws Exception {
    String input = Files.readString(SeedAlignments.SEED_001.resolve("en.txt"));
    EditResult edit = Edits.editText(gold, Side.TARGET, 3, "  " + FOURTH + " ", true);
    EditableAlignment after = edit.after();

    assertThat(edit.label()).isEqualTo("Edit the text of target sentence 4");
    assertThat(after.target().sentenceTexts().get(3)).isEqualTo(FOURTH);
    assertThat(after.target().sentences()).hasSameSizeAs(gold.target().sentences());
    assertSentencesMatchTheText(after.target());
    assertThat(after.source()).isSameAs(gold.source());
    assertThat(EditsTest.links(after)).isEqualTo(EditsTest.links(gold));
    // Link 4 (1-2) holds the sentence: it is new, the person's, unscored; the other links keep their ids.
    EditableLink rewritten = after.link(3);
    assertThat(rewritten.id()).isEqualTo(gold.nextId());
    assertThat(rewritten.origin()).isEqualTo(Origin.PERSON);
    assertThat(rewritten.score()).isNaN();
    assertThat(edit.reshapedLinkIds()).containsExactly(rewritten.id());
    assertThat(edit.focus()).hasValue(rewritten.id());
    assertThat(edit.rows().from()).isEqualTo(3);
    assertThat(after.textEdits()).containsExactly(new TextEdit(Side.TARGET, gold.target().sentences().get(3).start(),
        gold.target().sentences().get(3).start() + FOURTH.length(), gold.target().sentenceTexts().get(3)));
    assertThat(after.textEditsOf(rewritten, Side.TARGET)).hasSize(1);
    assertThat(after.textEditsOf(after.link(4), Side.TARGET)).isEmpty();
    assertThat(asRead(after, Side.TARGET)).isEqualTo(gold.target().original());
    // The input file is never written.
    assertThat(Files.readString(SeedAlignments.SEED_001.resolve("en.txt"))).isEqualTo(input);
  }

  @Test
  void evidenceAfterTheSentenceMovesWithTheTextAndDecisionsFollowTheirFlags() {
    LinkFlag number = gold.flagsOf(gold.link(5).id()).getFirst();
    FlagDecision dismissed = new FlagDecision(FlagDecision.Kind.DISMISSED, "the figure is right");
    EditableAlignment decided = Edits.decideFlag(gold, number.fingerprint(), dismissed).after();
    int shorter = FOURTH.length() - gold.target().sentenceTexts().get(3).length();

    EditableAlignment after = Edits.editText(decided, Side.TARGET, 3, FOURTH, true).after();

    LinkFlag moved = after.flagsOf(number.linkId()).getFirst();
    assertThat(moved.targetSpans().getFirst().start()).isEqualTo(number.targetSpans().getFirst().start() + shorter);
    assertThat(moved.sourceSpans()).isEqualTo(number.sourceSpans());
    assertThat(moved.targetSpans().getFirst().of(after.target().original()))
        .isEqualTo(number.targetSpans().getFirst().of(gold.target().original()));
    // What a review of the edited documents would call the same finding — the fingerprint it had, as it counts
    // places from the start of the link's text — and the person's decision on it.
    assertThat(moved.fingerprint()).isEqualTo(number.fingerprint()).isEqualTo(LinkFlag.fingerprint(moved.type(),
        after.link(5), after.source(), after.target(), moved.sourceSpans(), moved.targetSpans()));
    assertThat(after.decisionOn(moved.fingerprint())).contains(dismissed);
    assertThat(after.openFlags()).doesNotContain(moved);
  }

  @Test
  void anEditChangesOnlyItsOwnRowAlsoWhenItMovesTheEvidenceOfLaterFlags() {
    EditResult edit = Edits.editText(gold, Side.TARGET, 3, FOURTH, true);
    assertThat(gold.flagsOf(gold.link(5).id())).as("link 6 has a flag whose evidence moves").isNotEmpty();
    assertThat(edit.rows()).isEqualTo(new RowChange(3, 1, 1));

    // Two sentences where there was one: the links after it move one sentence on, and show what they showed.
    EditResult split = Edits.editText(gold, Side.TARGET, 2,
        "Eyewitnesses reported seeing a massive Russian convoy. It was heading towards Hmeimim.", false);
    assertThat(split.rows()).isEqualTo(new RowChange(2, 1, 1));
    for (int k = 3; k < gold.size(); k++) {
      long id = gold.link(k).id();
      assertThat(split.after().flagsOf(id)).extracting(LinkFlag::fingerprint)
          .containsExactlyElementsOf(gold.flagsOf(id).stream().map(LinkFlag::fingerprint).toList());
    }

    // A link with no English (1-0) whose flag points at the English sentence beside it moves as well.
    EditableAlignment detached = Edits.detach(gold, gold.link(6).id(), Side.SOURCE, gold.link(6).source().start()).after();
    EditableLink lone = detached.links().stream().filter(l -> l.target().isEmpty()).findFirst().orElseThrow();
    Span beside = detached.target().sentences().get(lone.target().start() - 1).span();
    EditableAlignment flagged = detached.withReview(List.of(LinkFlag.of(new Flag(Flag.Type.LOW_SIMILARITY,
        Flag.Severity.MAJOR, 0.6, detached.indexOf(lone.id()), List.of(), List.of(beside), "does not render it"),
        lone, detached.source(), detached.target())), null);
    EditResult before = Edits.editText(flagged, Side.TARGET, 0, FOURTH, true);
    assertThat(before.rows()).isEqualTo(new RowChange(0, 1, 1));
    assertThat(before.after().flagsOf(lone.id()).getFirst().fingerprint())
        .isEqualTo(flagged.flagsOf(lone.id()).getFirst().fingerprint());
  }

  @Test
  void aTextOfTwoSentencesBecomesTwoSentencesOfTheLinkAndTheRestMoveOn() {
    EditResult edit = Edits.editText(gold, Side.TARGET, 2,
        "Eyewitnesses reported seeing a massive Russian convoy. It was heading towards Hmeimim.", false);
    EditableAlignment after = edit.after();

    assertThat(edit.label()).isEqualTo("Edit the text of target sentence 3 (now 2 sentences)");
    assertThat(after.target().sentenceTexts()).hasSize(9)
        .containsSubsequence("Eyewitnesses reported seeing a massive Russian convoy.", "It was heading towards Hmeimim.");
    assertSentencesMatchTheText(after.target());
    assertThat(EditsTest.links(after)).isEqualTo("[0]:[0] [1]:[1] [2]:[2,3] [3]:[4,5] [4]:[6] [5]:[7] [6]:[8]");
    assertThat(after.links().subList(3, 7)).extracting(EditableLink::id)
        .containsExactlyElementsOf(gold.links().subList(3, 7).stream().map(EditableLink::id).toList());
    assertThat(asRead(after, Side.TARGET)).isEqualTo(gold.target().original());
  }

  @Test
  void oneSentenceALineKeepsALineOneSentence() {
    EditableAlignment after = Edits.editText(gold, Side.TARGET, 2,
        "Eyewitnesses reported seeing a massive Russian convoy. It was heading towards Hmeimim.", true).after();

    assertThat(after.target().sentences()).hasSize(8);
    assertThat(EditsTest.links(after)).isEqualTo(EditsTest.links(gold));
  }

  @Test
  void editingASentenceTwiceIsOneEditAndEditingItBackIsNone() {
    String was = gold.source().sentenceTexts().get(0);
    EditableAlignment once = Edits.editText(gold, Side.SOURCE, 0, was.replace("يومين", "ثلاثة أيام"), true).after();
    EditableAlignment twice = Edits.editText(once, Side.SOURCE, 0, was.replace("يومين", "أسبوع"), true).after();

    assertThat(twice.textEdits()).singleElement().satisfies(e -> {
      assertThat(e.original()).isEqualTo(was);
      assertThat(twice.source().original().substring(e.start(), e.end())).contains("أسبوع");
    });
    assertThat(asRead(twice, Side.SOURCE)).isEqualTo(gold.source().original());

    EditableAlignment back = Edits.editText(twice, Side.SOURCE, 0, was, true).after();
    assertThat(back.textEdits()).isEmpty();
    assertThat(back.source().original()).isEqualTo(gold.source().original());
  }

  @Test
  void undoAndRedoRestoreTheTexts() {
    EditResult edit = Edits.editText(gold, Side.TARGET, 3, FOURTH, true);
    EditHistory history = EditHistory.start(gold, "Open").record(edit);

    EditHistory.Step undo = history.undo();
    assertThat(undo.history().current().target()).isSameAs(gold.target());
    assertThat(undo.history().current().textEdits()).isEmpty();
    // Row 4 changes, the edited link; the flag of link 6, whose evidence moved with the text, shows the same.
    assertThat(undo.change().rows()).isEqualTo(new RowChange(3, 1, 1));
    EditHistory.Step redo = undo.history().redo();
    assertThat(redo.history().current().target().sentenceTexts().get(3)).isEqualTo(FOURTH);
  }

  @Test
  void theSameTextChangesNothingAndIsNotRecorded() {
    EditResult edit = Edits.editText(gold, Side.SOURCE, 2, gold.source().sentenceTexts().get(2) + "  ", true);

    assertThat(edit.changesNothing()).isTrue();
    assertThat(EditHistory.start(gold, "Open").record(edit).canUndo()).isFalse();
  }

  @Test
  void anEmptyTextOrALockedLinkIsRefused() {
    assertThatThrownBy(() -> Edits.editText(gold, Side.SOURCE, 2, " \n ", true))
        .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY_TEXT))
        .hasMessageContaining("the new text of source sentence 3 is empty");
    EditableAlignment locked = Edits.lock(gold, List.of(gold.link(2).id())).after();
    assertThatThrownBy(() -> Edits.editText(locked, Side.SOURCE, 2, "نص جديد.", true))
        .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.LOCKED));
  }
}
