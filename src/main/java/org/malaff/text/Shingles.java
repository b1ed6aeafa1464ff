package org.malaff.text;

import java.util.Arrays;
import org.malaff.text.ArabicNormalizer.Level;

/**
 * Word shingles: every run of {@code k} consecutive normalized words, as a 64-bit hash. A text of
 * fewer than {@code k} words has one shingle of all its words; an empty text has none.
 */
public final class Shingles {
  private Shingles() {}

  /** The shingle hashes of {@code text} in order, duplicates kept. */
  public static long[] of(String text, int k, Level level) {
    long[] words = ArabicTokenizer.wordHashes(text, level);
    return ofWords(words, words.length, k);
  }

  /** The shingles of a sequence of word hashes {@code words[0, n)}. */
  public static long[] ofWords(long[] words, int n, int k) {
    if (n == 0) {
      return new long[0];
    }
    if (n < k) {
      return new long[] {combine(words, 0, n)};
    }
    long[] out = new long[n - k + 1];
    for (int i = 0; i + k <= n; i++) {
      out[i] = combine(words, i, k);
    }
    return out;
  }

  private static long combine(long[] words, int from, int k) {
    long h = 0x9E3779B97F4A7C15L;
    for (int j = from; j < from + k; j++) {
      h = Long.rotateLeft(h, 23) ^ words[j];
      h *= 0xbf58476d1ce4e5b9L;
    }
    return Hashing.mix(h);
  }

  /** The distinct values of {@code hashes}, sorted. */
  public static long[] distinctSorted(long[] hashes) {
    long[] s = hashes.clone();
    Arrays.sort(s);
    int w = 0;
    for (int i = 0; i < s.length; i++) {
      if (i == 0 || s[i] != s[i - 1]) {
        s[w++] = s[i];
      }
    }
    return Arrays.copyOf(s, w);
  }
}
