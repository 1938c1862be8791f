package org.qantara.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.QantaraException;

class TextReaderTest {
  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  @Test
  void readsEverySeedAsUtf8ExactlyAsStored() {
    for (Path seed : Seeds.ALL) {
      assertThat(TextReader.read(seed, null)).isEqualTo(Seeds.text(seed));
    }
  }

  @Test
  void dropsAUtf8ByteOrderMark() throws IOException {
    String arabic = Seeds.text(Seeds.GOLD_AR);
    Path withBom = write("bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, arabic.getBytes(StandardCharsets.UTF_8)));
    assertThat(TextReader.read(withBom, null)).isEqualTo(arabic);
    assertThat(TextReader.read(withBom, StandardCharsets.UTF_8)).isEqualTo(arabic);
  }

  @Test
  void detectsEachFilesOwnEncoding() throws IOException {
    String arabic = Seeds.text(Seeds.GOLD_AR);
    String english = Seeds.text(Seeds.GOLD_EN) + "\nThe minister\u2019s \u201cplan\u201d, d\u00e9j\u00e0 vu.\n";
    Path arabic1256 = write("ar-1256.txt", arabic.getBytes(TextReader.WINDOWS_1256));
    Path arabicUtf8 = write("ar-utf8.txt", arabic.getBytes(StandardCharsets.UTF_8));
    Path englishUtf8 = write("en-utf8.txt", english.getBytes(StandardCharsets.UTF_8));
    Path english1252 = write("en-1252.txt", english.getBytes(TextReader.WINDOWS_1252));
    Path englishUtf16 = write("en-utf16.txt", english.getBytes(StandardCharsets.UTF_16));
    Path ascii = write("en-ascii.txt", "Plain ASCII text.\n".getBytes(StandardCharsets.US_ASCII));

    assertThat(TextReader.detectEncoding(arabic1256, Lang.AR)).isEqualTo(TextReader.WINDOWS_1256);
    assertThat(TextReader.detectEncoding(arabicUtf8, Lang.AR)).isEqualTo(StandardCharsets.UTF_8);
    assertThat(TextReader.detectEncoding(englishUtf8, Lang.EN)).isEqualTo(StandardCharsets.UTF_8);
    assertThat(TextReader.detectEncoding(english1252, Lang.EN)).isEqualTo(TextReader.WINDOWS_1252);
    assertThat(TextReader.detectEncoding(englishUtf16, Lang.EN)).isEqualTo(StandardCharsets.UTF_16);
    assertThat(TextReader.detectEncoding(ascii, Lang.EN)).isEqualTo(StandardCharsets.UTF_8);
    // Read as detected, each file gives back its text exactly.
    assertThat(TextReader.read(arabic1256, TextReader.detectEncoding(arabic1256, Lang.AR))).isEqualTo(arabic);
    assertThat(TextReader.read(english1252, TextReader.detectEncoding(english1252, Lang.EN))).isEqualTo(english);
    assertThat(TextReader.read(englishUtf16, TextReader.detectEncoding(englishUtf16, Lang.EN))).isEqualTo(english);
    // An 8-bit Arabic file given as the English one is still read as Arabic, so the language check names the swap.
    assertThat(TextReader.detectEncoding(arabic1256, Lang.EN)).isEqualTo(TextReader.WINDOWS_1256);
    // A Latin-1 file given as the Arabic one is left to UTF-8, whose reading says where the problem is.
    Path broken = write("ar-latin1.txt", "caf\u00e9 cr\u00e8me\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(TextReader.detectEncoding(broken, Lang.AR)).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void readsWindows1256AndIso88596WhenAsked() throws IOException {
    String arabic = Seeds.text(Seeds.GOLD_AR);
    Path cp1256 = write("ar-1256.txt", arabic.getBytes(TextReader.WINDOWS_1256));
    assertThat(TextReader.read(cp1256, TextReader.WINDOWS_1256)).isEqualTo(arabic);

    // ISO-8859-6 has no « » and fewer letters than windows-1256: take the first gold line, which it covers.
    String firstLine = Seeds.lines(Seeds.GOLD_AR).getFirst();
    assertThat(TextReader.ISO_8859_6.newEncoder().canEncode(firstLine)).isTrue();
    Path iso = write("ar-iso.txt", firstLine.getBytes(TextReader.ISO_8859_6));
    assertThat(TextReader.read(iso, TextReader.ISO_8859_6)).isEqualTo(firstLine);
  }

  @Test
  void refusesAMissingFile() {
    Path missing = dir.resolve("nowhere.txt");
    assertThatThrownBy(() -> TextReader.read(missing, null))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("file not found")
        .hasMessageContaining("nowhere.txt")
        .hasMessageContaining("check the path");
  }

  @Test
  void refusesADirectory() {
    assertThatThrownBy(() -> TextReader.read(dir, null))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("is a directory")
        .hasMessageContaining("give the path of a text file");
  }

  @Test
  void refusesEmptyAndWhitespaceOnlyFiles() throws IOException {
    Path empty = write("empty.txt", new byte[0]);
    assertThatThrownBy(() -> TextReader.read(empty, null)).hasMessageContaining("is empty").hasMessageContaining("give a file");
    Path blank = write("blank.txt", " \n\t\r\n\u00A0 \n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> TextReader.read(blank, null)).hasMessageContaining("only whitespace").hasMessageContaining("give a file");
  }

  @Test
  void refusesBinaryInput() throws IOException {
    Path withNul = write("data.bin", "text\nmore\0rest".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> TextReader.read(withNul, null))
        .hasMessageContaining("looks binary")
        .hasMessageContaining("NUL byte at offset 9 (line 2)")
        .hasMessageContaining("export it as plain text");
    byte[] controls = new byte[200];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    Path controlHeavy = write("controls.bin", controls);
    assertThatThrownBy(() -> TextReader.read(controlHeavy, null)).hasMessageContaining("control characters");
    Path utf16 = write("utf16.txt", "\uFEFFhello".getBytes(StandardCharsets.UTF_16LE));
    assertThatThrownBy(() -> TextReader.read(utf16, null)).hasMessageContaining("UTF-16")
        .hasMessageContaining("--encoding UTF-16").hasMessageContaining("save it as UTF-8");
  }

  @Test
  void pointsAt8BitArabicReadAsUtf8AndSuggestsWindows1256() throws IOException {
    String arabic = "first line\nsecond line\n" + Seeds.lines(Seeds.GOLD_AR).getFirst();
    Path cp1256 = write("ar-1256.txt", arabic.getBytes(TextReader.WINDOWS_1256));
    int firstArabicByte = "first line\nsecond line\n".length();
    assertThatThrownBy(() -> TextReader.read(cp1256, null))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("not valid UTF-8")
        .hasMessageContaining("offset " + firstArabicByte + " (line 3)")
        .hasMessageContaining("--encoding windows-1256");
  }

  @Test
  void givesAGeneralFixForOtherInvalidBytes() throws IOException {
    Path latin1 = write("latin1.txt", "Caf\u00E9 cr\u00E8me \u00E0 la carte.".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> TextReader.read(latin1, null))
        .hasMessageContaining("not valid UTF-8")
        .hasMessageContaining("offset 3 (line 1)")
        .hasMessageContaining("re-save it as UTF-8")
        .hasMessageNotContaining("windows-1256");
  }

  /** Issue 8 item 10: one damaged byte in a UTF-8 file is named for repair, not taken for windows-1256. */
  @Test
  void aBadByteInAnOtherwiseUtf8FileIsNamedForRepairNotTakenForAnotherEncoding() throws IOException {
    byte[] arabic = Seeds.text(Seeds.GOLD_AR).getBytes(StandardCharsets.UTF_8);
    int lineTwo = Seeds.lines(Seeds.GOLD_AR).getFirst().getBytes(StandardCharsets.UTF_8).length + 1;
    String start = Seeds.lines(Seeds.GOLD_AR).get(1).substring(0, 4);
    int offset = lineTwo + start.getBytes(StandardCharsets.UTF_8).length;
    arabic[offset] = (byte) 0xFF; // one byte of line 2 damaged, as a faulty copy leaves it
    Path damaged = write("damaged.txt", arabic);

    assertThatThrownBy(() -> TextReader.read(damaged, null))
        .hasMessageContaining("not valid UTF-8: byte 0xFF at offset " + offset + " (line 2)")
        .hasMessageContaining("the rest of the file is UTF-8")
        .hasMessageContaining("repair line 2, column 5")
        .hasMessageNotContaining("windows-1256");
  }

  /** Issue 8 item 10: a failure as ISO-8859-6 points to windows-1256, never to ISO-8859-6 again. */
  @Test
  void aFailureAsIso88596DoesNotSuggestIso88596Again() throws IOException {
    Path cp1256 = write("ar-1256.txt", Seeds.text(Seeds.GOLD_AR).getBytes(TextReader.WINDOWS_1256));

    assertThatThrownBy(() -> TextReader.read(cp1256, TextReader.ISO_8859_6))
        .hasMessageContaining("not valid ISO-8859-6")
        .satisfies(e -> assertThat(((QantaraException) e).problem().fix())
            .contains("windows-1256").doesNotContain("ISO-8859-6"));
  }

  /** Issue 8 item 10: one encoding for both files would garble a UTF-8 English file silently; it is refused. */
  @Test
  void aUtf8FileToBeReadAsWindows1256IsRefusedRatherThanGarbled() throws IOException {
    Path english = write("en.txt", "He said \u201cno\u201d at the caf\u00e9.\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> TextReader.read(english, TextReader.WINDOWS_1256))
        .hasMessageContaining("en.txt is UTF-8")
        .hasMessageContaining("but was to be read as windows-1256")
        .hasMessageContaining("--en-encoding");
    assertThat(TextReader.read(english, null)).isEqualTo("He said \u201cno\u201d at the caf\u00e9.\n");
  }

  @Test
  void utf16IsReadWhenNamedAndStillCheckedForBinaryContent() throws IOException {
    String arabic = Seeds.text(Seeds.GOLD_AR);
    Path utf16 = write("utf16.txt", ("\uFEFF" + arabic).getBytes(StandardCharsets.UTF_16LE));
    assertThat(TextReader.read(utf16, StandardCharsets.UTF_16)).isEqualTo(arabic);
    assertThat(TextReader.read(utf16, StandardCharsets.UTF_16LE)).isEqualTo(arabic);
    Path withNul = write("nul16.txt", "text\nmore\0rest".getBytes(StandardCharsets.UTF_16BE));
    assertThatThrownBy(() -> TextReader.read(withNul, StandardCharsets.UTF_16))
        .hasMessageContaining("looks binary: NUL character at offset 9 (line 2)");
  }

  @Test
  void refusesBytesOutsideTheChosenEightBitEncoding() throws IOException {
    // 0xA1 is not assigned in ISO-8859-6.
    Path file = write("bad-iso.txt", new byte[] {'a', 'b', '\n', (byte) 0xA1, 'c'});
    assertThatThrownBy(() -> TextReader.read(file, TextReader.ISO_8859_6))
        .hasMessageContaining("not valid ISO-8859-6")
        .hasMessageContaining("0xA1 at offset 3 (line 2)");
  }

  @Test
  void refusesAUtf8ByteOrderMarkWithAnotherEncoding() throws IOException {
    Path withBom = write("bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "نص".getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> TextReader.read(withBom, TextReader.WINDOWS_1256))
        .hasMessageContaining("UTF-8 byte-order mark")
        .hasMessageContaining("leave out --encoding");
  }
}
