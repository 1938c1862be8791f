package org.qantara.modelbuild;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.qantara.core.QantaraException;

/**
 * Reads a FreeDict dictionary in dictd format: {@code NAME.index} lines "headword TAB offset TAB length"
 * (base-64 numbers) pointing into {@code NAME.dict.dz}, a gzip (dictzip) file. Each entry's first line is
 * the headword with its pronunciation, the following lines its translations, optionally numbered "1. ".
 */
public final class FreeDict {

  /** One dictionary entry: the headword as written in the entry and its translations in order. */
  public record Entry(String headword, List<String> translations) {
    public Entry {
      translations = List.copyOf(translations);
    }
  }

  private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private FreeDict() {}

  /** Entries of {@code dir/freedict-NAME.{index,dict.dz}} in index order, without the 00-database entries. */
  public static List<Entry> read(Path dir, String name) {
    Path index = dir.resolve("freedict-" + name + ".index");
    Path dict = dir.resolve("freedict-" + name + ".dict.dz");
    if (!Files.isRegularFile(index) || !Files.isRegularFile(dict)) {
      throw new QantaraException("FreeDict dictionary " + name + " not found in " + dir,
          "install it (apt-get install dict-freedict-" + name + ") or pass the folder that holds freedict-" + name
              + ".index and .dict.dz");
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(dict), 1 << 16)) {
      byte[] body = in.readAllBytes();
      List<Entry> entries = new ArrayList<>();
      for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
        String[] fields = line.split("\t");
        if (fields.length != 3 || fields[0].startsWith("00database") || fields[0].startsWith("00-database")) {
          continue;
        }
        int offset = (int) decode(fields[1]);
        int length = (int) decode(fields[2]);
        entries.add(parse(new String(body, offset, length, StandardCharsets.UTF_8)));
      }
      return entries;
    } catch (IOException | RuntimeException e) {
      throw new QantaraException("cannot read FreeDict dictionary " + dict + ": " + e.getMessage(),
          "reinstall dict-freedict-" + name, e);
    }
  }

  private static Entry parse(String text) {
    List<String> lines = text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    String first = lines.get(0);
    int pronunciation = first.indexOf(" /");
    String headword = pronunciation < 0 ? first : first.substring(0, pronunciation);
    List<String> translations = lines.subList(1, lines.size()).stream()
        .map(l -> l.replaceFirst("^\\d+\\.\\s*", ""))
        .toList();
    return new Entry(headword, translations);
  }

  private static long decode(String base64Number) {
    long value = 0;
    for (char c : base64Number.toCharArray()) {
      value = value * 64 + BASE64.indexOf(c);
    }
    return value;
  }
}
