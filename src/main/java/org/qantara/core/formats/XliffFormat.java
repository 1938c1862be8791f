package org.qantara.core.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.qantara.core.review.Flag;

/**
 * XLIFF 2.1, bilingual Arabic → English: one {@code <file>} per document (source direction right to left),
 * one {@code <unit>} per link with one {@code <segment>} whose {@code state} follows the review status
 * (unreviewed → translated, or initial where the English is empty; needs review → translated with sub-state {@code qantara:needs-review},
 * accepted → final). The score, the link and each flag are {@code <note>}s; a flag's priority follows
 * its severity (critical 1, major 3, minor 6).
 */
public final class XliffFormat {
  static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";

  private XliffFormat() {}

  public static void write(Iterable<BitextUnit> units, Writer out, ExportReport report) throws IOException {
    Map<String, List<BitextUnit>> byDocument = new LinkedHashMap<>();
    for (BitextUnit unit : units) {
      byDocument.computeIfAbsent(unit.document(), d -> new java.util.ArrayList<>()).add(unit);
    }
    try {
      XMLStreamWriter xml = XmlText.outputFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.setDefaultNamespace(NAMESPACE);
      xml.writeStartElement(NAMESPACE, "xliff");
      xml.writeDefaultNamespace(NAMESPACE);
      xml.writeAttribute("version", "2.1");
      xml.writeAttribute("srcLang", "ar");
      xml.writeAttribute("trgLang", "en");
      int fileNumber = 0;
      for (Map.Entry<String, List<BitextUnit>> document : byDocument.entrySet()) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement(NAMESPACE, "file");
        xml.writeAttribute("id", "f" + ++fileNumber);
        xml.writeAttribute("original", XmlText.clean(document.getKey(), "document id", report));
        xml.writeAttribute("srcDir", "rtl");
        xml.writeAttribute("trgDir", "ltr");
        for (BitextUnit unit : document.getValue()) {
          writeUnit(xml, unit, report);
        }
        XmlText.endElement(xml, "  ");
      }
      XmlText.endDocument(xml);
    } catch (XMLStreamException e) {
      throw new IOException("cannot write XLIFF: " + e.getMessage(), e);
    }
  }

  private static void writeUnit(XMLStreamWriter xml, BitextUnit unit, ExportReport report) throws XMLStreamException {
    String where = unit.document() + " link " + unit.position();
    xml.writeCharacters("\n    ");
    xml.writeStartElement(NAMESPACE, "unit");
    xml.writeAttribute("id", "u" + unit.position());
    xml.writeCharacters("\n      ");
    xml.writeStartElement(NAMESPACE, "notes");
    note(xml, "qantara:link", null,
        unit.type() + " " + VecalignFormat.indices(unit.source()) + ":" + VecalignFormat.indices(unit.target()));
    if (!Double.isNaN(unit.score())) { // a link a person made has no score
      note(xml, "qantara:score", null, Double.toString(unit.score()));
    }
    for (Flag flag : unit.flags()) {
      note(xml, "qantara:flag:" + flag.type(), priority(flag.severity()),
          XmlText.clean(flag.severity() + ": " + flag.reason(), where, report));
    }
    xml.writeCharacters("\n      ");
    xml.writeEndElement();
    xml.writeCharacters("\n      ");
    xml.writeStartElement(NAMESPACE, "segment");
    xml.writeAttribute("id", "s" + unit.position());
    switch (unit.state()) {
      // XLIFF calls a segment with nothing in the target 'initial', whatever a person said about it.
      case UNREVIEWED -> xml.writeAttribute("state", unit.english().isEmpty() ? "initial" : "translated");
      case NEEDS_REVIEW -> {
        xml.writeAttribute("state", unit.english().isEmpty() ? "initial" : "translated");
        xml.writeAttribute("subState", "qantara:needs-review");
      }
      case ACCEPTED -> xml.writeAttribute("state", "final");
    }
    text(xml, "source", XmlText.clean(unit.arabic(), where, report));
    text(xml, "target", XmlText.clean(unit.english(), where, report));
    xml.writeCharacters("\n      ");
    xml.writeEndElement();
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
    report.wrote();
  }

  private static String priority(Flag.Severity severity) {
    return switch (severity) {
      case CRITICAL -> "1";
      case MAJOR -> "3";
      case MINOR -> "6";
    };
  }

  private static void note(XMLStreamWriter xml, String category, String priority, String text) throws XMLStreamException {
    xml.writeCharacters("\n        ");
    xml.writeStartElement(NAMESPACE, "note");
    xml.writeAttribute("category", category);
    if (priority != null) {
      xml.writeAttribute("priority", priority);
    }
    XmlText.characters(xml, text);
    xml.writeEndElement();
  }

  private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
    xml.writeCharacters("\n        ");
    xml.writeStartElement(NAMESPACE, element);
    xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
    XmlText.characters(xml, text);
    xml.writeEndElement();
  }
}
