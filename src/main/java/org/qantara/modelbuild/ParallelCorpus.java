package org.qantara.modelbuild;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.qantara.core.QantaraException;

/**
 * Sentence pairs to learn word translations from: {@code train.ar} and {@code train.en} in one folder, line N of
 * one the translation of line N of the other (the layout of the Tatoeba training pairs in
 * {@code ../shared/train/tatoeba-ara-eng}).
 */
public final class ParallelCorpus {

  public static final String ARABIC_FILE = "train.ar";
  public static final String ENGLISH_FILE = "train.en";

  /** One sentence and its translation, as written. */
  public record Pair(String arabic, String english) {}

  private ParallelCorpus() {}

  public static List<Pair> read(Path dir) {
    Path arabic = dir.resolve(ARABIC_FILE);
    Path english = dir.resolve(ENGLISH_FILE);
    if (!Files.isRegularFile(arabic) || !Files.isRegularFile(english)) {
      throw new QantaraException("training pairs not found: " + dir + " has no " + ARABIC_FILE + " and "
          + ENGLISH_FILE, "pass the folder of the shared training pairs (../shared/train/tatoeba-ara-eng)");
    }
    try {
      List<String> ar = Files.readAllLines(arabic, StandardCharsets.UTF_8);
      List<String> en = Files.readAllLines(english, StandardCharsets.UTF_8);
      if (ar.size() != en.size()) {
        throw new QantaraException("training pairs out of step: " + arabic + " has " + ar.size() + " lines but "
            + english + " has " + en.size(), "restore both files from the checkout");
      }
      List<Pair> pairs = new ArrayList<>(ar.size());
      for (int i = 0; i < ar.size(); i++) {
        pairs.add(new Pair(ar.get(i), en.get(i)));
      }
      return List.copyOf(pairs);
    } catch (IOException e) {
      throw new QantaraException("cannot read the training pairs in " + dir + ": " + e.getMessage(),
          "check that the files are readable", e);
    }
  }
}
