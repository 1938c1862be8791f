package org.qantara.core.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.qantara.core.Problem;
import org.qantara.core.QantaraException;

/**
 * Reads a text file strictly: UTF-8 unless told otherwise, and every byte must decode. A wrongly
 * decoded Arabic file would silently align garbage, so anything doubtful is refused with a message
 * that says where the problem is and what to do about it.
 */
public final class TextReader {
  public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  public static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  /** More than this share of control bytes (other than tab, line breaks and form feed) means binary data. */
  private static final double MAX_CONTROL_SHARE = 0.01;
  /** Share of non-ASCII bytes decoding to Arabic letters above which an invalid UTF-8 file looks like 8-bit Arabic. */
  private static final double MIN_ARABIC_SHARE_OF_HIGH_BYTES = 0.5;

  private TextReader() {}

  /** Reads {@code file} as UTF-8 (a leading byte-order mark is dropped), or in {@code encodingOrNull} when given. */
  public static String read(Path file, Charset encodingOrNull) {
    return decode(file.toString(), readBytes(file), encodingOrNull);
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
    refuseBinary(file, bytes);
    int skip = 0;
    if (Arrays.equals(bytes, 0, Math.min(bytes.length, UTF8_BOM.length), UTF8_BOM, 0, UTF8_BOM.length)) {
      if (!encoding.equals(StandardCharsets.UTF_8)) {
        throw new QantaraException(new Problem.BadEncoding(file, 0,
            file + " starts with a UTF-8 byte-order mark but was to be read as " + encoding.name(),
            "leave out --encoding so that it is read as UTF-8"));
      }
      skip = UTF8_BOM.length;
    }
    String text = decode(file, bytes, skip, encoding);
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
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new QantaraException(new Problem.InputUnreadable(file.toString(),
          "cannot read " + file + ": " + e.getMessage(), "check that the file is readable by you"), e);
    }
  }

  private static void refuseBinary(String file, byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      throw new QantaraException(new Problem.BadEncoding(file, 0, file + " is encoded as UTF-16",
          "save it as UTF-8 (or windows-1256) and try again"));
    }
    int controls = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new QantaraException(new Problem.BadEncoding(file, i,
            file + " looks binary: NUL byte at offset " + i + " (line " + lineAt(bytes, i) + ")",
            "give a plain-text file; if it is a word-processor or PDF file, export it as plain text (UTF-8) first"));
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        controls++;
      }
    }
    if (controls > MAX_CONTROL_SHARE * bytes.length) {
      throw new QantaraException(new Problem.BadEncoding(file, 0,
          file + " looks binary: " + controls + " of its " + bytes.length + " bytes are control characters",
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
          fixFor(bytes, encoding)));
    }
    return out.flip().toString();
  }

  private static String fixFor(byte[] bytes, Charset failed) {
    if (!failed.equals(WINDOWS_1256) && looksLike8BitArabic(bytes)) {
      return "the bytes look like 8-bit Arabic: try --encoding windows-1256 (or --encoding ISO-8859-6)";
    }
    return "check the file's encoding: re-save it as UTF-8, or name its encoding with --encoding";
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
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
