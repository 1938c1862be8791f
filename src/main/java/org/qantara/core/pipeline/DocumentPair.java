package org.qantara.core.pipeline;

import java.nio.file.Path;
import java.util.Optional;
import org.qantara.core.QantaraException;
import org.qantara.core.text.BilingualDocuments;
import org.qantara.core.text.Document;
import org.qantara.core.text.DocumentLoader;
import org.qantara.core.text.Lang;
import org.qantara.core.text.ScriptDetector;
import org.qantara.core.text.TextOptions;
import org.qantara.core.text.TextReader;

/**
 * An Arabic source and its English target, loaded from two files or split from one bilingual file.
 *
 * @param splitDescription where a bilingual file was cut, when it was one
 */
public record DocumentPair(Document source, Document target, Optional<String> splitDescription) {

  /** Loads {@code sourceFile} and {@code targetFile}; with no target file, splits the source file by script. */
  public static DocumentPair load(Path sourceFile, Path targetFileOrNull, TextOptions options) {
    if (targetFileOrNull == null) {
      BilingualDocuments both = DocumentLoader.loadBilingual(sourceFile, options);
      return new DocumentPair(both.source(), both.target(), Optional.of(both.splitDescription()));
    }
    requireDifferentLanguages(sourceFile, targetFileOrNull, options);
    Document source = DocumentLoader.load(sourceFile, Lang.AR, options);
    Document target = DocumentLoader.load(targetFileOrNull, Lang.EN, options);
    return new DocumentPair(source, target, Optional.empty());
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
  private static void requireDifferentLanguages(Path sourceFile, Path targetFile, TextOptions options) {
    Optional<Lang> source = ScriptDetector.dominant(TextReader.read(sourceFile, options.encoding()));
    Optional<Lang> target = ScriptDetector.dominant(TextReader.read(targetFile, options.encoding()));
    if (source.isPresent() && source.equals(target)) {
      String language = source.get() == Lang.AR ? "Arabic" : "English";
      throw new QantaraException(
          "both " + sourceFile + " and " + targetFile + " are " + language + " texts",
          "give the Arabic original as SRC and its English translation as TGT");
    }
  }
}
