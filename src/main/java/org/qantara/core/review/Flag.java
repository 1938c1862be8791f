package org.qantara.core.review;

import java.util.List;
import org.qantara.core.text.Span;

/**
 * One review finding. {@code linkIndex} is the index of the link in the alignment it belongs to;
 * spans are character offsets into the original source / target document texts.
 */
public record Flag(
    Type type,
    Severity severity,
    double confidence,
    int linkIndex,
    List<Span> sourceSpans,
    List<Span> targetSpans,
    String reason) {

  public enum Type {
    OMISSION,
    PARTIAL_OMISSION,
    ADDITION,
    NUMBER,
    NAME,
    NEGATION,
    LOW_SIMILARITY,
    UNTRANSLATED
  }

  /** MQM-style severity. */
  public enum Severity {
    CRITICAL,
    MAJOR,
    MINOR
  }

  public Flag {
    sourceSpans = List.copyOf(sourceSpans);
    targetSpans = List.copyOf(targetSpans);
  }
}
