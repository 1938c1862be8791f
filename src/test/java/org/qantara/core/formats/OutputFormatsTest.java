package org.qantara.core.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qantara.core.QantaraException;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.align.Link;
import org.qantara.core.text.Document;
import org.qantara.core.text.Lang;
import org.qantara.core.text.Sentence;
import org.qantara.core.text.SetAside;

class OutputFormatsTest {
  private static final Path SEED = Path.of("../shared/gold/seed-001");

  /** Seed 001 with its gold links, scored, plus a set-aside line and awkward characters in one sentence. */
  private static AlignedDocuments seed() throws Exception {
    Document arabic = document("ar.txt", Lang.AR, Files.readAllLines(SEED.resolve("ar.txt")), "date 2026-01-26\n");
    List<String> english = new ArrayList<>(Files.readAllLines(SEED.resolve("en.txt")));
    english.set(7, english.get(7) + "\twith a tab \\ and a\nnewline");
    Document target = document("en.txt", Lang.EN, english, "");
    List<Link> links = new ArrayList<>();
    for (Link link : VecalignFormat.read(SEED.resolve("gold.txt"))) {
      links.add(new Link(link.source(), link.target(), 1.0 / (3 + link.target().getFirst())));
    }
    return new AlignedDocuments(arabic, target, links, "builtin-ar-en@test", AlignerParams.defaults());
  }

  private static Document document(String name, Lang lang, List<String> lines, String header) {
    StringBuilder original = new StringBuilder(header);
    List<Sentence> sentences = new ArrayList<>();
    for (String line : lines) {
      int start = original.length();
      original.append(line);
      sentences.add(new Sentence(sentences.size(), line, start, original.length()));
      original.append('\n');
    }
    List<SetAside> setAside =
        header.isEmpty()
            ? List.of()
            : List.of(new SetAside(0, header.length() - 1, header.strip(), SetAside.Kind.METADATA, "date line"));
    return new Document(name, lang, original.toString(), sentences, setAside);
  }

  @Test
  void jsonReadsBackExactlyWhatWasWritten() throws Exception {
    AlignedDocuments aligned = seed();
    StringWriter json = new StringWriter();

    JsonFormat.write(aligned, json);
    AlignedDocuments back = JsonFormat.read(new StringReader(json.toString()), "seed.json");

    assertThat(back).isEqualTo(aligned);
    assertThat(json.toString())
        .contains("\"format\" : \"qantara-alignment\"", "\"linkTypes\" : [ \"0-1\", \"1-0\", \"1-1\"", "\"METADATA\"")
        .doesNotContain("oneSided");
  }

  @Test
  void jsonOfAnotherFormatOrBrokenJsonIsRefusedWithTheReason() {
    assertThatThrownBy(() -> JsonFormat.read(new StringReader("{\"format\":\"other\",\"version\":1}"), "x.json"))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("x.json holds format 'other'");
    assertThatThrownBy(() -> JsonFormat.read(new StringReader("{\"format\": \n  [}"), "y.json"))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("y.json is not a valid Qantara alignment")
        .hasMessageContaining("line 2");
  }

  @Test
  void tsvHasOneEscapedRowPerLink() throws Exception {
    AlignedDocuments aligned = seed();
    StringBuilder tsv = new StringBuilder();

    TsvFormat.write(aligned, tsv);

    List<String> rows = tsv.toString().lines().toList();
    assertThat(rows).hasSize(1 + aligned.links().size());
    assertThat(rows.getFirst()).isEqualTo(TsvFormat.HEADER);
    assertThat(rows).allMatch(row -> row.split("\t", -1).length == 5);
    assertThat(rows.get(4)).startsWith("3\t3,4\t0.167\tوتأتي هذه الخطوة").contains("last October. According to");
    assertThat(rows.getLast()).endsWith("interest.\\twith a tab \\\\ and a\\nnewline");
  }

  @Test
  void sideBySideFitsTheWidthAndRightAlignsArabic() throws Exception {
    AlignedDocuments aligned = seed();
    StringBuilder text = new StringBuilder();

    SideBySideText.write(aligned, text, 80);

    List<String> lines = text.toString().lines().toList();
    assertThat(lines).contains("[3]:[3,4]  0.167");
    List<String> rows = lines.stream().filter(l -> l.contains(" │ ")).toList();
    assertThat(rows).isNotEmpty().allMatch(row -> SideBySideText.displayWidth(row) <= 80);
    // Right alignment: every Arabic fragment ends exactly at the gutter.
    List<String> arabicCells = rows.stream().map(row -> row.substring(0, row.indexOf(" │ "))).toList();
    assertThat(arabicCells).allMatch(cell -> SideBySideText.displayWidth(cell) == (80 - 3) / 2);
    assertThat(arabicCells.stream().filter(cell -> !cell.isBlank())).allMatch(cell -> !cell.endsWith(" "));
    assertThat(String.join(" ", rows)).contains("Hmeimim");
  }

  @Test
  void wrappingCutsOverlongWordsAndIgnoresArabicVowelMarks() {
    assertThat(SideBySideText.wrap("abcdefghijkl mn", 5)).containsExactly("abcde", "fghij", "kl mn");
    assertThat(SideBySideText.displayWidth("مُؤكَّداً")).isEqualTo(5);
  }

  @Test
  void aLinkToAMissingSentenceIsAnError() throws Exception {
    AlignedDocuments seed = seed();
    AlignedDocuments broken =
        new AlignedDocuments(
            seed.source(), seed.target(), List.of(new Link(List.of(9), List.of(0), 0.5)), "m", seed.params());

    assertThatThrownBy(() -> TsvFormat.write(broken, new StringBuilder()))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("sentence 9 but ar.txt has 7 sentences");
  }
}
