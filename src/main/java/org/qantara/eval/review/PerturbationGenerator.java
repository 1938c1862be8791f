package org.qantara.eval.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qantara.core.review.Flag;
import org.qantara.core.review.Names;
import org.qantara.core.review.Negation;
import org.qantara.core.review.Quantity;
import org.qantara.core.review.QuantityExtractor;
import org.qantara.core.review.Word;
import org.qantara.core.text.Document;
import org.qantara.core.text.Lang;
import org.qantara.core.text.Sentence;
import org.qantara.eval.review.BenchmarkCase.GoldFlag;

/**
 * Builds the review benchmark: for each clean pair, the pair itself and one copy per {@link
 * Perturbation} with that error injected into the English at a sentence chosen by a seeded random
 * generator, so the same seed gives the same benchmark. A perturbation that has nothing to act on in a
 * pair (no number to change, no name to swap) is skipped for that pair, never faked.
 *
 * <p>Names are found the way a translator checking by eye would: a capitalised English word that
 * transliterates to a word of its Arabic sentence. The swapped-in name comes from the other names of the
 * benchmark and is one that matches nothing in that Arabic sentence.
 */
public final class PerturbationGenerator {
  private static final Map<String, String> NEGATION_REMOVALS = Map.ofEntries(
      Map.entry("don't", "do"), Map.entry("doesn't", "does"), Map.entry("didn't", "did"),
      Map.entry("can't", "can"), Map.entry("cannot", "can"), Map.entry("won't", "will"),
      Map.entry("isn't", "is"), Map.entry("aren't", "are"), Map.entry("wasn't", "was"),
      Map.entry("weren't", "were"), Map.entry("haven't", "have"), Map.entry("hasn't", "has"),
      Map.entry("hadn't", "had"), Map.entry("couldn't", "could"), Map.entry("shouldn't", "should"),
      Map.entry("wouldn't", "would"), Map.entry("never", "always"), Map.entry("nothing", "something"),
      Map.entry("nobody", "somebody"), Map.entry("without", "with"), Map.entry("not", ""), Map.entry("no", "some"));
  private static final Pattern AUXILIARY = Pattern.compile(
      "\\b(is|are|was|were|will|can|has|have|had|did|does|do|could|would|should|must)\\b(?! not)");
  private static final String[] NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "twelve", "twenty", "forty", "hundred"};
  private static final String[] APPROXIMATE = {"dozens", "hundreds", "thousands", "millions"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "June", "July", "August",
      "September", "October", "November", "December"};

  /**
   * True differences in the clean data, checked by hand ({@code clean-data-differences.tsv}): a pair line whose
   * Arabic names Sami and whose English names Fadil, or whose English leaves a clause out, is no faithful rendering,
   * and a flag there is right.
   */
  record KnownDifference(Flag.Type type, String arabic, String english, String note) {}

  static final List<KnownDifference> KNOWN_DIFFERENCES = readKnownDifferences();

  private final long seed;
  private final List<CleanPair> pairs;
  /** The {@link #KNOWN_DIFFERENCES} found in each pair (by pair name), as findings at their Arabic sentence. */
  private final Map<String, List<GoldFlag>> knownDifferences = new HashMap<>();
  private final Set<KnownDifference> knownDifferencesFound = new HashSet<>();
  /** Names by corpus (the pair name without its number), so a Tatoeba person is swapped for another one. */
  private final Map<String, List<String>> namePools = new HashMap<>();

  public PerturbationGenerator(List<CleanPair> pairs, long seed) {
    this.pairs = List.copyOf(pairs);
    this.seed = seed;
    Map<String, List<CleanPair>> byCorpus = new LinkedHashMap<>();
    pairs.forEach(p -> byCorpus.computeIfAbsent(corpus(p), c -> new ArrayList<>()).add(p));
    byCorpus.forEach((corpus, members) -> namePools.put(corpus, collectNames(members)));
    for (CleanPair pair : pairs) {
      for (int s = 0; s < pair.source().size(); s++) {
        int t = pair.targetOfSource()[s];
        for (KnownDifference d : KNOWN_DIFFERENCES) {
          if (t >= 0 && pair.source().get(s).strip().equals(d.arabic()) && pair.target().get(t).strip().equals(d.english())) {
            knownDifferences.computeIfAbsent(pair.name(), n -> new ArrayList<>()).add(new GoldFlag(d.type(), s, -1));
            knownDifferencesFound.add(d);
          }
        }
      }
    }
  }

  /** The known differences of the clean data that none of this generator's pairs holds (none on the shared data). */
  List<KnownDifference> knownDifferencesMissing() {
    return KNOWN_DIFFERENCES.stream().filter(d -> !knownDifferencesFound.contains(d)).toList();
  }

  private static List<KnownDifference> readKnownDifferences() {
    try (InputStream in = PerturbationGenerator.class.getResourceAsStream("clean-data-differences.tsv")) {
      if (in == null) {
        throw new IllegalStateException("clean-data-differences.tsv is missing from the build");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t"))
          .map(f -> new KnownDifference(Flag.Type.valueOf(f[0]), f[1].strip(), f[2].strip(), f[3].strip()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String corpus(CleanPair pair) {
    return pair.name().replaceFirst("-\\d+$", "");
  }

  /** All cases: for each pair the clean case, then one case per perturbation that applies to it. */
  public List<BenchmarkCase> cases() {
    List<BenchmarkCase> cases = new ArrayList<>();
    for (int p = 0; p < pairs.size(); p++) {
      for (Perturbation kind : Perturbation.values()) {
        Random random = new Random(seed * 1_000_003L + p * 31L + kind.ordinal());
        perturb(pairs.get(p), p, kind, random).ifPresent(cases::add);
      }
    }
    return cases;
  }

  private Optional<BenchmarkCase> perturb(CleanPair pair, int pairIndex, Perturbation kind, Random random) {
    List<String> en = new ArrayList<>(pair.target());
    List<Integer> oneToOne = new ArrayList<>();
    for (int s = 0; s < pair.source().size(); s++) {
      if (pair.targetOfSource()[s] >= 0) {
        oneToOne.add(s);
      }
    }
    String id = pair.name() + "/" + kind.name().toLowerCase(Locale.ROOT);
    switch (kind) {
      case NONE -> {
        return Optional.of(make(id, kind, pair, en, null, "", "", "clean"));
      }
      case DELETE_SENTENCE -> {
        int s = pick(oneToOne, random);
        int t = pair.targetOfSource()[s];
        String removed = en.remove(t);
        return Optional.of(make(id, kind, pair, en, new GoldFlag(kind.expected(), s, -1), removed, "",
            "deleted English sentence " + (t + 1)));
      }
      case INSERT_SENTENCE -> {
        String intruder = unrelatedSentence(pairIndex, random);
        int t = random.nextInt(en.size() + 1);
        en.add(t, intruder);
        return Optional.of(make(id, kind, pair, en, new GoldFlag(kind.expected(), -1, t), "", intruder,
            "inserted \"" + intruder + "\" as English sentence " + (t + 1)));
      }
      case REPLACE_SENTENCE -> {
        int s = pick(oneToOne, random);
        int t = pair.targetOfSource()[s];
        String intruder = unrelatedSentence(pairIndex, random);
        String removed = en.set(t, intruder);
        return Optional.of(make(id, kind, pair, en, new GoldFlag(kind.expected(), s, t), removed, intruder,
            "replaced English sentence " + (t + 1) + " by \"" + intruder + "\""));
      }
      case COPY_SOURCE -> {
        int s = pick(oneToOne, random);
        int t = pair.targetOfSource()[s];
        String removed = en.set(t, pair.source().get(s));
        return Optional.of(make(id, kind, pair, en, new GoldFlag(kind.expected(), s, t), removed, "",
            "replaced English sentence " + (t + 1) + " by its Arabic source"));
      }
      default -> {
        return editOneSentence(id, kind, pair, en, oneToOne, random);
      }
    }
  }

  /** The perturbations that rewrite part of one English sentence: try the sentences in random order. */
  private Optional<BenchmarkCase> editOneSentence(String id, Perturbation kind, CleanPair pair, List<String> en,
      List<Integer> oneToOne, Random random) {
    List<Integer> order = new ArrayList<>(oneToOne);
    Collections.shuffle(order, random);
    for (int s : order) {
      int t = pair.targetOfSource()[s];
      String before = en.get(t);
      Optional<String> after = switch (kind) {
        case DELETE_CLAUSE -> deleteClause(before, random);
        case CHANGE_NUMBER -> changeNumber(before, random);
        case SWAP_NAME -> swapName(namePools.get(corpus(pair)), pair.source().get(s), before, random);
        case FLIP_NEGATION -> flipNegation(before);
        default -> throw new IllegalStateException(kind + " is not a sentence edit");
      };
      if (after.isPresent()) {
        en.set(t, after.get());
        // Only a deleted clause takes other content with it; the other edits change one thing in place.
        String removed = kind == Perturbation.DELETE_CLAUSE ? removedStretch(before, after.get()) : "";
        return Optional.of(make(id, kind, pair, en, new GoldFlag(kind.expected(), s, t), removed, "",
            "English sentence " + (t + 1) + ": \"" + before + "\" → \"" + after.get() + "\""));
      }
    }
    return Optional.empty();
  }

  /** What an edit that deletes one stretch took out: the text between the common prefix and suffix. */
  static String removedStretch(String before, String after) {
    int prefix = 0;
    while (prefix < after.length() && before.charAt(prefix) == after.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < after.length() - prefix
        && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
      suffix++;
    }
    return before.substring(prefix, before.length() - suffix);
  }

  /** Drops a stretch of at least three words: the part after a comma, or the last third of a long sentence. */
  static Optional<String> deleteClause(String sentence, Random random) {
    String body = sentence.replaceAll("[.!?]+$", "");
    String end = sentence.substring(body.length());
    int comma = body.indexOf(", ");
    if (comma > 0) {
      String rest = body.substring(comma + 2);
      int nextComma = rest.indexOf(", ");
      String clause = nextComma > 0 ? rest.substring(0, nextComma) : rest;
      if (clause.split("\\s+").length >= 3) {
        String kept = body.substring(0, comma) + (nextComma > 0 ? ", " + rest.substring(nextComma + 2) : "");
        return Optional.of(kept + end);
      }
    }
    String[] words = body.split("\\s+");
    if (words.length < 8) {
      return Optional.empty();
    }
    int keep = words.length - Math.max(3, words.length / 3 + random.nextInt(2));
    return Optional.of(String.join(" ", Arrays.copyOf(words, keep)) + end);
  }

  static Optional<String> changeNumber(String sentence, Random random) {
    List<Quantity> quantities = QuantityExtractor.extract(Word.split(sentence, 0), Lang.EN).stream()
        .filter(q -> !q.weak()).toList();
    if (quantities.isEmpty()) {
      return Optional.empty();
    }
    Quantity q = quantities.get(random.nextInt(quantities.size()));
    String replacement;
    if (q.text().chars().allMatch(Character::isDigit)) {
      long value = Long.parseLong(q.text());
      replacement = Long.toString(value + 1 + random.nextInt(9));
    } else if (q.key().startsWith("month:")) {
      replacement = differentFrom(MONTHS, q.text(), random);
    } else if (q.key().startsWith("approx:")) {
      replacement = differentFrom(APPROXIMATE, q.text(), random);
    } else if (q.key().startsWith("ordinal:")) {
      replacement = differentFrom(new String[] {"third", "fourth", "fifth", "seventh"}, q.text(), random);
    } else {
      replacement = differentFrom(NUMBER_WORDS, q.text(), random);
    }
    return Optional.of(sentence.substring(0, q.span().start()) + matchCase(replacement, q.text())
        + sentence.substring(q.span().end()));
  }

  private static Optional<String> swapName(List<String> namePool, String arabic, String english, Random random) {
    List<Word> arabicWords = Word.split(arabic, 0);
    for (Word name : Names.englishCandidates(Word.split(english, 0))) {
      if (!namePool.contains(name.text()) || arabicWords.stream().noneMatch(a -> Names.sameName(name, a))) {
        continue;
      }
      List<String> replacements = namePool.stream()
          .filter(other -> arabicWords.stream().noneMatch(a -> Names.sameName(new Word(other, 0, other.length()), a)))
          .toList();
      if (replacements.isEmpty()) {
        return Optional.empty();
      }
      String other = replacements.get(random.nextInt(replacements.size()));
      return Optional.of(english.substring(0, name.start()) + other + english.substring(name.end()));
    }
    return Optional.empty();
  }

  /** Removes the sentence's first negation, or negates its first auxiliary verb. */
  static Optional<String> flipNegation(String sentence) {
    List<Word> words = Word.split(sentence, 0);
    for (Word marker : Negation.markers(words, Lang.EN, sentence)) {
      String lower = marker.text().toLowerCase(Locale.ROOT).replace('’', '\'');
      String replacement = NEGATION_REMOVALS.get(lower);
      if (replacement != null) {
        String before = sentence.substring(0, marker.start());
        String after = sentence.substring(marker.end());
        if (replacement.isEmpty()) {
          return Optional.of((before.stripTrailing() + " " + after.stripLeading()).strip());
        }
        return Optional.of(before + matchCase(replacement, marker.text()) + after);
      }
    }
    if (!Negation.markers(words, Lang.EN, sentence).isEmpty()) {
      return Optional.empty();
    }
    Matcher aux = AUXILIARY.matcher(sentence);
    if (aux.find()) {
      String negated = aux.group(1).equals("can") ? "cannot" : aux.group(1) + " not";
      return Optional.of(sentence.substring(0, aux.start()) + negated + sentence.substring(aux.end()));
    }
    return Optional.empty();
  }

  /** An English sentence from a pair far from this one, so it is unrelated to the document. */
  private String unrelatedSentence(int pairIndex, Random random) {
    CleanPair other = pairs.get((pairIndex + pairs.size() / 2 + random.nextInt(Math.max(1, pairs.size() / 4)))
        % pairs.size());
    if (other == pairs.get(pairIndex)) {
      throw new IllegalStateException("the benchmark needs at least two pairs to draw unrelated sentences from");
    }
    return other.target().get(random.nextInt(other.target().size()));
  }

  /**
   * Capitalised English words that transliterate to a word of their Arabic sentence and are seen inside
   * a sentence at least once (so "Cut" opening an imperative is not taken for a name), without
   * nationality and language adjectives ("Syrian", "English"), which are not names to swap.
   */
  private static List<String> collectNames(List<CleanPair> pairs) {
    Set<String> names = new LinkedHashSet<>();
    Set<String> insideSentence = new HashSet<>();
    for (CleanPair pair : pairs) {
      for (String line : pair.target()) {
        List<Word> words = Word.split(line, 0);
        words.stream().skip(1).filter(w -> Character.isUpperCase(w.text().charAt(0)))
            .forEach(w -> insideSentence.add(w.text()));
      }
      for (int s = 0; s < pair.source().size(); s++) {
        int t = pair.targetOfSource()[s];
        if (t < 0) {
          continue;
        }
        List<Word> arabic = Word.split(pair.source().get(s), 0);
        for (Word name : Names.englishCandidates(Word.split(pair.target().get(t), 0))) {
          if (!ADJECTIVE.matcher(name.text()).matches() && arabic.stream().anyMatch(a -> Names.sameName(name, a))) {
            names.add(name.text());
          }
        }
      }
    }
    names.retainAll(insideSentence);
    return List.copyOf(names);
  }

  private static final Pattern ADJECTIVE = Pattern.compile(".*(ian|ish|ese|ic|an|ch)$|.*['’]s$");

  /**
   * A case with its expected flag (null for the clean pair) and the findings the change implies besides:
   * a number, a name or a negation in the English text the change removed or brought in is legitimately
   * reported missing or unmatched at the same place; and the pair's {@link #KNOWN_DIFFERENCES}, in every case.
   */
  private BenchmarkCase make(String id, Perturbation kind, CleanPair pair, List<String> english,
      GoldFlag gold, String removed, String added, String change) {
    List<GoldFlag> tolerated = new ArrayList<>();
    if (gold != null) {
      String touched = removed + "\n" + added;
      List<Word> words = Word.split(touched, 0);
      if (QuantityExtractor.extract(words, Lang.EN).stream().anyMatch(q -> !q.weak())) {
        tolerated.add(new GoldFlag(Flag.Type.NUMBER, gold.sourceSentence(), gold.targetSentence()));
      }
      if (!Names.englishCandidates(words).isEmpty()) {
        tolerated.add(new GoldFlag(Flag.Type.NAME, gold.sourceSentence(), gold.targetSentence()));
      }
      if (!Negation.markers(words, Lang.EN, touched).isEmpty()) {
        tolerated.add(new GoldFlag(Flag.Type.NEGATION, gold.sourceSentence(), gold.targetSentence()));
      }
      tolerated.removeIf(t -> t.type() == gold.type());
    }
    // A true difference of the clean data stays true in every variant of its pair (by its Arabic sentence, which
    // no perturbation moves).
    tolerated.addAll(knownDifferences.getOrDefault(pair.name(), List.of()));
    return new BenchmarkCase(id, kind, document(pair.name() + ".ar", Lang.AR, pair.source()),
        document(pair.name() + ".en", Lang.EN, english), gold == null ? List.of() : List.of(gold), tolerated,
        change);
  }

  /** A document whose sentences are its lines, which is how the benchmark data is laid out. */
  public static Document document(String name, Lang lang, List<String> lines) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (String line : lines) {
      int start = text.length();
      text.append(line);
      sentences.add(new Sentence(sentences.size(), line, start, text.length()));
      text.append('\n');
    }
    return new Document(name, lang, text.toString(), sentences, List.of());
  }

  private static int pick(List<Integer> from, Random random) {
    return from.get(random.nextInt(from.size()));
  }

  private static String differentFrom(String[] options, String current, Random random) {
    List<String> others = Arrays.stream(options).filter(o -> !o.equalsIgnoreCase(current)).toList();
    return others.get(random.nextInt(others.size()));
  }

  private static String matchCase(String replacement, String original) {
    return Character.isUpperCase(original.charAt(0))
        ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1)
        : replacement;
  }
}
