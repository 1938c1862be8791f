package org.qantara.core.text;

/**
 * A stretch of the input recognised as non-content (metadata, navigation, boilerplate, a duplicated
 * headline) and kept out of alignment. It is reported, never silently dropped, and can be taken back in.
 */
public record SetAside(int start, int end, String text, Kind kind, String reason) {
  public enum Kind {
    METADATA,
    NAVIGATION,
    RELATED_LINKS,
    PHOTO_CAPTION,
    COOKIE_OR_SUBSCRIPTION,
    COPYRIGHT,
    DUPLICATE_HEADLINE,
    OTHER_BOILERPLATE
  }

  public Span span() {
    return new Span(start, end);
  }
}
