package org.malaff.ingest;

import java.util.List;

/**
 * One item of a feed: its headline, link, publication date (ISO-8601 where the feed has one),
 * author, and the paragraphs of its text (the item's full content where it carries one, else its
 * description). Any field but the paragraphs may be null.
 */
public record FeedItem(String title, String link, String published, String author, List<String> paragraphs) {
  public FeedItem {
    paragraphs = List.copyOf(paragraphs);
  }

  /** The item as a news item from {@code source} (the feed's title), for the same reader as news files. */
  public NewsItem asNewsItem(String where, String source) {
    return new NewsItem(where, link, source, published, title, author, String.join("\n", paragraphs));
  }
}
