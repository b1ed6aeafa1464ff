package org.malaff.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.malaff.text.Hashing;

/**
 * Finds candidate duplicates of an article among those added before, without comparing all
 * pairs. The index keeps only its two look-up tables and a count per article; the fingerprints
 * that verification needs are kept by the caller.
 *
 * <ul>
 *   <li><b>LSH bands</b>: the MinHash signature is cut into bands; two articles whose signatures
 *       agree on a whole band are candidates. With 16 bands of 4 rows, a pair at Jaccard 0.8 is
 *       found with probability 1 − (1 − 0.8⁴)¹⁶ ≈ 0.9998; at 0.5, 0.64; at 0.3, 0.12.
 *   <li><b>Samples</b>: shingles whose hash is 0 modulo {@code sampleEvery} are indexed. Sampling
 *       by value keeps subsets: if A lies in B, A's samples are among B's, so containment that
 *       Jaccard cannot see (a short article inside a long one) is found by counting shared
 *       samples.
 * </ul>
 */
public final class DuplicateIndex {
  private final DedupSettings settings;
  private int[] sampleCounts = new int[1024];
  private int size;
  private final IntMultiTable bands;
  private final IntMultiTable samples;
  private int[] shared = new int[1024];
  private boolean[] banded = new boolean[1024];

  public DuplicateIndex(DedupSettings settings, int expectedDocs) {
    this.settings = settings;
    this.bands = new IntMultiTable(expectedDocs * settings.bands(), settings.postingCap());
    // a news article has about 280 shingles (SaudiNewsNet's mean); the table grows past that
    this.samples = new IntMultiTable(expectedDocs * 280 / settings.sampleEvery(), settings.postingCap());
  }

  /** Adds an article; returns its index (the number of articles added before it). */
  public int add(Fingerprint f) {
    int index = size++;
    if (index >= shared.length) {
      shared = Arrays.copyOf(shared, shared.length * 2);
      banded = Arrays.copyOf(banded, banded.length * 2);
      sampleCounts = Arrays.copyOf(sampleCounts, sampleCounts.length * 2);
    }
    sampleCounts[index] = f.samples().length;
    for (int b = 0; b < settings.bands(); b++) {
      bands.put(bandKey(f.signature(), b), index);
    }
    for (int s : f.samples()) {
      samples.put(s, index);
    }
    return index;
  }

  /** How many articles were added. */
  public int size() {
    return size;
  }

  /** Entries in the two look-up tables. */
  public long indexEntries() {
    return bands.size() + samples.size();
  }

  /** Bytes held by the two look-up tables (not the fingerprints kept for verification). */
  public long indexBytes() {
    return bands.bytes() + samples.bytes();
  }

  /**
   * The indexes of earlier articles that may share text with {@code f}: a band in common, or
   * enough samples in common (at least two, or one when either article has at most two).
   */
  public int[] candidates(Fingerprint f) {
    List<Integer> touched = new ArrayList<>();
    if (f.shingles().length > 0) {
      for (int b = 0; b < settings.bands(); b++) {
        bands.forEach(bandKey(f.signature(), b), d -> {
          if (!banded[d] && shared[d] == 0) {
            touched.add(d);
          }
          banded[d] = true;
        });
      }
    }
    for (int s : f.samples()) {
      samples.forEach(s, d -> {
        if (!banded[d] && shared[d] == 0) {
          touched.add(d);
        }
        shared[d]++;
      });
    }
    int[] out = new int[touched.size()];
    int k = 0;
    for (int d : touched) {
      int fewest = Math.min(f.samples().length, sampleCounts[d]);
      if (banded[d] || shared[d] >= 2 || (shared[d] >= 1 && fewest <= 2)) {
        out[k++] = d;
      }
      banded[d] = false;
      shared[d] = 0;
    }
    return Arrays.copyOf(out, k);
  }

  private int bandKey(int[] signature, int band) {
    int rows = settings.rows();
    long h = band + 1;
    for (int i = band * rows; i < band * rows + rows; i++) {
      h = Hashing.mix(h * 0x9E3779B97F4A7C15L + signature[i]);
    }
    return (int) h ^ (int) (h >>> 32);
  }
}
