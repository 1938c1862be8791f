package org.qantara.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.align.Link;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.pipeline.AlignmentPipeline;
import org.qantara.core.text.Lang;
import org.qantara.eval.review.CleanPair;
import org.qantara.eval.review.PerturbationGenerator;

/**
 * The reviewer on ten-sentence documents of Tatoeba development pairs, where sentences are short, names
 * are used once and neighbours often say nearly the same thing: the hard cases of the review benchmark.
 */
class ShortDocumentReviewTest {
  private static final Path TATOEBA = Path.of("../shared/dev/tatoeba-ara-eng");
  private static Embedder embedder;
  private static AlignmentPipeline pipeline;
  private static List<CleanPair> documents;

  @BeforeAll
  static void open() {
    System.setProperty(ModelRegistry.MODELS_DIR_PROPERTY, Path.of("models").toAbsolutePath().toString());
    embedder = ModelRegistry.fromEnvironment().open("builtin-ar-en");
    pipeline = new AlignmentPipeline(embedder, AlignerParams.defaults());
    documents = CleanPair.lineParallel(TATOEBA.resolve("dev.ar"), TATOEBA.resolve("dev.en"), 10);
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  private static ReviewReport review(CleanPair pair, List<String> english) {
    return Reviewer.review(pipeline.align(PerturbationGenerator.document("ar", Lang.AR, pair.source()),
        PerturbationGenerator.document("en", Lang.EN, english)), embedder, ReviewOptions.defaults());
  }

  /** The pair reviewed with English line {@code line}, which reads {@code was}, changed to {@code now}. */
  private static ReviewReport reviewWithLineChanged(CleanPair pair, int line, String was, String now) {
    List<String> english = new ArrayList<>(pair.target());
    assertThat(english.get(line)).isEqualTo(was);
    english.set(line, now);
    return review(pair, english);
  }

  @Test
  void aNameRenderedAsAnotherIsANameFindingNotAWeakLink() {
    ReviewReport report = reviewWithLineChanged(documents.get(2), 4, "Sami needed some money.", "London needed some money.");
    int link = report.flags(Flag.Type.NAME).stream()
        .filter(f -> f.targetSpans().stream().anyMatch(s -> s.of(report.target().original()).equals("London")))
        .findFirst().orElseThrow(() -> new AssertionError(report.flags().toString())).linkIndex();
    assertThat(report.flags(Flag.Type.LOW_SIMILARITY)).extracting(Flag::linkIndex).doesNotContain(link);
  }

  @Test
  void aWeakLinkWhoseSidesAskTheSameQuestionIsMinor() {
    assertThat(DocumentJudgement.mood("من تظن نفسك؟")).isEqualTo('?');
    assertThat(DocumentJudgement.mood("\"Who do you think you are?\" ")).isEqualTo('?');
    assertThat(DocumentJudgement.mood("لكم اشتقت إليك!")).isEqualTo('!');
    assertThat(DocumentJudgement.mood("You may go anywhere.")).isEqualTo((char) 0);
    // Tatoeba 015's "استيقظ!" / "Get out of bed!" (until the model learned from Tatoeba, 044's "لكم اشتقت إليك!" / "How
    // I've missed you!", which the learned model pairs and no longer calls weak).
    CleanPair pair = documents.get(15);
    assertThat(pair.target().get(2)).isEqualTo("Get out of bed!");
    ReviewReport report = review(pair, pair.target());
    // The static model knows neither side's words: the link stays a weak one, but no longer a MAJOR finding.
    assertThat(report.flags(Flag.Type.LOW_SIMILARITY)).as(report.flags().toString())
        .anySatisfy(f -> assertThat(f.sourceSpans()).extracting(s -> s.of(report.source().original()))
            .containsExactly("استيقظ!"))
        .allSatisfy(f -> {
          if (DocumentJudgement.mood(f.sourceSpans().get(0).of(report.source().original())) != 0) {
            assertThat(f.severity()).isEqualTo(Flag.Severity.MINOR);
          }
        });
  }

  /** The Arabic sentences of the weak links of a report. */
  private static List<String> weakLinks(ReviewReport report) {
    return report.flags(Flag.Type.LOW_SIMILARITY).stream()
        .map(f -> f.sourceSpans().get(0).of(report.source().original())).toList();
  }

  @Test
  void aWeakLinkWhoseSidesAreBothNegatedIsMinor() {
    CleanPair pair = documents.get(25);
    assertThat(pair.target().get(9)).isEqualTo("You don't have to do this.");
    ReviewReport report = review(pair, pair.target());
    // The model pairs none of their words and their vectors are no closer than unrelated pairs': still a weak link.
    assertThat(report.flags(Flag.Type.LOW_SIMILARITY)).as(report.flags().toString()).singleElement().satisfies(f -> {
      assertThat(f.sourceSpans()).extracting(s -> s.of(report.source().original())).containsExactly("لست مجبرا على فعل ذلك.");
      assertThat(f.severity()).isEqualTo(Flag.Severity.MINOR);
    });
  }

  @Test
  void anEnglishSideOfFunctionWordsAloneIsNoWeakLink() {
    CleanPair pair = documents.get(0);
    assertThat(pair.target().get(4)).isEqualTo("You are doing very well.");
    assertThat(weakLinks(review(pair, pair.target()))).doesNotContain("أنت تقوم بعمل جيد.");
    pair = documents.get(5);
    assertThat(pair.target().get(3)).isEqualTo("You can do it.");
    assertThat(weakLinks(review(pair, pair.target()))).doesNotContain("تشجع!");
  }

  /**
   * "كلما تقابلا تجادلا." / "Every time they meet, they quarrel." beside "كلما تقابلا بدآ بالجدال." / "Whenever they meet,
   * they quarrel.": the model pairs no word of either link and their vectors are no closer than unrelated pairs', but
   * the two Arabic sentences are alike and so are their two English ones. An unrelated sentence in the place of one
   * of them is still a weak link.
   */
  @Test
  void aLinkRenderedLikeAnotherOfTheDocumentIsNoWeakLink() {
    CleanPair pair = documents.get(47);
    ReviewReport clean = review(pair, pair.target());
    assertThat(weakLinks(clean)).as(clean.flags().toString())
        .doesNotContain("كلما تقابلا تجادلا.", "كلما تقابلا بدآ بالجدال.")
        .contains("أهم شيء أن تهتم بما تأكله."); // "Above all, watch your diet.": alike to nothing in the document
    ReviewReport replaced = reviewWithLineChanged(pair, 5, "Every time they meet, they quarrel.",
        "The boy captured the bird with a net.");
    assertThat(weakLinks(replaced)).as(replaced.flags().toString()).contains("كلما تقابلا تجادلا.");
  }

  @Test
  void aNameUsedOnceAndRenderedAsAnotherIsFoundThroughTheDictionary() {
    CleanPair pair = documents.get(49);
    ReviewReport report = reviewWithLineChanged(pair, 0, "Mary is attractive.", "Tom is attractive.");
    assertThat(report.flags(Flag.Type.NAME)).as(report.flags().toString()).anySatisfy(f -> {
      assertThat(f.sourceSpans()).extracting(s -> s.of(report.source().original())).containsExactly("ماري");
      assertThat(f.targetSpans()).extracting(s -> s.of(report.target().original())).containsExactly("Tom");
    });
    assertThat(review(pair, pair.target()).flags(Flag.Type.NAME)).isEmpty();
  }

  /** The Arabic that the report's one PARTIAL_OMISSION flag names. */
  private static String arabicOfOnlyPartialOmission(ReviewReport report) {
    List<Flag> partial = report.flags(Flag.Type.PARTIAL_OMISSION);
    assertThat(partial).as(report.flags().toString()).hasSize(1);
    assertThat(partial.get(0).sourceSpans()).hasSize(1);
    return partial.get(0).sourceSpans().get(0).of(report.source().original());
  }

  /**
   * A phrase dropped inside its clause ("for a long time"): the clause keeps its other words paired, so only the
   * phrase stands out, and the English, every word of which is accounted for, has nothing left to render it.
   */
  @Test
  void aPhraseDroppedInsideItsClauseIsAPartialOmission() {
    CleanPair pair = documents.get(38);
    ReviewReport report = reviewWithLineChanged(pair, 0, "Sami was borrowing from his brother for a long time.",
        "Sami was borrowing from his brother.");
    assertThat(arabicOfOnlyPartialOmission(report)).isEqualTo("لمدّة طويلة");
    assertThat(review(pair, pair.target()).flags(Flag.Type.PARTIAL_OMISSION)).extracting(Flag::reason)
        .noneMatch(reason -> reason.contains("طويلة"));
  }

  /**
   * "حجّته بقضاء الوقت مع عائلته" (his alibi, spending time with his family) left out but for "his alibi": the model
   * pairs عائلته with the "his" of "his alibi", a function word that renders no content of its own, so the phrase
   * still has no rendering; "set" and "alibi", the English words left, cannot render all four of its words.
   */
  @Test
  void aWordPairedOnlyWithAnEnglishFunctionWordIsNotRendered() {
    CleanPair pair = documents.get(24);
    ReviewReport report = reviewWithLineChanged(pair, 1, "Sami set up his alibi, spending time with family.",
        "Sami set up his alibi.");
    assertThat(arabicOfOnlyPartialOmission(report)).contains("بقضاء الوقت مع عائلته");
    assertThat(review(pair, pair.target()).flags(Flag.Type.PARTIAL_OMISSION)).isEmpty();
  }

  /**
   * "Only 3 out of the." for "بقي 3 مسافرين من 98 مسافر فقط على قيد الحياة": every English word that could render
   * anything is paired, so the six Arabic content words left have no rendering whatever the model knows of them,
   * although most of the link is unpaired.
   */
  @Test
  void aLongUnitIsAnOmissionWhenTheEnglishHasNothingLeft() {
    CleanPair pair = documents.get(49);
    ReviewReport report = reviewWithLineChanged(pair, 1, "Only 3 out of the 98 passengers survived.", "Only 3 out of the.");
    assertThat(arabicOfOnlyPartialOmission(report)).contains("مسافرين من 98 مسافر");
    assertThat(report.flags(Flag.Type.PARTIAL_OMISSION).get(0).severity()).isEqualTo(Flag.Severity.MAJOR);
    // The clean line raises no clear omission. Since the model learns from Tatoeba (issue 14, model8) it leaves "قيد
    // الحياة" ("alive") unpaired with "survived": a MINOR remark, one of the clean pairs' PARTIAL_OMISSION false alarms.
    assertThat(review(pair, pair.target()).flags(Flag.Type.PARTIAL_OMISSION))
        .noneSatisfy(f -> assertThat(f.severity()).isNotEqualTo(Flag.Severity.MINOR));
  }

  /**
   * "عندك", "مني", "معك": a preposition with its pronoun is grammar, as "you have", "from me", "with you" are; "here"
   * is a function word that can render هنا.
   */
  @Test
  void prepositionsCarryingAPronounAreFunctionWords() {
    for (String word : List.of("مني", "منّي", "لي", "معك", "عليهم", "إليك", "بينهما", "لديّ", "فيها", "عنه")) {
      assertThat(StopWords.isContent(new Word(word, 0, word.length()), Lang.AR)).as(word).isFalse();
    }
    for (String word : List.of("مكتبة", "مدينة", "مساعدة", "بيت")) {
      assertThat(StopWords.isContent(new Word(word, 0, word.length()), Lang.AR)).as(word).isTrue();
    }
    // a complementiser with its pronoun ("that we", "because she") and the future particle (will) are grammar too
    for (String word : List.of("أننا", "بأنّه", "لأنها", "إنك", "أنني", "سوف")) {
      assertThat(StopWords.isContent(new Word(word, 0, word.length()), Lang.AR)).as(word).isFalse();
    }
    assertThat(StopWords.mayRenderContent(new Word("everyone", 0, 8))).isTrue();
    assertThat(StopWords.mayRenderContent(new Word("here", 0, 4))).isTrue();
    assertThat(StopWords.mayRenderContent(new Word("the", 0, 3))).isFalse();
  }

  @Test
  void anOmissionBetweenNearIdenticalSentencesNamesBothPlaces() {
    CleanPair pair = documents.get(0); // ... "Sami gave Layla money." / "Sami gave Layla the money."
    List<String> english = new ArrayList<>(pair.target());
    english.remove(9);
    ReviewReport report = review(pair, english);
    Flag omission = report.flags(Flag.Type.OMISSION).get(0);
    assertThat(omission.sourceSpans()).as(omission.reason())
        .contains(report.source().sentences().get(9).span())
        .hasSize(2);
    assertThat(omission.reason()).containsAnyOf("— or Arabic sentence", "— more likely Arabic sentence")
        .contains("fits both about as well");
  }

  @Test
  void aSentenceMergedIntoItsNeighboursLinkIsReportedOnItsOwn() {
    CleanPair pair = documents.get(40);
    List<String> english = new ArrayList<>(pair.target());
    english.remove(9); // "You're a philosopher, aren't you?"
    AlignedDocuments aligned = pipeline.align(PerturbationGenerator.document("ar", Lang.AR, pair.source()),
        PerturbationGenerator.document("en", Lang.EN, english));
    // The aligner's word-evidence pass now leaves Arabic sentence 9 alone ([9]:[]), and the review reports it as
    // having no counterpart; it used to merge it into its neighbour's link ([8, 9]:[8]), and a translator's merge
    // still can. Reviewed as that merged link, the sentence is still reported on its own.
    ReviewReport alone = Reviewer.review(aligned, embedder, ReviewOptions.defaults());
    assertThat(alone.flags(Flag.Type.OMISSION)).singleElement()
        .satisfies(f -> assertThat(f.sourceSpans()).containsExactly(alone.source().sentences().get(9).span()));
    List<Link> merged = new ArrayList<>(aligned.links().stream()
        .filter(l -> !l.source().contains(8) && !l.source().contains(9) && !l.target().contains(8)).toList());
    merged.add(new Link(List.of(8, 9), List.of(8), Double.NaN));
    merged.sort(Comparator.comparing(l -> l.source().get(0)));
    ReviewReport report = Reviewer.review(new AlignedDocuments(aligned.source(), aligned.target(), merged,
        aligned.modelId(), aligned.params()), embedder, ReviewOptions.defaults());
    assertThat(report.flags(Flag.Type.OMISSION)).singleElement().satisfies(f -> {
      assertThat(f.sourceSpans()).containsExactly(report.source().sentences().get(9).span());
      assertThat(f.reason()).contains("is not rendered in the English it is aligned with");
    });
  }

  /**
   * The pair aligned as given for the sentences these links hold, and as the aligner has it elsewhere: an alignment
   * the aligner produced on this data (and a translator can still make by a merge), fixed here so that the test does
   * not depend on the aligner's next improvement.
   */
  private static ReviewReport reviewAlignedAs(CleanPair pair, List<String> english, List<Link> given) {
    AlignedDocuments aligned = pipeline.align(PerturbationGenerator.document("ar", Lang.AR, pair.source()),
        PerturbationGenerator.document("en", Lang.EN, english));
    List<Link> links = new ArrayList<>(aligned.links().stream().filter(l -> given.stream().noneMatch(g ->
        g.source().stream().anyMatch(l.source()::contains) || g.target().stream().anyMatch(l.target()::contains))).toList());
    links.addAll(given);
    links.sort(Comparator.comparing((Link l) -> l.source().isEmpty() ? l.target().get(0) : l.source().get(0))
        .thenComparing(l -> l.target().isEmpty() ? Integer.MAX_VALUE : l.target().get(0)));
    return Reviewer.review(new AlignedDocuments(aligned.source(), aligned.target(), links, aligned.modelId(),
        aligned.params()), embedder, ReviewOptions.defaults());
  }

  /**
   * "ماذا ستفعل؟" / "What are you going to do?" and "ما الذي ستفعله؟" / "What're you going to do?", two sentences apart,
   * crossed by the alignment: one of each pair joined with the sentences between them, the other two left alone. Each
   * lone sentence nearly repeats one of the joined link, whose other side holds a near-repeat of the other lone one:
   * nothing is lost or added, so no MAJOR finding. With the English "What're you going to do?" really left out, the
   * Arabic left alone is a MAJOR omission again (no spare near-repeat stands on the English side).
   */
  @Test
  void sentencesCrossedWithTheirNearRepeatsAreNoClearOmissionOrAddition() {
    CleanPair pair = documents.get(17);
    assertThat(pair.source().subList(6, 9)).containsExactly("ماذا ستفعل؟", "عند سامي ستّ كلاب الآن.", "ما الذي ستفعله؟");
    assertThat(pair.target().subList(6, 9))
        .containsExactly("What are you going to do?", "Sami has six dogs now.", "What're you going to do?");
    ReviewReport crossed = reviewAlignedAs(pair, pair.target(), List.of(new Link(List.of(), List.of(6), Double.NaN),
        new Link(List.of(6, 7), List.of(7, 8), Double.NaN), new Link(List.of(8), List.of(), Double.NaN)));
    List<Flag> placed = new ArrayList<>(crossed.flags(Flag.Type.OMISSION));
    placed.addAll(crossed.flags(Flag.Type.ADDITION));
    assertThat(placed).as(crossed.flags().toString()).hasSize(2).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Flag.Severity.MINOR);
      assertThat(f.reason()).contains("nearly repeats");
    });
    List<String> english = new ArrayList<>(pair.target());
    english.remove(8);
    ReviewReport omitted = reviewAlignedAs(pair, english, List.of(new Link(List.of(6), List.of(6), Double.NaN),
        new Link(List.of(7), List.of(7), Double.NaN), new Link(List.of(8), List.of(), Double.NaN)));
    assertThat(omitted.flags(Flag.Type.OMISSION)).as(omitted.flags().toString()).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Flag.Severity.MAJOR));
  }

  /**
   * "How tall you are!" riding with "Layla felt loved." while the next link joins its Arabic "ما أطولك!" and the
   * near-repeat "ما أطول عودك!" to "You really are tall, aren't you?": a boundary a sentence off, not an addition.
   * An unrelated sentence riding there is still a MAJOR addition.
   */
  @Test
  void aRiderThatRendersTheNextLinksSpareSentenceIsNoClearAddition() {
    CleanPair pair = documents.get(38);
    assertThat(pair.target().subList(5, 8))
        .containsExactly("Layla felt loved.", "How tall you are!", "You really are tall, aren't you?");
    List<Link> shifted = List.of(new Link(List.of(5), List.of(5, 6), Double.NaN),
        new Link(List.of(6, 7), List.of(7), Double.NaN));
    ReviewReport report = reviewAlignedAs(pair, pair.target(), shifted);
    assertThat(report.flags(Flag.Type.ADDITION)).as(report.flags().toString()).singleElement().satisfies(f -> {
      assertThat(f.targetSpans()).extracting(s -> s.of(report.target().original())).containsExactly("How tall you are!");
      assertThat(f.severity()).isEqualTo(Flag.Severity.MINOR);
      assertThat(f.reason()).contains("nearly repeats English sentence 8");
    });
    List<String> english = new ArrayList<>(pair.target());
    // (Not "Mind your own business.", which the model learned from Tatoeba reads closer to the link: a MINOR rider.)
    english.set(6, "Our living room is sunny.");
    ReviewReport inserted = reviewAlignedAs(pair, english, shifted);
    assertThat(inserted.flags(Flag.Type.ADDITION)).as(inserted.flags().toString()).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Flag.Severity.MAJOR));
  }
}
