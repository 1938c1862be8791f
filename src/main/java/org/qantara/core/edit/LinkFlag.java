package org.qantara.core.edit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.qantara.core.io.Sha256;
import org.qantara.core.review.Flag;
import org.qantara.core.text.Document;
import org.qantara.core.text.Sentence;
import org.qantara.core.text.Span;

/**
 * A review flag attached to a link by the link's id rather than its position, so that it survives edits
 * elsewhere in the alignment.
 *
 * @param fingerprint what the flag is about, independent of the link's position in the alignment: its
 *     type, the texts of its link's sentences and its evidence (text and place in the link's text). An edit
 *     elsewhere — a sentence rewritten before it included — leaves it unchanged, and a review that finds the
 *     same thing again gives the same fingerprint, so a person's {@link FlagDecision} keyed by it still applies
 * @param linkId the id of the link the flag belongs to
 * @param sourceSpans evidence, character offsets into the original source text
 * @param targetSpans evidence, character offsets into the original target text
 */
public record LinkFlag(
    String fingerprint,
    long linkId,
    Flag.Type type,
    Flag.Severity severity,
    double confidence,
    List<Span> sourceSpans,
    List<Span> targetSpans,
    String reason) {

  /** Hex digits kept of the SHA-256: 128 bits, no collision among any document's flags. */
  private static final int FINGERPRINT_LENGTH = 32;

  public LinkFlag {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(severity, "severity");
    sourceSpans = List.copyOf(sourceSpans);
    targetSpans = List.copyOf(targetSpans);
  }

  /** The reviewer's {@code flag}, found on {@code link} of the two documents. */
  public static LinkFlag of(Flag flag, EditableLink link, Document source, Document target) {
    return new LinkFlag(
        fingerprint(flag.type(), link, source, target, flag.sourceSpans(), flag.targetSpans()),
        link.id(), flag.type(), flag.severity(), flag.confidence(), flag.sourceSpans(), flag.targetSpans(),
        flag.reason());
  }

  /** This flag with the fingerprint it has on {@code link} of the two documents (projects before version 4 kept another). */
  LinkFlag refingerprinted(EditableLink link, Document source, Document target) {
    return new LinkFlag(fingerprint(type, link, source, target, sourceSpans, targetSpans), linkId, type, severity,
        confidence, sourceSpans, targetSpans, reason);
  }

  /** This flag with its evidence moved along its documents' texts: its link's text moved there, unchanged. */
  LinkFlag movedBy(int sourceDelta, int targetDelta) {
    return new LinkFlag(fingerprint, linkId, type, severity, confidence, moved(sourceSpans, sourceDelta),
        moved(targetSpans, targetDelta), reason);
  }

  private static List<Span> moved(List<Span> spans, int delta) {
    return delta == 0 ? spans : spans.stream().map(s -> new Span(s.start() + delta, s.end() + delta)).toList();
  }

  static String fingerprint(
      Flag.Type type, EditableLink link, Document source, Document target, List<Span> sourceSpans,
      List<Span> targetSpans) {
    MessageDigest digest = Sha256.newDigest();
    add(digest, type.name());
    addSentences(digest, source, link.source());
    addSentences(digest, target, link.target());
    addEvidence(digest, source, link.source(), sourceSpans);
    addEvidence(digest, target, link.target(), targetSpans);
    return HexFormat.of().formatHex(digest.digest()).substring(0, FINGERPRINT_LENGTH);
  }

  /**
   * Where the text of {@code range} starts in its document: evidence places are counted from there. An empty
   * range (a 1-0 link's English side, whose evidence may be the English sentence beside it) starts where the
   * sentence after it starts, so that it too moves with an edit before it.
   */
  static int textStart(Document document, SentenceRange range) {
    return range.start() < document.sentences().size() ? document.sentences().get(range.start()).start()
        : document.original().length();
  }

  private static void addSentences(MessageDigest digest, Document document, SentenceRange range) {
    for (Sentence sentence : document.sentences().subList(range.start(), range.end())) {
      add(digest, sentence.text());
    }
    add(digest, "");
  }

  /**
   * The evidence by text and place: two findings of one kind on one link differ by where they point (the
   * same figure twice in a sentence). The place is counted from the start of the link's text, so a sentence
   * text edit before the link, which moves the evidence along the document ({@link Edits#editText}), leaves
   * the fingerprint — and the decision keyed by it — as it was.
   */
  private static void addEvidence(MessageDigest digest, Document document, SentenceRange range, List<Span> spans) {
    int from = textStart(document, range);
    for (Span span : spans) {
      add(digest, (span.start() - from) + ":" + (span.end() - from));
      add(digest, span.of(document.original()));
    }
    add(digest, "");
  }

  /** Each piece ends with a separator that no text contains, so that pieces cannot run into each other. */
  private static void add(MessageDigest digest, String piece) {
    digest.update(piece.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }
}
