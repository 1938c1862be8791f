package org.qantara.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.qantara.core.io.CacheFolder;

class ThemeTest {

  @Test
  void theArabicFontComesFromTheCacheFolderWithoutATemporaryCopyThatAKilledWindowWouldLeaveBehind() throws IOException {
    Instant start = Instant.now().minusSeconds(1);

    Font font = Theme.loadArabic();

    assertThat(font.canDisplayUpTo("قنطرة ١٤٤٦")).isEqualTo(-1);
    Path cached = CacheFolder.root().resolve("fonts").resolve("Amiri-Regular.ttf");
    assertThat(Files.size(cached))
        .isEqualTo(Theme.class.getResource(Theme.ARABIC_FONT).openConnection().getContentLengthLong());
    assertThat(fontCopiesInTheTemporaryFolderSince(start)).isEmpty();

    // A damaged copy (cut short by a kill mid-write under an older version, say) is replaced, not read.
    Files.write(cached, new byte[] {0, 1, 0, 0});
    assertThat(Theme.loadArabic().canDisplayUpTo("قنطرة")).isEqualTo(-1);
    assertThat(Files.size(cached)).isGreaterThan(100_000);
  }

  /** Java 2D names the copies it makes of fonts given as streams "+~JF….tmp". */
  private static List<Path> fontCopiesInTheTemporaryFolderSince(Instant start) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(f -> f.getFileName().toString().startsWith("+~JF")).filter(f -> {
        try {
          return Files.getLastModifiedTime(f).compareTo(FileTime.from(start)) >= 0;
        } catch (IOException gone) {
          return false;
        }
      }).toList();
    }
  }
}
