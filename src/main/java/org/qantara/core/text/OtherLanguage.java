package org.qantara.core.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a text in another language written in the same script from the language expected: Persian or Urdu
 * given as the Arabic side, French given as the English side. Aligned as if they were Arabic or English, they
 * give scores near zero and no reason why. Judged by the commonest small words, which every running text is
 * full of: another language is named only when its words outnumber the expected language's words clearly.
 */
final class OtherLanguage {
  private OtherLanguage() {}

  /** Enough of the other language's words to judge by. */
  private static final int MIN_WORDS = 5;
  /** The other language's small words must outnumber the expected language's this many times. */
  private static final int DOMINANCE = 2;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\u200C]+");

  /** Written with Arabic yeh and kaf, as Arabic typed on a Persian keyboard is folded (see {@link #fold}). */
  private static final Set<String> ARABIC = Set.of("في", "من", "على", "إلى", "الى", "أن", "ان", "التي", "الذي", "عن",
      "مع", "هذا", "هذه", "كان", "قد", "وقد", "وفي", "ولا", "لا", "ما", "بين", "بعد", "حيث", "كما", "الله");
  private static final Set<String> PERSIAN = Set.of("است", "را", "كه", "مي", "هاي", "براي", "شده", "يك", "آن", "نيز",
      "شود", "بود", "كرد", "خود", "هم", "اما", "دارد", "شد");
  private static final Set<String> URDU = Set.of("ہے", "کے", "کی", "میں", "اور", "ہیں", "کا", "سے", "نے", "کو", "یہ",
      "وہ", "تھا", "گیا");
  private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "in", "that", "for", "with", "was",
      "it", "on", "as", "by", "this", "are", "be", "has", "he", "she", "they", "not");
  private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "est", "et", "une", "dans", "pour", "que",
      "qui", "du", "au", "sur", "pas", "il", "elle", "ce", "sont", "avec", "aux", "mais", "ont", "été");

  /** The language {@code text} is written in when it is clearly not {@code expected}, with the words that show it. */
  static Optional<String> instead(String text, Lang expected) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    if (expected == Lang.AR) {
      List<String> folded = words.stream().map(OtherLanguage::fold).toList();
      int arabic = count(folded, words, ARABIC, null);
      Set<String> urduSeen = new LinkedHashSet<>();
      int urdu = count(words, words, URDU, urduSeen);
      if (urdu >= MIN_WORDS && urduSeen.size() > 1 && urdu > DOMINANCE * arabic) {
        return Optional.of("Urdu (words such as " + String.join(", ", first(urduSeen)) + ")");
      }
      Set<String> persianSeen = new LinkedHashSet<>();
      int persian = count(folded, words, PERSIAN, persianSeen);
      if (persian >= MIN_WORDS && persianSeen.size() > 1 && persian > DOMINANCE * arabic) {
        return Optional.of("Persian (words such as " + String.join(", ", first(persianSeen)) + ")");
      }
      return Optional.empty();
    }
    List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    Set<String> frenchSeen = new LinkedHashSet<>();
    int french = count(lower, words, FRENCH, frenchSeen);
    if (french >= MIN_WORDS && frenchSeen.size() > 1 && french > DOMINANCE * count(lower, words, ENGLISH, null)) {
      return Optional.of("French (words such as " + String.join(", ", first(frenchSeen)) + ")");
    }
    return Optional.empty();
  }

  /** Persian yeh and kaf as Arabic ones, and without the joiner Persian writes inside words (می‌شود). */
  private static String fold(String word) {
    if (word.indexOf('\u06CC') < 0 && word.indexOf('\u06A9') < 0 && word.indexOf('\u200C') < 0) {
      return word; // most words: nothing to fold (a long document has hundreds of thousands)
    }
    return word.replace('\u06CC', '\u064A').replace('\u06A9', '\u0643').replace("\u200C", " ").split(" ")[0];
  }

  /** How many of {@code forms} are in {@code vocabulary}; {@code seen} collects the words as written. */
  private static int count(List<String> forms, List<String> written, Set<String> vocabulary, Set<String> seen) {
    int n = 0;
    for (int i = 0; i < forms.size(); i++) {
      if (vocabulary.contains(forms.get(i))) {
        n++;
        if (seen != null) {
          seen.add(written.get(i));
        }
      }
    }
    return n;
  }

  private static List<String> first(Set<String> seen) {
    return seen.stream().limit(3).toList();
  }
}
