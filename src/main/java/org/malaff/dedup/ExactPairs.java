package org.malaff.dedup;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The exact answer that the LSH path is measured against: every pair of comparable articles with
 * Jaccard ≥ {@code nearJaccard} or with one contained in the other at ≥ {@code containment},
 * found by a prefix-filtering join (Chaudhuri et al., ICDE 2006) over an inverted index of all
 * shingles. If A is contained in B at threshold t, B holds at least one of A's {@code |A| −
 * ⌈t·|A|⌉ + 1} rarest shingles; so only those are looked up, and every candidate is verified
 * exactly. A Jaccard pair at t is also a containment pair at t for its smaller side, so one join
 * finds both.
 */
public final class ExactPairs {
  private ExactPairs() {}

  /** Pairs as {@code min(i, j) * n + max(i, j)} over indexes into {@code docs}. */
  public static Set<Long> find(List<Fingerprint> docs, DedupSettings s) {
    int n = docs.size();
    int total = 0;
    for (Fingerprint f : docs) {
      total += f.comparable(s) ? f.shingles().length : 0;
    }
    // pack 40 bits of hash and 24 bits of document index into one long, sort
    long[] packed = new long[total];
    int k = 0;
    for (int d = 0; d < n; d++) {
      Fingerprint f = docs.get(d);
      if (!f.comparable(s)) {
        continue;
      }
      for (long h : f.shingles()) {
        packed[k++] = (h & 0xFFFFFFFFFF000000L) | d;
      }
    }
    Arrays.sort(packed);
    Set<Long> pairs = new HashSet<>();
    for (int a = 0; a < n; a++) {
      Fingerprint fa = docs.get(a);
      if (!fa.comparable(s)) {
        continue;
      }
      long[] sh = fa.shingles();
      long[][] byFrequency = new long[sh.length][];
      for (int i = 0; i < sh.length; i++) {
        long key = sh[i] & 0xFFFFFFFFFF000000L;
        int from = lowerBound(packed, key);
        int to = from;
        while (to < packed.length && (packed[to] & 0xFFFFFFFFFF000000L) == key) {
          to++;
        }
        byFrequency[i] = new long[] {to - from, from, to};
      }
      Arrays.sort(byFrequency, (x, y) -> Long.compare(x[0], y[0]));
      int prefix = sh.length - (int) Math.ceil(s.containment() * sh.length) + 1;
      Set<Integer> seen = new HashSet<>();
      for (int i = 0; i < prefix && i < byFrequency.length; i++) {
        for (int p = (int) byFrequency[i][1]; p < byFrequency[i][2]; p++) {
          int b = (int) (packed[p] & 0xFFFFFFL);
          if (b != a && seen.add(b) && qualifies(fa, docs.get(b), s)) {
            pairs.add(Math.min(a, b) * (long) n + Math.max(a, b));
          }
        }
      }
    }
    return pairs;
  }

  /** True when the pair meets the near or the containment threshold. */
  public static boolean qualifies(Fingerprint x, Fingerprint y, DedupSettings s) {
    if (!x.comparable(s) || !y.comparable(s)) {
      return false;
    }
    int common = DuplicateJudge.intersection(x.shingles(), y.shingles());
    double jaccard = common / (double) (x.shingles().length + y.shingles().length - common);
    return jaccard >= s.nearJaccard()
        || common >= s.containment() * x.shingles().length
        || common >= s.containment() * y.shingles().length;
  }

  private static int lowerBound(long[] a, long key) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
