package org.qantara.core.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import org.qantara.core.text.Lang;
import org.qantara.core.text.Span;

/**
 * The text-level checks of one two-sided link: copied Arabic, quantities, negation, names, and runs of
 * words the word alignment left unaccounted for. Arabic copied into the English is taken out of the
 * other checks, which would otherwise read it as English that lacks the source's numbers and names.
 */
final class LinkChecks {
  private final int linkIndex;
  private final List<Word> sourceWords;
  private final List<Word> targetWords;
  private final List<Word> englishWords;
  private final Coverage coverage;
  private final List<Flag> flags;

  LinkChecks(int linkIndex, List<Word> sourceWords, List<Word> targetWords, Coverage coverage,
      List<Flag> flags) {
    this.linkIndex = linkIndex;
    this.sourceWords = sourceWords;
    this.targetWords = targetWords;
    this.englishWords = targetWords.stream().filter(w -> !ArabicForms.isArabic(w.text())).toList();
    this.coverage = coverage;
    this.flags = flags;
  }

  /** Runs of Arabic words in the English. */
  void untranslated() {
    int i = 0;
    while (i < targetWords.size()) {
      if (!ArabicForms.isArabic(targetWords.get(i).text())) {
        i++;
        continue;
      }
      int j = i;
      while (j < targetWords.size() && ArabicForms.isArabic(targetWords.get(j).text())) {
        j++;
      }
      Span span = new Span(targetWords.get(i).start(), targetWords.get(j - 1).end());
      List<Word> run = targetWords.subList(i, j);
      String copied = run.stream().map(Word::text).collect(Collectors.joining(" "));
      List<Span> inSource = sourceWords.stream()
          .filter(s -> run.stream().anyMatch(t -> t.text().equals(s.text())))
          .map(Word::span).toList();
      flags.add(new Flag(Flag.Type.UNTRANSLATED, j - i >= 2 ? Flag.Severity.MAJOR : Flag.Severity.MINOR,
          inSource.isEmpty() ? 0.8 : 0.95, linkIndex, mergeAdjacent(inSource), List.of(span),
          "'" + Reviewer.excerpt(copied) + "' is Arabic left untranslated in the English"));
      i = j;
    }
  }

  void numbers() {
    List<Quantity> sourceQuantities = new ArrayList<>(QuantityExtractor.extract(sourceWords, Lang.AR));
    List<Quantity> targetQuantities = new ArrayList<>(QuantityExtractor.extract(englishWords, Lang.EN));
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
    for (Quantity t : targetLeft.subList(paired, targetLeft.size())) {
      flags.add(new Flag(Flag.Type.NUMBER, Flag.Severity.MAJOR, 0.75, linkIndex, List.of(), List.of(t.span()),
          "'" + t.text() + "' (" + t.meaning() + ") in the English has no counterpart in the Arabic"));
    }
  }

  void negation() {
    List<Word> sourceMarkers = Negation.markers(sourceWords, Lang.AR);
    List<Word> targetMarkers = Negation.markers(englishWords, Lang.EN);
    if (sourceMarkers.size() == targetMarkers.size()) {
      return;
    }
    boolean flipped = sourceMarkers.isEmpty() || targetMarkers.isEmpty();
    String reason;
    if (targetMarkers.isEmpty()) {
      reason = "the Arabic is negated (" + quoted(sourceMarkers) + ") but the English is not";
    } else if (sourceMarkers.isEmpty()) {
      reason = "the English is negated (" + quoted(targetMarkers) + ") but the Arabic is not";
    } else {
      reason = "the Arabic has " + sourceMarkers.size() + " negation(s) (" + quoted(sourceMarkers) + "), the English "
          + targetMarkers.size() + " (" + quoted(targetMarkers) + ")";
    }
    flags.add(new Flag(Flag.Type.NEGATION, flipped ? Flag.Severity.CRITICAL : Flag.Severity.MAJOR,
        flipped ? 0.8 : 0.55, linkIndex, sourceMarkers.stream().map(Word::span).toList(),
        targetMarkers.stream().map(Word::span).toList(), reason));
  }

  /**
   * Names on one side without their counterpart on the other. An English capitalised word that matches
   * no Arabic word of the link is reported, unless it is no known name of the documents and the model
   * pairs it with an Arabic word: then it is an ordinary word that is capitalised ("Airport",
   * "Eyewitnesses"). A known Arabic name (one that matches a capitalised
   * English word elsewhere) with no match in this link's English is reported too; when both happen in
   * one link they are reported together, as one name rendered as another.
   *
   * @param sentenceStarts offsets where the link's English sentences start
   */
  void names(Map<String, String> knownNames, Set<String> englishNames, List<WordLink> wordLinks,
      List<Integer> sentenceStarts) {
    Set<Integer> starts = new HashSet<>(sentenceStarts);
    List<Word> candidates = new ArrayList<>();
    List<Word> sentence = new ArrayList<>();
    for (Word w : englishWords) {
      if (!sentence.isEmpty() && isSentenceStart(w, starts, sentence)) {
        candidates.addAll(Names.englishCandidates(sentence));
        sentence = new ArrayList<>();
      }
      sentence.add(w);
    }
    if (!sentence.isEmpty()) {
      candidates.addAll(Names.englishCandidates(sentence));
    }
    List<Word> unmatchedEnglish = new ArrayList<>();
    for (Word candidate : candidates) {
      boolean matched = sourceWords.stream().anyMatch(s -> Names.sameName(candidate, s));
      boolean ordinaryWord = !englishNames.contains(candidate.text()) && pairedByModel(candidate, wordLinks);
      if (!matched && !ordinaryWord) {
        unmatchedEnglish.add(candidate);
      }
    }
    List<Word> missingArabic = new ArrayList<>();
    List<String> missingEnglishForms = new ArrayList<>();
    for (Word s : sourceWords) {
      String known = Names.arabicSkeletons(s).stream().map(knownNames::get).filter(e -> e != null).findFirst()
          .orElse(null);
      boolean copied = targetWords.stream().anyMatch(t -> t.text().equals(s.text()));
      if (known != null && !copied && candidates.stream().noneMatch(c -> Names.sameName(c, s))
          && missingArabic.stream().noneMatch(m -> ArabicForms.fold(m.text()).equals(ArabicForms.fold(s.text())))) {
        missingArabic.add(s);
        missingEnglishForms.add(known);
      }
    }
    int paired = Math.min(unmatchedEnglish.size(), missingArabic.size());
    for (int i = 0; i < paired; i++) {
      Word s = missingArabic.get(i);
      Word t = unmatchedEnglish.get(i);
      flags.add(new Flag(Flag.Type.NAME, Flag.Severity.MAJOR, 0.85, linkIndex, List.of(s.span()), List.of(t.span()),
          "'" + s.text() + "' (" + missingEnglishForms.get(i) + ") is rendered as '" + t.text() + "'"));
    }
    for (Word t : unmatchedEnglish.subList(paired, unmatchedEnglish.size())) {
      flags.add(new Flag(Flag.Type.NAME, Flag.Severity.MAJOR, 0.7, linkIndex, List.of(), List.of(t.span()),
          "'" + t.text() + "' matches no name in the Arabic"));
    }
    for (int i = paired; i < missingArabic.size(); i++) {
      Word s = missingArabic.get(i);
      flags.add(new Flag(Flag.Type.NAME, Flag.Severity.MINOR, 0.5, linkIndex, List.of(s.span()), List.of(),
          "'" + s.text() + "' (" + missingEnglishForms.get(i) + ") is not named in the English"));
    }
  }

  private static boolean isSentenceStart(Word w, Set<Integer> starts, List<Word> current) {
    return starts.stream().anyMatch(start -> w.start() >= start && current.get(current.size() - 1).start() < start);
  }

  private static boolean pairedByModel(Word english, List<WordLink> wordLinks) {
    return wordLinks.stream().anyMatch(l -> l.kind() == WordLink.Kind.EMBEDDING && l.target().overlaps(english.span()));
  }

  /**
   * Runs of content words no word link accounts for: on the source side a partial omission (a clause, a
   * place, a time phrase the English dropped), on the target side an addition. Function words inside a
   * run do not break it; the run is reported from its first to its last content word.
   */
  void uncoveredRuns(int minRun) {
    for (Run run : runs(sourceWords, coverage::sourceCovered, Lang.AR, minRun)) {
      boolean substantial = run.contentWords() >= 2 * minRun;
      flags.add(new Flag(Flag.Type.PARTIAL_OMISSION, substantial ? Flag.Severity.MAJOR : Flag.Severity.MINOR,
          Reviewer.clamp(run.contentWords() / (3.0 * minRun), 0.3, 0.9), linkIndex, List.of(run.span()), List.of(),
          "'" + Reviewer.excerpt(run.text()) + "' in the Arabic is not rendered in the English"));
    }
    for (Run run : runs(englishWords, i -> coverage.targetCovered(targetWords.indexOf(englishWords.get(i))),
        Lang.EN, minRun + 1)) {
      boolean substantial = run.contentWords() >= 2 * (minRun + 1);
      flags.add(new Flag(Flag.Type.ADDITION, substantial ? Flag.Severity.MAJOR : Flag.Severity.MINOR,
          Reviewer.clamp(run.contentWords() / (3.0 * (minRun + 1)), 0.3, 0.9), linkIndex, List.of(),
          List.of(run.span()), "'" + Reviewer.excerpt(run.text()) + "' in the English has no counterpart in the Arabic"));
    }
  }

  private record Run(Span span, String text, int contentWords) {}

  private static List<Run> runs(List<Word> words, IntPredicate covered, Lang lang, int minRun) {
    List<Run> runs = new ArrayList<>();
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
      if (content >= minRun) {
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
