package org.malaff.archive;

import java.time.LocalDate;

/**
 * A search: words and phrases ("…") in Lucene's query syntax, read with Malaff's Arabic analysis;
 * optional filters (null for none) on the outlet, a date range (inclusive) and a person named in
 * the article; results by relevance or by date, newest first; {@code limit} hits after skipping
 * {@code offset} (a page of results).
 */
public record SearchQuery(String text, String source, LocalDate from, LocalDate to, String person, Order order,
    int limit, int offset) {
  /** How hits are ordered. */
  public enum Order { RELEVANCE, DATE }

  /** The first {@code limit} hits. */
  public SearchQuery(String text, String source, LocalDate from, LocalDate to, String person, Order order, int limit) {
    this(text, source, from, to, person, order, limit, 0);
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, Order.RELEVANCE, 10);
  }
}
