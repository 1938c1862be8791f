package org.qantara.core.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.qantara.core.text.MatchNormalizer;

/**
 * Arabic words that the FreeDict dictionaries render by their sound: سامي ↔ Sammy, ماري ↔ Mary, لندن ↔
 * London. A word a dictionary transliterates rather than translates is a name (or a loanword), which is
 * what tells the reviewer that an Arabic word used once in a document is a name, where the document
 * itself offers no capitalised English match. The list is derived from the GPL-2+ dictionaries and
 * shipped as a resource ({@value #RESOURCE}); {@code DictionaryNamesListTest} rebuilds it from the Debian
 * packages and checks that the shipped copy is what they give.
 */
public final class DictionaryNames {
  public static final String RESOURCE = "dictionary-names.tsv";

  private static final Map<String, String> NAMES = load();

  private DictionaryNames() {}

  /** The English spelling the dictionary gives for this Arabic word (any attached particle peeled off). */
  static Optional<String> englishOf(String arabicWord) {
    if (StopWords.isStopWord(arabicWord, org.qantara.core.text.Lang.AR)) {
      return Optional.empty();
    }
    return MatchNormalizer.lookupForms(arabicWord).stream().map(NAMES::get).filter(n -> n != null).findFirst();
  }

  /**
   * The English candidate that renders this Arabic word by its sound (same consonant skeleton), if any:
   * the rule by which the list is built from the dictionaries (the model-build tool {@code DictionaryNamesList}).
   */
  public static Optional<String> soundRendering(String arabic, List<String> englishCandidates) {
    if (arabic.isBlank() || arabic.contains(" ") || !MatchNormalizer.hasArabicLetter(arabic)) {
      return Optional.empty();
    }
    String skeleton = Transliteration.skeleton(arabic);
    if (skeleton.length() < 2) {
      return Optional.empty();
    }
    return englishCandidates.stream()
        .filter(e -> e.length() >= 3 && !e.contains(" ") && e.chars().allMatch(Character::isLetter))
        .filter(e -> Transliteration.sameName(Transliteration.skeleton(e), skeleton))
        .findFirst();
  }

  private static Map<String, String> load() {
    try (InputStream in = DictionaryNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(line -> line.split("\t", 2))
          .collect(Collectors.toUnmodifiableMap(f -> f[0], f -> f[1]));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + RESOURCE, e);
    }
  }
}
