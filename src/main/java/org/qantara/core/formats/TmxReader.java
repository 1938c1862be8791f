package org.qantara.core.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.qantara.core.QantaraException;
import org.qantara.core.align.Link;
import org.qantara.core.edit.ReviewStatus;
import org.qantara.core.review.Flag;

/**
 * Reads TMX 1.1 to 1.4, Qantara's own and other tools': every {@code <tu>} with an Arabic and an English
 * variant becomes a {@link BitextUnit}. Language codes are matched by their primary subtag in any case
 * ({@code ar}, {@code ar-SA}, {@code AR}, {@code en-US}; TMX 1.1's {@code lang} as well as
 * {@code xml:lang}); inline markup ({@code bpt ept ph it ut}: native codes) is dropped and the text of
 * {@code <hi>} kept, so a segment becomes plain text. Qantara's {@code x-} props restore the metadata;
 * units without them get their position in the file, score 0 and status unreviewed (a Qantara unit with a
 * link but no score is a link a person made: score NaN). A unit lacking one of
 * the languages is skipped and counted. The reader never reads a DTD or resolves an entity (see
 * {@link XmlText#safeInputFactory}).
 */
public final class TmxReader {
  /**
   * The imported documents (units grouped by their {@code x-document}, in the order first seen), the model
   * named in the header (null if none) and how many units lacked Arabic or English.
   */
  public record Result(List<Bitext> bitexts, String modelId, int skippedUnits) {
    public Result {
      bitexts = List.copyOf(bitexts);
    }

    public List<BitextUnit> units() {
      return bitexts.stream().flatMap(b -> b.units().stream()).toList();
    }
  }

  private TmxReader() {}

  public static Result read(Path file) {
    String defaultId = file.getFileName().toString().replaceFirst("\\.tmx$", "");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), defaultId);
    } catch (NoSuchFileException e) {
      throw new QantaraException(file + " does not exist", "give the path of a TMX file");
    } catch (IOException e) {
      throw new QantaraException("cannot read " + file + ": " + e.getMessage(), "check that the file is readable", e);
    }
  }

  /**
   * @param origin the file name, for messages
   * @param defaultId the document id of units that carry no {@code x-document} prop
   */
  public static Result read(InputStream in, String origin, String defaultId) {
    XMLStreamReader xml = null;
    try {
      xml = XmlText.safeInputFactory().createXMLStreamReader(in);
      return readDocument(xml, origin, defaultId);
    } catch (XMLStreamException e) {
      throw new QantaraException(
          origin + " is not well-formed TMX" + where(e.getLocation()) + ": " + lastLine(e.getMessage()),
          "check that the file is a complete TMX (XML) file; entities other than XML's own are not accepted");
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // the stream is the caller's and closed by it
        }
      }
    }
  }

  private static Result readDocument(XMLStreamReader xml, String origin, String defaultId) throws XMLStreamException {
    boolean sawTmx = false;
    String modelId = null;
    List<BitextUnit> units = new ArrayList<>();
    int skipped = 0;
    int count = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (xml.getLocalName()) {
        case "tmx" -> sawTmx = true;
        case "header" -> modelId = readHeader(xml);
        case "tu" -> {
          BitextUnit unit = readUnit(xml, origin, defaultId, count++);
          if (unit == null) {
            skipped++;
          } else {
            units.add(unit);
          }
        }
        default -> { }
      }
    }
    if (!sawTmx) {
      throw new QantaraException(origin + " has no <tmx> element", "give a TMX file");
    }
    Map<String, List<BitextUnit>> byDocument = new LinkedHashMap<>();
    for (BitextUnit unit : units) {
      byDocument.computeIfAbsent(unit.document(), d -> new ArrayList<>()).add(unit);
    }
    String model = modelId;
    List<Bitext> bitexts = byDocument.entrySet().stream().map(e -> new Bitext(e.getKey(), model, e.getValue())).toList();
    return new Result(bitexts, modelId, skipped);
  }

  private static String readHeader(XMLStreamReader xml) throws XMLStreamException {
    String modelId = null;
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (xml.getLocalName().equals("prop") && TmxFormat.PROP_MODEL.equals(xml.getAttributeValue(null, "type"))) {
          modelId = xml.getElementText().strip();
        } else {
          depth++;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return modelId;
  }

  private static BitextUnit readUnit(XMLStreamReader xml, String origin, String defaultId, int ordinal)
      throws XMLStreamException {
    String where = origin + where(xml.getLocation());
    Map<String, List<String>> props = new LinkedHashMap<>();
    String arabic = null;
    String english = null;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("tu")) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (xml.getLocalName()) {
        case "prop" -> {
          String type = xml.getAttributeValue(null, "type");
          props.computeIfAbsent(type == null ? "" : type, t -> new ArrayList<>()).add(xml.getElementText());
        }
        case "tuv" -> {
          String lang = language(xml);
          String text = readVariant(xml);
          if (lang.equals("ar") && arabic == null) {
            arabic = text;
          } else if (lang.equals("en") && english == null) {
            english = text;
          }
        }
        default -> { }
      }
    }
    if (arabic == null || english == null) {
      return null;
    }
    return unit(props, arabic, english, defaultId, ordinal, where);
  }

  private static BitextUnit unit(
      Map<String, List<String>> props, String arabic, String english, String defaultId, int ordinal, String where) {
    String document = first(props, TmxFormat.PROP_DOCUMENT, defaultId);
    int position = ordinal;
    String positionText = first(props, TmxFormat.PROP_POSITION, null);
    if (positionText != null) {
      try {
        position = Integer.parseInt(positionText.strip());
      } catch (NumberFormatException e) {
        throw new QantaraException(where + ": x-position '" + positionText + "' is not a number", "fix or remove the prop");
      }
    }
    List<Integer> source = arabic.isEmpty() ? List.of() : List.of(ordinal);
    List<Integer> target = english.isEmpty() ? List.of() : List.of(ordinal);
    String linkText = first(props, TmxFormat.PROP_LINK, null);
    if (linkText != null) {
      Link link = VecalignFormat.parse(linkText, where).get(0);
      source = link.source();
      target = link.target();
    }
    // Qantara writes no score for a link a person made; another tool's unit simply has none to give.
    double score = linkText != null ? Double.NaN : 0;
    String scoreText = first(props, TmxFormat.PROP_SCORE, null);
    if (scoreText != null) {
      try {
        score = Double.parseDouble(scoreText.strip());
      } catch (NumberFormatException e) {
        throw new QantaraException(where + ": x-score '" + scoreText + "' is not a number", "fix or remove the prop");
      }
    }
    String statusText = first(props, TmxFormat.PROP_STATUS, null);
    ReviewStatus state = statusText == null ? ReviewStatus.UNREVIEWED : StatusText.parse(statusText, where);
    List<Flag> flags = new ArrayList<>();
    for (String flag : props.getOrDefault(TmxFormat.PROP_FLAG, List.of())) {
      flags.add(FlagText.decode(flag, position, where));
    }
    return new BitextUnit(document, position, source, target, arabic, english, score, flags, state);
  }

  private static String first(Map<String, List<String>> props, String type, String otherwise) {
    List<String> values = props.get(type);
    return values == null || values.isEmpty() ? otherwise : values.get(0);
  }

  /** The primary language subtag in lower case: {@code ar-SA} → {@code ar}; TMX 1.1 spells it {@code lang}. */
  private static String language(XMLStreamReader xml) {
    String lang = xml.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
    if (lang == null) {
      lang = xml.getAttributeValue(null, "lang");
    }
    if (lang == null) {
      return "";
    }
    return lang.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
  }

  /** The text of the variant's {@code <seg>}: character data and {@code <hi>} text; native codes dropped. */
  private static String readVariant(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    int inSeg = 0;
    int inCode = 0;
    while (depth > 0) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          String name = xml.getLocalName();
          if (name.equals("seg")) {
            inSeg++;
          } else if (inSeg > 0 && isNativeCode(name)) {
            inCode++;
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          String name = xml.getLocalName();
          if (name.equals("seg")) {
            inSeg--;
          } else if (inSeg > 0 && isNativeCode(name)) {
            inCode--;
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (inSeg > 0 && inCode == 0) {
            text.append(xml.getText());
          }
        }
        default -> { }
      }
    }
    return text.toString();
  }

  private static boolean isNativeCode(String element) {
    return switch (element) {
      case "bpt", "ept", "ph", "it", "ut", "sub" -> true;
      default -> false;
    };
  }

  private static String where(Location location) {
    return location == null ? "" : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
  }

  /** The JDK's parser puts its own message on the last line, after the position. */
  private static String lastLine(String message) {
    return message == null ? "" : message.lines().reduce((a, b) -> b).orElse("").strip();
  }
}
