package org.malaff.dedup;

import java.util.List;

/**
 * What duplicate finding keeps of an article.
 *
 * @param id the article's id
 * @param textHash a hash of the whole normalized text: equal for exact copies
 * @param shingles the distinct shingle hashes, sorted
 * @param signature the MinHash signature
 * @param samples the content-defined samples among the shingles, as 32-bit keys, distinct
 * @param paragraphs the distinct sorted shingle hashes of each paragraph
 */
public record Fingerprint(
    String id, long textHash, long[] shingles, int[] signature, int[] samples, List<long[]> paragraphs) {

  /** True when the article has enough text to be compared beyond exact copies. */
  public boolean comparable(DedupSettings s) {
    return shingles.length >= s.minShingles();
  }
}
