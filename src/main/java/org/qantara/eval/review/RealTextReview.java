package org.qantara.eval.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.Link;
import org.qantara.core.embed.Embedder;
import org.qantara.core.pipeline.AlignmentPipeline;
import org.qantara.core.pipeline.DocumentPair;
import org.qantara.core.review.Flag;
import org.qantara.core.review.ReviewOptions;
import org.qantara.core.review.ReviewReport;
import org.qantara.core.review.Reviewer;
import org.qantara.core.text.TextOptions;

/**
 * False alarms on clean real translations: every {@code NAME.ar} / {@code NAME.en} pair of a folder (faithful
 * published translations, see {@code corpora/realtext/README.md}) is aligned and reviewed as a user would
 * (nothing set aside, the sentence segmenter on), and every flag counts as a false alarm. Reported per 100
 * links, by type and severity, with the share of sentences left in one-sided links.
 */
public final class RealTextReview {

  /** Flags and links of one reviewed pair. */
  public record PairResult(String name, int links, int sentences, int sentencesOneSided, ReviewReport report) {
    public List<Flag> flags() {
      return report.flags();
    }
  }

  /** All pairs of a folder. */
  public record Result(List<PairResult> pairs) {
    public int links() {
      return pairs.stream().mapToInt(PairResult::links).sum();
    }

    public List<Flag> flags() {
      return pairs.stream().flatMap(p -> p.flags().stream()).toList();
    }

    /** Share of all sentences (both sides) that sit in a 1-0 or 0-1 link. */
    public double oneSidedShare() {
      return (double) pairs.stream().mapToInt(PairResult::sentencesOneSided).sum()
          / pairs.stream().mapToInt(PairResult::sentences).sum();
    }

    /** Flags per 100 links, by type and severity: all of them false alarms on this clean set. */
    public FlagRates rates() {
      return FlagRates.of(links(), flags());
    }
  }

  private RealTextReview() {}

  public static Result run(Path folder, Embedder embedder, AlignmentPipeline pipeline, ReviewOptions options) {
    List<PairResult> pairs = new ArrayList<>();
    for (Path arabic : arabicFiles(folder)) {
      String name = arabic.getFileName().toString().replaceFirst("\\.ar$", "");
      DocumentPair pair = DocumentPair.load(arabic, folder.resolve(name + ".en"), new TextOptions(null, false, true));
      AlignedDocuments aligned = pipeline.align(pair.source(), pair.target());
      ReviewReport report = Reviewer.review(aligned, embedder, options);
      int oneSided = aligned.links().stream().filter(Link::isOneSided)
          .mapToInt(l -> l.source().size() + l.target().size()).sum();
      pairs.add(new PairResult(name, aligned.links().size(),
          pair.source().sentences().size() + pair.target().sentences().size(), oneSided, report));
    }
    return new Result(pairs);
  }

  private static List<Path> arabicFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".ar")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
