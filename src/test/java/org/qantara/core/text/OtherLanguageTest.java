package org.qantara.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
}
