package org.qantara.core.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qantara.core.QantaraException;
import org.qantara.core.align.Link;

/**
 * The alignment notation of Vecalign and Bertalign, one link a line: {@code [3]:[3,4]} (Arabic sentence 3
 * rendered by English 3 and 4), {@code [5]:[]} (sentence 5 untranslated), optionally with a score,
 * {@code [3]:[3,4]:0.812}. Written without spaces and with three decimals; read tolerantly (spaces, blank
 * lines, any number of decimals). A link read without a score gets score 0.
 */
public final class VecalignFormat {
  private static final Pattern LINE =
      Pattern.compile("\\s*\\[([\\d,\\s]*)]\\s*:\\s*\\[([\\d,\\s]*)]\\s*(?::\\s*([-+.\\deE]+)\\s*)?");

  private VecalignFormat() {}

  public static void write(List<Link> links, Appendable out, boolean withScores) throws IOException {
    for (Link link : links) {
      out.append(indices(link.source())).append(':').append(indices(link.target()));
      if (withScores) {
        out.append(':').append(LinkTexts.score(link.score()));
      }
      out.append('\n');
    }
  }

  public static String toString(List<Link> links, boolean withScores) {
    StringBuilder text = new StringBuilder();
    try {
      write(links, text, withScores);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not fail", e);
    }
    return text.toString();
  }

  public static List<Link> read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, file.toString());
    } catch (IOException e) {
      throw new QantaraException(
          "cannot read alignment file " + file + ": " + e.getMessage(), "check that the file exists and is UTF-8 text", e);
    }
  }

  public static List<Link> parse(String text, String origin) {
    try {
      return parse(new StringReader(text), origin);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringReader does not fail", e);
    }
  }

  /**
   * @param origin where the text comes from (a file name), for error messages
   * @throws QantaraException naming the origin and line of the first malformed line
   */
  public static List<Link> parse(Reader reader, String origin) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    List<Link> links = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      Matcher match = LINE.matcher(line);
      String where = origin + ":" + number;
      if (!match.matches()) {
        throw malformed(where, line, "expected [source indices]:[target indices] with an optional :score");
      }
      List<Integer> source = parseIndices(match.group(1), where, line);
      List<Integer> target = parseIndices(match.group(2), where, line);
      if (source.isEmpty() && target.isEmpty()) {
        throw malformed(where, line, "a link needs a sentence on at least one side");
      }
      links.add(new Link(source, target, parseScore(match.group(3), where, line)));
    }
    return links;
  }

  private static List<Integer> parseIndices(String text, String where, String line) {
    List<Integer> indices = new ArrayList<>();
    if (text.isBlank()) {
      return indices;
    }
    for (String part : text.split(",", -1)) {
      if (part.isBlank()) {
        throw malformed(where, line, "empty index between commas");
      }
      try {
        indices.add(Integer.parseInt(part.trim()));
      } catch (NumberFormatException e) {
        throw malformed(where, line, "index '" + part.trim() + "' is too large");
      }
    }
    for (int k = 1; k < indices.size(); k++) {
      if (indices.get(k) != indices.get(k - 1) + 1) {
        throw malformed(where, line, "indices of one side must be consecutive and ascending");
      }
    }
    return indices;
  }

  private static double parseScore(String text, String where, String line) {
    if (text == null) {
      return 0;
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw malformed(where, line, "score '" + text + "' is not a number");
    }
  }

  private static QantaraException malformed(String where, String line, String why) {
    return new QantaraException(
        "malformed alignment line at " + where + ": '" + line.strip() + "' (" + why + ")",
        "write links like [3]:[3,4] or [3]:[3,4]:0.812, one per line");
  }

  /** {@code [3,4]}: one side of a link in this notation. */
  static String indices(List<Integer> indices) {
    StringBuilder text = new StringBuilder("[");
    for (int k = 0; k < indices.size(); k++) {
      if (k > 0) {
        text.append(',');
      }
      text.append(indices.get(k));
    }
    return text.append(']').toString();
  }
}
