package org.qantara.core.review;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.qantara.core.text.MatchNormalizer;

/**
 * Names English writes in its own traditional form rather than by the Arabic sound: the people of the
 * scriptures (يوسف Joseph, يعقوب Jacob, عيسى Jesus) and their proper nouns (جهنم Hell, القيامة the
 * Resurrection), and places with an English exonym (مصر Egypt, المجر
 * Hungary). A consonant skeleton cannot pair them; this hand-made list does.
 */
final class Exonyms {
  private static final Map<String, Set<String>> ENGLISH_BY_ARABIC = folded(Map.ofEntries(
      Map.entry("يوسف", Set.of("joseph")), Map.entry("يعقوب", Set.of("jacob")),
      Map.entry("إبراهيم", Set.of("abraham")), Map.entry("إسحاق", Set.of("isaac")),
      Map.entry("إسماعيل", Set.of("ishmael")), Map.entry("موسى", Set.of("moses")),
      Map.entry("هارون", Set.of("aaron")), Map.entry("عيسى", Set.of("jesus")),
      Map.entry("مريم", Set.of("mary")), Map.entry("زكريا", Set.of("zechariah", "zachariah", "zacharias")),
      Map.entry("يحيى", Set.of("john")), Map.entry("إدريس", Set.of("enoch", "idrees")),
      Map.entry("نوح", Set.of("noah")), Map.entry("داود", Set.of("david")), Map.entry("سليمان", Set.of("solomon")),
      Map.entry("يونس", Set.of("jonah")), Map.entry("أيوب", Set.of("job")), Map.entry("لوط", Set.of("lot")),
      Map.entry("إلياس", Set.of("elijah", "elias")), Map.entry("اليسع", Set.of("elisha")),
      Map.entry("جبريل", Set.of("gabriel")), Map.entry("ميكائيل", Set.of("michael")),
      Map.entry("فرعون", Set.of("pharaoh")), Map.entry("الشيطان", Set.of("satan")), Map.entry("شيطان", Set.of("satan")),
      Map.entry("إبليس", Set.of("iblees", "satan")), Map.entry("الله", Set.of("allah", "god")),
      Map.entry("محمد", Set.of("muhammad", "mohammed")), Map.entry("القرآن", Set.of("qur'an", "quran", "koran")),
      Map.entry("جهنم", Set.of("hell", "hellfire", "gehenna")), Map.entry("القيامة", Set.of("resurrection")),
      Map.entry("مصر", Set.of("egypt")), Map.entry("المجر", Set.of("hungary")), Map.entry("اليونان", Set.of("greece")),
      Map.entry("ألمانيا", Set.of("germany")), Map.entry("النمسا", Set.of("austria")),
      Map.entry("اليابان", Set.of("japan")), Map.entry("الصين", Set.of("china")), Map.entry("الهند", Set.of("india")),
      Map.entry("هولندا", Set.of("netherlands", "holland")), Map.entry("المغرب", Set.of("morocco")),
      Map.entry("الجزائر", Set.of("algeria")), Map.entry("الأردن", Set.of("jordan")),
      Map.entry("القدس", Set.of("jerusalem")), Map.entry("الشام", Set.of("levant", "syria")),
      Map.entry("الخليل", Set.of("hebron")),
      Map.entry("الإسكندرية", Set.of("alexandria")), Map.entry("تونس", Set.of("tunisia", "tunis")),
      Map.entry("سويسرا", Set.of("switzerland")), Map.entry("السويد", Set.of("sweden"))));

  private Exonyms() {}

  private static Map<String, Set<String>> folded(Map<String, Set<String>> table) {
    Map<String, Set<String>> folded = new HashMap<>();
    table.forEach((arabic, english) -> folded.put(MatchNormalizer.normalize(arabic), english));
    return Map.copyOf(folded);
  }

  /**
   * The traditional English forms (canonical, lower-case) of the Arabic word, given as its look-up forms (particles
   * peeled); none for almost every word. Worked out once a word: a name is compared with every Arabic word of its
   * link.
   */
  static Set<String> englishOf(Set<String> arabicForms) {
    Set<String> english = new HashSet<>();
    for (String form : arabicForms) {
      english.addAll(ENGLISH_BY_ARABIC.getOrDefault(form, Set.of()));
    }
    return english.isEmpty() ? Set.of() : english;
  }
}
