package org.qantara.core.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qantara.core.align.Link;
import org.qantara.core.embed.Vectors;
import org.qantara.core.text.Document;
import org.qantara.core.text.Sentence;
import org.qantara.core.text.Span;

/**
 * Sentences without a counterpart: one-sided links (OMISSION, ADDITION, UNTRANSLATED), an Arabic sentence
 * left alone beside an English one left alone (one LOW_SIMILARITY finding), and sentences riding along
 * inside a 1-2 / 2-1 link. Where the alignment cannot tell the sentence from its neighbour, the finding
 * names both, the likelier first.
 */
final class SentencePlacement {
  /**
   * A sentence riding along in a 1-2 / 2-1 link is reported when it is less similar to the other side
   * than the average unrelated pair. Stricter than {@link Background#UNRELATED_Z}: one short sentence alone
   * scores lower than a link, and on the benchmark z < 1 here doubled the false alarms for a few more finds.
   */
  static final double INSIDE_LINK_Z = 0.0;
  /**
   * A neighbour's partner that fits a sentence left alone within this many standard deviations of
   * unrelated pairs of its own sentence makes the place of the omission or addition open.
   */
  static final double AMBIGUOUS_PLACE_Z = 1.0;

  private final ReviewedDocuments docs;
  private final Background background;
  private final ReviewOptions options;
  private final List<Flag> flags;

  SentencePlacement(ReviewedDocuments docs, Background background, ReviewOptions options, List<Flag> flags) {
    this.docs = docs;
    this.background = background;
    this.options = options;
    this.flags = flags;
  }

  /**
   * Whether links k and k+1 are an Arabic sentence left alone next to an English one left alone (1-0
   * beside 0-1): the English sits where the Arabic's rendering should be but does not render it. That
   * is one finding, meaning far from the source, not an omission plus an unrelated addition.
   */
  boolean isUnmatchedPair(int k) {
    List<Link> links = docs.links;
    if (k < 0 || k + 1 >= links.size()) {
      return false;
    }
    Link a = links.get(k);
    Link b = links.get(k + 1);
    boolean opposite = a.source().isEmpty() ? b.target().isEmpty() && !b.source().isEmpty()
        : a.target().isEmpty() && b.source().isEmpty() && !b.target().isEmpty();
    return a.isOneSided() && b.isOneSided() && opposite
        && !Reviewer.isMostlyArabic(docs.targetWordsOf(a.source().isEmpty() ? a : b));
  }

  void reviewUnmatchedPair(int k, WordAligner aligner, DocumentNames names) {
    Link a = docs.links.get(k);
    Link b = docs.links.get(k + 1);
    Link sourceOnly = a.target().isEmpty() ? a : b;
    Link targetOnly = a.target().isEmpty() ? b : a;
    flags.add(new Flag(Flag.Type.LOW_SIMILARITY, Flag.Severity.MAJOR, 0.6, k,
        ReviewedDocuments.spansOf(docs.source, sourceOnly.source()),
        ReviewedDocuments.spansOf(docs.target, targetOnly.target()),
        "the English \"" + Reviewer.excerpt(ReviewedDocuments.joined(docs.target, targetOnly.target()))
            + "\" stands where the Arabic \"" + Reviewer.excerpt(ReviewedDocuments.joined(docs.source, sourceOnly.source()))
            + "\" is, but does not render it"));
    // A name the English put in place of the Arabic one is often what pushed the two apart: the
    // static model weighs a name heavily in a short sentence. Say so where the names tell.
    Link pair = new Link(sourceOnly.source(), targetOnly.target(), Double.NaN);
    WordAligner.Side src = docs.sourceSide(pair.source());
    WordAligner.Side tgt = docs.targetSide(pair.target());
    List<WordLink> wordLinks = aligner.align(src, tgt);
    new LinkChecks(k, docs.source.original(), docs.target.original(), src.words(), tgt.words(),
        new Coverage(src.words(), tgt.words(), wordLinks), flags)
        .names(names.knownNames(), names.englishNames(), names.midSentenceCapitals(), wordLinks,
            docs.targetSentenceStarts(pair), false);
  }

  void reviewOneSided(int k, Link link) {
    if (link.target().isEmpty()) {
      for (int s : link.source()) {
        flags.add(oneSidedFlag(Flag.Type.OMISSION, k, s, oneSidedConfidence(docs.sourceVectors[s], docs.targetVectors),
            "Arabic sentence " + (s + 1) + " has no counterpart in the English: \""
                + Reviewer.excerpt(docs.source.sentences().get(s).text()) + "\""));
      }
      return;
    }
    for (int t : link.target()) {
      Sentence sentence = docs.target.sentences().get(t);
      List<Word> words = docs.targetWords.get(t);
      if (Reviewer.isMostlyArabic(words)) {
        flags.add(new Flag(Flag.Type.UNTRANSLATED, Flag.Severity.MAJOR, 0.95, k, List.of(), List.of(sentence.span()),
            "English sentence " + (t + 1) + " is Arabic text left untranslated"));
        continue;
      }
      flags.add(oneSidedFlag(Flag.Type.ADDITION, k, t, oneSidedConfidence(docs.targetVectors[t], docs.sourceVectors),
          "English sentence " + (t + 1) + " has no counterpart in the Arabic: \"" + Reviewer.excerpt(sentence.text())
              + "\""));
    }
  }

  /**
   * An OMISSION of Arabic sentence {@code sentence} or an ADDITION of English sentence {@code sentence}
   * found at link k. Where the alignment cannot tell that sentence from its neighbour, the flag names
   * both, the likelier one first: the one whose neighbour's partner fits the other sentence better word
   * for word (the word alignment sees the detail that one sentence vector blurs).
   */
  private Flag oneSidedFlag(Flag.Type type, int k, int sentence, double confidence, String reason) {
    return oneSidedFlag(type, Flag.Severity.MAJOR, k, sentence, confidence, reason);
  }

  private Flag oneSidedFlag(Flag.Type type, Flag.Severity severity, int k, int sentence, double confidence,
      String reason) {
    boolean arabic = type == Flag.Type.OMISSION;
    Document document = arabic ? docs.source : docs.target;
    List<Span> spans = new ArrayList<>(List.of(document.sentences().get(sentence).span()));
    Neighbour twin = interchangeableNeighbour(k, sentence, arabic);
    if (twin != null) {
      String side = arabic ? "Arabic" : "English";
      String other = arabic ? "English" : "Arabic";
      int partner = twin.partner() + 1;
      if (wordFit(sentence, twin.partner(), arabic) > wordFit(twin.sentence(), twin.partner(), arabic)) {
        spans.add(0, document.sentences().get(twin.sentence()).span());
        reason += " — more likely " + side + " sentence " + (twin.sentence() + 1) + ": " + other + " sentence "
            + partner + " fits both about as well, and matches sentence " + (sentence + 1) + " better word for word";
      } else {
        spans.add(document.sentences().get(twin.sentence()).span());
        reason += " — or " + side + " sentence " + (twin.sentence() + 1) + ": " + other + " sentence " + partner
            + " fits both about as well";
      }
    }
    return new Flag(type, severity, confidence, k, arabic ? spans : List.of(), arabic ? List.of() : spans,
        reason);
  }

  /** A sentence of a 1-1 link next to a lone one, and its partner on the other side. */
  private record Neighbour(int sentence, int partner) {}

  /** Share of the content words of both sentences that the word alignment accounts for. */
  private double wordFit(int sentence, int partner, boolean sourceSide) {
    int s = sourceSide ? sentence : partner;
    int t = sourceSide ? partner : sentence;
    WordAligner.Side src = docs.sourceSide(List.of(s));
    WordAligner.Side tgt = docs.targetSide(List.of(t));
    Coverage c = new Coverage(src.words(), tgt.words(), new WordAligner(options.minWordSimilarity()).align(src, tgt));
    double a = Double.isNaN(c.sourceShare()) ? 0 : c.sourceShare();
    double b = Double.isNaN(c.targetShare()) ? 0 : c.targetShare();
    return (a + b) / 2;
  }

  /**
   * Where a sentence left alone sits next to a 1-1 link whose partner it would fit about as well as
   * that link's own sentence does, the alignment could as well have left the neighbour alone: near-
   * identical sentences (a repeated statement, a list of similar items) leave the place of an omission
   * or addition open. Returns that neighbour, or null when the choice is clear.
   */
  private Neighbour interchangeableNeighbour(int k, int sentence, boolean sourceSide) {
    if (!background.isKnown()) {
      return null;
    }
    Neighbour best = null;
    double bestGap = AMBIGUOUS_PLACE_Z;
    for (int neighbourLink : new int[] {k - 1, k + 1}) {
      if (neighbourLink < 0 || neighbourLink >= docs.links.size()) {
        continue;
      }
      Link n = docs.links.get(neighbourLink);
      if (n.source().size() != 1 || n.target().size() != 1) {
        continue;
      }
      int mine = sourceSide ? n.source().get(0) : n.target().get(0);
      if (Math.abs(mine - sentence) != 1) {
        continue;
      }
      double own = Vectors.dot(docs.sourceVectors[n.source().get(0)], docs.targetVectors[n.target().get(0)]);
      double swapped = sourceSide ? Vectors.dot(docs.sourceVectors[sentence], docs.targetVectors[n.target().get(0)])
          : Vectors.dot(docs.sourceVectors[n.source().get(0)], docs.targetVectors[sentence]);
      double gap = (own - swapped) / background.sd();
      if (gap < bestGap) {
        bestGap = gap;
        best = new Neighbour(mine, sourceSide ? n.target().get(0) : n.source().get(0));
      }
    }
    return best;
  }

  /** A sentence left alone is surer to be an omission / addition the less it resembles any sentence opposite. */
  private double oneSidedConfidence(float[] vector, float[][] opposite) {
    double best = Double.NEGATIVE_INFINITY;
    for (float[] o : opposite) {
      best = Math.max(best, Vectors.dot(vector, o));
    }
    return Background.confidenceBelowWeak(background.zScore(best));
  }

  /**
   * In a 1-2 or 2-1 link, one sentence may ride along without belonging: an inserted sentence merged
   * with its neighbour, or an omitted one merged likewise. A sentence that is no closer to the other
   * side of its link than unrelated pairs are is reported on its own.
   */
  void reviewSentencesInsideLink(int k, Link link) {
    if (!background.isKnown()) {
      return;
    }
    // Dropping a sentence says something only against one whole sentence opposite: in a 2-2 link each
    // side's sentences share the other side between them.
    boolean oneOpposite = link.source().size() == 1 || link.target().size() == 1;
    if (link.target().size() > 1) {
      Map<Integer, Flag.Severity> riders = riders(Vectors.sum(docs.sourceVectors, link.source()),
          docs.targetVectors, link.target(), oneOpposite);
      for (int t : riders.keySet()) {
        if (!Reviewer.isMostlyArabic(docs.targetWords.get(t))) {
          Sentence sentence = docs.target.sentences().get(t);
          flags.add(oneSidedFlag(Flag.Type.ADDITION, riders.get(t), k, t, 0.6,
              "English sentence " + (t + 1) + " does not render anything in the Arabic it is aligned with: \""
                  + Reviewer.excerpt(sentence.text()) + "\""));
        }
      }
    }
    if (link.source().size() > 1) {
      Map<Integer, Flag.Severity> riders = riders(Vectors.sum(docs.targetVectors, link.target()),
          docs.sourceVectors, link.source(), oneOpposite);
      for (int s : riders.keySet()) {
        Sentence sentence = docs.source.sentences().get(s);
        flags.add(oneSidedFlag(Flag.Type.OMISSION, riders.get(s), k, s, 0.6,
            "Arabic sentence " + (s + 1) + " is not rendered in the English it is aligned with: \""
                + Reviewer.excerpt(sentence.text()) + "\""));
      }
    }
  }

  /**
   * The sentences of a multi-sentence side that add nothing to their link: each one no closer to the
   * other side than unrelated pairs are, and the one whose removal brings the link closest if the link
   * is at least as close without it. A genuine split carries part of the meaning in every sentence, so
   * dropping any part lowers the similarity; a sentence merged in because the alignment had nowhere
   * better to put it (an omission, an addition) does not.
   */
  private Map<Integer, Flag.Severity> riders(float[] otherSide, float[][] vectors, List<Integer> members,
      boolean tryDropping) {
    List<Integer> riders = new ArrayList<>();
    List<Integer> notDiluting = new ArrayList<>();
    double whole = Vectors.cosine(otherSide, Vectors.sum(vectors, members));
    int mostDiluting = -1;
    double bestWithout = whole;
    for (int member : members) {
      if (background.zScore(Vectors.cosine(otherSide, vectors[member])) < INSIDE_LINK_Z) {
        riders.add(member);
      }
      double without = Vectors.cosine(otherSide,
          Vectors.sum(vectors, members.stream().filter(i -> i != member).toList()));
      if (without >= whole) {
        notDiluting.add(member);
      }
      if (without >= bestWithout) {
        bestWithout = without;
        mostDiluting = member;
      }
    }
    if (tryDropping && mostDiluting >= 0 && !riders.contains(mostDiluting)) {
      riders.add(mostDiluting);
    }
    if (riders.size() >= members.size()) {
      return Map.of();
    }
    // Both tests agree (unrelated alone, and the link no closer with it): a clear addition or omission.
    // One alone is also what a sentence split off a long rendering looks like to a sentence vector.
    Map<Integer, Flag.Severity> severities = new LinkedHashMap<>();
    for (int rider : riders) {
      boolean clear = notDiluting.contains(rider)
          && background.zScore(Vectors.cosine(otherSide, vectors[rider])) < INSIDE_LINK_Z;
      severities.put(rider, clear ? Flag.Severity.MAJOR : Flag.Severity.MINOR);
    }
    return severities;
  }

}
