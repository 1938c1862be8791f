package org.qantara.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import org.qantara.core.text.Span;

/**
 * A paragraph broken into lines at a given width, laid out by Java 2D's {@link TextLayout}: shaped, in
 * Unicode bidirectional order with the paragraph's base direction (so digits and Latin names inside Arabic
 * stand where an Arabic reader expects them), right-aligned for right-to-left text, evidence spans on a
 * highlight background. The same layout measures a row's height and paints its cell, so they agree.
 */
final class WrappedText {
  /** Antialiased, integer metrics: what the cells paint with, so measuring and painting break lines alike. */
  static final FontRenderContext CONTEXT = new FontRenderContext(null, true, false);

  private final List<TextLayout> lines;
  private final boolean rightToLeft;
  private final float width;

  private WrappedText(List<TextLayout> lines, boolean rightToLeft, float width) {
    this.lines = lines;
    this.rightToLeft = rightToLeft;
    this.width = width;
  }

  static WrappedText layout(
      String text, Font font, boolean rightToLeft, List<Span> highlights, Color highlight,
      FontRenderContext frc, float width) {
    if (text.isEmpty()) {
      return new WrappedText(List.of(), rightToLeft, width);
    }
    AttributedString attributed = new AttributedString(text);
    attributed.addAttribute(TextAttribute.FONT, font);
    attributed.addAttribute(
        TextAttribute.RUN_DIRECTION, rightToLeft ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
    for (Span span : highlights) {
      int end = Math.min(span.end(), text.length());
      if (span.start() < end) {
        attributed.addAttribute(TextAttribute.BACKGROUND, highlight, span.start(), end);
        attributed.addAttribute(TextAttribute.UNDERLINE, TextAttribute.UNDERLINE_LOW_ONE_PIXEL, span.start(), end);
      }
    }
    AttributedCharacterIterator characters = attributed.getIterator();
    LineBreakMeasurer measurer = new LineBreakMeasurer(characters, frc);
    List<TextLayout> lines = new ArrayList<>();
    float wrap = Math.max(width, 20);
    while (measurer.getPosition() < characters.getEndIndex()) {
      lines.add(measurer.nextLayout(wrap));
    }
    return new WrappedText(lines, rightToLeft, width);
  }

  float height() {
    float height = 0;
    for (TextLayout line : lines) {
      height += line.getAscent() + line.getDescent() + line.getLeading();
    }
    return height;
  }

  void paint(Graphics2D g, float x, float y, Color foreground) {
    g.setColor(foreground);
    float baseline = y;
    for (TextLayout line : lines) {
      baseline += line.getAscent();
      // A right-to-left line keeps its trailing space on its left end, so its full advance is right-aligned.
      float left = rightToLeft ? x + width - line.getAdvance() : x;
      line.draw(g, left, baseline);
      baseline += line.getDescent() + line.getLeading();
    }
  }
}
