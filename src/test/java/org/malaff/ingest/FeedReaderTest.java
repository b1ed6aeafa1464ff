package org.malaff.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Feeds written for these tests (constructed, not real): the formats, and what must be refused. */
class FeedReaderTest {
  private static final String RSS = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
      + "<title>الرياض</title><link>http://example.org/</link><description>x</description>"
      + "<item><title>أسعار النفط</title><link>http://example.org/1</link><pubDate>Mon, 10 Aug 2015 09:00:00 GMT</pubDate>"
      + "<author>سارة</author><description>&lt;p&gt;تراجعت أسعار النفط.&lt;/p&gt;&lt;p&gt;وقال محللون إن الطلب ضعيف.&lt;/p&gt;"
      + "</description></item></channel></rss>";

  @Test
  void reads_rss_items_with_their_paragraphs_date_and_link() throws Exception {
    FeedReader.Feed f = FeedReader.read("t", RSS.getBytes(StandardCharsets.UTF_8), "application/rss+xml");
    assertThat(f.title()).isEqualTo("الرياض");
    FeedItem item = f.items().get(0);
    assertThat(item.title()).isEqualTo("أسعار النفط");
    assertThat(item.link()).isEqualTo("http://example.org/1");
    assertThat(item.published()).isEqualTo("2015-08-10");
    assertThat(item.paragraphs()).containsExactly("تراجعت أسعار النفط.", "وقال محللون إن الطلب ضعيف.");
  }

  @Test
  void reads_atom_and_a_feed_whose_declared_charset_is_wrong() throws Exception {
    String atom = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>عكاظ</title><id>urn:x</id><updated>2015-08-11T00:00:00Z</updated><entry><title>خبر</title>"
        + "<id>urn:1</id><link href=\"http://example.org/2\"/><updated>2015-08-11T00:00:00Z</updated>"
        + "<content type=\"html\">&lt;p&gt;نص الخبر كاملاً.&lt;/p&gt;</content></entry></feed>";
    FeedReader.Feed f = FeedReader.read("t", atom.getBytes(StandardCharsets.UTF_8), null); // UTF-8 bytes, Latin declared
    assertThat(f.title()).isEqualTo("عكاظ");
    assertThat(f.items().get(0).paragraphs()).containsExactly("نص الخبر كاملاً.");
    byte[] cp1256 = atom.replace("ISO-8859-1", "windows-1256").getBytes(ArabicCharsets.WINDOWS_1256);
    assertThat(FeedReader.read("t", cp1256, "application/atom+xml").items().get(0).title()).isEqualTo("خبر");
  }

  @Test
  void refuses_doctypes_so_no_entity_is_expanded_or_fetched() {
    String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
        + "<rss version=\"2.0\"><channel><title>&b;</title></channel></rss>";
    assertThatThrownBy(() -> FeedReader.read("http://x/laughs.xml", laughs.getBytes(StandardCharsets.UTF_8), null))
        .isInstanceOf(BadInputException.class).hasMessageContaining("http://x/laughs.xml").hasMessageContaining("not a readable feed");
    String external = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
    assertThatThrownBy(() -> FeedReader.read("t", external.getBytes(StandardCharsets.UTF_8), null))
        .isInstanceOf(BadInputException.class);
  }

  @Test
  void a_truncated_feed_and_a_web_page_are_problems_named_with_the_feed() {
    byte[] cut = RSS.substring(0, RSS.length() / 2).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FeedReader.read("http://x/cut.xml", cut, null)).isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("http://x/cut.xml");
    byte[] page = "<!DOCTYPE html><html><body><p>صفحة</p></body></html>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FeedReader.read("http://x/page", page, "text/html")).isInstanceOf(BadInputException.class)
        .hasMessageContaining("not a readable feed");
  }

  @Test
  void opml_lists_its_feeds_and_refuses_doctypes() throws Exception {
    String opml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><head/><body><outline text=\"أخبار\">"
        + "<outline text=\"الرياض\" xmlUrl=\"http://example.org/rss\"/><outline text=\"عكاظ\" title=\"عكاظ\" "
        + "xmlUrl=\"http://example.org/atom\"/></outline></body></opml>";
    assertThat(OpmlReader.read("f.opml", opml.getBytes(StandardCharsets.UTF_8)))
        .containsExactly(new OpmlReader.FeedRef("الرياض", "http://example.org/rss"),
            new OpmlReader.FeedRef("عكاظ", "http://example.org/atom"));
    String evil = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><opml><body>"
        + "<outline xmlUrl=\"&x;\"/></body></opml>";
    assertThatThrownBy(() -> OpmlReader.read("evil.opml", evil.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(BadInputException.class).hasMessageContaining("evil.opml");
  }
}
