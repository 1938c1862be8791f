package org.qantara.core.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.qantara.core.align.Aligner;
import org.qantara.core.align.Link;
import org.qantara.core.align.LinkEvidence;
import org.qantara.core.align.SentenceVectors;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.Vectors;
import org.qantara.core.review.WordSupport;
import org.qantara.core.review.WordTally;
import org.qantara.core.text.Document;
import org.qantara.core.text.Sentence;

/**
 * A second look at the aligner's links with the word alignment the reviewer reads ({@link WordSupport}). The
 * aligner decides on sentence vectors alone, and a sentence vector of a static model blurs: an unrelated sentence
 * next to a translation is often cheaper to merge into its link than to leave alone (a rider), two neighbouring
 * 1-1 links of near-paraphrases can look like one 2-2, and a pair of unrelated sentences can cost less than
 * leaving both alone. Word links tell these apart where the vectors cannot, in four steps:
 *
 * <ul>
 *   <li>Every doubtful stretch (around a link that is not 1-1) is searched
 *       again ({@link Aligner#reconsider}) with each candidate link's word evidence added to its cost: for each of
 *       its sentences, how much likelier its covered share of content words is for a translation than beside an
 *       unrelated sentence, as the document's own 1-1 links and pairs of distant ones show ({@link #evidence}).
 *   <li>A link with several sentences on both sides becomes two links where the words of its first sentences
 *       link mostly with the other side's first sentences and those of its last with the last: at least
 *       {@link #SPLIT_RATIO} times as many word links inside the two halves as across them, and some in each.
 *   <li>The first or last sentence of a multi-sentence side leaves its link as a 1-0 / 0-1 when none of its
 *       content words has a counterpart on the other side, when so many of them do not that a translated
 *       sentence of this document would rarely show it, and when the link is at least as similar without it and
 *       would not fit the length ratio as rarely as a translated link does without it; or when it only echoes the rest of its side (no word
 *       of the other side is covered through it alone, or none at all: then its length must argue too) and the
 *       link fits about as well without it.
 *   <li>A sentence left alone joins a neighbouring link that renders it ({@link #joinCoveredSentences}).
 * </ul>
 *
 * "Rarely" is measured on the document itself: the share p of content words the word alignment covers in its
 * 1-1 links. A translated sentence with k content words has none covered with probability about (1 − p)^k;
 * below {@link #UNSUPPORTED_CHANCE} the sentence is taken for a rider. A weak model on an unusual text (a low
 * p) thus needs many more silent words before it detaches anything than a model that covers most words, and
 * where the word evidence does not tell translations from unrelated sentences at all, the first step keeps the
 * search's links.
 */
final class WordEvidenceRefinement {
  /** Chance below which a translated sentence would not show all its content words uncovered. */
  static final double UNSUPPORTED_CHANCE = 0.05;
  /** How many more word links must stay inside the two halves of a many-to-many link than cross them. */
  static final int SPLIT_RATIO = 2;
  /** 1-1 links looked at to measure the document's coverage rate; enough for a stable share. */
  private static final int RATE_SAMPLE = 400;
  /** 1-1 links needed before the chance coverage is measured (and the word evidence weighs in at all). */
  private static final int MIN_CHANCE_PAIRS = 8;
  /** How much closer to the document's length ratio (in |ln|) a link must come to take a sentence on length alone. */
  static final double LENGTH_GAIN = 0.1;
  /** Covered-share bins of a sentence (see {@link #shareBin}). */
  private static final int SHARE_BINS = 3;
  /** Mood bins of a link (see {@link #moodBin}). */
  private static final int MOOD_BINS = 3;
  /** How much worse a link may fit without an echoing sentence for it to be taken out (see {@link #echoMisfit}). */
  static final double ECHO_MISFIT = 0.1;
  /**
   * How much less similar a link may be without an echoing sentence for it to be taken out: the vectors must not
   * argue for keeping it (a verse's last clause rendered as a sentence of its own echoes the verse's words too).
   */
  static final double ECHO_SCORE_LOSS = 0.02;
  /** Weight of the word evidence's log-likelihood against the sentence vectors' cost. */
  static final double EVIDENCE_WEIGHT = 0.1;

  private final Document source;
  private final Document target;
  private final SentenceVectors sourceVectors;
  private final SentenceVectors targetVectors;
  /** The document's costs the search used, for searching the doubtful stretches again. */
  private final Aligner.DocumentCosts costs;
  private final Embedder embedder;
  private final WordSupport words;
  private final Aligner aligner;
  /** Each sentence's weighed length ({@link Sentence#weighedLength}), worked out once: every length misfit reads them. */
  private final int[] sourceLengths;
  private final int[] targetLengths;
  /** The documents' source/target character ratio (Arabic is shorter than its English rendering). */
  private final double charRatio;
  /** Content words of each sentence alone, -1 until asked. */
  private final int[] sourceContent;
  private final int[] targetContent;
  private double sourceRate;
  private double targetRate;
  /**
   * A length misfit ({@link #lengthMisfit}) that a translated 1-1 link of this document rarely reaches: the share
   * {@link #UNSUPPORTED_CHANCE} of its sampled 1-1 links fit worse (infinite while there are none).
   */
  private double rareMisfit = Double.POSITIVE_INFINITY;
  /** Per side, the log-likelihood ratio of each covered-share bin (translation against unrelated sentence). */
  private double[][] evidenceOfShare;
  /** Per side, the most a sentence's covered share can gain ({@link #evidence}): the largest of evidenceOfShare, or 0. */
  private final double[] mostGained = new double[2];
  /**
   * The log-likelihood ratio of each mood bin of a link ({@link #moodBin}), translation against unrelated pair; all 0
   * where the document has too few 1-1 links to tell.
   */
  private final double[] evidenceOfMood = new double[MOOD_BINS];
  /** The most a link's mood can gain ({@link #evidence}): the largest of evidenceOfMood, or 0. */
  private double mostMoodGained;
  /** Per sentence, how it ends ({@link WordSupport#mood}), as '?', '!' or '.' for any other; 0 until asked. */
  private final char[] sourceMoods;
  private final char[] targetMoods;

  WordEvidenceRefinement(Document source, Document target, SentenceVectors sourceVectors,
      SentenceVectors targetVectors, Aligner.DocumentCosts costs, Embedder embedder, Aligner aligner) {
    this.source = source;
    this.target = target;
    this.sourceVectors = sourceVectors;
    this.targetVectors = targetVectors;
    this.costs = costs;
    this.embedder = embedder;
    this.words = WordSupport.of(source, target, embedder);
    this.aligner = aligner;
    this.sourceLengths = source.weighedLengths();
    this.targetLengths = target.weighedLengths();
    double sourceChars = Arrays.stream(sourceLengths).sum();
    double targetChars = Arrays.stream(targetLengths).sum();
    this.charRatio = sourceChars > 0 && targetChars > 0 ? sourceChars / targetChars : 1;
    this.sourceContent = new int[source.sentences().size()];
    this.targetContent = new int[target.sentences().size()];
    Arrays.fill(sourceContent, -1);
    Arrays.fill(targetContent, -1);
    this.sourceMoods = new char[source.sentences().size()];
    this.targetMoods = new char[target.sentences().size()];
  }

  /** The links of a search over the whole documents, reconsidered with word evidence. */
  List<Link> refine(List<Link> links) {
    return refine(links, links);
  }

  /**
   * The links of a search over a stretch of the documents (all of them, or one between links a person has fixed),
   * reconsidered with word evidence: the doubtful stretches searched again with the word alignment's cost
   * ({@link Aligner#reconsider}), many-to-many links split, riders detached. The document's coverage rates are
   * measured on {@code documentLinks}, the links of the whole documents that {@code links} belong to.
   */
  List<Link> refine(List<Link> links, List<Link> documentLinks) {
    if (links.stream().allMatch(WordEvidenceRefinement::isOneToOne)) {
      return links;
    }
    prepareWords(documentLinks);
    measureCoverageRates(documentLinks);
    if (evidenceSpeaks()) {
      links = aligner.reconsider(links, costs, new WordEvidence(words.forStretch()));
    }
    // Each link is split and stripped of riders on its own once the rates are known: the links are shared
    // between the cores.
    return placeLoneSentences(pairLoneSentences(uncrossRiders(
        joinCoveredSentences(links.parallelStream().flatMap(link -> refined(link).stream()).toList()))));
  }

  /** The link split and with its riders detached, in document order. */
  private List<Link> refined(Link link) {
    if (link.source().size() + link.target().size() <= 2) {
      return List.of(link);
    }
    // The link and every part it may become hold pairs of its sentences: their words are compared once.
    WordSupport.Stretch stretch = words.forStretch();
    List<Link> parts = new ArrayList<>();
    split(link, parts, stretch);
    List<Link> refined = new ArrayList<>();
    for (Link part : parts) {
      detachRiders(part, refined, stretch);
    }
    return refined;
  }

  /**
   * Each sentence left alone beside a link whose other side renders it joins that link, however many sentences
   * the link then holds (a long verse rendered as five short English sentences). The link's length must fit the
   * document's length ratio at least as well with it, and either the words say so — the sentence has covered
   * content words there, a covered share likelier for a translation than beside an unrelated sentence, and it
   * covers words of the other side that the link left uncovered (not merely words its neighbour already
   * renders) — or the length fits clearly better ({@link #LENGTH_GAIN}) and the link's vectors are no further
   * apart with it. Repeated until no sentence joins, so a run of them joins one by one.
   */
  private List<Link> joinCoveredSentences(List<Link> links) {
    if (!evidenceSpeaks()) {
      return links;
    }
    List<Link> joined = new ArrayList<>(links);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int k = 0; k < joined.size(); k++) {
        Link alone = joined.get(k);
        if (!alone.isOneSided()) {
          continue;
        }
        Link best = null;
        int bestNeighbour = -1;
        for (int neighbour : new int[] {k - 1, k + 1}) {
          if (neighbour < 0 || neighbour >= joined.size() || joined.get(neighbour).isOneSided()) {
            continue;
          }
          Link candidate = joinedWith(joined.get(neighbour), alone, neighbour < k);
          if (candidate != null && (best == null || candidate.score() > best.score())) {
            best = candidate;
            bestNeighbour = neighbour;
          }
        }
        if (best != null) {
          joined.set(bestNeighbour, best);
          joined.remove(k);
          changed = true;
          k--;
        }
      }
    }
    return joined;
  }

  /** The link with the one-sided link's sentence added at its end (or start), if the evidence says so; else null. */
  private Link joinedWith(Link link, Link alone, boolean atEnd) {
    boolean sourceSide = !alone.source().isEmpty();
    int sentence = sourceSide ? alone.source().get(0) : alone.target().get(0);
    List<Integer> side = new ArrayList<>(sourceSide ? link.source() : link.target());
    side.add(atEnd ? side.size() : 0, sentence);
    List<Integer> sources = sourceSide ? side : link.source();
    List<Integer> targets = sourceSide ? link.target() : side;
    double misfit = lengthMisfit(sources, targets);
    if (misfit > lengthMisfit(link.source(), link.target())) {
      return null;
    }
    Link candidate = scored(sources, targets);
    // A model that knows few of the text's words (Quranic verses) leaves the length and the vectors to decide.
    if (candidate.score() >= link.score() && fitsClearlyBetter(candidate, link)) {
      return candidate;
    }
    WordSupport.Support with = words.support(sources, targets);
    WordTally tally = (sourceSide ? with.source() : with.target()).get(atEnd ? side.size() - 1 : 0);
    if (tally.covered() == 0 || evidenceOfShare[sourceSide ? 0 : 1][shareBin(tally)] <= 0) {
      return null;
    }
    WordSupport.Support without = words.support(link.source(), link.target());
    if (covered(sourceSide ? with.target() : with.source()) <= covered(sourceSide ? without.target() : without.source())) {
      return null;
    }
    return candidate;
  }

  /**
   * A 2-1 link beside a 1-2 link (or a 1-2 beside a 2-1) whose inner sentences, the one riding at the end of the first
   * and the one riding at the start of the second, each render nothing in their links (no content word covered), are
   * three 1-1 links: the two riders stand at the same place of the two texts, and where neither renders anything
   * beside the other's neighbour, the reading the search missed is that they render each other ("تشجع!" / "You can do
   * it.", whose words the model does not pair, crossed into "استعار سامي مالا من ليلى." / "Sami borrowed money from
   * Layla." and the link after it). Where either rider has a covered word, the search's choice stands.
   */
  private List<Link> uncrossRiders(List<Link> links) {
    List<Link> uncrossed = new ArrayList<>(links);
    for (int k = 0; k + 1 < uncrossed.size(); k++) {
      Link first = uncrossed.get(k);
      Link second = uncrossed.get(k + 1);
      boolean twoOne = first.source().size() == 2 && first.target().size() == 1
          && second.source().size() == 1 && second.target().size() == 2;
      boolean oneTwo = first.source().size() == 1 && first.target().size() == 2
          && second.source().size() == 2 && second.target().size() == 1;
      if (!(twoOne || oneTwo) || !edgeRendersNothing(first, twoOne, false) || !edgeRendersNothing(second, !twoOne, true)) {
        continue;
      }
      List<Integer> sources = new ArrayList<>(first.source());
      sources.addAll(second.source());
      List<Integer> targets = new ArrayList<>(first.target());
      targets.addAll(second.target());
      uncrossed.set(k, scored(sources.subList(0, 1), targets.subList(0, 1)));
      uncrossed.set(k + 1, scored(sources.subList(1, 2), targets.subList(1, 2)));
      uncrossed.add(k + 2, scored(sources.subList(2, 3), targets.subList(2, 3)));
      k += 2;
    }
    return uncrossed;
  }

  /** Whether the sentence at the link's first (or last) place on one side has no covered content word in the link. */
  private boolean edgeRendersNothing(Link link, boolean sourceSide, boolean first) {
    WordSupport.Support support = words.support(link.source(), link.target());
    List<WordTally> tallies = sourceSide ? support.source() : support.target();
    return tallies.get(first ? 0 : tallies.size() - 1).covered() == 0;
  }

  /**
   * A sentence left alone beside a link that holds two sentences of the other side and one of its own is read as two
   * 1-1 links in order when the word alignment covers words of both sides in each of them and more content words in
   * all than the link does: the other side's two sentences render the lone sentence and its neighbour one by one
   * ("عليك أن تدرس أكثر." left alone beside "عليك أن تدرس بجهد أكثر من ذلك." / "You must study more. You should study
   * harder."), the search having put both renderings on the neighbour because the two are near-paraphrases.
   */
  private List<Link> pairLoneSentences(List<Link> links) {
    List<Link> paired = new ArrayList<>(links);
    for (int k = 0; k < paired.size(); k++) {
      Link alone = paired.get(k);
      if (!alone.isOneSided() || alone.source().size() + alone.target().size() != 1) {
        continue;
      }
      boolean sourceSide = !alone.source().isEmpty();
      for (int neighbour : new int[] {k - 1, k + 1}) {
        if (neighbour < 0 || neighbour >= paired.size()) {
          continue;
        }
        Link link = paired.get(neighbour);
        List<Integer> own = sourceSide ? link.source() : link.target();
        List<Integer> other = sourceSide ? link.target() : link.source();
        if (own.size() != 1 || other.size() != 2) {
          continue;
        }
        int first = Math.min(k, neighbour);
        List<Link> current = paired.subList(first, first + 2);
        List<Integer> sources = current.stream().flatMap(l -> l.source().stream()).toList();
        List<Integer> targets = current.stream().flatMap(l -> l.target().stream()).toList();
        List<Link> inOrder = List.of(scored(sources.subList(0, 1), targets.subList(0, 1)),
            scored(sources.subList(1, 2), targets.subList(1, 2)));
        if (inOrder.stream().allMatch(this::coversBothSides) && coveredWords(inOrder) > coveredWords(current)) {
          current.clear();
          current.addAll(inOrder);
          k = first + 1;
          break;
        }
      }
    }
    return paired;
  }

  /** Whether the word alignment covers a content word of each side of the link. */
  private boolean coversBothSides(Link link) {
    WordSupport.Support support = words.support(link.source(), link.target());
    return covered(support.source()) > 0 && covered(support.target()) > 0;
  }

  /** Content words the word alignment covers within the links, both sides. */
  private int coveredWords(List<Link> links) {
    int covered = 0;
    for (Link link : links) {
      if (!link.isOneSided()) {
        WordSupport.Support support = words.support(link.source(), link.target());
        covered += covered(support.source()) + covered(support.target());
      }
    }
    return covered;
  }

  /**
   * A sentence left alone beside a 1-1 link whose other side it renders, word for word, exactly as well as the
   * link's own sentence does (near-paraphrases the model reads alike: "سرق سامي مال ليلى." and "استعار سامي مالا من
   * ليلى." beside "Sami stole Layla's money.", whose verbs it knows neither of) takes that link's place when the
   * link's polarity differs and its own agrees ("لم يحصل سامي على أيّ مال." beside "افتقد سامي للمال.", rendered
   * "Sami fell short on money."), or, the polarity no help, when it is the closer of the two by the vectors: the
   * search weighed the length, which between near-paraphrases says nothing. Where the words tell the two apart, the
   * search's choice stands.
   */
  private List<Link> placeLoneSentences(List<Link> links) {
    if (!evidenceSpeaks()) {
      return links;
    }
    List<Link> placed = new ArrayList<>(links);
    Map<Long, WordSupport.Support> supports = pairSupports(placed);
    for (int k = 0; k < placed.size(); k++) {
      Link alone = placed.get(k);
      if (!isLoneSentence(alone)) {
        continue;
      }
      boolean sourceSide = !alone.source().isEmpty();
      int sentence = sourceSide ? alone.source().get(0) : alone.target().get(0);
      for (int neighbour : new int[] {k - 1, k + 1}) {
        if (neighbour < 0 || neighbour >= placed.size() || !isOneToOne(placed.get(neighbour))) {
          continue;
        }
        Link link = placed.get(neighbour);
        Link swapped = sourceSide ? scored(List.of(sentence), link.target()) : scored(link.source(), List.of(sentence));
        if (placesBetter(swapped, link, supports)) {
          placed.set(k, swapped);
          placed.set(neighbour, sourceSide ? new Link(link.source(), List.of(), 0) : new Link(List.of(), link.target(), 0));
          break;
        }
      }
    }
    return placed;
  }

  /** Whether 1-1 link {@code swapped} renders its sentences better than {@code link} (see {@link #placeLoneSentences}). */
  private boolean placesBetter(Link swapped, Link link, Map<Long, WordSupport.Support> supports) {
    WordSupport.Support swappedSupport = pairSupport(swapped, supports);
    WordSupport.Support linkSupport = pairSupport(link, supports);
    if (wordFit(swappedSupport) != wordFit(linkSupport)) {
      return false;
    }
    // A sentence with enough content words, none of them rendered, is rarely a translation (the silent riders'
    // test): "استعار سامي مالا من ليلى." beside "You can do it.", whose words render nothing of it, left alone
    // "تشجع!" ("Cheer up!"), one word the model does not pair.
    boolean sourceSide = swapped.target().equals(link.target());
    boolean swappedSilent = silent(swappedSupport, sourceSide);
    if (swappedSilent != silent(linkSupport, sourceSide)) {
      return !swappedSilent;
    }
    int swappedMood = moodBin(swapped.source().get(0), swapped.target().get(0));
    int mood = moodBin(link.source().get(0), link.target().get(0));
    if (swappedMood != mood) {
      return evidenceOfMood[swappedMood] > evidenceOfMood[mood];
    }
    boolean swappedAgrees = polarityAgrees(swapped);
    if (swappedAgrees != polarityAgrees(link)) {
      return swappedAgrees;
    }
    return swapped.score() > link.score();
  }

  /**
   * Whether one side's sentence of a 1-1 link has content words, none covered, and enough of them that a translated
   * sentence of this document would show that by chance at most {@link #UNSUPPORTED_CHANCE} of the time.
   */
  private boolean silent(WordSupport.Support support, boolean sourceSide) {
    WordTally tally = (sourceSide ? support.source() : support.target()).get(0);
    return tally.content() > 0 && tally.covered() == 0
        && Math.pow(1 - (sourceSide ? sourceRate : targetRate), tally.content()) <= UNSUPPORTED_CHANCE;
  }

  private static boolean isLoneSentence(Link link) {
    return link.isOneSided() && link.source().size() + link.target().size() == 1;
  }

  /**
   * The word alignment of every 1-1 link {@link #placeLoneSentences} will weigh before it moves a sentence (each 1-1
   * link beside a sentence left alone, and that link with the sentence in its place), worked out on all cores, by
   * source and target sentence; the links a move brings next to a sentence are added when asked.
   */
  private Map<Long, WordSupport.Support> pairSupports(List<Link> links) {
    Set<Long> pairs = new LinkedHashSet<>();
    for (int k = 0; k < links.size(); k++) {
      Link alone = links.get(k);
      if (!isLoneSentence(alone)) {
        continue;
      }
      for (int neighbour : new int[] {k - 1, k + 1}) {
        if (neighbour >= 0 && neighbour < links.size() && isOneToOne(links.get(neighbour))) {
          Link link = links.get(neighbour);
          pairs.add(pair(link.source().get(0), link.target().get(0)));
          pairs.add(alone.source().isEmpty() ? pair(link.source().get(0), alone.target().get(0))
              : pair(alone.source().get(0), link.target().get(0)));
        }
      }
    }
    long[] keys = pairs.stream().mapToLong(Long::longValue).toArray();
    WordSupport.Support[] supports = new WordSupport.Support[keys.length];
    IntStream.range(0, keys.length).parallel().forEach(k -> supports[k] = pairSupport(keys[k]));
    Map<Long, WordSupport.Support> byPair = new HashMap<>();
    for (int k = 0; k < keys.length; k++) {
      byPair.put(keys[k], supports[k]);
    }
    return byPair;
  }

  private static long pair(int sourceSentence, int targetSentence) {
    return ((long) sourceSentence << 32) | targetSentence;
  }

  private static int sourceOf(long pair) {
    return (int) (pair >>> 32);
  }

  private static int targetOf(long pair) {
    return (int) pair;
  }

  /** The word alignment of a 1-1 link, from those worked out before or now. */
  private WordSupport.Support pairSupport(Link link, Map<Long, WordSupport.Support> supports) {
    return supports.computeIfAbsent(pair(link.source().get(0), link.target().get(0)), this::pairSupport);
  }

  private WordSupport.Support pairSupport(long pair) {
    return words.support(List.of(sourceOf(pair)), List.of(targetOf(pair)));
  }

  /** A 1-1 link's share of covered content words, source and target averaged (a side without any counts 0). */
  private static double wordFit(WordSupport.Support support) {
    return (share(support.source().get(0)) + share(support.target().get(0))) / 2;
  }


  private static double share(WordTally tally) {
    return tally.content() == 0 ? 0 : (double) tally.covered() / tally.content();
  }

  /** Whether both sides of a 1-1 link are negated, or neither. */
  private boolean polarityAgrees(Link link) {
    return words.negated(link.source().get(0), true) == words.negated(link.target().get(0), false);
  }

  private static int covered(List<WordTally> tallies) {
    return tallies.stream().mapToInt(WordTally::covered).sum();
  }

  /** How far a link's length is from the document's: |ln(source characters / (ratio · target characters))|. */
  private double lengthMisfit(List<Integer> sourceSentences, List<Integer> targetSentences) {
    int sourceChars = 0;
    for (int i : sourceSentences) {
      sourceChars += sourceLengths[i];
    }
    int targetChars = 0;
    for (int j : targetSentences) {
      targetChars += targetLengths[j];
    }
    return Math.abs(Math.log((sourceChars + 1.0) / (charRatio * targetChars + 1)));
  }

  /**
   * Embeds the tokens of every sentence the pass will look at in one call: those of the sampled 1-1 links, of the
   * links that are not 1-1 and of their neighbours (the stretches searched again).
   */
  private void prepareWords(List<Link> links) {
    Set<Integer> sourceSentences = new LinkedHashSet<>();
    Set<Integer> targetSentences = new LinkedHashSet<>();
    int oneToOne = 0;
    for (int k = 0; k < links.size(); k++) {
      Link link = links.get(k);
      boolean sampled = isOneToOne(link) && oneToOne++ < RATE_SAMPLE;
      if (sampled || !isOneToOne(link) || (k > 0 && !isOneToOne(links.get(k - 1)))
          || (k + 1 < links.size() && !isOneToOne(links.get(k + 1)))) {
        sourceSentences.addAll(link.source());
        targetSentences.addAll(link.target());
      }
    }
    words.prepare(sourceSentences, targetSentences);
  }

  private static boolean isOneToOne(Link link) {
    return link.source().size() == 1 && link.target().size() == 1;
  }

  /**
   * The share of content words the word alignment covers on each side, over (up to a sample of) the 1-1 links, and
   * how a sentence's covered share is spread when it is linked with its translation (those 1-1 links) and when it
   * is set beside an unrelated sentence (the other side of a distant 1-1 link).
   */
  private void measureCoverageRates(List<Link> links) {
    List<Link> oneToOne = links.stream()
        .filter(WordEvidenceRefinement::isOneToOne).limit(RATE_SAMPLE).toList();
    int[] counts = new int[4];
    int[][] linked = new int[2][SHARE_BINS];
    int[][] unrelated = new int[2][SHARE_BINS];
    int[][] moods = new int[2][MOOD_BINS]; // [0]: the 1-1 links, [1]: the unrelated pairs
    // The sample's word alignments on all cores (each link's with its translation, then with an unrelated
    // sentence), counted in order after.
    List<WordSupport.Support[]> supports = IntStream.range(0, oneToOne.size()).parallel()
        .mapToObj(k -> new WordSupport.Support[] {
          words.support(oneToOne.get(k).source(), oneToOne.get(k).target()),
          oneToOne.size() < MIN_CHANCE_PAIRS ? null : words.support(oneToOne.get(k).source(),
              oneToOne.get((k + oneToOne.size() / 2) % oneToOne.size()).target())})
        .toList();
    for (int k = 0; k < oneToOne.size(); k++) {
      WordSupport.Support support = supports.get(k)[0];
      counts[0] += support.source().get(0).content();
      counts[1] += support.source().get(0).covered();
      counts[2] += support.target().get(0).content();
      counts[3] += support.target().get(0).covered();
      count(support, linked);
      if (oneToOne.size() >= MIN_CHANCE_PAIRS) {
        count(supports.get(k)[1], unrelated);
        int sentence = oneToOne.get(k).source().get(0);
        moods[0][moodBin(sentence, oneToOne.get(k).target().get(0))]++;
        moods[1][moodBin(sentence, oneToOne.get((k + oneToOne.size() / 2) % oneToOne.size()).target().get(0))]++;
      }
    }
    double[] misfits = oneToOne.stream().mapToDouble(link -> lengthMisfit(link.source(), link.target())).sorted().toArray();
    if (misfits.length > 0) {
      rareMisfit = misfits[(int) Math.floor((1 - UNSUPPORTED_CHANCE) * (misfits.length - 1))];
    }
    sourceRate = counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
    targetRate = counts[2] == 0 ? 0 : (double) counts[3] / counts[2];
    evidenceOfShare = new double[2][SHARE_BINS];
    if (oneToOne.size() >= MIN_CHANCE_PAIRS) {
      for (int side = 0; side < 2; side++) {
        evidenceOfShare[side] = logLikelihoodRatios(linked[side], unrelated[side]);
      }
      System.arraycopy(logLikelihoodRatios(moods[0], moods[1]), 0, evidenceOfMood, 0, MOOD_BINS);
    }
    for (int side = 0; side < 2; side++) {
      mostGained[side] = Math.max(0, Arrays.stream(evidenceOfShare[side]).max().orElse(0));
    }
    mostMoodGained = Math.max(0, Arrays.stream(evidenceOfMood).max().orElse(0));
  }

  /** Per bin, ln(share among translations / share among unrelated pairs). */
  private static double[] logLikelihoodRatios(int[] linked, int[] unrelated) {
    int linkedTotal = Arrays.stream(linked).sum();
    int unrelatedTotal = Arrays.stream(unrelated).sum();
    double[] ratios = new double[linked.length];
    for (int bin = 0; bin < linked.length; bin++) {
      // Add-one smoothing: a short document's sample leaves bins empty.
      ratios[bin] = Math.log((linked[bin] + 1.0) / (linkedTotal + linked.length))
          - Math.log((unrelated[bin] + 1.0) / (unrelatedTotal + linked.length));
    }
    return ratios;
  }

  /**
   * The mood of a link, by the last sentence of each side: both statements (0), both a question or both an
   * exclamation (1), or not the same (2). A translation keeps the mood ("أيّاً تأخذ؟" is "Which one do you take?",
   * not its neighbour "You have a lot of books."); two unrelated sentences share a rarer one only by chance.
   */
  private int moodBin(int lastSource, int lastTarget) {
    char source = mood(lastSource, true);
    char target = mood(lastTarget, false);
    return source != target ? 2 : source == '.' ? 0 : 1;
  }

  private char mood(int sentence, boolean sourceSide) {
    char[] moods = sourceSide ? sourceMoods : targetMoods;
    if (moods[sentence] == 0) {
      char mood = words.mood(sentence, sourceSide);
      moods[sentence] = mood == 0 ? '.' : mood;
    }
    return moods[sentence];
  }

  private static void count(WordSupport.Support support, int[][] bins) {
    WordTally source = support.source().get(0);
    WordTally target = support.target().get(0);
    if (source.content() > 0) {
      bins[0][shareBin(source)]++;
    }
    if (target.content() > 0) {
      bins[1][shareBin(target)]++;
    }
  }

  /** None of the sentence's content words covered, under half, half or more. */
  private static int shareBin(WordTally tally) {
    return tally.covered() == 0 ? 0 : 2 * tally.covered() < tally.content() ? 1 : 2;
  }

  /** Whether the word evidence tells translations from unrelated sentences in this document at all. */
  private boolean evidenceSpeaks() {
    return Arrays.stream(evidenceOfShare).anyMatch(side -> side[SHARE_BINS - 1] > side[0]);
  }

  /**
   * The word alignment's cost of a candidate link, from a log-likelihood ratio per sentence: how much likelier its
   * covered share is when it is linked with its translation than beside an unrelated sentence, as this document's
   * own links show (measured per sentence, not per word: the words of one sentence are covered or not together,
   * as its vocabulary is known to the model or not). A sentence left alone gains nothing; the costs are shifted by
   * the most a sentence of its side can gain, so that none is negative (the same shift for every alignment). Likewise
   * the link's mood ({@link #moodBin}): a two-sided link gains its log-likelihood ratio, shifted by half the most a
   * link can gain per sentence it holds (the same shift for every alignment again, and none negative).
   */
  private double evidence(int i, int a, int j, int b, WordSupport.Stretch stretch) {
    double cost = moodCost(i, a, j, b);
    if (a == 0 || b == 0) {
      for (int k = i; k < i + a; k++) {
        cost += contentWords(k, true) > 0 ? mostGained(0) : 0;
      }
      for (int k = j; k < j + b; k++) {
        cost += contentWords(k, false) > 0 ? mostGained(1) : 0;
      }
      return EVIDENCE_WEIGHT * cost;
    }
    WordSupport.Support linked = stretch.support(i, a, j, b);
    for (WordTally tally : linked.source()) {
      cost += tally.content() > 0 ? mostGained(0) - evidenceOfShare[0][shareBin(tally)] : 0;
    }
    for (WordTally tally : linked.target()) {
      cost += tally.content() > 0 ? mostGained(1) - evidenceOfShare[1][shareBin(tally)] : 0;
    }
    return EVIDENCE_WEIGHT * cost;
  }

  /** The part of a link's evidence its mood gives ({@link #evidence}), shifted so that none is negative. */
  private double moodCost(int i, int a, int j, int b) {
    return 0.5 * mostMoodGained * (a + b) - (a == 0 || b == 0 ? 0 : evidenceOfMood[moodBin(i + a - 1, j + b - 1)]);
  }

  /** The word alignment's cost ({@link #evidence}) of the candidate links of one stretch, searched again. */
  private final class WordEvidence implements LinkEvidence {
    private final WordSupport.Stretch stretch;

    WordEvidence(WordSupport.Stretch stretch) {
      this.stretch = stretch;
    }

    @Override
    public double cost(int i, int a, int j, int b) {
      return evidence(i, a, j, b, stretch);
    }

    /** The cost of a one-sided link itself; of a two-sided one, its mood's part (its sentences' parts are never negative). */
    @Override
    public double lowerBound(int i, int a, int j, int b) {
      return a == 0 || b == 0 ? evidence(i, a, j, b, stretch) : EVIDENCE_WEIGHT * moodCost(i, a, j, b);
    }

    @Override
    public LinkEvidence forStretch() {
      return new WordEvidence(words.forStretch());
    }
  }

  private double mostGained(int side) {
    return mostGained[side];
  }

  private int contentWords(int sentence, boolean sourceSide) {
    int[] counts = sourceSide ? sourceContent : targetContent;
    if (counts[sentence] < 0) {
      counts[sentence] = words.contentWords(sentence, sourceSide);
    }
    return counts[sentence];
  }

  private void split(Link link, List<Link> out, WordSupport.Stretch stretch) {
    int a = link.source().size();
    int b = link.target().size();
    if (a >= 2 && b >= 2) {
      int[][] between = stretch.support(link.source(), link.target()).between();
      for (int p = 1; p < a; p++) {
        for (int q = 1; q < b; q++) {
          int first = 0;
          int second = 0;
          int crossing = 0;
          for (int k = 0; k < a; k++) {
            for (int l = 0; l < b; l++) {
              if ((k < p) != (l < q)) {
                crossing += between[k][l];
              } else if (k < p) {
                first += between[k][l];
              } else {
                second += between[k][l];
              }
            }
          }
          // A 2-2 link one of whose halves holds every word link: its other two sentences render nothing of the link,
          // and stand at the same place of the two texts, so they are read as each other's rendering (as riders are,
          // uncrossRiders).
          boolean silentHalf = a == 2 && b == 2 && crossing == 0 && first + second > 0;
          if (first > 0 && second > 0 && first + second >= SPLIT_RATIO * crossing || silentHalf) {
            split(scored(link.source().subList(0, p), link.target().subList(0, q)), out, stretch);
            split(scored(link.source().subList(p, a), link.target().subList(q, b)), out, stretch);
            return;
          }
        }
      }
    }
    out.add(link);
  }

  /** Adds the link to {@code out}, each rider at its edges taken out as a 1-0 / 0-1 beside it. */
  private void detachRiders(Link link, List<Link> out, WordSupport.Stretch stretch) {
    List<Link> before = new ArrayList<>();
    List<Link> after = new ArrayList<>();
    Link current = link;
    while (current.source().size() + current.target().size() > 2) {
      Rider rider = likeliestRider(current, stretch);
      if (rider == null) {
        break;
      }
      if (rider.first()) {
        before.add(rider.alone());
      } else {
        after.add(0, rider.alone());
      }
      current = rider.rest();
    }
    out.addAll(before);
    out.add(current);
    out.addAll(after);
  }

  /**
   * A sentence at the edge of a link, as its own one-sided link, and the link without it. {@code silent}: none of its
   * {@code contentWords} has a counterpart; else it only echoes (its covered words are covered without it too), and
   * {@code misfit} says how much worse the link fits without it (length and vectors, see {@link #echoMisfit}).
   */
  private record Rider(Link alone, Link rest, boolean first, boolean silent, int contentWords, double misfit) {
    /** A silent sentence before an echo, the one with more silent words, the echo the link fits best without. */
    boolean likelierThan(Rider other) {
      if (silent != other.silent) {
        return silent;
      }
      return silent ? contentWords > other.contentWords : misfit < other.misfit;
    }
  }

  /**
   * Of the edge sentences that are riders, the likeliest ({@link Rider#likelierThan}); null if none is. A rider is
   * silent — none of its content words has a counterpart, a translated sentence of this document would rarely show
   * that, and the link is at least as similar without it and would not, without it, be as rare a length misfit in
   * this document ({@link #rareMisfit}) — or an echo: it has covered words, but none of the other
   * side's words is covered only through it (an unrelated sentence on the same theme beside a translation, "Sami
   * ate his dog." beside "Sami decapitated a dog.": its Sami and dog are the translation's), the link fits about as
   * well without it ({@link #echoMisfit} at most {@link #ECHO_MISFIT}) and is hardly less similar
   * ({@link #ECHO_SCORE_LOSS}) or fits the document's length ratio clearly better without it
   * ({@link #fitsClearlyBetter}: the vector of a longer run is closer to most things, a sentence on the same theme
   * included). A sentence with too few content words to be silent by chance, none of them covered ("Do you live
   * here?" beside "She isn't poor."), leaves when the link is at least as similar without it and fits the length
   * ratio clearly better: the test by which a sentence left alone joins a link ({@link #joinedWith}), reversed.
   */
  private Rider likeliestRider(Link link, WordSupport.Stretch stretch) {
    WordSupport.Support support = stretch.support(link.source(), link.target());
    Rider best = null;
    for (boolean sourceSide : new boolean[] {true, false}) {
      List<Integer> sentences = sourceSide ? link.source() : link.target();
      List<WordTally> tallies = sourceSide ? support.source() : support.target();
      double rate = sourceSide ? sourceRate : targetRate;
      if (sentences.size() < 2) {
        continue;
      }
      for (boolean first : new boolean[] {true, false}) {
        int position = first ? 0 : sentences.size() - 1;
        WordTally tally = tallies.get(position);
        boolean mayBeSilent =
            tally.content() > 0 && tally.covered() == 0 && Math.pow(1 - rate, tally.content()) <= UNSUPPORTED_CHANCE;
        if (tally.content() == 0) {
          continue; // no word of its own to tell whether it belongs ("You can do it.")
        }
        List<Integer> rest = first ? sentences.subList(1, sentences.size()) : sentences.subList(0, sentences.size() - 1);
        Link restLink = sourceSide ? scored(rest, link.target()) : scored(link.source(), rest);
        int sentence = sentences.get(position);
        Link alone = sourceSide ? new Link(List.of(sentence), List.of(), 0) : new Link(List.of(), List.of(sentence), 0);
        Rider rider = new Rider(alone, restLink, first, mayBeSilent, tally.content(),
            mayBeSilent ? 0 : echoMisfit(link, restLink));
        if (best != null && !rider.likelierThan(best)) {
          continue; // before the tests below: an echo's needs a word alignment of the link without it
        }
        boolean passes;
        if (mayBeSilent) {
          // Kept when the length says as clearly that it belongs: without it the link would fit the length ratio as
          // rarely as a translated link of this document does (two sentences the model knows few words of, "You are
          // doing a good job." and "Sami wanted some money.", rendered as one English sentence).
          passes = !(restLink.score() < link.score()) && !(lengthMisfit(restLink.source(), restLink.target()) > rareMisfit
              && lengthMisfit(link.source(), link.target()) < lengthMisfit(restLink.source(), restLink.target()));
        } else if (tally.covered() == 0) {
          // Too few silent words to be sure of it: the length must say so too.
          passes = !(restLink.score() < link.score()) && fitsClearlyBetter(restLink, link);
        } else {
          passes = !(rider.misfit() > ECHO_MISFIT
                  || (restLink.score() < link.score() - ECHO_SCORE_LOSS && !fitsClearlyBetter(restLink, link)))
              && onlyEchoes(support, restLink, sourceSide, stretch);
        }
        if (passes) {
          best = rider;
        }
      }
    }
    return best;
  }

  /** Whether the link's length is clearly closer ({@link #LENGTH_GAIN}) to the document's ratio than the other's. */
  private boolean fitsClearlyBetter(Link link, Link other) {
    return lengthMisfit(link.source(), link.target()) < lengthMisfit(other.source(), other.target()) - LENGTH_GAIN;
  }

  /**
   * How much worse a link fits without one of its sentences: the growth of its length misfit, less the growth of
   * its score (both are about as large for a sentence that belongs: a few tenths).
   */
  private double echoMisfit(Link link, Link rest) {
    return lengthMisfit(rest.source(), rest.target()) - lengthMisfit(link.source(), link.target())
        - (rest.score() - link.score());
  }

  /** Whether the link's other side has no more covered words with the edge sentence than the rest gives it without. */
  private boolean onlyEchoes(WordSupport.Support with, Link rest, boolean sourceSide, WordSupport.Stretch stretch) {
    WordSupport.Support without = stretch.support(rest.source(), rest.target());
    return covered(sourceSide ? with.target() : with.source()) <= covered(sourceSide ? without.target() : without.source());
  }

  /** A link with the aligner's score: the cosine of its two sides' vectors, clipped to [0, 1]. */
  private Link scored(List<Integer> sourceSentences, List<Integer> targetSentences) {
    double cosine = Vectors.dot(Vectors.normalised(vector(source, sourceVectors, sourceSentences)),
        Vectors.normalised(vector(target, targetVectors, targetSentences)));
    return new Link(sourceSentences, targetSentences, Math.clamp(cosine, 0.0, 1.0));
  }

  private float[] vector(Document document, SentenceVectors runs, List<Integer> sentences) {
    if (runs.hasRun(sentences.get(0), sentences.size())) {
      return runs.run(sentences.get(0), sentences.size());
    }
    return embedder.embedSentences(List.of(sentences.stream().map(i -> document.sentences().get(i).text())
        .collect(Collectors.joining(" "))))[0];
  }
}
