package org.malaff.archive;

import java.time.LocalDate;

/**
 * A search: words and phrases ("…") in Lucene's query syntax, read with Malaff's Arabic analysis;
 * optional filters (null for none) on the outlet, a date range (inclusive) and a person named in
 * the article; results by relevance or by date, newest first.
 */
public record SearchQuery(String text, String source, LocalDate from, LocalDate to, String person, Order order,
    int limit) {
  /** How hits are ordered. */
  public enum Order { RELEVANCE, DATE }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, Order.RELEVANCE, 10);
  }
}
