package org.qantara.modelbuild;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.qantara.core.review.DictionaryNames;
import org.qantara.core.text.MatchNormalizer;

/**
 * Builds the reviewer's list of Arabic words the FreeDict dictionaries render by their sound (the resource
 * read by {@link DictionaryNames}) from the dictionaries themselves, at build time only.
 */
public final class DictionaryNamesList {
  private DictionaryNamesList() {}

  /**
   * The list as "folded Arabic word TAB English spelling" lines, sorted: single-word entries of either
   * dictionary whose translation has the same consonant skeleton as the headword.
   */
  public static List<String> build(List<FreeDict.Entry> arabicEnglish, List<FreeDict.Entry> englishArabic) {
    Map<String, String> names = new TreeMap<>();
    for (FreeDict.Entry entry : arabicEnglish) {
      DictionaryNames.soundRendering(entry.headword(), entry.translations())
          .ifPresent(english -> names.putIfAbsent(MatchNormalizer.normalize(entry.headword()), english));
    }
    for (FreeDict.Entry entry : englishArabic) {
      for (String arabic : entry.translations()) {
        if (DictionaryNames.soundRendering(arabic, List.of(entry.headword())).isPresent()) {
          names.putIfAbsent(MatchNormalizer.normalize(arabic), entry.headword());
          break;
        }
      }
    }
    return names.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).toList();
  }
}
