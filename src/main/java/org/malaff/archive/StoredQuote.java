package org.malaff.archive;

/** A quote in a stored article, its speaker filed under an entity key when known. */
public record StoredQuote(String articleId, int paragraph, String speakerKey, String speakerText, boolean anonymous,
    boolean direct, String text) {}
