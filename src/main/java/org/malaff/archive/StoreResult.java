package org.malaff.archive;

import java.util.Set;

/**
 * What a {@link Archive#store} added: articles (and which), those it found already stored and left,
 * dossiers.
 */
public record StoreResult(int added, int alreadyStored, int dossiersAdded, Set<String> addedIds) {
  public StoreResult {
    addedIds = Set.copyOf(addedIds);
  }
}
