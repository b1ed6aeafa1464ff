package org.malaff.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.malaff.ingest.NewsItem;

/**
 * Test fixture: an in-process loopback server of feeds CONSTRUCTED from SaudiNewsNet items (each file
 * says so in a comment): {@code feeds} good feeds in RSS 2.0, Atom 1.0, RSS 1.0 and RSS 0.91 (some in
 * windows-1256, one declaring the wrong charset), every item in one feed and every 50th in a second,
 * with ETags (304 when unchanged); and broken ones: truncated XML, HTML served as a feed, a 500, a
 * slow answer, a redirect loop, entity expansion. It counts the bodies it sends.
 */
final class FeedServer implements AutoCloseable {
  static final String NOTE = "Constructed for Malaff's tests from SaudiNewsNet items (CC BY-NC-SA 4.0); not a real feed.";
  static final List<String> BROKEN = List.of("/broken/truncated.xml", "/broken/html.xml", "/broken/error.xml",
      "/broken/slow.xml", "/broken/loop.xml", "/broken/laughs.xml");
  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final Map<String, String> types = new LinkedHashMap<>();
  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(8);
  final AtomicInteger bodies = new AtomicInteger();
  /** How many good feeds are served in windows-1256 (those whose every character it has). */
  int legacyFeeds;
  final AtomicInteger notModified = new AtomicInteger();

  FeedServer(List<NewsItem> items, int feeds) throws IOException {
    List<List<NewsItem>> byFeed = new ArrayList<>();
    for (int f = 0; f < feeds; f++) {
      byFeed.add(new ArrayList<>());
    }
    for (int i = 0; i < items.size(); i++) {
      byFeed.get(i % feeds).add(items.get(i));
      if (i % 50 == 0) {
        byFeed.get((i + 1) % feeds).add(items.get(i));
      }
    }
    // the feeds served in windows-1256 carry only items it can spell; the others move to the next feed
    var cp1256 = Charset.forName("windows-1256").newEncoder();
    for (int f = 5; f + 1 < feeds; f += 10) {
      List<NewsItem> keep = new ArrayList<>();
      for (NewsItem n : byFeed.get(f)) {
        if (cp1256.canEncode((n.title() == null ? "" : n.title()) + (n.content() == null ? "" : n.content())
            + (n.url() == null ? "" : n.url()))) {
          keep.add(n);
        } else {
          byFeed.get(f + 1).add(n);
        }
      }
      byFeed.set(f, keep);
    }
    for (int f = 0; f < feeds; f++) {
      String xml = switch (f % 4) {
        case 0 -> rss2(f, byFeed.get(f));
        case 1 -> atom(f, byFeed.get(f));
        case 2 -> rss1(f, byFeed.get(f));
        default -> rss091(f, byFeed.get(f));
      };
      Charset cs = f % 10 == 5 && Charset.forName("windows-1256").newEncoder().canEncode(xml)
          ? Charset.forName("windows-1256") : StandardCharsets.UTF_8;
      if (cs != StandardCharsets.UTF_8) {
        legacyFeeds++;
        xml = xml.replace("encoding=\"utf-8\"", "encoding=\"windows-1256\"");
      }
      if (f == 7) {
        xml = xml.replace("encoding=\"utf-8\"", "encoding=\"ISO-8859-1\""); // declared wrong: the bytes are UTF-8
      }
      files.put("/feeds/" + f + ".xml", xml.getBytes(cs));
      types.put("/feeds/" + f + ".xml", f % 4 == 1 ? "application/atom+xml" : "application/rss+xml");
    }
    String good = new String(files.get("/feeds/0.xml"), StandardCharsets.UTF_8);
    files.put("/broken/truncated.xml", good.substring(0, good.length() / 2).getBytes(StandardCharsets.UTF_8));
    types.put("/broken/truncated.xml", "application/rss+xml");
    files.put("/broken/html.xml", "<!DOCTYPE html><html><body><h1>ليست خلاصة</h1><p>صفحة عادية.</p></body></html>"
        .getBytes(StandardCharsets.UTF_8));
    types.put("/broken/html.xml", "text/html; charset=utf-8");
    files.put("/broken/laughs.xml", ("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>\n<rss version=\"2.0\"><channel><title>&d;</title>"
        + "<item><title>x</title><description>&d;</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8));
    types.put("/broken/laughs.xml", "application/rss+xml");
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  String base() {
    return "http://127.0.0.1:" + port();
  }

  /** The OPML list of every feed, good and broken. */
  String opml() {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- " + NOTE + " -->\n"
        + "<opml version=\"2.0\"><head><title>خلاصات الاختبار</title></head><body>\n");
    for (String path : files.keySet()) {
      b.append("<outline type=\"rss\" text=\"").append(path).append("\" xmlUrl=\"").append(base()).append(path).append("\"/>\n");
    }
    for (String path : List.of("/broken/error.xml", "/broken/slow.xml", "/broken/loop.xml")) {
      b.append("<outline type=\"rss\" text=\"").append(path).append("\" xmlUrl=\"").append(base()).append(path).append("\"/>\n");
    }
    return b.append("</body></opml>\n").toString();
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    try (x) {
      switch (path) {
        case "/broken/error.xml" -> {
          x.sendResponseHeaders(500, -1);
          return;
        }
        case "/broken/loop.xml" -> {
          x.getResponseHeaders().add("Location", "/broken/loop.xml");
          x.sendResponseHeaders(302, -1);
          return;
        }
        case "/broken/slow.xml" -> {
          try {
            Thread.sleep(4000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          x.sendResponseHeaders(503, -1);
          return;
        }
        default -> { }
      }
      byte[] body = files.get(path);
      if (body == null) {
        x.sendResponseHeaders(404, -1);
        return;
      }
      String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
      if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
        notModified.incrementAndGet();
        x.sendResponseHeaders(304, -1);
        return;
      }
      x.getResponseHeaders().add("ETag", etag);
      x.getResponseHeaders().add("Content-Type", types.get(path));
      x.sendResponseHeaders(200, body.length);
      bodies.incrementAndGet();
      try (OutputStream o = x.getResponseBody()) {
        o.write(body);
      }
    }
  }

  private static String esc(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
  }

  private static String html(NewsItem n) {
    StringBuilder b = new StringBuilder();
    for (String p : (n.content() == null ? "" : n.content()).split("\r?\n")) {
      if (!p.isBlank()) {
        b.append("<p>").append(esc(p.strip())).append("</p>");
      }
    }
    return esc(b.toString());
  }

  static String link(NewsItem n, int feed, int i) {
    return n.url() != null ? n.url() : "http://feeds.test/" + feed + "/" + i;
  }

  private static String rfc822(NewsItem n) {
    try {
      java.time.LocalDateTime t = java.time.LocalDateTime.parse(n.date().strip().replace(' ', 'T'));
      return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atOffset(java.time.ZoneOffset.UTC));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String head(String rootOpen) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- " + NOTE + " -->\n" + rootOpen + "\n";
  }

  private String rss2(int f, List<NewsItem> items) {
    StringBuilder b = new StringBuilder(head("<rss version=\"2.0\"><channel>"));
    b.append("<title>خلاصة ").append(f).append("</title><link>http://feeds.test/").append(f).append("</link><description>")
        .append(esc(NOTE)).append("</description>\n");
    for (int i = 0; i < items.size(); i++) {
      NewsItem n = items.get(i);
      b.append("<item><title>").append(esc(n.title())).append("</title><link>").append(esc(link(n, f, i)))
          .append("</link>");
      String d = rfc822(n);
      if (d != null) {
        b.append("<pubDate>").append(d).append("</pubDate>");
      }
      b.append("<description>").append(html(n)).append("</description></item>\n");
    }
    return b.append("</channel></rss>\n").toString();
  }

  private String rss091(int f, List<NewsItem> items) {
    return rss2(f, items).replace("<rss version=\"2.0\">", "<rss version=\"0.91\">");
  }

  private String atom(int f, List<NewsItem> items) {
    StringBuilder b = new StringBuilder(head("<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
    b.append("<title>خلاصة ").append(f).append("</title><id>urn:test:feed:").append(f)
        .append("</id><updated>2015-08-11T00:00:00Z</updated>\n");
    for (int i = 0; i < items.size(); i++) {
      NewsItem n = items.get(i);
      b.append("<entry><title>").append(esc(n.title())).append("</title><id>").append(esc(link(n, f, i)))
          .append("</id><link href=\"").append(esc(link(n, f, i))).append("\"/><updated>2015-08-11T00:00:00Z</updated>")
          .append("<content type=\"html\">").append(html(n)).append("</content></entry>\n");
    }
    return b.append("</feed>\n").toString();
  }

  private String rss1(int f, List<NewsItem> items) {
    StringBuilder b = new StringBuilder(head("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
        + "xmlns=\"http://purl.org/rss/1.0/\">"));
    b.append("<channel rdf:about=\"http://feeds.test/").append(f).append("\"><title>خلاصة ").append(f)
        .append("</title><link>http://feeds.test/").append(f).append("</link><description>x</description><items><rdf:Seq>");
    for (int i = 0; i < items.size(); i++) {
      b.append("<rdf:li rdf:resource=\"").append(esc(link(items.get(i), f, i))).append("\"/>");
    }
    b.append("</rdf:Seq></items></channel>\n");
    for (int i = 0; i < items.size(); i++) {
      NewsItem n = items.get(i);
      b.append("<item rdf:about=\"").append(esc(link(n, f, i))).append("\"><title>").append(esc(n.title()))
          .append("</title><link>").append(esc(link(n, f, i))).append("</link><description>").append(html(n))
          .append("</description></item>\n");
    }
    return b.append("</rdf:RDF>\n").toString();
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
