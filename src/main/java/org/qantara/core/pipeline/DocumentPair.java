package org.qantara.core.pipeline;

import java.nio.file.Path;
import java.util.Optional;
import org.qantara.core.Problem;
import org.qantara.core.QantaraException;
import org.qantara.core.text.BilingualDocuments;
import org.qantara.core.text.Document;
import org.qantara.core.text.DocumentLoader;
import org.qantara.core.text.Lang;
import org.qantara.core.text.ScriptDetector;
import org.qantara.core.text.TextOptions;
import org.qantara.core.text.TextReader;

/**
 * An Arabic source and its English target, loaded from two files or split from one bilingual file, or made
 * from texts held in memory. Every input is read once, so a pipe or standard input serves as well as a file.
 *
 * @param splitDescription where a bilingual file was cut, when it was one
 */
public record DocumentPair(Document source, Document target, Optional<String> splitDescription) {

  /**
   * A text already read, with how documents and messages name it.
   *
   * @param name the document's name (a file's name)
   * @param where how messages name it (a path, "standard input")
   */
  public record Input(String name, String where, String text) {
    /** Reads {@code file} (strictly: see {@link TextReader}), once, in the encoding of {@code language}'s text. */
    public static Input read(Path file, Lang language, TextOptions options) {
      return new Input(file.getFileName().toString(), file.toString(),
          TextReader.read(file, options.encodingOf(language)));
    }
  }

  /** Loads {@code sourceFile} and {@code targetFile}; with no target file, splits the source file by script. */
  public static DocumentPair load(Path sourceFile, Path targetFileOrNull, TextOptions options) {
    Input source = Input.read(sourceFile, Lang.AR, options);
    return of(source, targetFileOrNull == null ? null : Input.read(targetFileOrNull, Lang.EN, options), options);
  }

  /** The pair of two texts already read; with no target, the source holds both texts and is split by script. */
  public static DocumentPair of(Input source, Input targetOrNull, TextOptions options) {
    if (targetOrNull == null) {
      BilingualDocuments both = DocumentLoader.bilingualFromText(source.text(), options, source.name(), source.where());
      return new DocumentPair(both.source(), both.target(), Optional.of(both.splitDescription()));
    }
    // Each text's letters counted once, for both checks (a long document has millions).
    ScriptDetector.ScriptCounts sourceCounts = ScriptDetector.count(source.text());
    ScriptDetector.ScriptCounts targetCounts = ScriptDetector.count(targetOrNull.text());
    requireDifferentLanguages(source, sourceCounts, targetOrNull, targetCounts);
    return new DocumentPair(
        DocumentLoader.fromText(source.text(), sourceCounts, Lang.AR, options, source.name(), source.where()),
        DocumentLoader.fromText(targetOrNull.text(), targetCounts, Lang.EN, options, targetOrNull.name(),
            targetOrNull.where()),
        Optional.empty());
  }

  /**
   * A pair from two texts held in memory (a table's row, a manifest's inline texts).
   *
   * @param name names both documents and, in messages, where the texts came from (e.g. a row id)
   */
  public static DocumentPair fromTexts(String arabic, String english, TextOptions options, String name) {
    Document source = DocumentLoader.fromText(arabic, Lang.AR, options, name + " [ar]", "the Arabic text of " + name);
    Document target = DocumentLoader.fromText(english, Lang.EN, options, name + " [en]", "the English text of " + name);
    return new DocumentPair(source, target, Optional.empty());
  }

  /** Two texts in one language is a different mistake from swapped sides, and deserves its own message. */
  private static void requireDifferentLanguages(Input sourceText, ScriptDetector.ScriptCounts sourceCounts,
      Input targetText, ScriptDetector.ScriptCounts targetCounts) {
    Optional<Lang> source = sourceCounts.dominant();
    Optional<Lang> target = targetCounts.dominant();
    if (source.isPresent() && source.equals(target)) {
      String language = source.get() == Lang.AR ? "Arabic" : "English";
      throw new QantaraException(new Problem.WrongLanguage(targetText.where(),
          "both " + sourceText.where() + " and " + targetText.where() + " are " + language + " texts",
          "give the Arabic original as SRC and its English translation as TGT"));
    }
  }
}
