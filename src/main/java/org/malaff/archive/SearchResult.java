package org.malaff.archive;

import java.util.List;

/** Hits of a search, best first, and how many articles matched in all. */
public record SearchResult(long total, List<SearchHit> hits) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
