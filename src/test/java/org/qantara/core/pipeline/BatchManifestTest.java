package org.qantara.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.QantaraException;
import org.qantara.core.text.TextOptions;

/** Manifests as corpus builders write them: TSV with or without header and ids, JSONL with paths or texts. */
class BatchManifestTest {
  private static final Path DOCS = Path.of("../shared/dev/tatoeba-docs").toAbsolutePath();

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void aHeaderNamesTheColumnsInAnyOrderAndGivesEachRowItsIdAndEncoding() throws IOException {
    Path manifest = write("pairs.tsv", "\uFEFFenglish\tid\tarabic\tencoding\n"
        + "b.en\tfirst\ta.ar\twindows-1256\n"
        + "d.en\tsecond\tc.ar\t\n");
    List<BatchJob> jobs = BatchManifest.read(manifest);
    assertThat(jobs).extracting(BatchJob::id).containsExactly("first", "second");
    BatchJob.FilePair first = (BatchJob.FilePair) jobs.get(0);
    assertThat(first.arabic()).isEqualTo(dir.resolve("a.ar").toAbsolutePath());
    assertThat(first.english()).isEqualTo(dir.resolve("b.en").toAbsolutePath());
    assertThat(first.arabicEncoding()).isEqualTo(Charset.forName("windows-1256"));
    assertThat(first.englishEncoding()).isEqualTo(Charset.forName("windows-1256"));
    assertThat(((BatchJob.FilePair) jobs.get(1)).arabicEncoding()).isNull();
    assertThat(first.origin()).isEqualTo("pairs.tsv line 2");
  }

  /** Issue 8 item 10: a row names one encoding a side, in TSV and JSONL; the other file stays UTF-8. */
  @Test
  void aRowGivesEachFileItsOwnEncoding() throws IOException {
    String arabic = Files.readString(Path.of("../shared/gold/seed-001/ar.txt"));
    Files.write(dir.resolve("a.ar"), arabic.getBytes(Charset.forName("windows-1256")));
    write("a.en", "He said \u201cwe will not back down\u201d.\n");
    Path tsv = write("pairs.tsv", "arabic\tenglish\tarabic_encoding\na.ar\ta.en\twindows-1256\n");
    Path jsonl = write("pairs.jsonl", "{\"arabic\": \"a.ar\", \"english\": \"a.en\", \"encoding\": \"windows-1256\", "
        + "\"english_encoding\": \"UTF-8\"}\n");

    for (Path manifest : List.of(tsv, jsonl)) {
      BatchJob.FilePair job = (BatchJob.FilePair) BatchManifest.read(manifest).getFirst();
      assertThat(job.arabicEncoding()).isEqualTo(Charset.forName("windows-1256"));
      DocumentPair pair = job.load(TextOptions.DEFAULT);
      assertThat(pair.source().original()).isEqualTo(arabic);
      assertThat(pair.target().original()).contains("\u201cwe will not back down\u201d");
    }
  }

  @Test
  void withoutHeaderThreeColumnsAreIdArabicEnglishAndOneIsABilingualFile() throws IOException {
    Path manifest = write("pairs.tsv", "# id, Arabic, English\nx1\ta.ar\tb.en\nmixed.txt\n");
    List<BatchJob> jobs = BatchManifest.read(manifest);
    assertThat(jobs).extracting(BatchJob::id).containsExactly("x1", "mixed");
    assertThat(((BatchJob.FilePair) jobs.get(1)).english()).isNull();
  }

  @Test
  void arabicFilesOfOneNameInTwoFoldersNoLongerCollide() throws IOException {
    Path manifest = write("pairs.tsv", "a/doc.ar\ta/doc.en\nb/doc.ar\tb/doc.en\nother.ar\tother.en\n");
    assertThat(BatchManifest.read(manifest)).extracting(BatchJob::id).containsExactly("a-doc", "b-doc", "other");
  }

  @Test
  void idsMustBeUniqueAndTheMessageNamesBothRows() throws IOException {
    Path tsv = write("pairs.tsv", "id\tarabic\tenglish\nn1\ta.ar\ta.en\nn2\tb.ar\tb.en\nn1\tc.ar\tc.en\n");
    assertThatThrownBy(() -> BatchManifest.read(tsv)).isInstanceOf(QantaraException.class)
        .hasMessageContaining("the id 'n1' is on pairs.tsv line 2 and on pairs.tsv line 4");
    Path jsonl = write("pairs.jsonl", "{\"id\": 7, \"ar\": \"نص\", \"en\": \"text\"}\n{\"id\": \"7\", \"ar\": \"نص\", \"en\": \"t\"}\n");
    assertThatThrownBy(() -> BatchManifest.read(jsonl))
        .hasMessageContaining("the id '7' is on pairs.jsonl line 1 and on pairs.jsonl line 2");
  }

  @Test
  void jsonLinesHoldPathsOrTheTextsThemselves() throws IOException {
    String arabic = Files.readString(DOCS.resolve("doc00.ar"));
    String english = Files.readString(DOCS.resolve("doc00.en"));
    Path manifest = write("pairs.jsonl",
        "{\"id\": \"files\", \"arabic\": \"" + DOCS.resolve("doc01.ar") + "\", \"english\": \"" + DOCS.resolve("doc01.en") + "\"}\n"
            + "\n"
            + "{\"id\": \"inline\", \"ar\": " + quote(arabic) + ", \"en\": " + quote(english) + "}\n"
            + "{\"ar\": \"نص قصير.\", \"en\": \"A short text.\"}\n");
    List<BatchJob> jobs = BatchManifest.read(manifest);
    assertThat(jobs).extracting(BatchJob::id).containsExactly("files", "inline", "line-4");
    DocumentPair inline = jobs.get(1).load(new TextOptions(null, true, false));
    assertThat(inline.source().original()).isEqualTo(arabic);
    assertThat(inline.target().sentences()).hasSize(english.strip().split("\n").length);
    assertThat(jobs.get(1).inputChecksum()).isNotEqualTo(jobs.get(2).inputChecksum());
  }

  @Test
  void anInlineTextInTheWrongLanguageFailsThatPairWithItsRow() throws IOException {
    Path manifest = write("pairs.jsonl", "{\"id\": \"swapped\", \"ar\": \"An English text.\", \"en\": \"نص عربي.\"}\n");
    BatchJob job = BatchManifest.read(manifest).get(0);
    assertThatThrownBy(() -> job.load(TextOptions.DEFAULT)).isInstanceOf(QantaraException.class)
        .hasMessageContaining("pairs.jsonl line 1 ('swapped')");
  }

  @Test
  void badLinesSayWhereAndHow() throws IOException {
    assertThatThrownBy(() -> BatchManifest.read(write("a.jsonl", "{\"id\": \"x\", \"ar\": \"نص\"}\n")))
        .hasMessageContaining("a.jsonl line 1 needs both \"ar\" and \"en\"");
    assertThatThrownBy(() -> BatchManifest.read(write("b.jsonl", "{\"id\": \"x\", \"arabic\": \"a.ar\"}\n{oops\n")))
        .hasMessageContaining("b.jsonl line 2 is not a JSON object");
    assertThatThrownBy(() -> BatchManifest.read(write("c.tsv", "id\tenglish\nx\ty.en\n")))
        .hasMessageContaining("c.tsv line 1 is a header without an 'arabic' column");
    assertThatThrownBy(() -> BatchManifest.read(write("d.tsv", "x\ta.ar\tb.en\tno-such-charset\n")))
        .hasMessageContaining("d.tsv line 1: unknown encoding 'no-such-charset'");
  }

  @Test
  void outputNamesNeverLeaveTheOutputFolderNorHideNorClash() {
    for (String id : List.of("../../etc/passwd", "/abs/path", ".qantara-batch", "..", "a\\b", "con:tab\tnew\nline", "")) {
      String name = BatchJob.safeFileName(id);
      assertThat(name).as(id).matches("[\\p{L}\\p{N}_][\\p{L}\\p{N}._-]*").doesNotContain("..");
      assertThat(dir.resolve(name + ".json").normalize().getParent()).isEqualTo(dir);
    }
    assertThat(BatchJob.safeFileName("report-7")).isEqualTo("report-7");
    assertThat(BatchJob.safeFileName("تقرير")).isEqualTo("تقرير");
    assertThat(BatchJob.safeFileName("report")).startsWith("report-");
    assertThat(BatchJob.safeFileName("Corpus")).startsWith("Corpus-");
    assertThat(BatchJob.safeFileName("a/b")).isNotEqualTo(BatchJob.safeFileName("a_b")).startsWith("a_b-");
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
  }
}
