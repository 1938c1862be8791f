package org.qantara.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.Problem;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.edit.EditableAlignment;
import org.qantara.core.edit.Edits;
import org.qantara.core.edit.EditsTest;
import org.qantara.core.edit.FlagDecision;
import org.qantara.core.edit.Provenance;
import org.qantara.core.edit.SeedAlignments;
import org.qantara.core.edit.Side;
import org.qantara.core.formats.JsonFormat;
import org.qantara.core.io.AtomicFiles;
import org.qantara.core.project.ProjectFileException.Kind;
import org.qantara.core.review.DocumentVerdict;
import org.qantara.core.review.ReviewOptions;
import org.qantara.core.text.Lang;
import org.qantara.core.text.TextOptions;

/** Project files on disk: saved and read back whole, or refused with a clear error. */
class ProjectFilesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Project project;
  private Path file;

  @BeforeEach
  void edited() {
    EditableAlignment a = EditsTest.withFlags(SeedAlignments.gold());
    a = a.withReview(a.flags(), new DocumentVerdict(DocumentVerdict.Kind.UNDETERMINED, Double.NaN, "too short to tell"));
    a = Edits.mergeWithNext(a, a.link(1).id()).after();
    a = Edits.detach(a, a.link(2).id(), Side.TARGET, 4).after();
    a = Edits.lock(a, List.of(a.link(0).id())).after();
    a = Edits.accept(a, List.of(a.link(4).id())).after();
    a = Edits.decideFlag(a, a.flags().getFirst().fingerprint(), new FlagDecision(FlagDecision.Kind.DISMISSED, "الرقم صحيح")).after();
    project = new Project(a,
        new Provenance("builtin-ar-en", AlignerParams.defaults().withSkipQuantile(0.07), ReviewOptions.defaults().withSensitivity(0.7)),
        new TextOptions(Charset.forName("windows-1256"), true, false),
        List.of(new Project.InputFile("../shared/gold/seed-001/ar.txt", "ab".repeat(32))));
    file = dir.resolve("seed" + ProjectFiles.EXTENSION);
  }

  @Test
  void aSavedProjectReadsBackEqual() {
    ProjectFiles.write(project, file);
    Project read = ProjectFiles.read(file);

    assertThat(read).isEqualTo(project);
    assertThat(read.alignment().links()).isEqualTo(project.alignment().links());
    assertThat(read.alignment().link(2).score()).isNaN();
    assertThat(read.alignment().decisions()).isEqualTo(project.alignment().decisions());
    assertThat(read.alignment().verdict()).isEqualTo(project.alignment().verdict());
    assertThat(ProjectFiles.backupOf(file)).doesNotExist();
  }

  @Test
  void editedTextIsSavedAndReadBackWithWhatTheInputHad() throws IOException {
    EditableAlignment a = project.alignment();
    String input = Files.readString(SeedAlignments.SEED_001.resolve("en.txt"));
    a = Edits.editText(a, Side.TARGET, 3, "This step comes a month after the visit. It was in October.", false).after();
    Project edited = project.withAlignment(a);

    ProjectFiles.write(edited, file);
    Project read = ProjectFiles.read(file);

    assertThat(read).isEqualTo(edited);
    assertThat(read.alignment().target().sentenceTexts()).contains("It was in October.");
    assertThat(read.alignment().textEdits()).singleElement()
        .satisfies(e -> assertThat(e.original()).startsWith("This step comes about a month after Syrian President"));
    assertThat(JSON.readTree(file.toFile()).path("version").asInt()).isEqualTo(ProjectFiles.VERSION);
    assertThat(Files.readString(SeedAlignments.SEED_001.resolve("en.txt"))).isEqualTo(input);
  }

  @Test
  void eachTextsEncodingIsSavedAndReadBack() throws IOException {
    // A windows-1256 Arabic file with an English one in UTF-8 (--ar-encoding / --en-encoding).
    Project mixed = new Project(project.alignment(), project.provenance(),
        new TextOptions(Charset.forName("windows-1256"), null, true, false), project.inputs());
    ProjectFiles.write(mixed, file);
    Project read = ProjectFiles.read(file);

    assertThat(read).isEqualTo(mixed);
    assertThat(read.textOptions().encodingOf(Lang.AR)).isEqualTo(Charset.forName("windows-1256"));
    assertThat(read.textOptions().encodingOf(Lang.EN)).isNull();
    assertThat(JSON.readTree(file.toFile()).path("reading").path("arabicEncoding").asText()).isEqualTo("windows-1256");

    Project latin = new Project(project.alignment(), project.provenance(),
        new TextOptions(null, Charset.forName("ISO-8859-1"), false, true), project.inputs());
    ProjectFiles.write(latin, file);
    assertThat(ProjectFiles.read(file)).isEqualTo(latin);
  }

  @Test
  void aVersionTwoProjectReadsItsOneEncodingAsBothTexts() throws IOException {
    // What version 2 wrote: one encoding for both texts.
    rewrite(root -> {
      root.put("version", 2);
      oneEncoding((ObjectNode) root.get("reading"));
    });

    Project read = ProjectFiles.read(file);

    assertThat(read).isEqualTo(project);
    assertThat(read.textOptions().encodingOf(Lang.EN)).isEqualTo(Charset.forName("windows-1256"));
  }

  /** Version 1 and 2's reading: the Arabic text's encoding for both. */
  private static void oneEncoding(ObjectNode reading) {
    reading.set("encoding", reading.remove("arabicEncoding"));
    reading.remove("englishEncoding");
  }

  @Test
  void aVersionThreeProjectsFlagsGetTodaysFingerprintsAndKeepTheirDecisions() throws IOException {
    // Version 3 counted evidence places from the start of the document: its fingerprints differ from today's.
    String fingerprint = project.alignment().flags().getFirst().fingerprint();
    String older = "0123456789abcdef".repeat(2);
    rewrite(root -> root.put("version", 3));
    Files.writeString(file, Files.readString(file).replace(fingerprint, older));
    assertThat(Files.readString(file)).contains(older).doesNotContain(fingerprint);

    Project read = ProjectFiles.read(file);

    assertThat(read).isEqualTo(project);
    assertThat(read.alignment().decisionOn(fingerprint)).map(FlagDecision::note).contains("الرقم صحيح");
  }

  @Test
  void aVersionOneProjectReadsAsOneWithNoTextEdits() throws IOException {
    // What version 1 wrote: the same fields, one encoding for both texts, no text edits.
    rewrite(root -> {
      root.put("version", 1);
      oneEncoding((ObjectNode) root.get("reading"));
      ((ObjectNode) root.get("alignment")).remove("textEdits");
    });

    Project read = ProjectFiles.read(file);

    assertThat(read).isEqualTo(project);
    assertThat(read.alignment().textEdits()).isEmpty();
  }

  @Test
  void aTextEditOutsideItsTextIsDamage() throws IOException {
    rewrite(root -> root.withArray("/alignment/textEdits").addObject()
        .put("side", "SOURCE").put("start", 5).put("end", 999_999).put("original", "x"));

    assertThatThrownBy(() -> ProjectFiles.read(file))
        .isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.DAMAGED))
        .hasMessageContaining("the source text edit at 5..999999 overlaps another or lies outside the text");
  }

  @Test
  void savingAgainKeepsThePreviousVersionAsBackup() {
    ProjectFiles.write(project, file);
    EditableAlignment a = project.alignment();
    Project later = project.withAlignment(Edits.unlock(a, List.of(a.link(0).id())).after());
    ProjectFiles.write(later, file);

    assertThat(ProjectFiles.read(file)).isEqualTo(later);
    assertThat(ProjectFiles.read(ProjectFiles.backupOf(file))).isEqualTo(project);
    assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void aCutOffFileIsDamaged() throws IOException {
    ProjectFiles.write(project, file);
    String whole = Files.readString(file);
    Files.writeString(file, whole.substring(0, whole.length() / 2));

    assertThatThrownBy(() -> ProjectFiles.read(file))
        .isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.DAMAGED))
        .hasMessageContaining("is damaged: it is not valid JSON at line")
        .hasMessageContaining("open its backup seed.qantara.json.bak");
  }

  @Test
  void aNewerVersionIsRefusedAsSuch() throws IOException {
    rewrite(root -> root.put("version", ProjectFiles.VERSION + 1));

    assertThatThrownBy(() -> ProjectFiles.read(file))
        .isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.problem())
            .isInstanceOfSatisfying(Problem.ProjectUnusable.class, p -> {
              assertThat(p.kind()).isEqualTo(Kind.NEWER_VERSION);
              assertThat(p.file()).isEqualTo(file);
            }))
        .hasMessageContaining("was saved by a newer Qantara (project version " + (ProjectFiles.VERSION + 1)
            + "; this one reads up to " + ProjectFiles.VERSION + ")");
  }

  @Test
  void overlappingLinksAreDamage() throws IOException {
    rewrite(root -> ((ObjectNode) root.withArray("/alignment/links").get(3).get("source")).put("start", 2));

    assertThatThrownBy(() -> ProjectFiles.read(file))
        .isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.DAMAGED))
        .hasMessageContaining("link 4 starts at source sentence 2");
  }

  @Test
  void anUnknownEncodingIsDamage() throws IOException {
    rewrite(root -> ((ObjectNode) root.path("reading")).put("arabicEncoding", "no-such-charset"));

    assertThatThrownBy(() -> ProjectFiles.read(file))
        .isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.DAMAGED))
        .hasMessageContaining("is damaged: it names an unknown encoding 'no-such-charset'");
  }

  @Test
  void aRepeatedIdIsDamage() throws IOException {
    rewrite(root -> ((ObjectNode) root.withArray("/alignment/links").get(5)).put("id", 1));

    assertThatThrownBy(() -> ProjectFiles.read(file))
        .isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.DAMAGED))
        .hasMessageContaining("repeats id 1");
  }

  @Test
  void aSentenceThatDoesNotMatchTheTextIsDamage() throws IOException {
    rewrite(root -> ((ObjectNode) root.withArray("/target/sentences").get(2)).put("end", 99_999));

    assertThatThrownBy(() -> ProjectFiles.read(file))
        .isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.DAMAGED))
        .hasMessageContaining("sentence 3 does not match the text");
  }

  @Test
  void aMissingOrMistypedFieldIsDamageNamingTheField() throws IOException {
    rewrite(root -> ((ObjectNode) root.withArray("/alignment/links").get(2)).remove("status"));
    assertThatThrownBy(() -> ProjectFiles.read(file))
        .isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.DAMAGED))
        .hasMessageContaining("alignment.links[2]");

    rewrite(root -> ((ObjectNode) root.withArray("/alignment/links").get(2)).put("origin", "ROBOT"));
    assertThatThrownBy(() -> ProjectFiles.read(file))
        .isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.DAMAGED))
        .hasMessageContaining("alignment.links[2].origin");
  }

  @Test
  void otherFilesAreNotProjects() {
    Path alignment = dir.resolve("seed.json");
    AtomicFiles.writeText(alignment, out -> JsonFormat.write(project.alignment().toAlignedDocuments("m", AlignerParams.defaults()), out));
    assertThatThrownBy(() -> ProjectFiles.read(alignment))
        .isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_A_PROJECT));
    assertThatThrownBy(() -> ProjectFiles.read(dir.resolve("missing.qantara.json")))
        .isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNREADABLE))
        .hasMessageContaining("does not exist");
  }

  @Test
  void recoveryHoldsWorkNotYetSaved() throws IOException {
    assertThat(Recovery.unsavedWork(file)).isEmpty();
    Path recovery = Recovery.save(project, file);
    assertThat(recovery.getFileName().toString()).isEqualTo(".seed.qantara.json.recovery");
    assertThat(Recovery.unsavedWork(file)).as("never saved").contains(recovery);

    ProjectFiles.write(project, file);
    assertThat(Recovery.unsavedWork(file)).as("saved: the same content").isEmpty();

    EditableAlignment a = project.alignment();
    Project later = project.withAlignment(Edits.unlock(a, List.of(a.link(0).id())).after());
    Recovery.save(later, file);
    Files.setLastModifiedTime(recovery, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 1000));
    assertThat(Recovery.unsavedWork(file)).contains(recovery);
    assertThat(ProjectFiles.read(recovery)).isEqualTo(later);
    assertThat(ProjectFiles.read(file)).isEqualTo(project);

    Recovery.discard(file);
    assertThat(Recovery.unsavedWork(file)).isEmpty();
  }

  private void rewrite(Consumer<ObjectNode> damage) throws IOException {
    ProjectFiles.write(project, file);
    ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
    damage.accept(root);
    Files.writeString(file, JSON.writeValueAsString(root));
  }
}
