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
 *     type, the texts of its link's sentences and its evidence (text and place in the document). An edit
 *     elsewhere leaves it unchanged, and a review that finds the same thing again gives the same
 *     fingerprint, so a person's {@link FlagDecision} keyed by it still applies
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

  static String fingerprint(
      Flag.Type type, EditableLink link, Document source, Document target, List<Span> sourceSpans,
      List<Span> targetSpans) {
    MessageDigest digest = Sha256.newDigest();
    add(digest, type.name());
    addSentences(digest, source, link.source());
    addSentences(digest, target, link.target());
    addEvidence(digest, source, sourceSpans);
    addEvidence(digest, target, targetSpans);
    return HexFormat.of().formatHex(digest.digest()).substring(0, FINGERPRINT_LENGTH);
  }

  private static void addSentences(MessageDigest digest, Document document, SentenceRange range) {
    for (Sentence sentence : document.sentences().subList(range.start(), range.end())) {
      add(digest, sentence.text());
    }
    add(digest, "");
  }

  /**
   * The evidence by text and place: two findings of one kind on one link differ by where they point (the
   * same figure twice in a sentence). Only a sentence text edit moves text; it moves the evidence after it
   * and gives those flags the fingerprints a review would now give them, with their decisions
   * ({@link Edits#editText}).
   */
  private static void addEvidence(MessageDigest digest, Document document, List<Span> spans) {
    for (Span span : spans) {
      add(digest, span.start() + ":" + span.end());
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
