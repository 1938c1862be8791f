package org.qantara.core.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.qantara.core.Problem;
import org.qantara.core.QantaraException;
import org.qantara.core.io.FileBytes;

/**
 * Reads a text file strictly: UTF-8 unless told otherwise, and every byte must decode. A wrongly
 * decoded Arabic file would silently align garbage, so anything doubtful is refused with a message
 * that says where the problem is and what to do about it.
 */
public final class TextReader {
  public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  public static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  /** More than this share of control bytes (other than tab, line breaks and form feed) means binary data. */
  private static final double MAX_CONTROL_SHARE = 0.01;
  /** Share of non-ASCII bytes decoding to Arabic letters above which an invalid UTF-8 file looks like 8-bit Arabic. */
  private static final double MIN_ARABIC_SHARE_OF_HIGH_BYTES = 0.5;

  private TextReader() {}

  /** The encoding of this name (e.g. "windows-1256"), or empty where Java knows none: the caller says where it was named. */
  public static Optional<Charset> encodingNamed(String name) {
    try {
      return Optional.of(Charset.forName(name.strip()));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  /** Reads {@code file} as UTF-8 (a leading byte-order mark is dropped), or in {@code encodingOrNull} when given. */
  public static String read(Path file, Charset encodingOrNull) {
    return decode(file.toString(), readBytes(file), encodingOrNull);
  }

  /**
   * The encoding {@code file}'s bytes fit, for a reader that was not told one (the window, where a person opens
   * files without naming encodings): UTF-16 when it starts with that byte-order mark; UTF-8 when every byte fits it
   * (plain ASCII included); windows-1256 when the bytes look like 8-bit Arabic — whatever side the file was meant
   * for, so that swapped files still meet the language check instead of decoding to Latin garbage; windows-1252 for
   * the English text when its bytes decode in it. Otherwise UTF-8, so that {@link #read} then says what is wrong.
   */
  public static Charset detectEncoding(Path file, Lang expected) {
    byte[] bytes = readBytes(file);
    if (startsWithUtf16Mark(bytes)) {
      return StandardCharsets.UTF_16;
    }
    if (utf8Census(bytes)[1] == 0) {
      return StandardCharsets.UTF_8;
    }
    if (looksLike8BitArabic(bytes)) {
      return WINDOWS_1256;
    }
    if (expected == Lang.EN && decodes(bytes, WINDOWS_1252)) {
      return WINDOWS_1252;
    }
    return StandardCharsets.UTF_8;
  }

  private static boolean decodes(byte[] bytes, Charset encoding) {
    try {
      strictDecoder(encoding).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * Decodes the bytes of a text that did not come from a file (standard input, an upload) as strictly as
   * {@link #read} does; {@code file} names it in messages.
   */
  public static String decode(String file, byte[] bytes, Charset encodingOrNull) {
    Charset encoding = encodingOrNull == null ? StandardCharsets.UTF_8 : encodingOrNull;
    if (bytes.length == 0) {
      throw new QantaraException(new Problem.InputEmpty(file, file + " is empty (0 bytes)",
          "give a file that contains the text to align"));
    }
    // UTF-16 and UTF-32 spell ASCII with NUL bytes: their text is checked for binary content once decoded.
    boolean wide = encoding.name().startsWith("UTF-16") || encoding.name().startsWith("UTF-32");
    if (!wide) {
      refuseUtf16(file, bytes);
      refuseBinary(file, new String(bytes, StandardCharsets.ISO_8859_1), "byte");
    }
    int skip = 0;
    if (Arrays.equals(bytes, 0, Math.min(bytes.length, UTF8_BOM.length), UTF8_BOM, 0, UTF8_BOM.length)) {
      if (!encoding.equals(StandardCharsets.UTF_8)) {
        throw new QantaraException(new Problem.BadEncoding(file, 0,
            file + " starts with a UTF-8 byte-order mark but was to be read as " + encoding.name(),
            "leave out --encoding so that it is read as UTF-8"));
      }
      skip = UTF8_BOM.length;
    }
    if (!wide && !encoding.equals(StandardCharsets.UTF_8) && isUtf8WithNonAscii(bytes)) {
      // Every byte means something in windows-1256, so a UTF-8 file read that way would turn to garbage silently.
      throw new QantaraException(new Problem.BadEncoding(file, 0,
          file + " is UTF-8 (its non-ASCII characters are in UTF-8 form) but was to be read as " + encoding.name(),
          "read it as UTF-8: name the encoding only for the other file (--ar-encoding or --en-encoding) "
              + "instead of --encoding for both"));
    }
    String text = decode(file, bytes, skip, encoding);
    if (wide) {
      refuseBinary(file, text, "character");
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.chars().allMatch(c -> TextLines.isSpace((char) c))) {
      throw new QantaraException(new Problem.InputEmpty(file, file + " holds only whitespace",
          "give a file that contains the text to align"));
    }
    return text;
  }

  private static byte[] readBytes(Path file) {
    if (Files.isDirectory(file)) {
      throw new QantaraException(new Problem.InputUnreadable(file.toString(),
          file + " is a directory, not a text file", "give the path of a text file inside it"));
    }
    if (!Files.exists(file)) {
      throw new QantaraException(new Problem.InputUnreadable(file.toString(),
          "file not found: " + file.toAbsolutePath().normalize(), "check the path and the current directory"));
    }
    try {
      // Read once, to the end: a pipe or a process substitution (<(cat FILE)) cannot be read twice.
      return FileBytes.read(file);
    } catch (IOException e) {
      throw new QantaraException(new Problem.InputUnreadable(file.toString(),
          "cannot read " + file + ": " + e.getMessage(), "check that the file is readable by you"), e);
    }
  }

  private static boolean startsWithUtf16Mark(byte[] bytes) {
    return bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
  }

  private static void refuseUtf16(String file, byte[] bytes) {
    if (startsWithUtf16Mark(bytes)) {
      throw new QantaraException(new Problem.BadEncoding(file, 0, file + " is encoded as UTF-16",
          "read it with --encoding UTF-16 (--ar-encoding or --en-encoding for one file), or save it as UTF-8"));
    }
  }

  /**
   * Refuses binary data: a NUL, or too many control characters. {@code units} holds the bytes one a char
   * ({@code unit} "byte") or the decoded text of a UTF-16 or UTF-32 file ({@code unit} "character").
   */
  private static void refuseBinary(String file, String units, String unit) {
    int controls = 0;
    for (int i = 0; i < units.length(); i++) {
      char c = units.charAt(i);
      if (c == 0) {
        throw new QantaraException(new Problem.BadEncoding(file, i,
            file + " looks binary: NUL " + unit + " at offset " + i + " (line " + lineAt(units, i) + ")",
            "give a plain-text file; if it is a word-processor or PDF file, export it as plain text (UTF-8) first"));
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        controls++;
      }
    }
    if (controls > MAX_CONTROL_SHARE * units.length()) {
      throw new QantaraException(new Problem.BadEncoding(file, 0,
          file + " looks binary: " + controls + " of its " + units.length() + " " + unit + "s are control characters",
          "give a plain-text file; if it is a word-processor or PDF file, export it as plain text (UTF-8) first"));
    }
  }

  private static String decode(String file, byte[] bytes, int skip, Charset encoding) {
    CharsetDecoder decoder = strictDecoder(encoding);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      throw new QantaraException(new Problem.BadEncoding(file, offset,
          file + " is not valid " + encoding.name() + ": byte 0x" + String.format("%02X", bytes[offset] & 0xFF)
              + " at offset " + offset + " (line " + lineAt(bytes, offset) + ") cannot be decoded",
          fixFor(bytes, offset, encoding)));
    }
    return out.flip().toString();
  }

  /**
   * What to do about a byte that does not decode in {@code failed}: repair it when the rest of the file is
   * UTF-8 (a damaged byte, not another encoding), else the encoding the bytes fit, never the one that failed.
   */
  private static String fixFor(byte[] bytes, int offset, Charset failed) {
    if (failed.equals(StandardCharsets.UTF_8) && isMostlyUtf8(bytes)) {
      int lineStart = offset;
      while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
        lineStart--;
      }
      String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
      return "the rest of the file is UTF-8, so this byte is damage rather than another encoding: repair line "
          + lineAt(bytes, offset) + ", column " + (before.codePointCount(0, before.length()) + 1) + " (delete or "
          + "retype the character there) and keep the file in UTF-8";
    }
    if (!failed.equals(StandardCharsets.UTF_8) && isUtf8WithNonAscii(bytes)) {
      return "the file is UTF-8: read it as UTF-8 (leave out the encoding option for this file)";
    }
    if (!failed.equals(WINDOWS_1256) && looksLike8BitArabic(bytes)) {
      return "the bytes look like 8-bit Arabic: try windows-1256 (--encoding windows-1256 for both files, "
          + "--ar-encoding windows-1256 for the Arabic file alone)";
    }
    return "check the file's encoding: re-save it as UTF-8, or name its encoding with --encoding (--ar-encoding or "
        + "--en-encoding for one file)";
  }

  /** Valid UTF-8 throughout, with at least one character beyond ASCII. */
  private static boolean isUtf8WithNonAscii(byte[] bytes) {
    int[] census = utf8Census(bytes);
    return census[0] > 0 && census[1] == 0;
  }

  /** Many more valid multi-byte UTF-8 characters than bytes that fit no UTF-8 character. */
  private static boolean isMostlyUtf8(byte[] bytes) {
    int[] census = utf8Census(bytes);
    return census[0] > 0 && census[0] >= 2 * census[1];
  }

  /**
   * Counts the valid multi-byte UTF-8 characters and the bytes that start none. Real 8-bit Arabic text
   * (windows-1256, ISO-8859-6) almost never forms a valid multi-byte sequence: its letters follow each other,
   * and a letter byte is never a UTF-8 continuation byte.
   */
  private static int[] utf8Census(byte[] bytes) {
    int valid = 0;
    int invalid = 0;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int continuation = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2
          : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
      boolean ok = continuation >= 0 && i + continuation < bytes.length;
      for (int k = 1; ok && k <= continuation; k++) {
        ok = (bytes[i + k] & 0xC0) == 0x80;
      }
      if (!ok) {
        invalid++;
        i++;
      } else {
        valid += continuation > 0 ? 1 : 0;
        i += continuation + 1;
      }
    }
    return new int[] {valid, invalid};
  }

  /** Whether the file decodes cleanly as windows-1256 and most of its non-ASCII bytes then become Arabic letters. */
  private static boolean looksLike8BitArabic(byte[] bytes) {
    String decoded;
    try {
      decoded = strictDecoder(WINDOWS_1256).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return false;
    }
    long high = decoded.chars().filter(c -> c >= 0x80).count();
    long arabic = decoded.chars().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC && Character.isLetter(c)).count();
    return high > 0 && arabic >= MIN_ARABIC_SHARE_OF_HIGH_BYTES * high;
  }

  private static CharsetDecoder strictDecoder(Charset encoding) {
    return encoding
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** 1-based line of a byte offset; the line feed byte means the same in every encoding read here. */
  private static int lineAt(byte[] bytes, int offset) {
    return lineAt(new String(bytes, 0, offset, StandardCharsets.ISO_8859_1), offset);
  }

  private static int lineAt(CharSequence units, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (units.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
