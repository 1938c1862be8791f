package org.qantara.core.formats;

/**
 * Control characters from an input shown, not obeyed: written raw to a terminal, an escape sequence from a
 * file ({@code ESC [2J}) would clear the screen or retitle the window. C0 controls become their Unicode
 * control pictures (␛, ␇, ␀), DEL ␡, C1 controls {@code \x9b}-style; tab, line feed and carriage return
 * are left to each format, which lays out or escapes them.
 */
public final class VisibleControls {
  private VisibleControls() {}

  public static String show(String text) {
    int first = firstControl(text);
    if (first < 0) {
      return text;
    }
    StringBuilder shown = new StringBuilder(text.length() + 8).append(text, 0, first);
    for (int k = first; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        shown.append((char) (0x2400 + c));
      } else if (c == 0x7f) {
        shown.append('\u2421');
      } else if (c >= 0x80 && c <= 0x9f) {
        shown.append(String.format("\\x%02x", (int) c));
      } else {
        shown.append(c);
      }
    }
    return shown.toString();
  }

  private static int firstControl(String text) {
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
        return k;
      }
    }
    return -1;
  }
}
