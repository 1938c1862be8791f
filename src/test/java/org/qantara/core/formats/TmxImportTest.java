package org.qantara.core.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.QantaraException;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.Link;
import org.qantara.core.edit.ReviewStatus;

class TmxImportTest {
  private static final Path OTHER_TOOL = Path.of("src/test/resources/tmx/other-tool.tmx");

  @TempDir Path dir;

  @Test
  void tmxFromAnotherToolImportsWithInlineMarkupFlattened() {
    TmxReader.Result result = TmxReader.read(OTHER_TOOL);

    assertThat(result.skippedUnits()).isEqualTo(1);
    assertThat(result.modelId()).isNull();
    List<BitextUnit> units = result.units();
    assertThat(units).extracting(BitextUnit::arabic).containsExactly(
        "وقال الوزير إن القاعدة ستغلق خلال  أيام.",
        "انسحبت القوات من مطار القامشلي صباح الأحد.",
        "الطقس حار اليوم");
    assertThat(units).extracting(BitextUnit::english).containsExactly(
        "The minister said the base would close within  days.",
        "The troops withdrew from Qamishli Airport on Sunday morning.",
        "The weather is hot today");
    assertThat(units).allSatisfy(unit -> {
      assertThat(unit.document()).isEqualTo("other-tool");
      assertThat(unit.state()).isEqualTo(ReviewStatus.UNREVIEWED);
      assertThat(unit.type().toString()).isEqualTo("1-1");
    });
    assertThat(units).extracting(BitextUnit::position).containsExactly(0, 1, 3);
  }

  @Test
  void importedPairsBecomeAnAlignmentTheReviewerTakes() {
    Bitext bitext = TmxReader.read(OTHER_TOOL).bitexts().get(0);
    AlignedDocuments aligned = bitext.toAlignment();

    assertThat(aligned.source().sentences()).hasSize(3);
    assertThat(aligned.links()).containsExactly(
        new Link(List.of(0), List.of(0), 0), new Link(List.of(1), List.of(1), 0), new Link(List.of(2), List.of(2), 0));
    assertThat(aligned.source().sentences().get(1).span().of(aligned.source().original()))
        .isEqualTo("انسحبت القوات من مطار القامشلي صباح الأحد.");
    assertThat(Bitext.of("x", aligned).units()).extracting(BitextUnit::english)
        .containsExactlyElementsOf(bitext.units().stream().map(BitextUnit::english).toList());
  }

  @Test
  void externalEntitiesAreRefused() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP SECRET");
    Path tmx = dir.resolve("xxe.tmx");
    Files.writeString(tmx, "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"ar\"><seg>&xxe;</seg></tuv>"
        + "<tuv xml:lang=\"en\"><seg>x</seg></tuv></tu></body></tmx>\n");

    assertThatThrownBy(() -> TmxReader.read(tmx))
        .isInstanceOf(QantaraException.class)
        .hasMessageContaining("xxe.tmx is not well-formed TMX")
        .hasMessageNotContaining("TOP SECRET");
  }

  @Test
  void entityExpansionBombsAreRefused() throws Exception {
    StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n<!ENTITY a \"aaaaaaaaaa\">\n");
    for (char c = 'b'; c <= 'k'; c++) {
      String previous = String.valueOf((char) (c - 1));
      bomb.append("<!ENTITY ").append(c).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">\n");
    }
    bomb.append("]>\n<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"ar\"><seg>&k;</seg></tuv>"
        + "<tuv xml:lang=\"en\"><seg>x</seg></tuv></tu></body></tmx>\n");
    Path tmx = dir.resolve("bomb.tmx");
    Files.writeString(tmx, bomb);

    assertThatThrownBy(() -> TmxReader.read(tmx)).isInstanceOf(QantaraException.class)
        .hasMessageContaining("bomb.tmx is not well-formed TMX");
  }

  @Test
  void aBrokenFileGetsOneLineNamingWhere() throws Exception {
    Path tmx = dir.resolve("cut.tmx");
    Files.writeString(tmx, "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"ar\"><seg>نص");
    assertThatThrownBy(() -> TmxReader.read(tmx)).isInstanceOf(QantaraException.class)
        .hasMessageMatching("(?s)[^\\n]*cut.tmx is not well-formed TMX \\(line 2, column \\d+\\)[^\\n]*");
  }

  @Test
  void vecalignAlignmentImportsWithItsSentenceFiles() throws Exception {
    Path ar = dir.resolve("d.ar");
    Path en = dir.resolve("d.en");
    Path align = dir.resolve("d.vecalign");
    Files.writeString(ar, "جملة أولى.\nجملة ثانية.\nجملة ثالثة.\n");
    Files.writeString(en, "First sentence.\nSecond sentence, and\nthird.\n");
    Files.writeString(align, "[0]:[0]:0.9\n[1,2]:[1,2]:0.75\n");

    Bitext bitext = Imports.vecalign(align, ar, en);

    assertThat(bitext.id()).isEqualTo("d");
    assertThat(bitext.units()).extracting(BitextUnit::arabic).containsExactly("جملة أولى.", "جملة ثانية. جملة ثالثة.");
    assertThat(bitext.units()).extracting(BitextUnit::english).containsExactly("First sentence.", "Second sentence, and third.");
    assertThat(bitext.units().get(1).type().toString()).isEqualTo("2-2");
    assertThat(bitext.units().get(1).score()).isEqualTo(0.75);

    Files.writeString(align, "[0]:[0]\n[1,2,3]:[1]\n");
    assertThatThrownBy(() -> Imports.vecalign(align, ar, en)).isInstanceOf(QantaraException.class)
        .hasMessageContaining("links sentence 3 but d.ar has 3 lines");
  }
}
