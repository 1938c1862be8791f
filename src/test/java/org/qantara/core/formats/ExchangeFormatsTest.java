package org.qantara.core.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.QantaraException;
import org.qantara.core.align.Link;
import org.qantara.core.edit.ReviewStatus;
import org.qantara.core.review.Flag;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

class ExchangeFormatsTest {
  private static final Path SEED = Path.of("../shared/gold/seed-001");
  private static final Path TMX_DTD = Path.of("../shared/specs/tmx14.dtd");
  /** Everything an exchange file must survive: XML specials, bidi controls, C0 controls, line breaks. */
  private static final String TORTURE_AR = "\u202Bقال: «x < y && z > w» ]]> \u200Fنعم\u202C\u0001\u0008";
  private static final String TORTURE_EN = "He said \"a]]>b\" & <tag> 'q'\nnext line\u2028sep\u000Bvt\u0085nel\u001F";

  @TempDir Path dir;

  /** Seed 001 with its gold links and varied metadata, plus a torture link. */
  private static Bitext seed() throws Exception {
    List<String> arabic = Files.readAllLines(SEED.resolve("ar.txt"));
    List<String> english = Files.readAllLines(SEED.resolve("en.txt"));
    List<BitextUnit> units = new ArrayList<>();
    List<Link> gold = VecalignFormat.read(SEED.resolve("gold.txt"));
    for (int k = 0; k < gold.size(); k++) {
      Link link = gold.get(k);
      List<Flag> flags = k == 2
          ? List.of(new Flag(Flag.Type.NUMBER, Flag.Severity.CRITICAL, 0.9, k, List.of(), List.of(), "7 ≠ 17; <sic> & so"),
              new Flag(Flag.Type.NAME, Flag.Severity.MINOR, 0.4, k, List.of(), List.of(), "name; spelled differently"))
          : List.of();
      ReviewStatus state = ReviewStatus.values()[k % 3];
      units.add(new BitextUnit("seed-001", k, link.source(), link.target(),
          String.join(" ", link.source().stream().map(arabic::get).toList()),
          String.join(" ", link.target().stream().map(english::get).toList()),
          0.5 + k / 100.0, flags, state));
    }
    units.add(new BitextUnit("seed-001", gold.size(), List.of(8), List.of(8), TORTURE_AR, TORTURE_EN, 0.25,
        List.of(), ReviewStatus.UNREVIEWED));
    units.add(new BitextUnit("seed-001", gold.size() + 1, List.of(9), List.of(), "جملة بلا ترجمة", "", 0.0,
        List.of(new Flag(Flag.Type.UNTRANSLATED, Flag.Severity.MAJOR, 0.8, gold.size() + 1, List.of(), List.of(), "no English")),
        ReviewStatus.UNREVIEWED));
    return new Bitext("seed-001", "builtin-ar-en@test", units);
  }

  private static String withoutIllegalXml(String text) {
    return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
  }

  @Test
  void tmxIsValidAgainstTheDtd() throws Exception {
    Path tmx = dir.resolve("seed.tmx");
    ExportReport report = Exporter.write(AlignmentFormat.TMX, List.of(seed()), ExportOptions.ALL, tmx);

    String text = Files.readString(tmx);
    assertThat(text).contains("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">", "xml:lang=\"ar\"", "xml:lang=\"en\"",
        "tuid=\"seed-001#0\"", "<prop type=\"x-score\">", "<prop type=\"x-link-type\">1-2</prop>",
        "<prop type=\"x-review-status\">needs-review</prop>", "<prop type=\"x-flag\">NUMBER;CRITICAL;0.9;",
        "]]&gt;", "&amp;&amp;", "&lt;tag&gt;");
    assertThat(text).doesNotContain("\u0001", "\u0008", "\u001F");
    assertThat(report.written()).isEqualTo(9);
    assertThat(report.warnings()).hasSize(2).allMatch(w -> w.contains("seed-001 link 7"));
    assertThat(report.warnings().get(0)).contains("U+0001", "U+0008");
    assertThat(dtdErrors(tmx)).isEmpty();
  }

  @Test
  void theDtdCheckCatchesAnInvalidTmx() throws Exception {
    Path tmx = dir.resolve("bad.tmx");
    Files.writeString(tmx, "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n"
        + "<tmx version=\"1.4\"><header creationtool=\"x\"/><body/></tmx>\n");
    assertThat(dtdErrors(tmx)).isNotEmpty();
  }

  /** Validation errors of a DTD-validating parser, the DTD read from the specs folder, never the network. */
  private static List<String> dtdErrors(Path tmx) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setValidating(true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setEntityResolver((publicId, systemId) -> {
      assertThat(systemId).endsWith("tmx14.dtd");
      return new InputSource(Files.newInputStream(TMX_DTD));
    });
    List<String> errors = new ArrayList<>();
    builder.setErrorHandler(new ErrorHandler() {
      @Override public void warning(SAXParseException e) { errors.add(e.getMessage()); }
      @Override public void error(SAXParseException e) { errors.add(e.getMessage()); }
      @Override public void fatalError(SAXParseException e) { errors.add(e.getMessage()); }
    });
    try {
      builder.parse(tmx.toFile());
    } catch (SAXParseException e) {
      errors.add(e.getMessage());
    }
    return errors;
  }

  @Test
  void tmxRoundTripKeepsPairsAndMetadata() throws Exception {
    Bitext seed = seed();
    Path tmx = dir.resolve("seed.tmx");
    Exporter.write(AlignmentFormat.TMX, List.of(seed), ExportOptions.ALL, tmx);

    TmxReader.Result back = TmxReader.read(tmx);

    assertThat(back.skippedUnits()).isZero();
    assertThat(back.modelId()).isEqualTo("builtin-ar-en@test");
    assertThat(back.bitexts()).hasSize(1);
    List<BitextUnit> units = back.units();
    assertThat(units).hasSameSizeAs(seed.units());
    for (int k = 0; k < units.size(); k++) {
      BitextUnit expected = seed.units().get(k);
      BitextUnit actual = units.get(k);
      assertThat(actual.arabic()).isEqualTo(withoutIllegalXml(expected.arabic()));
      // XML parsers normalise nothing but CR; the English keeps LF, U+2028, NEL and the bidi controls.
      assertThat(actual.english()).isEqualTo(withoutIllegalXml(expected.english()));
      assertThat(actual).usingRecursiveComparison().ignoringFields("arabic", "english").isEqualTo(expected);
    }
    assertThat(units.get(7).arabic()).contains("\u202B", "\u200F", "\u202C", "]]>", "<", "&&");
  }

  @Test
  void aLinkAPersonMadeHasNoScoreInTmxOrXliffAndComesBackWithout() throws Exception {
    Bitext edited = new Bitext("edited", "builtin-ar-en@test", List.of(
        new BitextUnit("edited", 0, List.of(0), List.of(0), "قال الوزير.", "The minister spoke.", Double.NaN, List.of(),
            ReviewStatus.ACCEPTED),
        new BitextUnit("edited", 1, List.of(1), List.of(1), "وصل الوزراء.", "The ministers arrived.", 0.75, List.of(),
            ReviewStatus.UNREVIEWED)));
    Path tmx = dir.resolve("edited.tmx");
    Path xlf = dir.resolve("edited.xlf");
    Exporter.write(AlignmentFormat.TMX, List.of(edited), ExportOptions.ALL, tmx);
    Exporter.write(AlignmentFormat.XLIFF, List.of(edited), ExportOptions.ALL, xlf);

    String tmxText = Files.readString(tmx);
    assertThat(tmxText).doesNotContain("NaN").containsOnlyOnce("<prop type=\"x-score\">").contains(">0.75</prop>");
    assertThat(dtdErrors(tmx)).isEmpty();
    String xliffText = Files.readString(xlf);
    assertThat(xliffText).doesNotContain("NaN").containsOnlyOnce("qantara:score");
    XLIFFReader.validate(xliffText, null);

    List<BitextUnit> back = TmxReader.read(tmx).units();
    assertThat(back.get(0).score()).isNaN();
    assertThat(back.get(1).score()).isEqualTo(0.75);
    assertThat(back).isEqualTo(edited.units()); // records compare doubles with Double.compare: NaN equals NaN
  }

  @Test
  void xliffIsValidAgainstTheOasisSchema() throws Exception {
    Path xlf = dir.resolve("seed.xlf");
    Exporter.write(AlignmentFormat.XLIFF, List.of(seed()), ExportOptions.ALL, xlf);

    String text = Files.readString(xlf);
    assertThat(text).contains("version=\"2.1\"", "srcLang=\"ar\"", "trgLang=\"en\"", "srcDir=\"rtl\"",
        "state=\"final\"", "subState=\"qantara:needs-review\"", "category=\"qantara:flag:NUMBER\" priority=\"1\"",
        "\u202B", "]]&gt;");
    assertThat(text.split("<unit ", -1)).hasSize(10);
    XLIFFReader.validate(text, null);
  }

  @Test
  void theSchemaCheckCatchesAnInvalidXliff() {
    String invalid = "<?xml version=\"1.0\"?><xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\""
        + " srcLang=\"ar\"><file id=\"f1\"><unit id=\"u1\"><segment state=\"shiny\"><source>x</source></segment>"
        + "</unit></file></xliff>";
    assertThatThrownBy(() -> XLIFFReader.validate(invalid, null)).isInstanceOf(RuntimeException.class);
  }

  @Test
  void mosesLinesMatchForEveryOptionCombination() throws Exception {
    Bitext seed = seed();
    for (double minScore : new double[] {Double.NEGATIVE_INFINITY, 0.53}) {
      for (Set<Flag.Type> types : List.of(Set.<Flag.Type>of(), EnumSet.of(Flag.Type.NUMBER))) {
        for (Flag.Severity severity : new Flag.Severity[] {null, Flag.Severity.MAJOR}) {
          for (boolean onlyAccepted : new boolean[] {false, true}) {
            for (ExportOptions.ManyToMany many : ExportOptions.ManyToMany.values()) {
              for (boolean oneSided : new boolean[] {false, true}) {
                for (boolean dedup : new boolean[] {false, true}) {
                  ExportOptions options = new ExportOptions(minScore, types, severity, onlyAccepted, many, oneSided, dedup);
                  Path base = dir.resolve("moses");
                  ExportReport report = Exporter.write(AlignmentFormat.MOSES, List.of(seed, seed), options, base);
                  List<String> ar = lines(dir.resolve("moses.ar"));
                  List<String> en = lines(dir.resolve("moses.en"));
                  assertThat(ar).as(options.toString()).hasSameSizeAs(en).hasSize(report.written());
                  int expected = options.apply(new ArrayList<>(concat(seed.units(), seed.units()))).size();
                  assertThat(report.written()).as(options.toString()).isEqualTo(expected);
                  assertThat(report.written() + report.dropped()).isEqualTo(2 * seed.units().size());
                }
              }
            }
          }
        }
      }
    }
  }

  private static List<BitextUnit> concat(List<BitextUnit> a, List<BitextUnit> b) {
    List<BitextUnit> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Lines as the strictest splitter sees them: Python's splitlines() breaks at all of these. */
  private static List<String> lines(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return text.isEmpty() ? List.of() : List.of(text.split("[\n\r\u000B\u000C\u001C\u001D\u001E\u0085\u2028\u2029]", -1))
        .subList(0, (int) text.chars().filter(c -> c == '\n').count());
  }

  @Test
  void mosesKeepsLineParityThroughLineBreaksInSegments() throws Exception {
    ExportReport report = Exporter.write(AlignmentFormat.MOSES, List.of(seed()), ExportOptions.ALL, dir.resolve("c.ar"));
    String en = Files.readString(dir.resolve("c.en"));
    assertThat(en.chars().filter(c -> c == '\n').count()).isEqualTo(9);
    assertThat(en).doesNotContain("\u2028", "\u0085", "\u000B", "\r");
    assertThat(en.lines().toList().get(7)).startsWith("He said \"a]]>b\" & <tag> 'q' next line sep vt nel");
    assertThat(Files.readString(dir.resolve("c.ar")).lines().toList().get(7)).contains("\u202B", "\u200F");
    assertThat(report.warnings()).anyMatch(w -> w.contains("link 7") && w.contains("English"));
  }

  @Test
  void filtersSelectByScoreFlagsStatusShapeAndDuplicates() throws Exception {
    Bitext seed = seed();
    List<BitextUnit> all = concat(seed.units(), seed.units());
    assertThat(ExportOptions.ALL.apply(all)).hasSize(18);
    ExportOptions dedup = new ExportOptions(Double.NEGATIVE_INFINITY, Set.of(), null, false, ExportOptions.ManyToMany.JOIN, true, true);
    assertThat(dedup.apply(all)).hasSize(9);
    ExportOptions strict = new ExportOptions(0.51, EnumSet.of(Flag.Type.NAME), null, false, ExportOptions.ManyToMany.SKIP, false, false);
    assertThat(strict.apply(seed.units())).extracting(BitextUnit::position).containsExactly(1, 4, 5, 6);
    ExportOptions accepted = new ExportOptions(Double.NEGATIVE_INFINITY, Set.of(), Flag.Severity.MAJOR, true, ExportOptions.ManyToMany.JOIN, true, false);
    assertThat(accepted.apply(seed.units())).extracting(BitextUnit::position).containsExactly(1, 4);
  }

  @Test
  void jsonlHoldsOneLinkPerLineWithEverything() throws Exception {
    Path jsonl = dir.resolve("seed.jsonl");
    Exporter.write(AlignmentFormat.JSONL, List.of(seed()), ExportOptions.ALL, jsonl);
    List<String> lines = Files.readAllLines(jsonl);
    assertThat(lines).hasSize(9);
    assertThat(String.join("\n", lines)).doesNotContain("\u2028", "\u0085");
    var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(2));
    assertThat(node.get("document").asText()).isEqualTo("seed-001");
    assertThat(node.get("type").asText()).isEqualTo(seed().units().get(2).type().toString());
    assertThat(node.get("status").asText()).isEqualTo("needs-review");
    assertThat(node.get("flags").get(0).get("type").asText()).isEqualTo("NUMBER");
    var torture = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(7));
    assertThat(torture.get("english").asText()).isEqualTo(TORTURE_EN);
  }

  @Test
  void mosesRefusesStandardOutput() {
    assertThatThrownBy(() -> Exporter.write(AlignmentFormat.MOSES, List.of(seed()), ExportOptions.ALL, new java.io.StringWriter()))
        .isInstanceOf(QantaraException.class).hasMessageContaining("--out");
  }
}
