package org.qantara.core.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.qantara.core.review.Flag;

/**
 * TMX 1.4 (the translation-memory exchange format every CAT tool reads), one {@code <tu>} per link with the
 * Arabic and English {@code <tuv>}s and Qantara's metadata as {@code x-} props: document, position,
 * sentence link ({@code [3,4]:[5]}), link type, score, review status and one prop per flag. Valid against
 * the TMX 1.4 DTD; {@link TmxReader} reads it back, and TMX from other tools.
 */
public final class TmxFormat {
  public static final String CREATION_TOOL = "Qantara";
  static final String PROP_DOCUMENT = "x-document";
  static final String PROP_POSITION = "x-position";
  static final String PROP_LINK = "x-link";
  static final String PROP_LINK_TYPE = "x-link-type";
  static final String PROP_SCORE = "x-score";
  static final String PROP_STATUS = "x-review-status";
  static final String PROP_FLAG = "x-flag";
  static final String PROP_MODEL = "x-model";

  private TmxFormat() {}

  /** @param modelId the model that aligned the units (a header prop), or null */
  public static void write(Iterable<BitextUnit> units, String modelId, Writer out, ExportReport report) throws IOException {
    try {
      XMLStreamWriter xml = XmlText.outputFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeDTD("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
      xml.writeCharacters("\n");
      xml.writeStartElement("tmx");
      xml.writeAttribute("version", "1.4");
      xml.writeCharacters("\n  ");
      xml.writeStartElement("header");
      xml.writeAttribute("creationtool", CREATION_TOOL);
      xml.writeAttribute("creationtoolversion", Version.current());
      xml.writeAttribute("segtype", "sentence");
      xml.writeAttribute("o-tmf", "qantara-alignment");
      xml.writeAttribute("adminlang", "en");
      xml.writeAttribute("srclang", "ar");
      xml.writeAttribute("datatype", "plaintext");
      if (modelId != null && !modelId.isEmpty()) {
        prop(xml, PROP_MODEL, XmlText.clean(modelId, "model id", report), "    ");
        xml.writeCharacters("\n  ");
      }
      xml.writeEndElement();
      xml.writeCharacters("\n  ");
      xml.writeStartElement("body");
      for (BitextUnit unit : units) {
        writeUnit(xml, unit, report);
      }
      XmlText.endElement(xml, "  ");
      XmlText.endDocument(xml);
    } catch (XMLStreamException e) {
      throw new IOException("cannot write TMX: " + e.getMessage(), e);
    }
  }

  private static void writeUnit(XMLStreamWriter xml, BitextUnit unit, ExportReport report) throws XMLStreamException {
    String where = unit.document() + " link " + unit.position();
    xml.writeCharacters("\n    ");
    xml.writeStartElement("tu");
    xml.writeAttribute("tuid", XmlText.clean(unit.document(), where, report) + "#" + unit.position());
    xml.writeAttribute("srclang", "ar");
    String indent = "      ";
    prop(xml, PROP_DOCUMENT, XmlText.clean(unit.document(), where, report), indent);
    prop(xml, PROP_POSITION, Integer.toString(unit.position()), indent);
    prop(xml, PROP_LINK, VecalignFormat.indices(unit.source()) + ":" + VecalignFormat.indices(unit.target()), indent);
    prop(xml, PROP_LINK_TYPE, unit.type().toString(), indent);
    if (!Double.isNaN(unit.score())) { // a link a person made has no score: no prop, rather than "NaN"
      prop(xml, PROP_SCORE, Double.toString(unit.score()), indent);
    }
    prop(xml, PROP_STATUS, StatusText.label(unit.state()), indent);
    for (Flag flag : unit.flags()) {
      prop(xml, PROP_FLAG, XmlText.clean(FlagText.encode(flag), where, report), indent);
    }
    variant(xml, "ar", XmlText.clean(unit.arabic(), where, report));
    variant(xml, "en", XmlText.clean(unit.english(), where, report));
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
    report.wrote();
  }

  private static void prop(XMLStreamWriter xml, String type, String value, String indent) throws XMLStreamException {
    xml.writeCharacters("\n" + indent);
    xml.writeStartElement("prop");
    xml.writeAttribute("type", type);
    XmlText.characters(xml, value);
    xml.writeEndElement();
  }

  private static void variant(XMLStreamWriter xml, String lang, String text) throws XMLStreamException {
    xml.writeCharacters("\n      ");
    xml.writeStartElement("tuv");
    xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
    xml.writeStartElement("seg");
    XmlText.characters(xml, text);
    xml.writeEndElement();
    xml.writeEndElement();
  }
}
