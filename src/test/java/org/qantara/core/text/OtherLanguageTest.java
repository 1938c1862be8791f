package org.qantara.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.qantara.core.Problem;
import org.qantara.core.QantaraException;

/**
 * Persian or Urdu given as the Arabic text, French as the English: refused with the language named, while the
 * real Arabic and English texts of the seeds (and Arabic typed with Persian yeh and kaf) pass.
 */
class OtherLanguageTest {
  private static final String PERSIAN = "وزیر امور خارجه گفت که مذاکرات ادامه خواهد داشت. این یک گام مهم است و "
      + "دولت برای رسیدن به توافق تلاش می‌کند. هیچ‌کس انتظار نداشت که توافق در این هفته امضا شود، اما گفتگوها "
      + "همچنان ادامه دارد.";
  private static final String URDU = "وزیر خارجہ نے کہا کہ مذاکرات جاری رہیں گے۔ یہ ایک اہم قدم ہے اور حکومت "
      + "معاہدے کے لیے کوشش کر رہی ہے۔ کسی کو اس ہفتے معاہدے کی توقع نہیں تھی، لیکن بات چیت جاری ہے۔";
  private static final String FRENCH = "Le ministre a dit que les négociations continueraient. C'est une étape "
      + "importante et le gouvernement travaille pour un accord. Personne ne s'attendait à un accord cette semaine, "
      + "mais les discussions sont toujours en cours dans la capitale.";

  @Test
  void persianUrduAndFrenchAreNamedAndRefused() {
    assertThat(OtherLanguage.instead(PERSIAN, Lang.AR)).hasValueSatisfying(v -> assertThat(v).startsWith("Persian (words such as "));
    assertThat(OtherLanguage.instead(URDU, Lang.AR)).hasValueSatisfying(v -> assertThat(v).startsWith("Urdu (words such as "));
    assertThat(OtherLanguage.instead(FRENCH, Lang.EN)).hasValueSatisfying(v -> assertThat(v).startsWith("French (words such as "));
    assertThatThrownBy(() -> DocumentLoader.fromText(PERSIAN, Lang.AR, TextOptions.DEFAULT, "fa.txt", "fa.txt"))
        .hasMessageStartingWith("expected Arabic in fa.txt but the text looks Persian (words such as ")
        .satisfies(e -> assertThat(((QantaraException) e).problem()).isInstanceOf(Problem.WrongLanguage.class));
  }

  @Test
  void realArabicAndEnglishPassAndSoDoesArabicTypedWithPersianLetters() throws IOException {
    List<Path> texts = new ArrayList<>(Seeds.ALL);
    texts.addAll(List.of(Seeds.GOLD_AR, Seeds.GOLD_EN, Path.of("../shared/dev/tatoeba-ara-eng/dev.ar"),
        Path.of("../shared/dev/tatoeba-ara-eng/dev.en")));
    try (var docs = Files.list(Path.of("../shared/dev/tatoeba-docs"))) {
      docs.filter(f -> f.toString().endsWith(".ar") || f.toString().endsWith(".en")).forEach(texts::add);
    }
    for (Path file : texts) {
      String text = Seeds.text(file);
      ScriptDetector.dominant(text).ifPresent(lang -> assertThat(OtherLanguage.instead(text, lang)).as(file.toString()).isEmpty());
    }
    String arabic = Seeds.text(Seeds.GOLD_AR);
    assertThat(OtherLanguage.instead(arabic.replace('ي', 'ی').replace('ك', 'ک'), Lang.AR)).isEmpty();
  }

  @Test
  void joinersWithoutLettersAreNoWordOfAnyList() {
    // A run of zero-width non-joiners between spaces once folded to nothing and failed with an internal error.
    String arabic = Seeds.text(Seeds.GOLD_AR);
    assertThat(OtherLanguage.instead(arabic + " \u200C\u200C \u200Cفي", Lang.AR)).isEmpty();
    assertThat(OtherLanguage.instead(PERSIAN.replace(" ", " \u200C "), Lang.AR))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Persian (words such as "));
  }

  @Test
  void findsTheWordsALookUpOfEachWordsStringFinds() {
    // instead() packs each word's chars into a number instead of making a String of it: on random texts of list
    // words, their neighbours and the chars that change a form (joiners, Persian letters, capitals, accents, a
    // dotted capital I, a char beyond U+FFFF), it names the same language with the same words as a plain look-up.
    Random random = new Random(5);
    List<String> pieces = new ArrayList<>(List.of("\u200C", "\u06CC", "\u06A9", "\u0130", "\uD835\uDC00", "É", "é",
        "x", "ی", " ", " ", " ", ". ", "ﻻ"));
    for (String list : List.of(PERSIAN, URDU, FRENCH, "في من على التي الذي الله كان قد هذا",
        "The and OF to Is in THAT for with was it on as by this are be has he she they not")) {
      pieces.addAll(List.of(list.split("[ ,.،۔]+")));
    }
    for (int text = 0; text < 3_000; text++) {
      StringBuilder builder = new StringBuilder();
      int words = 1 + random.nextInt(40);
      for (int k = 0; k < words; k++) {
        builder.append(pieces.get(random.nextInt(pieces.size())));
        if (random.nextInt(3) > 0) {
          builder.append(' ');
        }
      }
      String sample = builder.toString();
      for (Lang lang : Lang.values()) {
        assertThat(OtherLanguage.instead(sample, lang)).as("%s as %s", sample, lang)
            .isEqualTo(plainLookUp(sample, lang));
      }
    }
  }

  /** The rule of {@link OtherLanguage#instead} as a String look-up of every word, folded or lower-cased. */
  private static java.util.Optional<String> plainLookUp(String text, Lang expected) {
    java.util.Map<String, java.util.Set<String>> lists = java.util.Map.of(
        "ar", java.util.Set.of("في", "من", "على", "إلى", "الى", "أن", "ان", "التي", "الذي", "عن", "مع", "هذا", "هذه",
            "كان", "قد", "وقد", "وفي", "ولا", "لا", "ما", "بين", "بعد", "حيث", "كما", "الله"),
        "fa", java.util.Set.of("است", "را", "كه", "مي", "هاي", "براي", "شده", "يك", "آن", "نيز", "شود", "بود", "كرد",
            "خود", "هم", "اما", "دارد", "شد"),
        "ur", java.util.Set.of("ہے", "کے", "کی", "میں", "اور", "ہیں", "کا", "سے", "نے", "کو", "یہ", "وہ", "تھا", "گیا"),
        "en", java.util.Set.of("the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "it", "on", "as",
            "by", "this", "are", "be", "has", "he", "she", "they", "not"),
        "fr", java.util.Set.of("le", "la", "les", "des", "est", "et", "une", "dans", "pour", "que", "qui", "du", "au",
            "sur", "pas", "il", "elle", "ce", "sont", "avec", "aux", "mais", "ont", "été"));
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    java.util.Map<String, java.util.LinkedHashSet<String>> seen = new java.util.HashMap<>();
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && isWordPart(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      if (i == start) {
        i += Character.charCount(text.codePointAt(i));
        continue;
      }
      String word = text.substring(start, i);
      java.util.Map<String, String> forms = new java.util.LinkedHashMap<>();
      if (expected == Lang.AR) {
        String head = word.contains("\u200C") ? word.substring(0, word.indexOf('\u200C')) : word;
        String folded = head.replace('\u06CC', '\u064A').replace('\u06A9', '\u0643');
        forms.put("ar", folded);
        forms.put("fa", folded);
        forms.put("ur", word);
      } else {
        forms.put("en", word.toLowerCase(java.util.Locale.ROOT));
        forms.put("fr", word.toLowerCase(java.util.Locale.ROOT));
      }
      forms.forEach((list, form) -> {
        if (lists.get(list).contains(form)) {
          counts.merge(list, 1, Integer::sum);
          seen.computeIfAbsent(list, l -> new java.util.LinkedHashSet<>()).add(word);
        }
      });
    }
    java.util.function.BiFunction<String, String, java.util.Optional<String>> named = (list, name) -> {
      int n = counts.getOrDefault(list, 0);
      java.util.Set<String> words = seen.getOrDefault(list, new java.util.LinkedHashSet<>());
      int rival = counts.getOrDefault(expected == Lang.AR ? "ar" : "en", 0);
      return n >= 5 && words.size() > 1 && n > 2 * rival
          ? java.util.Optional.of(name + " (words such as " + String.join(", ", words.stream().limit(3).toList()) + ")")
          : java.util.Optional.empty();
    };
    if (expected == Lang.AR) {
      return named.apply("ur", "Urdu").or(() -> named.apply("fa", "Persian"));
    }
    return named.apply("fr", "French");
  }

  private static boolean isWordPart(int c) {
    int type = Character.getType(c);
    return c == '\u200C' || Character.isLetter(c) || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
  }
}
