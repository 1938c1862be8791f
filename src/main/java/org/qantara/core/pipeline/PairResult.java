package org.qantara.core.pipeline;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.Link;
import org.qantara.core.formats.Bitext;
import org.qantara.core.review.Flag;
import org.qantara.core.review.ReviewReport;

/**
 * One pair aligned, and reviewed when asked: the alignment, the review (null when none was asked for) and
 * how the pair reads as exchange units and as a line of a batch report.
 */
public record PairResult(String id, AlignedDocuments alignment, ReviewReport review) {

  /** Every link as an exchange unit (with the review's flags when reviewed), in document order. */
  public Bitext bitext() {
    return review == null ? Bitext.of(id, alignment) : Bitext.of(id, review);
  }

  /** The pair's line in a batch report. */
  public PairSummary summary(double seconds) {
    List<Link> links = alignment.links();
    int[] histogram = new int[PairSummary.HISTOGRAM_BINS];
    double sum = 0;
    double min = Double.NaN;
    int scored = 0;
    for (Link link : links) {
      if (link.isOneSided()) {
        continue;
      }
      sum += link.score();
      min = scored == 0 ? link.score() : Math.min(min, link.score());
      histogram[PairSummary.bin(link.score())]++;
      scored++;
    }
    int oneSided = (int) links.stream().filter(Link::isOneSided).count();
    Map<Flag.Type, Integer> flags = new EnumMap<>(Flag.Type.class);
    int critical = 0;
    if (review != null) {
      for (Flag flag : review.flags()) {
        flags.merge(flag.type(), 1, Integer::sum);
        critical += flag.severity() == Flag.Severity.CRITICAL ? 1 : 0;
      }
    }
    return new PairSummary(id, PairSummary.State.DONE, null, alignment.source().sentences().size(),
        alignment.target().sentences().size(), links.size(), oneSided, scored == 0 ? Double.NaN : sum / scored, min,
        histogram, review == null ? null : review.verdict().kind().name(),
        review == null ? Double.NaN : review.verdict().weakShare(), flags, critical, seconds);
  }
}
