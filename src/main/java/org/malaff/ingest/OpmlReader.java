package org.malaff.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Reads the feeds an OPML file lists ({@code outline} elements with an {@code xmlUrl}), DOCTYPEs refused. */
public final class OpmlReader {
  /** A feed listed: its title (or null) and address. */
  public record FeedRef(String title, String url) {}

  private OpmlReader() {}

  public static List<FeedRef> read(String where, byte[] bytes) throws BadInputException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      var builder = f.newDocumentBuilder();
      builder.setErrorHandler(null);
      NodeList outlines = builder.parse(new ByteArrayInputStream(bytes)).getElementsByTagName("outline");
      List<FeedRef> out = new ArrayList<>();
      for (int i = 0; i < outlines.getLength(); i++) {
        Element o = (Element) outlines.item(i);
        String url = o.getAttribute("xmlUrl").strip();
        if (!url.isEmpty()) {
          String title = o.getAttribute("title").isBlank() ? o.getAttribute("text") : o.getAttribute("title");
          out.add(new FeedRef(title.isBlank() ? null : title.strip(), url));
        }
      }
      if (out.isEmpty()) {
        throw BadInputException.at(where, "lists no feed (no outline with an xmlUrl)");
      }
      return out;
    } catch (SAXParseException e) {
      throw BadInputException.at(where + ":" + e.getLineNumber(), "is not readable OPML: " + e.getMessage());
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw BadInputException.at(where, "is not readable OPML: " + e.getMessage());
    }
  }
}
