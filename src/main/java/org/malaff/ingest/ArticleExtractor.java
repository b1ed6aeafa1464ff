package org.malaff.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds an article in a web page (jsoup): its metadata from JSON-LD (NewsArticle and its kin),
 * OpenGraph and meta tags, and its body by text density. Boilerplate goes first (scripts, styles,
 * navigation, headers and footers, forms, asides, and blocks whose class or id says comments,
 * sharing, related, menu …); then every block of text (a paragraph, or a run of text and {@code <br>}
 * in a container) gives its length to its parent, half to its grandparent; the best-scored container
 * wins, and its blocks with little linked text, in order, are the body. When JSON-LD carries an
 * articleBody at least as long as that (80 %), it is the body.
 */
public final class ArticleExtractor {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern BOILERPLATE = Pattern.compile(
      "comment|share|social|related|footer|sidebar|menu|navbar|breadcrumb|advert|promo|subscribe|newsletter|"
          + "banner|cookie|popup|widget|tags|toolbar|masthead|ticker|most-?read|outbrain|taboola|caption|tweet|instagram", Pattern.CASE_INSENSITIVE);
  private static final String REMOVED = "script, style, noscript, template, nav, footer, aside, form, iframe, svg, "
      + "button, select, input, textarea, object, embed, figcaption, [hidden], [aria-hidden=true]";
  private static final Pattern COMMENTS = Pattern.compile("(^|[\\s_-])(comments?|disqus|replies|responses)($|[\\s_-])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE_LIKE = Pattern.compile("date|time|tmstmp|stamp|published");
  private static final Pattern AUTHOR_LIKE = Pattern.compile("author|byline|writer|kateb");
  private static final int MIN_BLOCK = 25;
  /** In a container holding most of the text itself, a nested box needs this share of that text to count. */
  private static final double NESTED_SHARE = 0.25;

  private ArticleExtractor() {}

  /** The article in {@code html}, published at {@code url} (null for a file). */
  public static WebArticle extract(String html, String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    Map<String, String> meta = new java.util.HashMap<>();
    jsonLd(doc, meta);
    for (Element m : doc.select("meta[content]")) {
      String key = (m.hasAttr("property") ? m.attr("property") : m.attr("name")).toLowerCase(Locale.ROOT);
      if (!key.isEmpty()) {
        meta.putIfAbsent(key, m.attr("content").strip());
      }
    }
    String headline = first(meta, "ld:headline", "og:title", "twitter:title");
    if (headline == null) {
      Element h1 = doc.selectFirst("h1");
      headline = h1 != null && !h1.text().isBlank() ? h1.text().strip() : doc.title().strip();
    }
    String source = first(meta, "ld:publisher", "og:site_name", "application-name");
    String author = first(meta, "ld:author", "author", "article:author", "byl");
    String published = first(meta, "ld:datepublished", "article:published_time", "date", "pubdate", "dc.date",
        "dcterms.created", "og:updated_time");
    String section = first(meta, "ld:articlesection", "article:section", "section");
    if (published == null) {
      published = pageDate(doc);
    }
    if (author == null) {
      author = pageAuthor(doc);
    }
    String canonical = first(meta, "og:url");
    Element link = doc.selectFirst("link[rel=canonical][href]");
    if (canonical == null && link != null) {
      canonical = link.absUrl("href");
    }
    // the page's own text, unless JSON-LD carries the body whole (a summary there is not the article)
    List<String> paragraphs = body(doc);
    String method = "page";
    String body = meta.get("ld:articlebody");
    int pageLength = paragraphs.stream().mapToInt(String::length).sum();
    if (body != null && body.length() > 200 && body.length() >= 0.8 * pageLength) {
      paragraphs = body.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
      method = "json-ld";
    }
    return new WebArticle(canonical != null ? canonical : url, headline, source, author, published, section, paragraphs,
        method);
  }

  /** A date the page itself shows: a {@code <time datetime>}, else the text of a date-like element. */
  private static String pageDate(Document doc) {
    Element time = doc.selectFirst("time[datetime]");
    if (time != null && !time.attr("datetime").isBlank()) {
      return time.attr("datetime").strip();
    }
    for (Element e : doc.select("[class], [id]")) {
      String name = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (DATE_LIKE.matcher(name).find() && e.children().isEmpty() && !e.text().isBlank() && e.text().length() < 120) {
        return e.text().strip();
      }
    }
    return null;
  }

  /** A writer's name the page itself shows, in an element named author or byline, when it is short. */
  private static String pageAuthor(Document doc) {
    for (Element e : doc.select("[class], [id], [rel=author]")) {
      String name = (e.className() + " " + e.id() + " " + e.attr("rel")).toLowerCase(Locale.ROOT);
      if (AUTHOR_LIKE.matcher(name).find() && !e.text().isBlank() && e.text().length() < 60) {
        return e.text().strip();
      }
    }
    return null;
  }

  private static String first(Map<String, String> meta, String... keys) {
    for (String k : keys) {
      String v = meta.get(k);
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** NewsArticle (or Article, ReportageNewsArticle …) fields from JSON-LD, as "ld:" keys. */
  private static void jsonLd(Document doc, Map<String, String> meta) {
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        collect(JSON.readTree(s.data()), meta);
      } catch (java.io.IOException | RuntimeException e) {
        // a broken JSON-LD block is ignored; the page still has its meta tags and text
      }
    }
  }

  private static void collect(JsonNode n, Map<String, String> meta) {
    if (n == null) {
      return;
    }
    if (n.isArray()) {
      n.forEach(x -> collect(x, meta));
      return;
    }
    if (n.has("@graph")) {
      collect(n.get("@graph"), meta);
    }
    String type = n.path("@type").isArray() ? n.path("@type").path(0).asText("") : n.path("@type").asText("");
    if (!type.endsWith("Article") && !type.equals("NewsArticle")) {
      return;
    }
    put(meta, "ld:headline", n.path("headline"));
    put(meta, "ld:articlebody", n.path("articleBody"));
    put(meta, "ld:datepublished", n.path("datePublished"));
    put(meta, "ld:articlesection", n.path("articleSection"));
    put(meta, "ld:author", n.path("author"));
    put(meta, "ld:publisher", n.path("publisher"));
  }

  private static void put(Map<String, String> meta, String key, JsonNode v) {
    JsonNode x = v.isArray() ? v.path(0) : v;
    String s = x.isObject() ? x.path("name").asText(null) : x.isValueNode() ? x.asText(null) : null;
    if (s != null && !s.isBlank()) {
      meta.putIfAbsent(key, s.strip());
    }
  }

  /** The body's paragraphs: the blocks of the densest container. */
  static List<String> body(Document doc) {
    Element root = doc.body();
    if (root == null) {
      return List.of();
    }
    root.select(REMOVED).remove();
    // a box named like boilerplate goes unless it is where the headline is or holds most of the
    // page's paragraph text (a class name can mislead); a comments thread goes however long it is
    double pageText = paragraphText(root);
    for (Element e : new ArrayList<>(root.getAllElements())) {
      String name = e.className() + " " + e.id();
      if (e != root && e.parent() != null && BOILERPLATE.matcher(name).find()
          && !e.tagName().equals("article") && !e.tagName().equals("main") && e.selectFirst("h1") == null
          && (COMMENTS.matcher(name).find() || paragraphText(e) < pageText / 2)) {
        e.remove();
      }
    }
    List<Block> blocks = blocks(root);
    Map<Element, Double> score = new IdentityHashMap<>();
    for (Block b : blocks) {
      if (b.text.length() < MIN_BLOCK) {
        continue;
      }
      Element parent = b.container;
      score.merge(parent, (double) b.text.length(), Double::sum);
      if (parent.parent() != null) {
        score.merge(parent.parent(), b.text.length() / 2.0, Double::sum);
      }
    }
    Element best = score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(root);
    // when most of the text sits right in the best container, a nested box with a little text of its
    // own (a comments notice, a caption) is not the article; when the paragraphs are each wrapped in
    // a box of their own, they all are
    double direct = 0;
    double nested = 0;
    for (Block b : blocks) {
      if (b.text.length() >= MIN_BLOCK && isWithin(b.container, best)) {
        if (b.container == best) {
          direct += b.text.length();
        } else {
          nested += b.text.length();
        }
      }
    }
    boolean directMode = direct >= nested;
    List<String> out = new ArrayList<>();
    for (Block b : blocks) {
      boolean inside = isWithin(b.container, best) && (!directMode || b.container == best
          || score.getOrDefault(b.container, 0.0) >= NESTED_SHARE * direct);
      if (inside && b.linkShare < 0.5) {
        out.add(b.text);
      }
    }
    return out;
  }

  private record Block(Element container, String text, double linkShare) {}

  /** Text blocks in document order: each p/h2–h4/li/blockquote, and each run of loose text between {@code <br>}s. */
  private static List<Block> blocks(Element root) {
    List<Block> out = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      String tag = e.tagName();
      if (tag.equals("p") || tag.equals("h2") || tag.equals("h3") || tag.equals("h4") || tag.equals("blockquote")) {
        if (e.parents().stream().anyMatch(p -> p.tagName().equals("p"))) {
          continue;
        }
        add(out, e.parent() == null ? e : e.parent(), e.text(), linkText(e));
      } else if (!isInline(e) && e.parents().stream().noneMatch(p -> p.tagName().equals("p"))) {
        StringBuilder run = new StringBuilder();
        int linked = 0;
        for (Node child : e.childNodes()) {
          if (child instanceof TextNode t) {
            run.append(t.text());
          } else if (child instanceof Element c && (c.tagName().equals("br") || isBlock(c))) {
            add(out, e, run.toString(), linked);
            run.setLength(0);
            linked = 0;
          } else if (child instanceof Element c && isInline(c)) {
            run.append(c.text());
            if (c.tagName().equals("a")) {
              linked += c.text().length();
            }
          }
        }
        add(out, e, run.toString(), linked);
      }
    }
    return out;
  }

  private static void add(List<Block> out, Element container, String text, int linked) {
    String t = org.malaff.text.Whitespace.trim(text.replace('\u00a0', ' '));
    if (!t.isEmpty()) {
      out.add(new Block(container, t, linked / (double) t.length()));
    }
  }

  private static double paragraphText(Element e) {
    double n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  private static int linkText(Element e) {
    int n = 0;
    for (Element a : e.select("a")) {
      n += a.text().length();
    }
    return n;
  }

  private static boolean isBlock(Element e) {
    return switch (e.tagName()) {
      case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "tr", "td", "section", "article",
          "blockquote", "figure", "header", "main", "dl", "pre" -> true;
      default -> false;
    };
  }

  private static boolean isInline(Element e) {
    return switch (e.tagName()) {
      case "a", "b", "strong", "i", "em", "span", "font", "u", "small", "big", "sup", "sub", "abbr", "cite", "q", "mark",
          "time" -> true;
      default -> false;
    };
  }

  private static boolean isWithin(Element e, Element ancestor) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == ancestor) {
        return true;
      }
    }
    return false;
  }
}
