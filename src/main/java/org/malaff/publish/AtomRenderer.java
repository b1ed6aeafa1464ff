package org.malaff.publish;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 feed of dossiers (RFC 4287): one entry per dossier, its id a URN that never changes,
 * its link the dossier's page, its summary the numbered headline list. Written with the JDK's XML
 * writer, so every text is escaped.
 */
public final class AtomRenderer {
  private AtomRenderer() {}

  /** One dossier in the feed. */
  public record Entry(String id, String title, LocalDate date, String editor, List<String> headlines) {}

  /**
   * @param base the site's address without a trailing slash (http://host:port)
   * @param title the feed's title
   */
  public static String render(String base, String title, List<Entry> entries) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("utf-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
      x.writeAttribute("xml:lang", "ar");
      text(x, "title", title);
      text(x, "id", base + "/feed.atom");
      link(x, "self", base + "/feed.atom");
      link(x, "alternate", base + "/dossiers");
      LocalDate newest = entries.stream().map(Entry::date).filter(d -> d != null).max(LocalDate::compareTo)
          .orElse(LocalDate.of(2000, 1, 1));
      text(x, "updated", stamp(newest));
      for (Entry e : entries) {
        x.writeStartElement("entry");
        text(x, "id", "urn:malaff:dossier:" + e.id());
        text(x, "title", e.title() == null ? "ملف" : e.title());
        link(x, "alternate", base + "/dossiers/" + e.id());
        text(x, "updated", stamp(e.date() == null ? newest : e.date()));
        x.writeStartElement("author");
        text(x, "name", e.editor() == null ? "ملفات المركز" : e.editor());
        x.writeEndElement();
        StringBuilder summary = new StringBuilder();
        for (int i = 0; i < e.headlines().size(); i++) {
          summary.append(i + 1).append(". ").append(e.headlines().get(i)).append('\n');
        }
        text(x, "summary", summary.toString().strip());
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the feed could not be written: " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static String stamp(LocalDate d) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.atStartOfDay().atOffset(ZoneOffset.UTC));
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(org.malaff.text.ControlCharacters.strip(value));
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("href", href);
  }
}
