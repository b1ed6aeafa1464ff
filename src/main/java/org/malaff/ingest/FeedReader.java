package org.malaff.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom feeds (Rome) from bytes: the characters decided like a page's
 * ({@link PageDecoder}: BOM, header, XML declaration, detection), then parsed with DOCTYPEs refused,
 * so no external entity is fetched and no entity is expanded. Item HTML becomes paragraphs.
 */
public final class FeedReader {
  /** A feed: its title and link, and its items in the feed's order. */
  public record Feed(String title, String link, List<FeedItem> items) {
    public Feed {
      items = List.copyOf(items);
    }
  }

  private FeedReader() {}

  /**
   * @param where the feed's URL or file, named in errors
   * @param contentType the HTTP Content-Type, or null
   */
  public static Feed read(String where, byte[] bytes, String contentType) throws BadInputException {
    String text = PageDecoder.decode(bytes, contentType).text();
    String head = text.substring(0, Math.min(text.length(), 1024)).toLowerCase(java.util.Locale.ROOT);
    if (head.contains("<html") || head.contains("<!doctype html")) {
      return fail(where, 0, "a web page (HTML), not a feed");
    }
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new StringReader(text));
    } catch (FeedException | IllegalArgumentException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (reason.contains("DOCTYPE is disallowed")) {
        return fail(where, 0, "it declares a DOCTYPE, which no feed needs; refused, so no entity is expanded or fetched");
      }
      if (e.getCause() instanceof org.jdom2.input.JDOMParseException p) {
        return fail(where, p.getLineNumber(), p.getCause() != null ? p.getCause().getMessage() : reason);
      }
      return fail(where, 0, reason);
    }
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      String html = null;
      for (SyndContent c : e.getContents()) {
        if (c.getValue() != null && !c.getValue().isBlank()) {
          html = c.getValue();
          break;
        }
      }
      if (html == null && e.getDescription() != null) {
        html = e.getDescription().getValue();
      }
      Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      items.add(new FeedItem(blankToNull(e.getTitle()), blankToNull(e.getLink()),
          when == null ? null : when.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
          blankToNull(e.getAuthor()), paragraphs(html)));
    }
    return new Feed(blankToNull(feed.getTitle()), blankToNull(feed.getLink()), items);
  }

  private static Feed fail(String where, int line, String reason) throws BadInputException {
    throw BadInputException.at(where + (line > 0 ? ":" + line : ""), "is not a readable feed: " + reason.strip());
  }

  /** The paragraphs of an item's HTML (or plain text): one per block or line break. */
  static List<String> paragraphs(String html) {
    if (html == null || html.isBlank()) {
      return List.of();
    }
    Document d = Jsoup.parseBodyFragment(html);
    d.select("br").forEach(b -> b.after(new TextNode("\n")));
    d.select("p, div, li, h1, h2, h3, h4, h5, h6, blockquote, tr").forEach(b -> b.after(new TextNode("\n")));
    List<String> out = new ArrayList<>();
    for (String line : d.body().wholeText().split("\n")) {
      String t = org.malaff.text.Whitespace.trim(line.replace('\u00a0', ' '));
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
