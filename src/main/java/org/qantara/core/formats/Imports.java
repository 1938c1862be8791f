package org.qantara.core.formats;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.qantara.core.QantaraException;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.align.Link;
import org.qantara.core.project.Project;
import org.qantara.core.project.ProjectFiles;
import org.qantara.core.text.Document;
import org.qantara.core.text.Lang;
import org.qantara.core.text.Sentence;
import org.qantara.core.text.TextReader;

/**
 * Reads aligned documents from what Qantara and other tools write, as {@link Bitext}s: a Qantara project
 * (its links' review status and open flags), Qantara's JSON alignment ({@code .json}), TMX ({@code .tmx}), a Vecalign alignment with its two sentence files, and a
 * folder of any of these (a batch's output). The result is what export and the corpus take.
 */
public final class Imports {
  private Imports() {}

  /** The documents in a file or a folder's files (JSON alignments, TMX), by the file's extension. */
  public static List<Bitext> read(Path input) {
    if (Files.isDirectory(input)) {
      List<Path> files;
      try (Stream<Path> listing = Files.list(input)) {
        files = listing.filter(Imports::isReadable).sorted().toList();
      } catch (IOException e) {
        throw new QantaraException("cannot list " + input + ": " + e.getMessage(), "check the folder's permissions", e);
      }
      if (files.isEmpty()) {
        throw new QantaraException(input + " holds no project, .json or .tmx alignment",
            "align into it with --format json (or tmx), or name the files themselves");
      }
      List<Bitext> bitexts = new ArrayList<>();
      for (Path file : files) {
        bitexts.addAll(read(file));
      }
      return bitexts;
    }
    if (!Files.isRegularFile(input)) {
      throw new QantaraException(input + " does not exist", "give a project, a JSON alignment, a TMX file or a folder of them");
    }
    String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(ProjectFiles.EXTENSION)) {
      Project project = ProjectFiles.read(input);
      return List.of(Bitext.of(idOf(input), project.alignment(), project.provenance().modelId()));
    }
    if (name.endsWith(".json")) {
      return List.of(Bitext.of(idOf(input), readJson(input)));
    }
    if (name.endsWith(".tmx")) {
      return TmxReader.read(input).bitexts();
    }
    throw new QantaraException(input + " is neither a Qantara project (" + ProjectFiles.EXTENSION
        + "), a JSON alignment (.json) nor a TMX file (.tmx)",
        "write the alignment with --format json, or import a Vecalign alignment with its two sentence files");
  }

  private static boolean isReadable(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(file) && !name.startsWith(".") && (name.endsWith(".json") || name.endsWith(".tmx"))
        && !isBatchSummary(file, name);
  }

  /**
   * A batch folder (it holds {@code .qantara-batch/}) keeps beside its alignments files that are none: its
   * report ({@code report.json}), the reviews ({@code NAME.review.json}) and the combined corpus
   * ({@code corpus.*}). No pair is ever named report or corpus there, so these names are safe to pass over.
   */
  private static boolean isBatchSummary(Path file, String name) {
    return Files.isDirectory(file.resolveSibling(".qantara-batch"))
        && (name.equals("report.json") || name.endsWith(".review.json") || name.startsWith("corpus."));
  }

  /** The file's name less its extension (a project's whole {@value ProjectFiles#EXTENSION}): the document id of what it holds. */
  public static String idOf(Path file) {
    String name = file.getFileName().toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(ProjectFiles.EXTENSION)) {
      return name.substring(0, name.length() - ProjectFiles.EXTENSION.length());
    }
    return name.replaceFirst("\\.[^.]*$", "");
  }

  private static AlignedDocuments readJson(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return JsonFormat.read(in, file.toString());
    } catch (IOException e) {
      throw new QantaraException("cannot read " + file + ": " + e.getMessage(), "check that the file is readable", e);
    }
  }

  /**
   * A Vecalign alignment ({@code [3]:[3,4]} lines) over two sentence files, one sentence a line, the
   * indices being line numbers from 0 as Vecalign counts them.
   */
  public static Bitext vecalign(Path alignment, Path arabic, Path english) {
    Document source = lineDocument(arabic, Lang.AR);
    Document target = lineDocument(english, Lang.EN);
    List<Link> links = VecalignFormat.read(alignment);
    for (Link link : links) {
      for (int index : link.source()) {
        requireLine(index, source, alignment);
      }
      for (int index : link.target()) {
        requireLine(index, target, alignment);
      }
    }
    return Bitext.of(idOf(alignment), new AlignedDocuments(source, target, links, "", AlignerParams.defaults()));
  }

  private static void requireLine(int index, Document document, Path alignment) {
    if (index >= document.sentences().size()) {
      throw new QantaraException(
          alignment + " links sentence " + index + " but " + document.name() + " has " + document.sentences().size() + " lines",
          "give the sentence files the alignment was made from");
    }
  }

  private static Document lineDocument(Path file, Lang lang) {
    String text = TextReader.read(file, null);
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      int lineEnd = end < 0 ? text.length() : end;
      int textEnd = lineEnd > start && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      sentences.add(new Sentence(sentences.size(), text.substring(start, textEnd), start, textEnd));
      start = lineEnd + 1;
    }
    return new Document(file.getFileName().toString(), lang, text, sentences, List.of());
  }
}
