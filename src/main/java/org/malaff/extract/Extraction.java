package org.malaff.extract;

import java.util.List;
import org.malaff.model.Entity;
import org.malaff.model.Quote;

/** What extraction found in a collection: its entities and its quotes with speakers resolved. */
public record Extraction(List<Entity> entities, List<Quote> quotes) {
  public Extraction {
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
  }
}
