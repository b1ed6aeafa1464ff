package org.malaff.ingest;

import java.util.List;

/**
 * An article as a web page gives it: its URL, headline, outlet, author, publication date (as the
 * page writes it, ISO-8601 where the page's metadata has it), section, and the paragraphs of its
 * body in order. Any field but the paragraphs may be null.
 *
 * @param method how the body was found: "json-ld" (the page's NewsArticle articleBody) or "page"
 */
public record WebArticle(String url, String headline, String source, String author, String published, String section,
    List<String> paragraphs, String method) {
  public WebArticle {
    paragraphs = List.copyOf(paragraphs);
  }

  /** The article as a news item, for the same reader as news files. */
  public NewsItem asNewsItem(String where) {
    return new NewsItem(where, url, source, published, headline, author, String.join("\n", paragraphs));
  }
}
