package org.malaff.model;

import java.util.List;
import java.util.Objects;

/**
 * Two articles that share text.
 *
 * @param a the first article's id; for {@link Kind#CONTAINED}, the one that lies in the other
 * @param b the second article's id
 * @param kind how much they share
 * @param score Jaccard similarity for exact and near, the share of {@code a} found in {@code b}
 *     for contained, the share of the shorter one for overlap; 0 to 1
 * @param sharedParagraphs pairs of paragraph indexes (in {@code a}, in {@code b}) that share a
 *     passage
 */
public record DuplicateLink(String a, String b, Kind kind, double score, List<ParagraphPair> sharedParagraphs) {

  /** How two articles share text, strongest first. */
  public enum Kind {
    /** The same text, letter variants and spacing aside. */
    EXACT("exact"),
    /** Most of both is shared (Jaccard of word shingles at least the near threshold). */
    NEAR("near"),
    /** Most of {@code a} lies in {@code b}. */
    CONTAINED("contained"),
    /** Some paragraphs share passages. */
    OVERLAP("overlap");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** The stable code used in JSON output. */
    public String code() {
      return code;
    }
  }

  /** Paragraph {@code a} of the first article shares a passage with paragraph {@code b} of the second. */
  public record ParagraphPair(int a, int b) {}

  public DuplicateLink {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(kind, "kind");
    sharedParagraphs = List.copyOf(sharedParagraphs);
  }
}
