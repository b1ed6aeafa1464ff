package org.malaff.archive;

/** A duplicate link between two stored articles: kind as in {@code DuplicateLink.Kind}'s code, score 0 to 1. */
public record StoredLink(String a, String b, String kind, double score) {}
