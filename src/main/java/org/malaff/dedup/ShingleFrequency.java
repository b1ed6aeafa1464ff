package org.malaff.dedup;

import org.malaff.text.Hashing;

/**
 * How many articles of a collection hold a shingle, estimated in fixed memory (a count-min sketch:
 * four rows of 2²⁰ counters, 16 MB; estimates never fall short, and exceed the truth only by
 * collisions). Duplicate finding uses it to tell common phrases from reused passages: a shingle
 * that hundreds of articles hold, such as an honorific title ("صاحب السمو الملكي الأمير …"), is no
 * evidence that two of them copied each other.
 */
public final class ShingleFrequency {
  private static final int ROWS = 4;
  private static final int BITS = 20;

  private final int[][] counts = new int[ROWS][1 << BITS];
  private int articles;

  /** Counts one article's distinct shingles. */
  public void add(long[] distinctShingles) {
    articles++;
    for (long h : distinctShingles) {
      for (int r = 0; r < ROWS; r++) {
        counts[r][slot(h, r)]++;
      }
    }
  }

  /** How many articles hold {@code shingle}, at least. */
  public int count(long shingle) {
    int min = Integer.MAX_VALUE;
    for (int r = 0; r < ROWS; r++) {
      min = Math.min(min, counts[r][slot(shingle, r)]);
    }
    return min;
  }

  /** How many articles were counted. */
  public int articles() {
    return articles;
  }

  private static int slot(long h, int row) {
    return (int) (Hashing.mix(h + row * 0x9E3779B97F4A7C15L) >>> (64 - BITS));
  }
}
