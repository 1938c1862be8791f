package org.qantara.core.formats;

import java.util.ArrayList;
import java.util.List;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.align.Link;
import org.qantara.core.edit.EditableAlignment;
import org.qantara.core.edit.EditableLink;
import org.qantara.core.edit.LinkFlag;
import org.qantara.core.edit.ReviewStatus;
import org.qantara.core.review.Flag;
import org.qantara.core.review.ReviewReport;
import org.qantara.core.text.Document;
import org.qantara.core.text.Lang;
import org.qantara.core.text.Sentence;

/**
 * One aligned document pair as a list of {@link BitextUnit}s: what every export format writes, what the
 * importers produce and what the corpus indexes.
 *
 * @param id the document's id (unique within a corpus)
 * @param modelId the embedding model that aligned it, or null where unknown (a TMX from another tool)
 */
public record Bitext(String id, String modelId, List<BitextUnit> units) {
  public Bitext {
    units = List.copyOf(units);
  }

  /** An alignment without a review: no flags, every link unreviewed. */
  public static Bitext of(String id, AlignedDocuments aligned) {
    return of(id, aligned, List.of());
  }

  /** A reviewed alignment: each link carries its flags. */
  public static Bitext of(String id, ReviewReport report) {
    return of(id, report.alignment(), report.flags());
  }

  /**
   * An alignment a person has edited: each link with its review status and the flags nobody dismissed;
   * a link a person made has no score (NaN).
   */
  public static Bitext of(String id, EditableAlignment alignment, String modelId) {
    List<BitextUnit> units = new ArrayList<>(alignment.size());
    List<LinkFlag> open = alignment.openFlags();
    for (int k = 0; k < alignment.size(); k++) {
      EditableLink link = alignment.link(k);
      int position = k;
      List<Flag> flags = open.stream().filter(f -> f.linkId() == link.id())
          .map(f -> new Flag(f.type(), f.severity(), f.confidence(), position, f.sourceSpans(), f.targetSpans(), f.reason()))
          .toList();
      units.add(new BitextUnit(
          id, k, link.source().indices(), link.target().indices(),
          LinkTexts.of(alignment.source(), link.source().indices()),
          LinkTexts.of(alignment.target(), link.target().indices()),
          link.score(), flags, link.status()));
    }
    return new Bitext(id, modelId, units);
  }

  private static Bitext of(String id, AlignedDocuments aligned, List<Flag> flags) {
    List<BitextUnit> units = new ArrayList<>(aligned.links().size());
    for (int k = 0; k < aligned.links().size(); k++) {
      Link link = aligned.links().get(k);
      int position = k;
      units.add(new BitextUnit(
          id, k, link.source(), link.target(),
          LinkTexts.of(aligned.source(), link.source()), LinkTexts.of(aligned.target(), link.target()),
          link.score(), flags.stream().filter(f -> f.linkIndex() == position).toList(), ReviewStatus.UNREVIEWED));
    }
    return new Bitext(id, aligned.modelId(), units);
  }

  /**
   * The units as an alignment the reviewer and the aligner's tools accept: each unit's side becomes one
   * sentence (a joined 2-1 link is one sentence here) and each unit one link, 1-1, 1-0 or 0-1.
   */
  public AlignedDocuments toAlignment() {
    StringBuilder arabic = new StringBuilder();
    StringBuilder english = new StringBuilder();
    List<Sentence> arabicSentences = new ArrayList<>();
    List<Sentence> englishSentences = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    for (BitextUnit unit : units) {
      List<Integer> source = addSentence(unit.arabic(), unit.source().isEmpty(), arabic, arabicSentences);
      List<Integer> target = addSentence(unit.english(), unit.target().isEmpty(), english, englishSentences);
      if (!source.isEmpty() || !target.isEmpty()) {
        links.add(new Link(source, target, unit.score()));
      }
    }
    Document source = new Document(id + " [ar]", Lang.AR, arabic.toString(), arabicSentences, List.of());
    Document target = new Document(id + " [en]", Lang.EN, english.toString(), englishSentences, List.of());
    return new AlignedDocuments(source, target, links, modelId == null ? "" : modelId, AlignerParams.defaults());
  }

  private static List<Integer> addSentence(String text, boolean absent, StringBuilder original, List<Sentence> sentences) {
    if (absent || text.isEmpty()) {
      return List.of();
    }
    if (!original.isEmpty()) {
      original.append('\n');
    }
    int start = original.length();
    original.append(text);
    sentences.add(new Sentence(sentences.size(), text, start, original.length()));
    return List.of(sentences.size() - 1);
  }
}
