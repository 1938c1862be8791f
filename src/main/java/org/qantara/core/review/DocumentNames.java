package org.qantara.core.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.qantara.core.align.Link;
import org.qantara.core.text.MatchNormalizer;

/**
 * Names of the documents, known across all their links. A capitalised English word is a known name when
 * it matches an Arabic word anywhere in the source. An Arabic word form is a known name when it matches a
 * capitalised English word in its own link, or anywhere when its skeleton has three consonants or more and
 * some link pairs the word (a form of it without particles) with a name of its own English: two-consonant
 * skeletons match too many ordinary words (شهود and Assad are both "st"), and longer ones still some
 * (غيابت and Egypt) without a link's support.
 *
 * @param knownNames Arabic word (folded) known as a name → the English spelling it matched
 * @param englishNames capitalised English words that match an Arabic word somewhere in the documents
 * @param midSentenceCapitals English words capitalised somewhere other than at the start of a sentence or of a
 *     quotation
 * @param arabicMentions for each English name of {@code knownNames}, how many links name it in their Arabic
 * @param forms the name forms of the words met so far, for every later check that compares names
 */
record DocumentNames(Map<String, String> knownNames, Set<String> englishNames, Set<String> midSentenceCapitals,
    Map<String, Integer> arabicMentions, NameForms forms) {

  /**
   * Whether the Arabic names this person or place in at least this many links: someone the text is about,
   * whom a translator may well name where the Arabic says "he" (a place mentioned once is no such one).
   */
  static final int MENTIONS_OF_A_MAIN_NAME = 2;

  boolean isMainName(String english) {
    return arabicMentions.getOrDefault(english, 0) >= MENTIONS_OF_A_MAIN_NAME;
  }

  static DocumentNames collect(ReviewedDocuments docs) {
    NameForms forms = new NameForms();
    Map<String, String> knownNames = new HashMap<>();
    Set<String> englishNames = new HashSet<>();
    Set<String> midSentenceCapitals = new HashSet<>();
    Set<String> commonNouns = commonNouns(docs);
    SkeletonIndex englishBySkeleton = new SkeletonIndex();
    // Each sentence's candidates read on all cores, put in the index in the documents' order: the first spelling
    // of a skeleton stays its name, as one sentence after another would leave it.
    List<List<EnglishCandidate>> bySentence = docs.targetWords.parallelStream().map(sentence ->
        Names.englishCandidates(sentence).stream()
            .filter(w -> !commonNouns.contains(Names.canonical(w.text())))
            .map(w -> new EnglishCandidate(w.text(), Names.englishSkeletons(w.text()),
                w != sentence.get(0) && !Names.opensQuotation(w, docs.target.original())))
            .toList()).toList();
    for (List<EnglishCandidate> candidates : bySentence) {
      for (EnglishCandidate candidate : candidates) {
        candidate.skeletons().forEach(s -> englishBySkeleton.add(s, candidate.text()));
        if (candidate.midSentence()) {
          midSentenceCapitals.add(Names.canonical(candidate.text()));
        }
      }
    }
    // Matched by skeleton across the whole document only: kept as a name of both texts where some link pairs
    // the same word (its forms without particles) with a name of its own English, below. A skeleton alone
    // makes names of ordinary words far from any such link (غيابت "Egypt", الزاهدين "Satan", قرن "Qur'an").
    // The words of each sentence (below: each link) are matched on all cores, and what they find is taken in the
    // documents' order, as one after another would.
    Map<String, String> skeletonOnly = new HashMap<>();
    Map<String, Set<String>> formsOf = new HashMap<>();
    List<List<NamePair>> bySkeleton = docs.sourceWords.parallelStream().map(sentence -> {
      List<NamePair> found = new ArrayList<>();
      for (Word w : sentence) {
        for (String arabic : forms.arabic(w).skeletons()) {
          if (arabic.length() < 3) {
            continue;
          }
          englishBySkeleton.find(arabic).ifPresent(english -> found.add(new NamePair(w.text(), english)));
        }
      }
      return found;
    }).toList();
    for (List<NamePair> found : bySkeleton) {
      for (NamePair pair : found) {
        String folded = MatchNormalizer.normalize(pair.arabic());
        skeletonOnly.putIfAbsent(folded, Names.canonical(pair.english()));
        formsOf.computeIfAbsent(folded, f -> Names.nameForms(pair.arabic()));
      }
    }
    Set<String> pairedForms = new HashSet<>();
    for (List<NamePair> found : docs.links.parallelStream().map(link -> pairedInLink(docs, link, commonNouns, forms)).toList()) {
      for (NamePair pair : found) {
        englishNames.add(pair.english());
        knownNames.putIfAbsent(MatchNormalizer.normalize(pair.arabic()), pair.english());
        pairedForms.addAll(Names.nameForms(pair.arabic()));
      }
    }
    skeletonOnly.forEach((folded, english) -> {
      if (formsOf.get(folded).stream().anyMatch(pairedForms::contains)) {
        englishNames.add(english);
        knownNames.putIfAbsent(folded, english);
      }
    });
    Map<String, Integer> arabicMentions = new HashMap<>();
    for (List<String> named : docs.links.parallelStream().map(link -> link.source().stream()
        .flatMap(s -> docs.sourceWords.get(s).stream())
        .map(w -> knownNames.get(MatchNormalizer.normalize(w.text()))).filter(n -> n != null).distinct()
        .toList()).toList()) {
      named.forEach(n -> arabicMentions.merge(n, 1, Integer::sum));
    }
    return new DocumentNames(knownNames, englishNames, midSentenceCapitals, arabicMentions, forms);
  }

  /**
   * A capitalised English word that may be a name: its skeletons, and whether it stands inside its sentence (not
   * first, not opening a quotation).
   */
  private record EnglishCandidate(String text, Set<String> skeletons, boolean midSentence) {}

  /** An Arabic word as written and the English name it matched. */
  private record NamePair(String arabic, String english) {}

  /**
   * The names a link pairs: each capitalised English word of its own (not a common noun) that is the same name as
   * exactly one Arabic word of the link, in order.
   */
  private static List<NamePair> pairedInLink(ReviewedDocuments docs, Link link, Set<String> commonNouns,
      NameForms forms) {
    List<NamePair> paired = new ArrayList<>();
    List<Word> english = link.target().stream().flatMap(t -> docs.targetWords.get(t).stream()).toList();
    List<Word> arabic = link.source().stream().flatMap(s -> docs.sourceWords.get(s).stream()).toList();
    // Piece by piece, as the link's words are aligned: one piece for a link of real prose, and a cost linear
    // in the length of a longer one.
    int pieces = WordAligner.pieceCount(arabic.size(), english.size());
    for (int k = 0; k < pieces; k++) {
      List<Word> candidates = Names.englishCandidates(WordAligner.stretch(english, k, pieces)).stream()
          .filter(w -> !commonNouns.contains(Names.canonical(w.text())))
          .toList();
      if (candidates.isEmpty()) {
        continue;
      }
      List<Word> arabicPiece = WordAligner.stretch(arabic, k, pieces);
      List<Names.ArabicName> arabicNames = arabicPiece.stream().map(forms::arabic).toList();
      for (Word e : candidates) {
        Names.EnglishName name = forms.english(e);
        // Only an unambiguous pair: "Russian President" matches both الروسي and الرئيس ("rs").
        List<Word> matches = IntStream.range(0, arabicPiece.size()).filter(i -> name.sameAs(arabicNames.get(i)))
            .mapToObj(arabicPiece::get).toList();
        if (matches.size() == 1) {
          paired.add(new NamePair(matches.get(0).text(), Names.canonical(e.text())));
        }
      }
    }
    return paired;
  }

  private static final Set<String> POSSESSIVES = Set.of("my", "your", "his", "her", "our", "their", "its");

  /**
   * Capitalised words of the English that are no names whatever they sound like: ordinary words
   * ({@link EnglishWords}), group adjectives ("Arabic"), and words the document puts after a possessive
   * ("my Lord"). Matched to Arabic words by their consonants they would make names of الأرض ("Lord") or
   * ربك ("Arabic").
   */
  private static Set<String> commonNouns(ReviewedDocuments docs) {
    return docs.targetWords.parallelStream().flatMap(sentence -> commonNouns(sentence).stream())
        .collect(Collectors.toSet());
  }

  /** {@link #commonNouns(ReviewedDocuments)} of one sentence. */
  private static List<String> commonNouns(List<Word> sentence) {
    List<String> common = new ArrayList<>();
    for (int i = 0; i < sentence.size(); i++) {
      String text = sentence.get(i).text();
      if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0))) {
        continue;
      }
      boolean afterPossessive = i > 0 && POSSESSIVES.contains(sentence.get(i - 1).text().toLowerCase(Locale.ROOT));
      if (afterPossessive || EnglishWords.isCommonWord(text) || Names.isGroupAdjective(text)) {
        common.add(Names.canonical(text));
      }
    }
    return common;
  }

}
