package org.qantara.core.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.qantara.core.text.Lang;
import org.qantara.core.text.MatchNormalizer;
import org.qantara.core.text.Span;

/**
 * The text-level checks of one two-sided link: copied Arabic, quantities, negation, names, and runs of
 * words the word alignment left unaccounted for. Arabic copied into the English is taken out of the
 * other checks, which would otherwise read it as English that lacks the source's numbers and names.
 */
final class LinkChecks {
  private final int linkIndex;
  private final String sourceText;
  private final String targetText;
  private final List<Word> sourceWords;
  private final List<Word> targetWords;
  private final List<Word> englishWords;
  private final Map<Word, Integer> englishIndex;
  /** Position in {@code targetWords} of each English word. */
  private final int[] englishInTarget;
  private final Coverage coverage;
  private final List<Flag> flags;

  /** @param sourceText the source document text the source words' offsets point into; the same for the target */
  LinkChecks(int linkIndex, String sourceText, String targetText, List<Word> sourceWords, List<Word> targetWords,
      Coverage coverage, List<Flag> flags) {
    this.linkIndex = linkIndex;
    this.sourceText = sourceText;
    this.targetText = targetText;
    this.sourceWords = sourceWords;
    this.targetWords = targetWords;
    this.englishWords = targetWords.stream().filter(w -> !MatchNormalizer.hasArabicLetter(w.text())).toList();
    // Positions looked up per word: a map, not indexOf, keeps a very long sentence linear.
    this.englishIndex = new HashMap<>();
    this.englishInTarget = new int[englishWords.size()];
    for (int t = 0, e = 0; t < targetWords.size(); t++) {
      if (e < englishWords.size() && targetWords.get(t) == englishWords.get(e)) {
        englishIndex.put(englishWords.get(e), e);
        englishInTarget[e++] = t;
      }
    }
    this.coverage = coverage;
    this.flags = flags;
  }

  /** Runs of Arabic words in the English. */
  void untranslated() {
    int i = 0;
    while (i < targetWords.size()) {
      if (!MatchNormalizer.hasArabicLetter(targetWords.get(i).text())) {
        i++;
        continue;
      }
      int j = i;
      while (j < targetWords.size() && MatchNormalizer.hasArabicLetter(targetWords.get(j).text())) {
        j++;
      }
      Span span = new Span(targetWords.get(i).start(), targetWords.get(j - 1).end());
      List<Word> run = targetWords.subList(i, j);
      String copied = run.stream().map(Word::text).collect(Collectors.joining(" "));
      Set<String> runTexts = run.stream().map(Word::text).collect(Collectors.toSet());
      List<Span> inSource = sourceWords.stream().filter(s -> runTexts.contains(s.text())).map(Word::span).toList();
      flags.add(new Flag(Flag.Type.UNTRANSLATED, j - i >= 2 ? Flag.Severity.MAJOR : Flag.Severity.MINOR,
          inSource.isEmpty() ? 0.8 : 0.95, linkIndex, mergeAdjacent(inSource), List.of(span),
          "'" + Reviewer.excerpt(copied) + "' is Arabic left untranslated in the English"));
      i = j;
    }
  }

  /**
   * Quantities on one side without their counterpart on the other.
   *
   * @param comparison the word aligner's comparison of this link's words, whose quantities are read: those of the
   *     target are those of its English words too unless Arabic is copied among them
   */
  void numbers(WordAligner.Comparison comparison) {
    List<Quantity> sourceQuantities = new ArrayList<>(comparison.sourceQuantities());
    List<Quantity> targetQuantities = new ArrayList<>(englishWords.size() == targetWords.size()
        ? comparison.targetQuantities() : QuantityExtractor.extract(englishWords, Lang.EN));
    // Cancel matching values pairwise, so that "2 ... 2" against "2" leaves one 2 over.
    for (var it = sourceQuantities.iterator(); it.hasNext(); ) {
      Quantity q = it.next();
      for (int j = 0; j < targetQuantities.size(); j++) {
        if (targetQuantities.get(j).key().equals(q.key())) {
          targetQuantities.remove(j);
          it.remove();
          break;
        }
      }
    }
    List<Quantity> sourceLeft = sourceQuantities.stream().filter(q -> !q.weak()).toList();
    List<Quantity> targetLeft = targetQuantities.stream().filter(q -> !q.weak()).toList();
    int paired = Math.min(sourceLeft.size(), targetLeft.size());
    for (int i = 0; i < paired; i++) {
      Quantity s = sourceLeft.get(i);
      Quantity t = targetLeft.get(i);
      flags.add(new Flag(Flag.Type.NUMBER, Flag.Severity.CRITICAL, 0.9, linkIndex, List.of(s.span()),
          List.of(t.span()), "'" + s.text() + "' (" + s.meaning() + ") is rendered as '" + t.text() + "'"
              + (t.meaning().equals(t.text()) ? "" : " (" + t.meaning() + ")")));
    }
    for (Quantity s : sourceLeft.subList(paired, sourceLeft.size())) {
      flags.add(new Flag(Flag.Type.NUMBER, Flag.Severity.MAJOR, 0.75, linkIndex, List.of(s.span()), List.of(),
          "'" + s.text() + "' (" + s.meaning() + ") in the Arabic is missing from the English"));
    }
    boolean mayHoldDual = QuantityExtractor.mayHoldDual(sourceWords);
    for (Quantity t : targetLeft.subList(paired, targetLeft.size())) {
      if (t.key().equals("2") && mayHoldDual) {
        continue; // "the two teams" for الفريقين: Arabic says two by the noun's ending
      }
      flags.add(new Flag(Flag.Type.NUMBER, Flag.Severity.MAJOR, 0.75, linkIndex, List.of(), List.of(t.span()),
          "'" + t.text() + "' (" + t.meaning() + ") in the English has no counterpart in the Arabic"));
    }
  }

  /**
   * Negation on one side only. A different count of negations with both sides negated is not reported:
   * languages distribute negation differently ("لا أحد" is "nobody", one marker in English and two
   * in Arabic), and a count mismatch alone rarely means the meaning flipped.
   */
  void negation() {
    List<Word> sourceMarkers = Negation.markers(sourceWords, Lang.AR, sourceText);
    List<Word> targetMarkers = Negation.markers(englishWords, Lang.EN, targetText);
    if (sourceMarkers.isEmpty() == targetMarkers.isEmpty()) {
      return;
    }
    if (sourceMarkers.isEmpty() && Negation.mayBeNegated(sourceWords)) {
      return; // ما، ألم، أفلا، لولا: the Arabic may well be negated; the English says how it was read
    }
    if (targetMarkers.isEmpty() && Negation.hasNegatedAdjective(englishWords)) {
      return; // "لا تبالي" rendered "is indifferent": the negation is in the English word
    }
    // A negated word ("unaware", غير شرعية, فشل) is rendered as often by a positive word of opposite sense
    // ("unmindful", "out of wedlock", "failed") as by a negation, and a negation with an exception on one side
    // ("لا يبرم … إلا برضى") is "only" on the other: both are how the two languages say the same thing. Neither is
    // a flipped meaning, and without a parser neither can be told from one, so neither is reported.
    Lang side = targetMarkers.isEmpty() ? Lang.AR : Lang.EN;
    boolean lexical = (targetMarkers.isEmpty() ? sourceMarkers : targetMarkers).stream()
        .allMatch(m -> Negation.isLexical(m, side));
    if (lexical || Negation.isRestriction(sourceWords, englishWords)) {
      return;
    }
    String reason = targetMarkers.isEmpty()
        ? "the Arabic is negated (" + quoted(sourceMarkers) + ") but the English is not"
        : "the English is negated (" + quoted(targetMarkers) + ") but the Arabic is not";
    flags.add(new Flag(Flag.Type.NEGATION, Flag.Severity.CRITICAL, 0.8, linkIndex,
        sourceMarkers.stream().map(Word::span).toList(), targetMarkers.stream().map(Word::span).toList(), reason));
  }

  /**
   * Names on one side without their counterpart on the other. An English capitalised word that matches
   * no Arabic word of the link is reported as a name missing from the Arabic, unless it looks like an
   * ordinary word: not a known name of the documents and either paired with an Arabic word by the model
   * ("English") or next to a matched name ("Qamishli Airport"); a sentence opener never capitalised
   * elsewhere ("Show", "Nowadays") is only reported opposite a missing Arabic name. A known Arabic
   * name with no match in this link's English is reported too, and when both happen in one link they are
   * reported together as one name rendered as another (a doubtful sentence opener included).
   *
   * @param sentenceStarts offsets where the link's English sentences start
   */
  void names(DocumentNames names, List<WordLink> wordLinks, List<Integer> sentenceStarts, boolean linkRelated) {
    Map<String, String> knownNames = names.knownNames();
    Set<String> englishNames = names.englishNames();
    Set<String> midSentenceCapitals = names.midSentenceCapitals();
    Set<Integer> starts = new HashSet<>(sentenceStarts);
    List<Word> candidates = new ArrayList<>();
    List<Word> openers = new ArrayList<>();
    List<Word> sentence = new ArrayList<>();
    for (Word w : englishWords) {
      if (!sentence.isEmpty() && isSentenceStart(w, starts, sentence)) {
        candidates.addAll(Names.englishCandidates(sentence));
        openers.add(sentence.get(0));
        sentence = new ArrayList<>();
      }
      sentence.add(w);
    }
    if (!sentence.isEmpty()) {
      candidates.addAll(Names.englishCandidates(sentence));
      openers.add(sentence.get(0));
    }
    candidates.stream().filter(c -> Names.opensQuotation(c, targetText)).forEach(openers::add);
    List<Word> unmatchedEnglish = new ArrayList<>();
    List<Word> doubtfulEnglish = new ArrayList<>();
    Set<Word> matched = new HashSet<>();
    // Each word's name forms once, not once a pair.
    List<Names.EnglishName> candidateNames = candidates.stream().map(names.forms()::english).toList();
    // A word's forms are kept across the links; those of two words joined (rarely met again) are worked out only
    // for a candidate that matches no single word.
    List<Word> sourceForms = candidates.isEmpty() ? List.of() : Names.withJoinedNeighbours(sourceWords);
    Names.ArabicName[] sourceNames = new Names.ArabicName[sourceForms.size()];
    for (int c = 0; c < candidates.size(); c++) {
      for (int i = 0; i < sourceForms.size(); i++) {
        if (sourceNames[i] == null) {
          Word form = sourceForms.get(i);
          sourceNames[i] = i < sourceWords.size() ? names.forms().arabic(form) : Names.ArabicName.of(form);
        }
        if (candidateNames.get(c).sameAs(sourceNames[i])) {
          matched.add(candidates.get(c));
          break;
        }
      }
    }
    for (Word candidate : candidates) {
      String name = Names.canonical(candidate.text());
      boolean knownName = englishNames.contains(name);
      if (matched.contains(candidate) || !knownName && (pairedByModel(candidate, wordLinks)
          || nextToMatchedName(candidate, matched))) {
        continue;
      }
      if (Names.isGroupAdjective(candidate.text())) {
        continue; // "English", "Christians": a language or a group, not a person, place or organisation
      }
      if (!knownName && (EnglishWords.isCommonWord(candidate.text()) || afterPossessive(candidate))) {
        continue; // "Indeed", "the Merciful", "my Lord", a title-case heading: an ordinary word capitalised
      }
      if (insideBrackets(candidate)) {
        continue; // "[O Muhammad]", "(Smith 2:24)": an explicitation or reference the translator marked as one
      }
      boolean doubtful = openers.contains(candidate) && !knownName && !midSentenceCapitals.contains(name);
      (doubtful ? doubtfulEnglish : unmatchedEnglish).add(candidate);
    }
    List<Word> missingArabic = new ArrayList<>();
    Set<String> targetTexts = targetWords.stream().map(Word::text).collect(Collectors.toSet());
    for (Word s : sourceWords) {
      String folded = MatchNormalizer.normalize(s.text());
      if (!knownNames.containsKey(folded) || targetTexts.contains(s.text())) {
        continue; // not a name, or copied as it is
      }
      Names.ArabicName form = names.forms().arabic(s);
      if (candidateNames.stream().noneMatch(c -> c.sameAs(form))
          && missingArabic.stream().noneMatch(m -> MatchNormalizer.normalize(m.text()).equals(folded))) {
        missingArabic.add(s);
      }
    }
    List<Word> renderings = new ArrayList<>(unmatchedEnglish);
    renderings.addAll(doubtfulEnglish);
    if (missingArabic.isEmpty() && !renderings.isEmpty() && linkRelated) {
      // A name the Arabic uses in several other links is likelier a pronoun made explicit (below), and a word
      // opening a quotation ('said, "Rather, …') likelier an ordinary word capitalised, than the rendering of
      // some word of this link the dictionary happens to know as a name too (كيد "Kidde", سولت "Sault").
      List<Word> rendered = pairWithDictionaryNames(renderings.stream()
          .filter(r -> !names.isMainName(Names.canonical(r.text())) && !Names.opensQuotation(r, targetText)).toList());
      renderings.removeAll(rendered);
      unmatchedEnglish.removeAll(rendered);
    }
    int paired = Math.min(renderings.size(), missingArabic.size());
    for (int i = 0; i < paired; i++) {
      Word s = missingArabic.get(i);
      Word t = renderings.get(i);
      flags.add(new Flag(Flag.Type.NAME, Flag.Severity.MAJOR, 0.85, linkIndex, List.of(s.span()), List.of(t.span()),
          "'" + s.text() + "' (" + knownNames.get(MatchNormalizer.normalize(s.text())) + ") is rendered as '" + t.text() + "'"));
    }
    for (Word t : unmatchedEnglish.subList(Math.min(paired, unmatchedEnglish.size()), unmatchedEnglish.size())) {
      // A name the Arabic uses in several other links, with no other name of this link in its place: the
      // translator named whom the Arabic refers to here by a pronoun or a verb's ending ("when he reached" →
      // "when Joseph reached"), an explicitation. A name the Arabic never uses, or uses once elsewhere (a
      // place swapped for another of the same text), stands for something the Arabic does not say.
      if (names.isMainName(Names.canonical(t.text()))) {
        flags.add(new Flag(Flag.Type.NAME, Flag.Severity.MINOR, 0.4, linkIndex, List.of(), List.of(t.span()),
            "'" + t.text() + "' is not named in this Arabic, which names it elsewhere (a pronoun made explicit?)"));
      } else {
        flags.add(new Flag(Flag.Type.NAME, Flag.Severity.MAJOR, 0.7, linkIndex, List.of(), List.of(t.span()),
            "'" + t.text() + "' matches no name in the Arabic"));
      }
    }
    for (Word s : missingArabic.subList(paired, missingArabic.size())) {
      flags.add(new Flag(Flag.Type.NAME, Flag.Severity.MINOR, 0.5, linkIndex, List.of(s.span()), List.of(),
          "'" + s.text() + "' (" + knownNames.get(MatchNormalizer.normalize(s.text())) + ") is not named in the English"));
    }
  }

  /**
   * A name the document uses once is not known from the document, but the dictionary may know the
   * Arabic word as a name. Where an English name candidate matches nothing and such a word of the link
   * is left unpaired, the English name stands where the Arabic one should be. Without that pairing
   * neither side alone is evidence enough (an opening capital, a dictionary name that is also a word).
   */
  private List<Word> pairWithDictionaryNames(List<Word> renderings) {
    List<Word> unpaired = new ArrayList<>();
    for (int i = 0; i < sourceWords.size(); i++) {
      Word s = sourceWords.get(i);
      if (!coverage.sourceCovered(i) && DictionaryNames.englishOf(s.text()).isPresent()
          && unpaired.stream().noneMatch(u -> MatchNormalizer.normalize(u.text()).equals(MatchNormalizer.normalize(s.text())))) {
        unpaired.add(s);
      }
    }
    for (int i = 0; i < Math.min(unpaired.size(), renderings.size()); i++) {
      Word s = unpaired.get(i);
      Word t = renderings.get(i);
      flags.add(new Flag(Flag.Type.NAME, Flag.Severity.MAJOR, 0.7, linkIndex, List.of(s.span()), List.of(t.span()),
          "'" + s.text() + "' (" + DictionaryNames.englishOf(s.text()).orElseThrow() + " in the dictionary) is rendered as '"
              + t.text() + "'"));
    }
    return List.copyOf(renderings.subList(0, Math.min(unpaired.size(), renderings.size())));
  }

  private static final Set<String> POSSESSIVES = Set.of("my", "your", "his", "her", "our", "their", "its");

  /** "my Lord", "your Lord": a possessive takes a common noun, honorific capital or not, not a name. */
  private boolean afterPossessive(Word candidate) {
    int i = englishWords.indexOf(candidate);
    return i > 0 && POSSESSIVES.contains(englishWords.get(i - 1).text().toLowerCase(Locale.ROOT));
  }

  /** Whether the word sits inside (…) or […] of the target text (within its sentence, at most 200 characters back). */
  private boolean insideBrackets(Word word) {
    for (int k = word.start() - 1; k >= Math.max(0, word.start() - 200); k--) {
      char c = targetText.charAt(k);
      if (c == '(' || c == '[') {
        return true;
      }
      if (c == ')' || c == ']' || c == '.' || c == '\n') {
        return false;
      }
    }
    return false;
  }

  private static boolean isSentenceStart(Word w, Set<Integer> starts, List<Word> current) {
    return starts.stream().anyMatch(start -> w.start() >= start && current.get(current.size() - 1).start() < start);
  }

  /** "Qamishli Airport": the generic word of a multi-word name is translated, not transliterated. */
  private boolean nextToMatchedName(Word candidate, Set<Word> matched) {
    int i = englishIndex.getOrDefault(candidate, -1);
    return i > 0 && matched.contains(englishWords.get(i - 1))
        || i + 1 < englishWords.size() && matched.contains(englishWords.get(i + 1));
  }

  private static boolean pairedByModel(Word english, List<WordLink> wordLinks) {
    return wordLinks.stream().anyMatch(l -> l.kind() == WordLink.Kind.EMBEDDING && l.target().overlaps(english.span()));
  }

  /**
   * Clauses and phrases of the Arabic the English leaves out, judged by the word alignment: Arabic content
   * words no word link accounts for, set against the English words left unpaired that could render them
   * (content words, and function words that carry meaning: "everyone", "can", "very"). Two units are read:
   *
   * <ul>
   *   <li>a clause ({@link ArabicClauses}) at least {@code minWords} of whose content words are unpaired and at
   *       most a third of them paired (one stray pairing does not make a counterpart), with fewer English words
   *       left unpaired than the clause has, in a link whose two sides clearly belong together;
   *   <li>a phrase: a stretch of unpaired content words no paired one interrupts ("جيبه الصدري" of "put the
   *       picture in his breast pocket", inside its clause), reported when, even if every unpaired English word
   *       rendered a word of it, {@code minWords} of its words would be left with no rendering at all. That
   *       English test is stricter than the clause's, so the link need only be no further apart than unrelated
   *       sentences are: a sentence that lost a third of its words also lost much of its vector's closeness.
   * </ul>
   *
   * An Arabic word counts as rendered only when a word link pairs it with an English word that can render content
   * (not with "his" alone). Either way the rest of the Arabic must be mostly accounted for, otherwise the missing
   * pairing says more about the model than about the text, unless the unit has {@code 2 * minWords} unpaired
   * content words and every English word that could render anything is paired. A unit that is a whole sentence of
   * a link of several is left to the rider check (a sentence, not part of one).
   *
   * @param z how far the link's two sides stand above unrelated sentence pairs of the document
   * @param sentenceStarts where the link's Arabic sentences start in the source text
   * @param wordLinks the link's word links, of which {@code coverage} was made
   */
  void partialOmissions(int minWords, double z, List<Integer> sentenceStarts, List<WordLink> wordLinks) {
    if (z < PHRASE_CHECK_Z) {
      return;
    }
    boolean[] rendered = renderedSourceWords(wordLinks);
    int allContent = 0;
    int allHit = 0;
    for (int i = 0; i < sourceWords.size(); i++) {
      if (StopWords.isContent(sourceWords.get(i), Lang.AR)) {
        allContent++;
        allHit += rendered[i] ? 1 : 0;
      }
    }
    int englishLeft = 0;
    int englishRendering = 0;
    for (int e = 0; e < englishWords.size(); e++) {
      if (StopWords.mayRenderContent(englishWords.get(e))) {
        englishRendering++;
        englishLeft += coverage.targetCovered(englishInTarget[e]) ? 0 : 1;
      }
    }
    // Every English word that could render anything is paired: what the Arabic has left unpaired has no rendering
    // however little of the link the model knows, so a long unit needs no covered surroundings to stand out.
    boolean englishAccountedFor = englishLeft == 0 && englishRendering > 0;
    List<List<Integer>> reported = new ArrayList<>();
    if (!(z < Background.WEAK_LINK_Z)) {
      for (List<Integer> clause : ArabicClauses.split(sourceWords, sourceText, sentenceStarts)) {
        List<Integer> content = clause.stream().filter(i -> StopWords.isContent(sourceWords.get(i), Lang.AR)).toList();
        List<Integer> uncovered = content.stream().filter(i -> !rendered[i]).toList();
        int hit = content.size() - uncovered.size();
        if (uncovered.size() >= minWords && hit * 3 <= content.size() && englishLeft < uncovered.size()
            && (englishAccountedFor && uncovered.size() >= 2 * minWords || coveredAround(content, hit, allContent, allHit))
            && !isWholeSentenceOfSeveral(content, sentenceStarts)) {
          reported.add(uncovered);
        }
      }
    }
    for (List<Integer> phrase : unpairedStretches(rendered, sentenceStarts)) {
      if (phrase.size() - englishLeft >= minWords
          && (englishAccountedFor && phrase.size() >= 2 * minWords || coveredAround(phrase, 0, allContent, allHit))
          && !isWholeSentenceOfSeveral(phrase, sentenceStarts) && reported.stream()
              .noneMatch(r -> r.get(0) <= phrase.get(phrase.size() - 1) && phrase.get(0) <= r.get(r.size() - 1))) {
        reported.add(phrase);
      }
    }
    for (List<Integer> uncovered : reported) {
      List<Word> run = sourceWords.subList(uncovered.get(0), uncovered.get(uncovered.size() - 1) + 1);
      // MAJOR when the unit is long and the English has at most half as many words left unpaired: its
      // meaning then clearly has nowhere to go. With nearly as many English words unpaired, those may render
      // it in terms the model does not know ("ستتم إزالة الحزم الأساسية التالية", "essential packages will be
      // removed"): worth a look. So is a unit of a link no closer than unrelated sentences: the sentence vectors then do
      // not say that the rest is a rendering ("أهم شيء أن تهتم بما تأكله." / "Above all, watch your diet.", of which
      // the model pairs "above all" alone).
      boolean clear = uncovered.size() >= 2 * minWords && 2 * englishLeft <= uncovered.size()
          && !(z < Background.UNRELATED_Z);
      flags.add(new Flag(Flag.Type.PARTIAL_OMISSION, clear ? Flag.Severity.MAJOR : Flag.Severity.MINOR,
          Reviewer.clamp(uncovered.size() / (3.0 * minWords), 0.3, 0.9), linkIndex,
          List.of(new Span(run.get(0).start(), run.get(run.size() - 1).end())), List.of(),
          "'" + Reviewer.excerpt(run.stream().map(Word::text).collect(Collectors.joining(" ")))
              + "' in the Arabic is not rendered in the English"));
    }
  }

  /**
   * The source words a word link pairs with an English word that can render content ({@link
   * StopWords#mayRenderContent}), or pairs as the same number, string or name: an Arabic content word the model
   * pairs only with "his" or "the" (عائلته with the "his" of "his alibi") has no rendering of its own.
   */
  private boolean[] renderedSourceWords(List<WordLink> wordLinks) {
    boolean[] rendered = new boolean[sourceWords.size()];
    for (WordLink link : wordLinks) {
      if (link.kind() != WordLink.Kind.EMBEDDING || targetWords.stream()
          .anyMatch(w -> w.span().overlaps(link.target()) && StopWords.mayRenderContent(w))) {
        Word.markOverlapping(sourceWords, link.source(), rendered);
      }
    }
    return rendered;
  }

  /**
   * Whether the Arabic content words outside a unit (its content words {@code content}, {@code hit} of them
   * paired) are mostly accounted for, so that the unit stands out from how well the model knows the link.
   */
  private static boolean coveredAround(List<Integer> content, int hit, int allContent, int allHit) {
    int contentOutside = allContent - content.size();
    return contentOutside > 0 && (double) (allHit - hit) / contentOutside >= MIN_COVERAGE_AROUND_CLAUSE;
  }

  /**
   * Stretches of Arabic content words the word alignment left unpaired, as indices into the source words: a
   * paired content word or a new sentence ends one, function words do not.
   */
  private List<List<Integer>> unpairedStretches(boolean[] rendered, List<Integer> sentenceStarts) {
    List<List<Integer>> stretches = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    for (int i = 0; i < sourceWords.size(); i++) {
      if (!StopWords.isContent(sourceWords.get(i), Lang.AR)) {
        continue;
      }
      boolean newSentence = !current.isEmpty()
          && sentenceOf(current.get(current.size() - 1), sentenceStarts) != sentenceOf(i, sentenceStarts);
      if (rendered[i] || newSentence) {
        if (!current.isEmpty()) {
          stretches.add(current);
        }
        current = new ArrayList<>();
      }
      if (!rendered[i]) {
        current.add(i);
      }
    }
    if (!current.isEmpty()) {
      stretches.add(current);
    }
    return stretches;
  }

  /** Whether the unit's content words are every content word of one sentence while the link has other sentences. */
  private boolean isWholeSentenceOfSeveral(List<Integer> content, List<Integer> sentenceStarts) {
    if (sentenceStarts.size() < 2) {
      return false;
    }
    int sentence = sentenceOf(content.get(0), sentenceStarts);
    long inSentence = IntStream.range(0, sourceWords.size())
        .filter(i -> StopWords.isContent(sourceWords.get(i), Lang.AR) && sentenceOf(i, sentenceStarts) == sentence)
        .count();
    return content.size() == inSentence;
  }

  /** The index of the link's sentence the source word {@code i} belongs to. */
  private int sentenceOf(int i, List<Integer> sentenceStarts) {
    int sentence = 0;
    while (sentence + 1 < sentenceStarts.size() && sentenceStarts.get(sentence + 1) <= sourceWords.get(i).start()) {
      sentence++;
    }
    return sentence;
  }

  /**
   * Runs of English content words no word link accounts for: an addition. Function words inside a run do
   * not break it; the run is reported from its first to its last content word, when it is {@code minRun}
   * content words long and the rest of the English is mostly accounted for, in a link whose two sides
   * clearly belong together; MAJOR from {@code majorRun} content words.
   */
  void addedRuns(int minRun, int majorRun, boolean linkRelated) {
    if (!linkRelated) {
      return;
    }
    for (Run run : runs(englishWords, i -> coverage.targetCovered(englishInTarget[i]), Lang.EN, minRun)) {
      boolean substantial = run.contentWords() >= majorRun;
      flags.add(new Flag(Flag.Type.ADDITION, substantial ? Flag.Severity.MAJOR : Flag.Severity.MINOR,
          Reviewer.clamp(run.contentWords() / (3.0 * minRun), 0.3, 0.9), linkIndex, List.of(),
          List.of(run.span()), "'" + Reviewer.excerpt(run.text()) + "' in the English has no counterpart in the Arabic"));
    }
  }

  /**
   * A clause is reported only where the rest of the Arabic is at least this much accounted for: more
   * covered than not, so that the clause stands out from how well the model knows the link.
   */
  private static final double MIN_COVERAGE_AROUND_CLAUSE = 0.5;

  /**
   * A phrase is judged only on links whose two sides are at least this close (z against unrelated pairs):
   * below it they are plainly unrelated, and no word's missing pairing means anything.
   */
  static final double PHRASE_CHECK_Z = -1.0;

  /** Uncovered runs whose surroundings are well covered: the rest of the side is at least this much accounted for. */
  private static final double MIN_COVERAGE_AROUND_RUN = 0.6;

  private record Run(Span span, String text, int contentWords) {}

  private static List<Run> runs(List<Word> words, IntPredicate covered, Lang lang, int minRun) {
    List<Run> runs = new ArrayList<>();
    // Totals once, so that the share covered outside each run is a subtraction, not another pass.
    int allContent = 0;
    int allHit = 0;
    for (int k = 0; k < words.size(); k++) {
      if (StopWords.isContent(words.get(k), lang)) {
        allContent++;
        allHit += covered.test(k) ? 1 : 0;
      }
    }
    int i = 0;
    while (i < words.size()) {
      if (covered.test(i) || !StopWords.isContent(words.get(i), lang)) {
        i++;
        continue;
      }
      int last = i;
      int content = 0;
      int j = i;
      while (j < words.size() && !covered.test(j)) {
        if (StopWords.isContent(words.get(j), lang)) {
          content++;
          last = j;
        }
        j++;
      }
      // Inside the run nothing is covered: outside, all the hits remain.
      int contentOutside = allContent - content;
      double coveredOutside = contentOutside == 0 ? 0 : (double) allHit / contentOutside;
      if (content >= minRun && coveredOutside >= MIN_COVERAGE_AROUND_RUN) {
        List<Word> run = words.subList(i, last + 1);
        runs.add(new Run(new Span(run.get(0).start(), run.get(run.size() - 1).end()),
            run.stream().map(Word::text).collect(Collectors.joining(" ")), content));
      }
      i = j;
    }
    return runs;
  }

  private static String quoted(List<Word> words) {
    return words.stream().map(w -> "'" + w.text() + "'").collect(Collectors.joining(", "));
  }

  private static List<Span> mergeAdjacent(List<Span> spans) {
    return spans.isEmpty() ? List.of()
        : List.of(new Span(spans.get(0).start(), spans.get(spans.size() - 1).end()));
  }
}
