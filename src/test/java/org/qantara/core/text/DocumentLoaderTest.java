package org.qantara.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.QantaraException;

class DocumentLoaderTest {
  @TempDir Path dir;

  private static void assertOffsetsRoundTrip(Document document) {
    for (Sentence sentence : document.sentences()) {
      assertThat(document.original().substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
    }
    for (SetAside setAside : document.setAside()) {
      assertThat(document.original().substring(setAside.start(), setAside.end())).isEqualTo(setAside.text());
    }
  }

  @Test
  void loadsTheBilingualSeedAsTheGoldSentences() {
    BilingualDocuments both = DocumentLoader.loadBilingual(Seeds.S001, TextOptions.DEFAULT);
    String text = Seeds.text(Seeds.S001);

    assertThat(both.source().lang()).isEqualTo(Lang.AR);
    assertThat(both.target().lang()).isEqualTo(Lang.EN);
    assertThat(both.source().sentenceTexts()).hasSize(7).isEqualTo(Seeds.lines(Seeds.GOLD_AR));
    assertThat(both.target().sentenceTexts()).hasSize(8).isEqualTo(Seeds.lines(Seeds.GOLD_EN));
    assertThat(text).startsWith(both.source().original()).endsWith(both.target().original());
    assertThat(both.splitDescription()).startsWith("split at character " + text.indexOf(both.target().original()) + " (line 1, column ");
    assertOffsetsRoundTrip(both.source());
    assertOffsetsRoundTrip(both.target());
  }

  @Test
  void loadsSeed000AsEnglishWithItsDatePrefixSetAside() {
    Document document = DocumentLoader.load(Seeds.S000, Lang.EN, TextOptions.DEFAULT);
    assertThat(document.original()).isEqualTo(Seeds.text(Seeds.S000));
    assertThat(document.sentenceTexts()).isEqualTo(Seeds.lines(Seeds.GOLD_EN));
    assertThat(document.setAside()).extracting(SetAside::text).containsExactly(" date 2026-01-26");
    assertOffsetsRoundTrip(document);
  }

  @Test
  void keepsPageFurnitureOutOfTheSentencesOfSeeds002And004() {
    for (Path seed : List.of(Seeds.S002, Seeds.S004)) {
      Document document = DocumentLoader.load(seed, Lang.EN, TextOptions.DEFAULT);
      assertOffsetsRoundTrip(document);
      assertThat(document.sentenceTexts())
          .isNotEmpty()
          .noneMatch(s -> s.contains("Photo:") || s.contains("cookies") || s.contains("Copyright") || s.contains("Subscribe")
              || s.contains("Krynky") || s.equals("Russia has begun to withdraw its forces from Syria"));
    }
  }

  @Test
  void takesSetAsideTextBackInWhenAsked() {
    TextOptions keep = new TextOptions(null, false, true);
    Document kept = DocumentLoader.load(Seeds.S004, Lang.EN, keep);
    Document cleaned = DocumentLoader.load(Seeds.S004, Lang.EN, TextOptions.DEFAULT);
    assertThat(kept.setAside()).isEmpty();
    assertThat(kept.sentenceTexts()).contains("27.01.2026 22:02", "Source: AA / IHA").hasSizeGreaterThan(cleaned.sentences().size());
  }

  @Test
  void loadsOneSentenceALineText() {
    Path file = Path.of("../shared/dev/tatoeba-docs/doc00.ar");
    Document document = DocumentLoader.load(file, Lang.AR, new TextOptions(null, true, false));
    assertThat(document.sentenceTexts()).isEqualTo(Seeds.lines(file));
  }

  @Test
  void loadsAWindows1256File() throws IOException {
    Path file = Files.write(dir.resolve("ar-1256.txt"), Seeds.text(Seeds.GOLD_AR).getBytes(TextReader.WINDOWS_1256));
    Document document = DocumentLoader.load(file, Lang.AR, new TextOptions(TextReader.WINDOWS_1256, true, false));
    assertThat(document.sentenceTexts()).isEqualTo(Seeds.lines(Seeds.GOLD_AR));
  }

  @Test
  void saysWhenSourceAndTargetAreSwapped() {
    assertThatThrownBy(() -> DocumentLoader.load(Seeds.S000, Lang.AR, TextOptions.DEFAULT))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("expected Arabic in " + Seeds.S000)
        .hasMessageContaining("the text is English")
        .hasMessageContaining("are the source and target swapped?");
    assertThatThrownBy(() -> DocumentLoader.load(Seeds.GOLD_AR, Lang.EN, TextOptions.DEFAULT))
        .hasMessageContaining("expected English")
        .hasMessageContaining("the text is Arabic")
        .hasMessageContaining("swapped");
  }

  @Test
  void pointsABilingualFileToBilingualLoading() {
    assertThatThrownBy(() -> DocumentLoader.load(Seeds.S001, Lang.AR, TextOptions.DEFAULT))
        .hasMessageContaining(Seeds.S001 + " holds both Arabic and English (split at character")
        .hasMessageContaining("load it as one bilingual file");
  }

  @Test
  void refusesABilingualFileInOneLanguage() {
    assertThatThrownBy(() -> DocumentLoader.loadBilingual(Seeds.S003, TextOptions.DEFAULT))
        .hasMessageStartingWith(Seeds.S003 + ": text does not hold one language after the other")
        .hasMessageContaining("both parts are English")
        .hasMessageContaining("Arabic text followed by its English translation");
  }

  @Test
  void saysWhichSideHasNoSentences() throws IOException {
    List<String> arabic = Seeds.lines(Seeds.GOLD_AR);
    String links =
        "Ukrainian Officer Admits Thousands Died in Failed Krynky Operation\n\nBRICS Launches Brics Pay to Bypass Western Payment Systems\n\n"
            + "Major Leonardo Booking System Outage Disrupts Russian Airlines\n\nSnow Leopard Attacks Skier in China's Xinjiang Region\n\n"
            + "Estonia Slams Schroeder's Appeal to Restore Energy Ties With Russia\n";
    Path file = Files.writeString(dir.resolve("links.txt"), arabic.get(0) + " " + arabic.get(1) + "\n\n" + links, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> DocumentLoader.loadBilingual(file, TextOptions.DEFAULT))
        .hasMessageContaining("no sentences found in en side of " + file)
        .hasMessageContaining("set aside")
        .hasMessageContaining("keeping what was set aside");
    assertThat(DocumentLoader.loadBilingual(file, new TextOptions(null, false, true)).target().sentences()).hasSize(5);
  }

  @Test
  void refusesTextWithoutArabicOrLatinLetters() throws IOException {
    Path file = Files.writeString(dir.resolve("numbers.txt"), "2026-01-26 22:02\n١٢٣٤\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> DocumentLoader.load(file, Lang.EN, TextOptions.DEFAULT))
        .hasMessageContaining("holds no Arabic or Latin letters")
        .hasMessageContaining("English text");
  }
}
