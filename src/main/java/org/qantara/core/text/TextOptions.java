package org.qantara.core.text;

import java.nio.charset.Charset;

/**
 * How to read an input text.
 *
 * @param encoding the file's encoding, or null for UTF-8 (with or without byte-order mark)
 * @param presegmented whether the text already holds one sentence a line
 * @param keepSetAside whether to align everything, setting nothing aside as non-content
 */
public record TextOptions(Charset encoding, boolean presegmented, boolean keepSetAside) {
  public static final TextOptions DEFAULT = new TextOptions(null, false, false);
}
