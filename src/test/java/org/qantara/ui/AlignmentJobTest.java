package org.qantara.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.text.TextOptions;
import org.qantara.core.text.TextReader;

/** How the window reads the files it opens (no display needed). */
class AlignmentJobTest {
  @TempDir Path dir;

  @Test
  void eachFileIsReadInTheEncodingItsBytesFitUnlessOneIsChosen() throws Exception {
    String arabic = Files.readString(Path.of("../shared/gold/seed-001/ar.txt"));
    String english = Files.readString(Path.of("../shared/gold/seed-001/en.txt"));
    Path ar = Files.write(dir.resolve("ar.txt"), arabic.getBytes(TextReader.WINDOWS_1256));
    Path en = Files.write(dir.resolve("en.txt"), english.getBytes(StandardCharsets.UTF_8));
    Path bilingual = Files.write(dir.resolve("both.txt"), (arabic + "\n" + english).getBytes(TextReader.WINDOWS_1256));

    TextOptions found = AlignmentJob.withEncodings(List.of(ar, en), new TextOptions(null, true, false));
    assertThat(found).isEqualTo(new TextOptions(TextReader.WINDOWS_1256, StandardCharsets.UTF_8, true, false));
    // A chosen encoding is kept as chosen, the other side still found from its bytes.
    assertThat(AlignmentJob.withEncodings(List.of(ar, en), new TextOptions(TextReader.ISO_8859_6, null, false, false)))
        .isEqualTo(new TextOptions(TextReader.ISO_8859_6, StandardCharsets.UTF_8, false, false));
    // One bilingual file: one encoding for both of its texts.
    assertThat(AlignmentJob.withEncodings(List.of(bilingual), TextOptions.DEFAULT))
        .isEqualTo(new TextOptions(TextReader.WINDOWS_1256, TextReader.WINDOWS_1256, false, false));
  }
}
