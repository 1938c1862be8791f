package org.qantara.cli;

import java.nio.file.Path;
import org.qantara.core.corpus.Corpus;
import org.qantara.core.embed.Embedder;
import picocli.CommandLine.Option;

/** Which corpus folder a command works on: {@code --corpus DIR}, else the default under the user's data home. */
final class CorpusOption {
  @Option(names = {"-c", "--corpus"}, paramLabel = "DIR",
      description = "The corpus folder (default: $QANTARA_HOME/corpus, else $XDG_DATA_HOME/qantara/corpus or ~/.local/share/qantara/corpus).")
  Path dir;

  Path dir() {
    return dir != null ? dir : Corpus.defaultLocation();
  }

  /** @param embedder null for work that needs no vectors (keyword search, statistics) */
  Corpus open(Embedder embedder) {
    return Corpus.open(dir(), embedder);
  }

  /** An existing corpus, for searching and reading only (no lock: works beside a process adding to it). */
  Corpus openReadOnly(Embedder embedder) {
    return Corpus.openReadOnly(dir(), embedder);
  }
}
