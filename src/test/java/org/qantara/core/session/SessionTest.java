package org.qantara.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qantara.core.Progress;
import org.qantara.core.Progress.Stage;
import org.qantara.core.align.Aligner;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.align.AlignmentResult;
import org.qantara.core.align.Link;
import org.qantara.core.align.OverlapEmbedding;
import org.qantara.core.align.SentenceVectors;
import org.qantara.core.edit.EditableAlignment;
import org.qantara.core.edit.Edits;
import org.qantara.core.edit.Side;
import org.qantara.core.embed.CountingEmbedder;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.formats.VecalignFormat;
import org.qantara.core.pipeline.DocumentPair;
import org.qantara.core.review.ReviewOptions;
import org.qantara.core.review.ReviewReport;
import org.qantara.core.review.Reviewer;
import org.qantara.core.text.TextOptions;

/** The session API on seed 001 with the built-in model, found next to the code, not in the working directory. */
class SessionTest {
  private static final Path GOLD = Path.of("../shared/gold/seed-001");
  private static final Path DEV = Path.of("../shared/dev/tatoeba-docs");
  private static final Path BILINGUAL = Path.of("../shared/corpora/seeds/001_cf1290a72f3a51aa.txt");
  private static final AlignerParams PARAMS = AlignerParams.defaults();
  private static final TextOptions ONE_A_LINE = new TextOptions(null, true, true);

  private static Session session;

  @BeforeAll
  static void open() {
    session = Session.open(ModelSource.builtin());
  }

  @AfterAll
  static void close() {
    session.close();
  }

  @Test
  void theBuiltInModelIsFoundNextToTheApplicationNotInTheWorkingDirectory() {
    assertThat(ModelRegistry.applicationModelsDir()).isEqualTo(Path.of("models").toAbsolutePath());
    try (Session byFolder = Session.open(ModelSource.directory(Path.of("models", ModelSource.BUILTIN)))) {
      assertThat(byFolder.modelId()).isEqualTo(session.modelId());
    }
  }

  @Test
  void alignsFromFilesAndFromStringsAlike() throws IOException {
    List<Link> gold = VecalignFormat.read(GOLD.resolve("gold.txt"));
    DocumentPair fromFiles = DocumentPair.load(GOLD.resolve("ar.txt"), GOLD.resolve("en.txt"), ONE_A_LINE);
    DocumentPair fromStrings = DocumentPair.fromTexts(Files.readString(GOLD.resolve("ar.txt")),
        Files.readString(GOLD.resolve("en.txt")), ONE_A_LINE, "seed 001");

    AlignmentResult files = session.align(fromFiles, PARAMS, Progress.NONE);
    AlignmentResult strings = session.align(fromStrings, PARAMS, Progress.NONE);

    assertThat(VecalignFormat.toString(files.aligned().links(), false)).isEqualTo(VecalignFormat.toString(gold, false));
    assertThat(strings.aligned().links()).isEqualTo(files.aligned().links());
    assertThat(strings.aligned().source().name()).isEqualTo("seed 001 [ar]");
    assertThat(files.sourceVectors().sentenceCount()).isEqualTo(fromFiles.source().sentences().size());
  }

  @Test
  void aBilingualTextIsSplitAndReadOnce() throws IOException {
    DocumentPair.Input input = new DocumentPair.Input("pasted", "the pasted text", Files.readString(BILINGUAL));
    DocumentPair pair = DocumentPair.of(input, null, TextOptions.DEFAULT);

    assertThat(pair.source().name()).isEqualTo("pasted [ar]");
    assertThat(pair.splitDescription()).isPresent();
    assertThat(session.align(pair, PARAMS, Progress.NONE).aligned().links()).hasSize(7);
  }

  @Test
  void reviewUsesTheAlignmentsVectorsAndEmbedsNoSentenceAgain() {
    DocumentPair pair = DocumentPair.load(BILINGUAL, null, TextOptions.DEFAULT);
    CountingEmbedder counting = new CountingEmbedder(session.embedder());
    Session counted = Session.over(counting);
    AlignmentResult aligned = counted.align(pair, PARAMS, Progress.NONE);
    int sentenceCallsAfterAligning = counting.sentenceCalls.get();

    ReviewReport viaSession = counted.review(aligned, ReviewOptions.defaults(), Progress.NONE);

    assertThat(sentenceCallsAfterAligning).isEqualTo(2);
    assertThat(counting.sentenceCalls.get()).as("sentence embeddings during review").isEqualTo(2);
    ReviewReport standalone = Reviewer.review(aligned.aligned(), session.embedder(), ReviewOptions.defaults());
    assertThat(viaSession.flags()).isEqualTo(standalone.flags());
    assertThat(viaSession.verdict()).isEqualTo(standalone.verdict());
  }

  @Test
  void anEditedSentenceIsEmbeddedAgainAloneAndTheRunsThatHoldItAreSummedAgain() {
    // The built-in model's vectors sum: the edit's two new sentences are embedded, nothing else.
    assertThat(sentencesEmbeddedAfterAnEdit(true)).isEqualTo(2);
  }

  @Test
  void withAModelWhoseVectorsDoNotSumTheRunsThatHoldAnEditedSentenceAreEmbeddedAgainAndNothingElse() {
    int maxRun = PARAMS.maxOverlap();
    int holdingANewSentence = 0;
    for (int length = 1; length <= maxRun; length++) {
      for (int start = 0; start <= 6; start++) {
        if (start + length > 5) {
          holdingANewSentence++;
        }
      }
    }
    assertThat(sentencesEmbeddedAfterAnEdit(false)).isEqualTo(holdingANewSentence);
  }

  /**
   * How many texts the built-in model (seen as one whose vectors do not sum unless {@code modelSums}) embeds when the
   * sixth target sentence of a development document becomes two; the vectors of the runs afterwards are checked
   * against the edited document's embedded afresh.
   */
  private static int sentencesEmbeddedAfterAnEdit(boolean modelSums) {
    Embedder model = modelSums ? session.embedder() : CountingEmbedder.withoutSums(session.embedder());
    Session over = Session.over(model);
    DocumentPair pair = DocumentPair.load(DEV.resolve("doc00.ar"), DEV.resolve("doc00.en"), ONE_A_LINE);
    AlignmentResult aligned = over.align(pair, PARAMS, Progress.NONE);
    EditableAlignment edited = Edits.editText(EditableAlignment.of(aligned.aligned()), Side.TARGET, 5,
        "Tom rewrote this sentence. He split it in two.", false).after();
    CountingEmbedder counting =
        modelSums ? new CountingEmbedder(session.embedder()) : CountingEmbedder.withoutSums(session.embedder());

    SentenceVectors after = Session.over(counting).reembed(aligned.targetVectors(), pair.target(), edited.target());

    int maxRun = aligned.targetVectors().maxRun();
    int sentences = edited.target().sentences().size();
    assertThat(sentences).isEqualTo(pair.target().sentences().size() + 1);
    SentenceVectors fresh = SentenceVectors.embed(edited.target().sentenceTexts(), model, maxRun, Progress.NONE, "");
    for (int length = 1; length <= maxRun; length++) {
      for (int start = 0; start + length <= sentences; start++) {
        assertThat(after.run(start, length)).as("run of %d from %d", length, start)
            .containsExactly(fresh.run(start, length), within(1e-5f));
      }
    }
    assertThat(counting.sentenceCalls.get()).isEqualTo(1);
    return counting.sentencesEmbedded.get();
  }

  @Test
  void progressIsReportedForEveryStageAndEndsComplete() {
    DocumentPair pair = DocumentPair.load(BILINGUAL, null, TextOptions.DEFAULT);
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    Progress recorder = (stage, item, done, total) -> events.add(stage + " " + item + " " + done + "/" + total);

    session.review(session.align(pair, PARAMS, recorder), ReviewOptions.defaults(), recorder);

    assertThat(events).anyMatch(e -> e.startsWith("EMBEDDING 001_cf1290a72f3a51aa.txt [ar] "));
    assertThat(events).anyMatch(e -> e.startsWith("EMBEDDING 001_cf1290a72f3a51aa.txt [en] "));
    assertThat(events).contains("ALIGNING  1/1", "REVIEWING 001_cf1290a72f3a51aa.txt [ar] 7/7");
    assertThat(events.indexOf("ALIGNING  1/1")).isLessThan(events.indexOf("REVIEWING 001_cf1290a72f3a51aa.txt [ar] 7/7"));
  }

  @Test
  void aCancelledOrInterruptedTaskStopsWithCancelled() {
    DocumentPair pair = DocumentPair.load(BILINGUAL, null, TextOptions.DEFAULT);
    AtomicInteger reports = new AtomicInteger();
    Progress cancelAfterFirstReport = new Progress() {
      @Override
      public void update(Stage stage, String item, long done, long total) {
        reports.incrementAndGet();
      }

      @Override
      public boolean cancelled() {
        return reports.get() > 0;
      }
    };
    assertThatThrownBy(() -> session.align(pair, PARAMS, cancelAfterFirstReport)).isInstanceOf(Progress.Cancelled.class);
    assertThat(reports.get()).isEqualTo(1);

    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> session.align(pair, PARAMS, Progress.NONE)).isInstanceOf(Progress.Cancelled.class);
    } finally {
      Thread.interrupted();
    }
    AlignmentResult aligned = session.align(pair, PARAMS, Progress.NONE);
    Progress cancelled = new Progress() {
      @Override
      public void update(Stage stage, String item, long done, long total) {}

      @Override
      public boolean cancelled() {
        return true;
      }
    };
    assertThatThrownBy(() -> session.review(aligned, cancelled)).isInstanceOf(Progress.Cancelled.class);
  }

  @Test
  void aStretchIsRealignedFromTheStoredVectors() {
    DocumentPair pair = DocumentPair.load(DEV.resolve("doc00.ar"), DEV.resolve("doc00.en"), ONE_A_LINE);
    AlignmentResult aligned = session.align(pair, PARAMS, Progress.NONE);
    List<Link> links = aligned.aligned().links();
    assertThat(links).hasSizeGreaterThan(25);
    Link first = links.get(5);
    Link last = links.get(20);
    int sourceFrom = first.source().get(0);
    int targetFrom = first.target().get(0);
    int sourceTo = last.source().get(last.source().size() - 1) + 1;
    int targetTo = last.target().get(last.target().size() - 1) + 1;

    List<Link> realigned = session.realign(aligned, sourceFrom, sourceTo, targetFrom, targetTo, PARAMS, Progress.NONE);

    assertThat(realigned.stream().map(l -> l.source() + "-" + l.target()).toList())
        .isEqualTo(links.subList(5, 21).stream().map(l -> l.source() + "-" + l.target()).toList());
    assertThat(realigned.get(0).source()).startsWith(sourceFrom);
    assertThat(realigned.get(realigned.size() - 1).target()).endsWith(targetTo - 1);
  }

  /**
   * Re-aligning the whole document gives the links of a whole alignment, the word-evidence pass's decisions
   * included: on this document the pass changes links the search alone makes, and a re-alignment that ran the
   * search alone (as it did) would bring those back.
   */
  @Test
  void aRealignedStretchGetsTheWordEvidencePassLikeAWholeAlignment() {
    DocumentPair pair = DocumentPair.load(DEV.resolve("doc01.ar"), DEV.resolve("doc01.en"), ONE_A_LINE);
    AlignmentResult aligned = session.align(pair, PARAMS, Progress.NONE);
    int sources = pair.source().sentences().size();
    int targets = pair.target().sentences().size();
    List<Link> searchAlone = new Aligner(PARAMS).alignStretches(OverlapEmbedding.of(aligned.sourceVectors()),
        OverlapEmbedding.of(aligned.targetVectors()), pair.source().weighedLengths(),
        pair.target().weighedLengths(), List.of(new Aligner.Stretch(0, sources, 0, targets))).get(0);
    assertThat(shapes(searchAlone)).isNotEqualTo(shapes(aligned.aligned().links()));

    List<Link> realigned = session.realign(aligned, 0, sources, 0, targets, PARAMS, Progress.NONE);

    assertThat(shapes(realigned)).isEqualTo(shapes(aligned.aligned().links()));
  }

  private static List<String> shapes(List<Link> links) {
    return links.stream().map(l -> l.source() + "-" + l.target()).toList();
  }
}
