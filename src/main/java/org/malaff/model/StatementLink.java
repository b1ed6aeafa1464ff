package org.malaff.model;

import java.util.Objects;

/**
 * The same statement reported by two articles, in the same or different words.
 *
 * @param a the first article's id
 * @param b the second article's id
 * @param aText the statement as {@code a} quotes it
 * @param bText the statement as {@code b} quotes it
 * @param score how much of the shorter quote's content words the other shares, 0 to 1
 */
public record StatementLink(String a, String b, String aText, String bText, double score) {
  public StatementLink {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(aText, "aText");
    Objects.requireNonNull(bText, "bText");
  }
}
