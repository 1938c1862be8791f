package org.qantara.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.Aligner;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.align.SyntheticDocument;
import org.qantara.core.edit.EditHistory;
import org.qantara.core.edit.EditResult;
import org.qantara.core.edit.EditableAlignment;
import org.qantara.core.edit.Edits;
import org.qantara.core.edit.Provenance;
import org.qantara.core.edit.Realignment;
import org.qantara.core.project.Project;
import org.qantara.core.project.ProjectFiles;
import org.qantara.core.review.ReviewOptions;
import org.qantara.core.text.Document;
import org.qantara.core.text.Lang;
import org.qantara.core.text.TextOptions;
import org.qantara.eval.review.PerturbationGenerator;

/**
 * What the workbench pays per keystroke on a long document: an edit recorded in the history and undone,
 * re-alignment of a 100-link stretch between locked links (from the vectors already computed), and saving
 * and reading back the whole project. A synthetic document of N planted links (dimension 256, as {@link
 * AlignerBenchmark}). Run with {@code bin/bench EditBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class EditBenchmark {
  @Param({"5000"})
  public int links;

  private SyntheticDocument document;
  private Aligner aligner;
  private EditableAlignment alignment;
  private EditableAlignment locked;
  private Project project;
  private Path file;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    document = SyntheticDocument.generate(links, 256, 0.6, SyntheticDocument.ALL, 42);
    aligner = new Aligner(AlignerParams.defaults());
    AlignedDocuments aligned = new AlignedDocuments(
        textOf("source", Lang.AR, document.sourceChars()), textOf("target", Lang.EN, document.targetChars()),
        document.align(aligner), "synthetic", aligner.params());
    alignment = EditableAlignment.of(aligned);
    int middle = alignment.size() / 2;
    locked = Edits.lock(alignment, List.of(alignment.link(middle - 50).id(), alignment.link(middle + 50).id())).after();
    project = new Project(alignment, new Provenance("synthetic", aligner.params(), ReviewOptions.defaults()),
        TextOptions.DEFAULT, List.of());
    file = Files.createTempFile("edit-benchmark", ProjectFiles.EXTENSION);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(ProjectFiles.backupOf(file));
  }

  /** A document of sentences of the given lengths, one a line. */
  private static Document textOf(String name, Lang lang, int[] chars) {
    return PerturbationGenerator.document(name, lang, Arrays.stream(chars).mapToObj(n -> "w".repeat(Math.max(1, n))).toList());
  }

  @Benchmark
  public EditResult mergeRecordAndUndo() {
    EditHistory history = EditHistory.start(alignment, "Align");
    EditResult merge = Edits.mergeWithNext(alignment, alignment.link(alignment.size() / 2).id());
    return history.record(merge).undo().change();
  }

  @Benchmark
  public EditResult realignStretchOf100Links() {
    return Realignment.around(locked, locked.link(locked.size() / 2).id(), aligner, document.source(), document.target());
  }

  @Benchmark
  public Project saveAndRead() {
    ProjectFiles.write(project, file);
    return ProjectFiles.read(file);
  }
}
