package org.qantara.core.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The shared seed corpus and gold files, reached as CI lays them out: ../shared beside the repository. */
final class Seeds {
  static final Path SEEDS = Path.of("../shared/corpora/seeds");
  static final Path S000 = SEEDS.resolve("000_e7fe8f05ef32d9d0.txt");
  static final Path S001 = SEEDS.resolve("001_cf1290a72f3a51aa.txt");
  static final Path S002 = SEEDS.resolve("002_4f50d30e0741fa47.txt");
  static final Path S003 = SEEDS.resolve("003_136573a2288a97b2.txt");
  static final Path S004 = SEEDS.resolve("004_f7073c6b32d1ead5.txt");
  static final List<Path> ALL = List.of(S000, S001, S002, S003, S004);
  static final Path GOLD_AR = Path.of("../shared/gold/seed-001/ar.txt");
  static final Path GOLD_EN = Path.of("../shared/gold/seed-001/en.txt");
  static final Path TATOEBA_AR = Path.of("../shared/dev/tatoeba-ara-eng/dev.ar");
  static final Path TATOEBA_EN = Path.of("../shared/dev/tatoeba-ara-eng/dev.en");

  private Seeds() {}

  static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The non-blank lines of a gold file, trimmed. */
  static List<String> lines(Path file) {
    return text(file).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }
}
