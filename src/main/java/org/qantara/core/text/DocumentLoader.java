package org.qantara.core.text;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.qantara.core.Problem;
import org.qantara.core.QantaraException;

/**
 * Turns a text into {@link Document}s: checks its language, sets aside non-content and splits the rest into
 * sentences. The text may come from a file (read strictly by {@link TextReader}) or from memory (a pasted text,
 * a table's row, an imported translation memory).
 */
public final class DocumentLoader {
  private DocumentLoader() {}

  /** Loads a file holding one language, which must be {@code expected}. */
  public static Document load(Path file, Lang expected, TextOptions options) {
    return fromText(TextReader.read(file, options.encodingOf(expected)), expected, options, file.getFileName().toString(),
        file.toString());
  }

  /**
   * A document from a text held in memory (a row of a table, a manifest's inline text), checked like a file.
   *
   * @param name the document's name
   * @param where how messages name the text, e.g. "the Arabic text of row 12"
   */
  public static Document fromText(String text, Lang expected, TextOptions options, String name, String where) {
    return fromText(text, ScriptDetector.count(text), expected, options, name, where);
  }

  /** {@link #fromText(String, Lang, TextOptions, String, String)} with the text's letters already counted. */
  public static Document fromText(String text, ScriptDetector.ScriptCounts counts, Lang expected, TextOptions options,
      String name, String where) {
    Lang found = counts.dominant().orElseThrow(() -> noDominantScript(where, text, counts, expected));
    if (found != expected) {
      throw new QantaraException(new Problem.WrongLanguage(where,
          String.format(
              Locale.ROOT,
              "expected %s in %s but the text is %s (%.0f%% of its letters are %s)",
              name(expected),
              where,
              name(found),
              100 * (found == Lang.AR ? counts.arabicShare() : counts.latinShare()),
              found == Lang.AR ? "Arabic" : "Latin"),
          "are the source and target swapped? The source must be the Arabic text and the target its English translation"));
    }
    Optional<String> other = OtherLanguage.instead(text, expected);
    if (other.isPresent()) {
      throw new QantaraException(new Problem.WrongLanguage(where,
          "expected " + name(expected) + " in " + where + " but the text looks " + other.get(),
          "Qantara aligns Arabic originals with their English translations: give the " + name(expected)
              + " text"));
    }
    return document(name, expected, text, options, where);
  }

  /** Loads a file holding an Arabic text and its English translation, one after the other. */
  public static BilingualDocuments loadBilingual(Path file, TextOptions options) {
    return bilingualFromText(TextReader.read(file, options.arabicEncoding()), options, file.getFileName().toString(),
        file.toString());
  }

  /**
   * Splits a text holding an Arabic text and its English translation, one after the other, into its two
   * documents, named {@code name [ar]} and {@code name [en]}.
   *
   * @param where how messages name the text (a path, "standard input")
   */
  public static BilingualDocuments bilingualFromText(String text, TextOptions options, String name, String where) {
    BilingualSplit split;
    try {
      split = BilingualSplitter.split(text);
    } catch (QantaraException e) {
      throw new QantaraException(new Problem.WrongLanguage(where, where + ": " + e.problem().what(), e.problem().fix()), e);
    }
    Document source = document(name + " [ar]", Lang.AR, split.arabic().of(text), options, "ar side of " + where);
    Document target = document(name + " [en]", Lang.EN, split.english().of(text), options, "en side of " + where);
    return new BilingualDocuments(source, target, split.description());
  }

  private static Document document(String name, Lang lang, String text, TextOptions options, String where) {
    // Presegmented text is one sentence a line, each named by its line number: nothing is set aside,
    // or the lines after it would be numbered wrongly.
    List<SetAside> setAside =
        options.keepSetAside() || options.presegmented() ? List.of() : Boilerplate.detect(text, Boilerplate.Cues.ALL);
    List<Span> exclusions = setAside.stream().map(SetAside::span).toList();
    List<Sentence> sentences =
        options.presegmented()
            ? SentenceSegmenter.presegmented(text)
            : SentenceSegmenter.segment(text, lang, exclusions);
    if (sentences.stream().allMatch(s -> s.length() == 0)) {
      throw new QantaraException(new Problem.InputEmpty(where,
          "no sentences found in " + where + (setAside.isEmpty() ? "" : " once " + setAside.size() + " stretch(es) of non-content were set aside"),
          setAside.isEmpty()
              ? "give a text with at least one sentence in " + name(lang)
              : "if the set-aside text is real content, load it again keeping what was set aside"));
    }
    return new Document(name, lang, text, sentences, setAside);
  }

  private static QantaraException noDominantScript(String file, String text, ScriptDetector.ScriptCounts counts, Lang expected) {
    if (counts.letters() == 0) {
      return new QantaraException(new Problem.WrongLanguage(file,
          file + " holds no Arabic or Latin letters", "give a file with the " + name(expected) + " text to align"));
    }
    try {
      BilingualSplit split = BilingualSplitter.split(text);
      return new QantaraException(new Problem.WrongLanguage(file,
          file + " holds both Arabic and English (" + split.description() + ")",
          "load it as one bilingual file instead of as the " + name(expected) + " side"));
    } catch (QantaraException notBilingual) {
      return new QantaraException(new Problem.WrongLanguage(file,
          String.format(
              Locale.ROOT,
              "neither Arabic nor English dominates %s (%.0f%% of its letters are Arabic, %.0f%% Latin)",
              file,
              100 * counts.arabicShare(),
              100 * counts.latinShare()),
          "give a file holding the " + name(expected) + " text only"));
    }
  }

  static String name(Lang lang) {
    return lang == Lang.AR ? "Arabic" : "English";
  }
}
