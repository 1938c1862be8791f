package org.qantara.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import javax.swing.SwingWorker;
import org.qantara.core.Progress;
import org.qantara.core.align.AlignmentResult;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.edit.EditableAlignment;
import org.qantara.core.edit.Provenance;
import org.qantara.core.io.Sha256;
import org.qantara.core.project.Project;
import org.qantara.core.pipeline.DocumentPair;
import org.qantara.core.review.ReviewOptions;
import org.qantara.core.review.ReviewReport;
import org.qantara.core.session.Session;
import org.qantara.core.text.Lang;
import org.qantara.core.text.TextOptions;
import org.qantara.core.text.TextReader;

/**
 * Reads, aligns and reviews a document pair off the event thread through the window's session, telling the
 * window which stage it is in and how far along it is ({@code progress}, 0–100). Cancelling stops the core at
 * its next checkpoint (between embedding batches and alignment levels) and the window returns to its previous
 * state at once.
 */
final class AlignmentJob extends SwingWorker<AlignmentJob.Result, String> {
  /**
   * The reviewed alignment, ready to edit, its grid rows (built here, off the event thread) and the vectors it
   * was made from (for the re-reviews and re-alignments after edits).
   */
  record Result(
      List<Path> inputs, TextOptions reading, List<Project.InputFile> inputFiles, Provenance provenance,
      EditableAlignment alignment, List<LinkRow> rows, Optional<String> splitDescription,
      AlignmentResult vectors, GridTable.LayoutSpec layout, Map<LinkRow, WrappedText[]> firstRows) {}

  interface Listener {
    void stage(String message);

    void finished(Result result);

    void failed(Throwable error);

    void cancelled();
  }

  private final List<Path> inputs;
  private final TextOptions reading;
  private final ModelHolder models;
  private final String modelName;
  private final Listener listener;

  private final AlignerParams alignerParams;
  private final ReviewOptions reviewOptions;
  private final GridTable.LayoutSpec layout;

  AlignmentJob(
      List<Path> inputs, TextOptions reading, ModelHolder models, String modelName, AlignerParams alignerParams,
      ReviewOptions reviewOptions, GridTable.LayoutSpec layout, Listener listener) {
    this.inputs = List.copyOf(inputs);
    this.layout = layout;
    this.alignerParams = alignerParams;
    this.reviewOptions = reviewOptions;
    this.reading = reading;
    this.models = models;
    this.modelName = modelName;
    this.listener = listener;
  }

  @Override
  protected Result doInBackground() {
    publish("Reading " + String.join(" and ", inputs.stream().map(p -> p.getFileName().toString()).toList()) + "…");
    TextOptions readAs = withEncodings(inputs, reading);
    DocumentPair pair = DocumentPair.load(inputs.get(0), inputs.size() > 1 ? inputs.get(1) : null, readAs);
    stopIfCancelled();
    publish("Loading model " + modelName + "…");
    Session session = models.session(modelName);
    stopIfCancelled();
    Progress progress = new Progress() {
      private Stage shown;

      @Override
      public void update(Stage stage, String item, long done, long total) {
        if (stage != shown) {
          shown = stage;
          publish(switch (stage) {
            case DOWNLOADING -> "Downloading " + modelName + "…";
            case EMBEDDING -> "Embedding " + pair.source().sentences().size() + " Arabic and "
                + pair.target().sentences().size() + " English sentences…";
            case ALIGNING -> "Aligning…";
            case REVIEWING -> "Reviewing…";
          });
        }
        setProgress(total > 0 ? (int) Math.min(100, 100 * done / total) : 0);
      }

      @Override
      public boolean cancelled() {
        return isCancelled();
      }
    };
    AlignmentResult aligned = session.align(pair, alignerParams, progress);
    ReviewReport report = session.review(aligned, reviewOptions, progress);
    EditableAlignment alignment = EditableAlignment.of(report);
    List<Project.InputFile> files = new ArrayList<>();
    for (Path input : inputs) {
      try {
        files.add(new Project.InputFile(input.toAbsolutePath().toString(), Sha256.of(input)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // The grid's rows and the texts of its first screen are made here, so the window only swaps them in.
    List<LinkRow> rows = LinkRows.of(alignment);
    return new Result(inputs, readAs, files, new Provenance(session.modelId(), alignerParams, reviewOptions),
        alignment, rows, pair.splitDescription(), aligned, layout, layout.layOutFirst(rows));
  }

  /**
   * {@code asked} with each file's encoding: the one asked for where named, else the one the file's bytes fit — an
   * Arabic file saved as windows-1256 is often opened beside an English one in UTF-8, and a person opening files
   * in the window names no encoding. The encodings found are kept in the project.
   */
  static TextOptions withEncodings(List<Path> inputs, TextOptions asked) {
    Charset arabic = asked.arabicEncoding() != null ? asked.arabicEncoding() : TextReader.detectEncoding(inputs.get(0), Lang.AR);
    Charset english = inputs.size() == 1 ? arabic
        : asked.englishEncoding() != null ? asked.englishEncoding() : TextReader.detectEncoding(inputs.get(1), Lang.EN);
    return new TextOptions(arabic, english, asked.presegmented(), asked.keepSetAside());
  }

  private void stopIfCancelled() {
    if (isCancelled()) {
      throw new java.util.concurrent.CancellationException();
    }
  }

  @Override
  protected void process(List<String> stages) {
    if (!isCancelled()) {
      listener.stage(stages.getLast());
    }
  }

  @Override
  protected void done() {
    if (isCancelled()) {
      listener.cancelled();
      return;
    }
    try {
      listener.finished(get());
    } catch (ExecutionException e) {
      listener.failed(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      listener.cancelled();
    }
  }

}
