package org.qantara.eval.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qantara.core.QantaraException;

/**
 * A faithful translation pair, one sentence a line, with the English sentence that renders each Arabic
 * sentence alone (-1 where the rendering is not one-to-one, so no sentence-level error is injected there).
 */
public record CleanPair(String name, List<String> source, List<String> target, int[] targetOfSource) {
  public CleanPair {
    source = List.copyOf(source);
    target = List.copyOf(target);
    targetOfSource = targetOfSource.clone();
  }

  /** Line-parallel files cut into pseudo-documents of {@code pairsPerDocument} consecutive pairs. */
  public static List<CleanPair> lineParallel(Path arabic, Path english, int pairsPerDocument) {
    List<String> ar = lines(arabic);
    List<String> en = lines(english);
    if (ar.size() != en.size()) {
      throw new QantaraException(arabic + " has " + ar.size() + " lines but " + english + " has " + en.size(),
          "pass line-parallel files (line N of one translates line N of the other)");
    }
    List<CleanPair> pairs = new ArrayList<>();
    for (int from = 0; from + pairsPerDocument <= ar.size(); from += pairsPerDocument) {
      int[] identity = new int[pairsPerDocument];
      for (int i = 0; i < identity.length; i++) {
        identity[i] = i;
      }
      String name = String.format("%s-%03d", arabic.getParent().getFileName(), from / pairsPerDocument);
      pairs.add(new CleanPair(name, ar.subList(from, from + pairsPerDocument), en.subList(from, from + pairsPerDocument),
          identity));
    }
    return pairs;
  }

  private static final Pattern GOLD_LINK = Pattern.compile("\\[([\\d,\\s]*)]\\s*:\\s*\\[([\\d,\\s]*)]");

  /** A gold-aligned pair as in {@code gold/seed-001}: ar.txt, en.txt and gold.txt (Vecalign notation). */
  public static CleanPair goldAligned(Path dir) {
    List<String> ar = lines(dir.resolve("ar.txt"));
    List<String> en = lines(dir.resolve("en.txt"));
    int[] targetOfSource = new int[ar.size()];
    Arrays.fill(targetOfSource, -1);
    for (String line : lines(dir.resolve("gold.txt"))) {
      Matcher m = GOLD_LINK.matcher(line);
      if (!m.matches()) {
        throw new QantaraException("unreadable gold link '" + line + "' in " + dir.resolve("gold.txt"),
            "write links as [source indices]:[target indices], e.g. [3]:[3,4]");
      }
      String[] s = m.group(1).split(",");
      String[] t = m.group(2).split(",");
      if (s.length == 1 && t.length == 1 && !s[0].isBlank() && !t[0].isBlank()) {
        targetOfSource[Integer.parseInt(s[0].strip())] = Integer.parseInt(t[0].strip());
      }
    }
    return new CleanPair(dir.getFileName().toString(), ar, en, targetOfSource);
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new QantaraException("cannot read " + file + ": " + e.getMessage(),
          "check that the benchmark data is there (the shared/ folder next to the repository)", e);
    }
  }
}
