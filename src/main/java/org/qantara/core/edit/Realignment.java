package org.qantara.core.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.qantara.core.align.Aligner;
import org.qantara.core.align.Link;
import org.qantara.core.align.OverlapVectors;
import org.qantara.core.edit.EditRefused.Reason;
import org.qantara.core.text.Document;

/**
 * Re-alignment between anchors ("realign pending" in OmegaT): locked and accepted links stay as they are,
 * and each run of other links between them is aligned again, from the sentence vectors computed for the first
 * alignment (nothing is embedded again): by a {@link StretchAligner} — the application's runs the same search and
 * word-evidence pass as a whole alignment — or by the {@link Aligner}'s search alone.
 *
 * <p>A link the aligner finds again exactly keeps its id, status and flags; the others are replaced by
 * new links of origin {@link Origin#ALIGNER} with their scores.
 */
public final class Realignment {
  private Realignment() {}

  /**
   * What aligns stretches of the documents afresh: for each stretch, its links (document sentence indices) covering
   * it exactly once, in order. The application's is the alignment pipeline's, search and word-evidence pass alike.
   */
  @FunctionalInterface
  public interface StretchAligner {
    List<List<Link>> align(List<Aligner.Stretch> stretches);
  }

  /**
   * Re-aligns every stretch of links that are neither locked nor accepted with the aligner's search alone.
   *
   * @param source overlap vectors of every source sentence (as the first alignment embedded them)
   * @param target overlap vectors of every target sentence
   */
  public static EditResult pending(
      EditableAlignment alignment, Aligner aligner, OverlapVectors source, OverlapVectors target) {
    return pending(alignment, search(alignment, aligner, source, target));
  }

  /** Re-aligns every stretch of links that are neither locked nor accepted with {@code aligner}. */
  public static EditResult pending(EditableAlignment alignment, StretchAligner aligner) {
    List<int[]> runs = new ArrayList<>();
    int k = 0;
    while (k < alignment.size()) {
      if (alignment.link(k).isAnchor()) {
        k++;
        continue;
      }
      int from = k;
      while (k < alignment.size() && !alignment.link(k).isAnchor()) {
        k++;
      }
      runs.add(new int[] {from, k});
    }
    if (runs.isEmpty()) {
      throw new EditRefused(Reason.NOTHING_TO_REALIGN, "every link is locked or accepted; nothing is left to re-align",
          "unlock or clear the status of the links to re-align");
    }
    String label = runs.size() == 1
        ? "Re-align links " + (runs.getFirst()[0] + 1) + "–" + runs.getFirst()[1]
        : "Re-align " + runs.size() + " stretches between locked and accepted links";
    return realign(alignment, aligner, runs, label);
  }

  /** Re-aligns the stretch around {@code linkId} with the aligner's search alone. */
  public static EditResult around(
      EditableAlignment alignment, long linkId, Aligner aligner, OverlapVectors source, OverlapVectors target) {
    return around(alignment, linkId, search(alignment, aligner, source, target));
  }

  /** Re-aligns the stretch of links that are neither locked nor accepted around {@code linkId}. */
  public static EditResult around(EditableAlignment alignment, long linkId, StretchAligner aligner) {
    int index = Edits.indexOf(alignment, linkId);
    if (alignment.link(index).isAnchor()) {
      throw new EditRefused(Reason.NOTHING_TO_REALIGN, "link " + (index + 1) + " is locked or accepted",
          "pick a link between locked or accepted links, or unlock it first");
    }
    int from = index;
    while (from > 0 && !alignment.link(from - 1).isAnchor()) {
      from--;
    }
    int to = index + 1;
    while (to < alignment.size() && !alignment.link(to).isAnchor()) {
      to++;
    }
    return realign(alignment, aligner, List.of(new int[] {from, to}), "Re-align links " + (from + 1) + "–" + to);
  }

  /** The aligner's search over stretches, from the sentence vectors computed for the first alignment. */
  private static StretchAligner search(
      EditableAlignment alignment, Aligner aligner, OverlapVectors source, OverlapVectors target) {
    requireVectorsOf(alignment.source(), source, "source");
    requireVectorsOf(alignment.target(), target, "target");
    return stretches -> aligner.alignStretches(
        source, target, alignment.source().weighedLengths(), alignment.target().weighedLengths(), stretches);
  }

  private static EditResult realign(
      EditableAlignment alignment, StretchAligner aligner, List<int[]> runs, String label) {
    List<Aligner.Stretch> stretches = new ArrayList<>(runs.size());
    for (int[] run : runs) {
      EditableLink first = alignment.link(run[0]);
      EditableLink last = alignment.link(run[1] - 1);
      stretches.add(new Aligner.Stretch(
          first.source().start(), last.source().end(), first.target().start(), last.target().end()));
    }
    List<List<Link>> aligned = aligner.align(stretches);

    Map<String, EditableLink> previous = new HashMap<>();
    for (int[] run : runs) {
      for (EditableLink link : alignment.links().subList(run[0], run[1])) {
        previous.put(key(link.source(), link.target()), link);
      }
    }
    List<EditableLink> links = new ArrayList<>(alignment.size());
    long nextId = alignment.nextId();
    int done = 0;
    for (int r = 0; r < runs.size(); r++) {
      links.addAll(alignment.links().subList(done, runs.get(r)[0]));
      int sourceAt = stretches.get(r).sourceFrom();
      int targetAt = stretches.get(r).targetFrom();
      for (Link link : aligned.get(r)) {
        SentenceRange s = SentenceRange.of(link.source(), sourceAt);
        SentenceRange t = SentenceRange.of(link.target(), targetAt);
        sourceAt = s.end();
        targetAt = t.end();
        EditableLink same = previous.get(key(s, t));
        links.add(same != null
            ? same
            : new EditableLink(nextId++, s, t, link.score(), Origin.ALIGNER, ReviewStatus.UNREVIEWED, false));
      }
      done = runs.get(r)[1];
    }
    links.addAll(alignment.links().subList(done, alignment.size()));
    links = Edits.placeEmptyRanges(links);
    EditableAlignment after = alignment.withLinks(links, nextId);
    EditResult result = EditResult.between(label, alignment, after, OptionalLong.empty());
    return result.rows().inserted() == 0
        ? result
        : new EditResult(label, alignment, after, result.rows(), OptionalLong.of(after.link(result.rows().from()).id()));
  }

  private static String key(SentenceRange source, SentenceRange target) {
    return source.start() + ":" + source.end() + "|" + target.start() + ":" + target.end();
  }

  private static void requireVectorsOf(Document document, OverlapVectors vectors, String side) {
    if (vectors.sentenceCount() != document.sentences().size()) {
      throw new IllegalArgumentException(side + " vectors cover " + vectors.sentenceCount() + " sentences, '"
          + document.name() + "' has " + document.sentences().size());
    }
  }
}
