package org.qantara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
  @TempDir Path dir;

  @Test
  void alignsAFolderThenFindsItUpToDate() {
    Path out = dir.resolve("out");
    CliRunner first = CliRunner.run("batch", "../shared/dev/tatoeba-docs", "--presegmented", "-f", "tsv", "-o", out.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("10 pair(s): 10 aligned, 0 up to date, 0 failed");
    assertThat(first.err()).contains("[10/10] ", "doc09: aligned"); // pairs finish in any order, two at a time
    assertThat(out.resolve("doc03.tsv")).isRegularFile();

    CliRunner again = CliRunner.run("batch", "../shared/dev/tatoeba-docs", "--presegmented", "-f", "tsv", "-o", out.toString());
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("0 aligned, 10 up to date");
  }

  @Test
  void aFailedPairIsNamedWithItsFixAndTheExitCodeSaysSo() throws IOException {
    Path manifest = Files.writeString(dir.resolve("pairs.tsv"),
        Path.of("../shared/dev/tatoeba-docs/doc00.ar").toAbsolutePath() + "\t"
            + Path.of("../shared/dev/tatoeba-docs/doc00.en").toAbsolutePath() + "\nnowhere.ar\tnowhere.en\n");
    CliRunner r = CliRunner.run("batch", manifest.toString(), "--presegmented", "-o", dir.resolve("out").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.out()).contains("2 pair(s): 1 aligned, 0 up to date, 1 failed");
    assertThat(r.err()).contains("qantara: nowhere: ").contains("nowhere.ar").doesNotContain("Exception");
  }

  @Test
  void missingPairsAndUnknownFormatAreClearErrors() {
    CliRunner missing = CliRunner.run("batch", dir.resolve("no-such").toString(), "-o", dir.resolve("out").toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(missing.err()).contains("does not exist").doesNotContain("Exception");
    CliRunner format = CliRunner.run("batch", "../shared/dev/tatoeba-docs", "-f", "xml", "-o", dir.toString());
    assertThat(format.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(format.err()).contains("'xml' is not a format; use one of text, tsv, json, vecalign");
  }
}
