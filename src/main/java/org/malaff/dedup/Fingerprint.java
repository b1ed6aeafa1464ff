package org.malaff.dedup;

import java.util.Arrays;
import org.malaff.text.Shingles;

/**
 * What duplicate finding keeps of an article.
 *
 * @param id the article's id
 * @param textHash a hash of the whole normalized text: equal for exact copies
 * @param shingles the distinct shingle hashes, sorted
 * @param signature the MinHash signature
 * @param samples the content-defined samples among the shingles, as 32-bit keys, distinct
 * @param words the hashes of the normalized words, in order
 * @param paragraphStarts where each paragraph starts in {@code words}
 * @param shingleSize words per shingle
 */
public record Fingerprint(
    String id, long textHash, long[] shingles, int[] signature, int[] samples, long[] words,
    int[] paragraphStarts, int shingleSize) {

  /** True when the article has enough text to be compared beyond exact copies. */
  public boolean comparable(DedupSettings s) {
    return shingles.length >= s.minShingles();
  }

  /** How many paragraphs the article has. */
  public int paragraphCount() {
    return paragraphStarts.length;
  }

  /** The distinct sorted shingles of paragraph {@code i}, made on demand (verification only). */
  public long[] paragraphShingles(int i) {
    int from = paragraphStarts[i];
    int to = i + 1 < paragraphStarts.length ? paragraphStarts[i + 1] : words.length;
    return Shingles.distinctSorted(Shingles.ofWords(Arrays.copyOfRange(words, from, to), to - from, shingleSize));
  }
}
