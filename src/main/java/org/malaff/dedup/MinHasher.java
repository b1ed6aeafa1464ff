package org.malaff.dedup;

/**
 * One-permutation MinHash with optimal densification (Shrivastava, ICML 2017): each shingle hash
 * is hashed once; its top bits choose a bin, its low 32 bits compete for the bin's minimum. Empty
 * bins borrow the value of a bin chosen by a fixed pseudo-random walk from their index, so two
 * sets still agree on a bin with probability equal to their Jaccard similarity.
 */
final class MinHasher {
  private static final int EMPTY = Integer.MAX_VALUE;

  private final int bins;
  private final int shift;

  MinHasher(int bins) {
    this.bins = bins;
    this.shift = 64 - Integer.numberOfTrailingZeros(bins);
  }

  int[] signature(long[] shingles) {
    int[] sig = new int[bins];
    java.util.Arrays.fill(sig, EMPTY);
    if (shingles.length == 0) {
      return sig;
    }
    for (long h : shingles) {
      int bin = (int) (h >>> shift);
      int value = (int) (h & 0x7FFFFFFFL);
      if (value < sig[bin]) {
        sig[bin] = value;
      }
    }
    boolean[] filled = new boolean[bins];
    for (int i = 0; i < bins; i++) {
      filled[i] = sig[i] != EMPTY;
    }
    for (int i = 0; i < bins; i++) {
      if (!filled[i]) {
        long state = i;
        int attempt = 0;
        int from;
        do {
          state = org.malaff.text.Hashing.mix(state * 0x9E3779B97F4A7C15L + (++attempt));
          from = (int) (state >>> shift);
        } while (!filled[from]);
        sig[i] = sig[from];
      }
    }
    return sig;
  }
}
