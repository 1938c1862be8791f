package org.qantara.core.text;

import java.nio.charset.Charset;

/**
 * How to read an input text.
 *
 * @param arabicEncoding the Arabic file's encoding (also a bilingual file's), or null for UTF-8 (with or without
 *     byte-order mark)
 * @param englishEncoding the English file's encoding, or null for UTF-8: an Arabic file saved as windows-1256 is
 *     often paired with an English one in UTF-8 or ASCII
 * @param presegmented whether the text already holds one sentence a line
 * @param keepSetAside whether to align everything, setting nothing aside as non-content
 */
public record TextOptions(Charset arabicEncoding, Charset englishEncoding, boolean presegmented, boolean keepSetAside) {
  public static final TextOptions DEFAULT = new TextOptions(null, false, false);

  /** Both texts in {@code encoding} (null: UTF-8). */
  public TextOptions(Charset encoding, boolean presegmented, boolean keepSetAside) {
    this(encoding, encoding, presegmented, keepSetAside);
  }

  /** The encoding of the text in {@code language}, or null for UTF-8. */
  public Charset encodingOf(Lang language) {
    return language == Lang.AR ? arabicEncoding : englishEncoding;
  }

  /** These options with {@code encoding} for both texts (a batch manifest's row that names one). */
  public TextOptions withEncoding(Charset encoding) {
    return new TextOptions(encoding, presegmented, keepSetAside);
  }
}
