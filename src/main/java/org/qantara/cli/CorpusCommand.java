package org.qantara.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.qantara.core.corpus.Corpus;
import org.qantara.core.corpus.CorpusStats;
import org.qantara.core.formats.Bitext;
import org.qantara.core.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = "A searchable bilingual corpus of aligned documents (see also 'qantara search').",
    subcommands = {CorpusCommand.Add.class, CorpusCommand.Remove.class, CorpusCommand.Stats.class, CorpusCommand.Export.class})
final class CorpusCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw Subcommands.missing(spec);
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Add aligned documents: projects, JSON alignments, TMX files or folders of them. A document added again replaces its earlier version.")
  static final class Add implements Runnable {
    @Mixin AlignedInputs inputs;
    @Mixin CorpusOption corpus;
    @Mixin ModelOption model;
    @Spec CommandSpec spec;

    @Override
    public void run() {
      List<Bitext> bitexts =
          inputs.read("add", "name projects, JSON alignments, TMX files or folders, or use --vecalign");
      PrintWriter out = spec.commandLine().getOut();
      try (Session session = model.openSession(); Corpus opened = corpus.open(session.embedder())) {
        opened.addAll(bitexts);
        for (Bitext bitext : bitexts) {
          out.printf("added %s: %d link(s)%n", bitext.id(), bitext.units().size());
        }
        CorpusStats stats = opened.stats();
        out.printf("%s: %d document(s), %d distinct pair(s)%n", opened.path(), stats.documents(), stats.pairs());
      }
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a document's pairs from the corpus.")
  static final class Remove implements Runnable {
    @Parameters(paramLabel = "DOC", description = "The document id (as 'corpus stats' lists it).")
    String document;

    @Mixin CorpusOption corpus;
    @Mixin ModelOption model;
    @Spec CommandSpec spec;

    @Override
    public void run() {
      // Pairs the document shares with others are rewritten with their vectors: the model is needed.
      try (Session session = model.openSession(); Corpus opened = corpus.open(session.embedder())) {
        int pairs = opened.remove(document);
        spec.commandLine().getOut().printf("removed %s (%d pair(s) touched)%n", document, pairs);
      }
    }
  }

  @Command(name = "stats", mixinStandardHelpOptions = true, description = "What the corpus holds: documents, pairs, model.")
  static final class Stats implements Runnable {
    @Mixin CorpusOption corpus;
    @Spec CommandSpec spec;

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      try (Corpus opened = corpus.openReadOnly(null)) {
        CorpusStats stats = opened.stats();
        out.printf("corpus:      %s%n", opened.path());
        out.printf("model:       %s%n", stats.modelId() == null ? "(none yet)" : stats.modelId());
        out.printf("schema:      %d%n", stats.schemaVersion());
        out.printf("documents:   %d%n", stats.documents());
        out.printf("pairs:       %d distinct, %d with repeats%n", stats.pairs(), stats.occurrences());
        for (Map.Entry<String, Long> document : stats.pairsPerDocument().entrySet()) {
          out.printf("  %-40s %d pair(s)%n", document.getKey(), document.getValue());
        }
      }
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Export the corpus, or the pairs matching a query, as TMX, XLIFF, Moses, JSONL or TSV.")
  static final class Export implements Runnable {
    @Parameters(paramLabel = "QUERY", arity = "0..1", description = "Only pairs matching this search query.")
    String query;

    @Mixin ExportTarget target;
    @Mixin CorpusOption corpus;
    @Mixin FilterOptions filter;
    @Spec CommandSpec spec;

    @Override
    public void run() {
      target.requireExchangeFormat("corpus export");
      try (Corpus opened = corpus.openReadOnly(null)) {
        target.write(opened.bitexts(query, filter.toFilter()), spec.commandLine().getOut(), spec.commandLine().getErr());
      }
    }
  }
}
