package org.malaff.dedup;

/**
 * The parameters of duplicate finding. {@link #DEFAULT} holds the measured choice (see
 * docs/benchmarks.md, "Duplicates").
 *
 * @param shingleSize words per shingle
 * @param bins MinHash signature length (one-permutation hashing: one hash per shingle)
 * @param bands LSH bands; {@code bins / bands} rows each
 * @param sampleEvery a shingle is a sample when its hash is 0 modulo this (a power of two)
 * @param nearJaccard Jaccard at or above which two articles are near copies
 * @param containment share of an article found in another at or above which it is contained
 * @param minShingles articles with fewer distinct shingles take part only as exact copies
 * @param passageShingles shared shingles that make two paragraphs share a passage (a run of
 *     {@code passageShingles + shingleSize - 1} identical words)
 * @param postingCap samples shared by more articles than this are too common to be evidence
 * @param commonArticles a shingle held by at least this many articles is a common phrase, not
 *     evidence of a reused passage
 * @param commonShare the same as a share of the collection, when that is larger
 */
public record DedupSettings(
    int shingleSize,
    int bins,
    int bands,
    int sampleEvery,
    double nearJaccard,
    double containment,
    int minShingles,
    int passageShingles,
    int postingCap,
    int commonArticles,
    double commonShare) {

  /** The measured defaults. */
  public static final DedupSettings DEFAULT = new DedupSettings(5, 64, 16, 8, 0.8, 0.8, 10, 8, 2000, 50, 0.002);

  public DedupSettings {
    if (bins <= 0 || bands <= 0 || bins % bands != 0) {
      throw new IllegalArgumentException("bins must be a positive multiple of bands: " + bins + ", " + bands);
    }
    if (Integer.bitCount(sampleEvery) != 1) {
      throw new IllegalArgumentException("sampleEvery must be a power of two: " + sampleEvery);
    }
    if (Integer.bitCount(bins) != 1) {
      throw new IllegalArgumentException("bins must be a power of two: " + bins);
    }
  }

  /** Rows per band. */
  public int rows() {
    return bins / bands;
  }
}
