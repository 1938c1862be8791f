package org.qantara.core.formats;

import java.util.Locale;
import java.util.TreeSet;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;

/** What the XML formats share: text cleaned for XML 1.0, and the factories of safe readers and writers. */
final class XmlText {
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

  private XmlText() {}

  static XMLOutputFactory outputFactory() {
    return OUTPUT;
  }

  /**
   * A reader factory that accepts a DOCTYPE line (every real TMX has one) but never reads a DTD, resolves
   * no external entity and expands no entity declared in the file: XXE and entity-expansion bombs fail
   * as undeclared entities instead of reaching the file system or the memory.
   */
  static XMLInputFactory safeInputFactory() {
    // The JDK's own reader, whatever else is on the class path, so that tests check what users run.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setXMLResolver((publicId, systemId, base, namespace) -> {
      throw new javax.xml.stream.XMLStreamException("external resource " + systemId + " refused");
    });
    return factory;
  }

  /** Closes the open element on a new line with the given indentation. */
  static void endElement(javax.xml.stream.XMLStreamWriter xml, String indent) throws javax.xml.stream.XMLStreamException {
    xml.writeCharacters("\n" + indent);
    xml.writeEndElement();
  }

  /** Closes the root element and the document, each followed by a line end. */
  static void endDocument(javax.xml.stream.XMLStreamWriter xml) throws javax.xml.stream.XMLStreamException {
    endElement(xml, "");
    xml.writeCharacters("\n");
    xml.writeEndDocument();
    xml.flush();
  }

  /**
   * Writes text content with {@code >} escaped too, which the JDK's writer leaves as is: a {@code ]]>} in
   * a segment would otherwise make the file ill-formed.
   */
  static void characters(javax.xml.stream.XMLStreamWriter xml, String text) throws javax.xml.stream.XMLStreamException {
    int from = 0;
    for (int gt = text.indexOf('>'); gt >= 0; gt = text.indexOf('>', from)) {
      xml.writeCharacters(text.substring(from, gt));
      xml.writeEntityRef("gt");
      from = gt + 1;
    }
    xml.writeCharacters(text.substring(from));
  }

  /**
   * The text without the characters XML 1.0 cannot hold (C0 controls other than tab, newline and
   * carriage return; U+FFFE, U+FFFF; lone surrogates). Each removal is reported once per text, naming the
   * characters; escaping of {@code & < >} is the writer's.
   */
  static String clean(String text, String where, ExportReport report) {
    StringBuilder kept = null;
    TreeSet<Integer> removed = null;
    for (int k = 0; k < text.length(); ) {
      int codePoint = text.codePointAt(k);
      int width = Character.charCount(codePoint);
      boolean allowed = isAllowed(codePoint);
      if (!allowed && kept == null) {
        kept = new StringBuilder(text.length()).append(text, 0, k);
        removed = new TreeSet<>();
      }
      if (allowed && kept != null) {
        kept.appendCodePoint(codePoint);
      } else if (!allowed) {
        removed.add(codePoint);
      }
      k += width;
    }
    if (kept == null) {
      return text;
    }
    StringBuilder names = new StringBuilder();
    for (int codePoint : removed) {
      names.append(names.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "U+%04X", codePoint));
    }
    report.warn(where + ": removed character(s) XML cannot hold: " + names);
    return kept.toString();
  }

  private static boolean isAllowed(int c) {
    return c == 0x9 || c == 0xA || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
