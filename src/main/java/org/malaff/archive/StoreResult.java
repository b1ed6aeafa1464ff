package org.malaff.archive;

/** What a {@link Archive#store} added: articles, and those it found already stored and left. */
public record StoreResult(int added, int alreadyStored, int dossiersAdded) {}
