package org.qantara.core.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qantara.core.QantaraException;
import org.qantara.core.align.Link;

class VecalignFormatTest {
  private static final Path GOLD = Path.of("../shared/dev/tatoeba-docs/doc00.gold");

  @Test
  void writesBackTheGoldFileItRead() throws Exception {
    List<Link> links = VecalignFormat.read(GOLD);

    assertThat(links).anyMatch(l -> l.source().isEmpty()).anyMatch(l -> l.target().isEmpty());
    assertThat(VecalignFormat.toString(links, false)).isEqualTo(Files.readString(GOLD));
  }

  @Test
  void scoresRoundTripWithThreeDecimals() {
    List<Link> links =
        List.of(new Link(List.of(3), List.of(3, 4), 0.8124), new Link(List.of(4), List.of(), 0), new Link(List.of(), List.of(5), 0));

    String text = VecalignFormat.toString(links, true);

    assertThat(text).isEqualTo("[3]:[3,4]:0.812\n[4]:[]:0.000\n[]:[5]:0.000\n");
    assertThat(VecalignFormat.parse(text, "test"))
        .containsExactly(new Link(List.of(3), List.of(3, 4), 0.812), links.get(1), links.get(2));
  }

  @Test
  void toleratesBlankLinesAndSpaces() {
    List<Link> links = VecalignFormat.parse("\n[0, 1] : [0]\n   \n[2]:[1, 2]:0.5\r\n\n", "test");

    assertThat(links)
        .containsExactly(new Link(List.of(0, 1), List.of(0), 0), new Link(List.of(2), List.of(1, 2), 0.5));
  }

  @Test
  void malformedLinesAreReportedWithTheirLineNumber() {
    assertThatThrownBy(() -> VecalignFormat.parse("[0]:[0]\n\n[1]:[1\n", "links.txt"))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("links.txt:3")
        .hasMessageContaining("[1]:[1");
    assertThatThrownBy(() -> VecalignFormat.parse("[0]:[0]\n[1,3]:[1]\n", "links.txt"))
        .hasMessageContaining("links.txt:2")
        .hasMessageContaining("consecutive");
    assertThatThrownBy(() -> VecalignFormat.parse("[]:[]\n", "links.txt")).hasMessageContaining("links.txt:1");
    assertThatThrownBy(() -> VecalignFormat.parse("[0]:[0]:high\n", "links.txt")).hasMessageContaining("links.txt:1");
  }

  @Test
  void missingFileIsAUserError() {
    assertThatThrownBy(() -> VecalignFormat.read(Path.of("../shared/no-such.gold")))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("no-such.gold");
  }
}
