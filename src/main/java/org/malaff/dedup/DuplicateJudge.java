package org.malaff.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.malaff.model.DuplicateLink;
import org.malaff.model.DuplicateLink.Kind;
import org.malaff.model.DuplicateLink.ParagraphPair;

/**
 * Verifies a candidate pair exactly and names how the two share text.
 *
 * <ol>
 *   <li><b>exact</b>: the same normalized words in the same order;
 *   <li><b>near</b>: Jaccard of the shingle sets ≥ {@code nearJaccard};
 *   <li><b>contained</b>: the share of one article's shingles found in the other ≥ {@code
 *       containment} (the link's {@code a} is the one contained);
 *   <li><b>overlap</b>: some paragraph pairs share a passage: at least {@code passageShingles}
 *       shingles in common, or most of the shorter paragraph (≥ 80 %, and at least 4 shingles).
 * </ol>
 *
 * Articles with fewer than {@code minShingles} shingles are linked only as exact copies. Given the
 * collection's {@link ShingleFrequency}, shingles that many of its articles hold (titles, agency
 * boilerplate) do not count towards a shared passage.
 */
public final class DuplicateJudge {
  private static final double PARAGRAPH_SHARE = 0.8;
  private static final int MIN_PARAGRAPH_SHINGLES = 4;

  private final DedupSettings settings;
  private final ShingleFrequency frequency;
  private final int commonAt;

  /** A judge that takes every shared shingle as evidence of reuse. */
  public DuplicateJudge(DedupSettings settings) {
    this(settings, null);
  }

  /**
   * A judge that does not count, in shared passages, shingles held by many articles of the
   * collection: at least {@code commonShare} of them, and at least {@code minCommon}.
   */
  public DuplicateJudge(DedupSettings settings, ShingleFrequency frequency) {
    this.settings = settings;
    this.frequency = frequency;
    this.commonAt = frequency == null ? Integer.MAX_VALUE
        : Math.max(settings.commonArticles(), (int) (settings.commonShare() * frequency.articles()));
  }

  /** How {@code x} and {@code y} share text, if they do; {@code x} came first. */
  public Optional<DuplicateLink> judge(Fingerprint x, Fingerprint y) {
    if (x.textHash() != 0 && x.textHash() == y.textHash()) {
      return Optional.of(link(x, y, Kind.EXACT, 1.0, pairs(x, y)));
    }
    if (!x.comparable(settings) || !y.comparable(settings)) {
      return Optional.empty();
    }
    int common = intersection(x.shingles(), y.shingles());
    if (common == 0) {
      return Optional.empty();
    }
    double jaccard = common / (double) (x.shingles().length + y.shingles().length - common);
    double xInY = common / (double) x.shingles().length;
    double yInX = common / (double) y.shingles().length;
    if (jaccard >= settings.nearJaccard()) {
      return Optional.of(link(x, y, Kind.NEAR, jaccard, pairs(x, y)));
    }
    if (xInY >= settings.containment() && xInY >= yInX) {
      return Optional.of(link(x, y, Kind.CONTAINED, xInY, pairs(x, y)));
    }
    if (yInX >= settings.containment()) {
      return Optional.of(link(y, x, Kind.CONTAINED, yInX, pairs(y, x)));
    }
    List<ParagraphPair> shared = pairs(x, y);
    if (shared.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(link(x, y, Kind.OVERLAP, Math.max(xInY, yInX), shared));
  }

  /** Jaccard similarity of two articles' shingle sets. */
  public static double jaccard(Fingerprint x, Fingerprint y) {
    int common = intersection(x.shingles(), y.shingles());
    int union = x.shingles().length + y.shingles().length - common;
    return union == 0 ? 0 : common / (double) union;
  }

  /** The share of {@code x}'s shingles found in {@code y}. */
  public static double containment(Fingerprint x, Fingerprint y) {
    return x.shingles().length == 0 ? 0 : intersection(x.shingles(), y.shingles()) / (double) x.shingles().length;
  }

  private static DuplicateLink link(Fingerprint a, Fingerprint b, Kind kind, double score, List<ParagraphPair> pairs) {
    return new DuplicateLink(a.id(), b.id(), kind, Math.round(score * 1000) / 1000.0, pairs);
  }

  private List<ParagraphPair> pairs(Fingerprint a, Fingerprint b) {
    // every shingle two paragraphs share, the whole articles share: too few there, no pair here
    int fewest = Math.min(settings.passageShingles(), (int) Math.ceil(PARAGRAPH_SHARE * MIN_PARAGRAPH_SHINGLES));
    int shared = frequency == null ? intersection(a.shingles(), b.shingles()) : rareIntersection(a.shingles(), b.shingles());
    if (shared < fewest) {
      return List.of();
    }
    List<ParagraphPair> out = new ArrayList<>();
    long[][] bParagraphs = new long[b.paragraphCount()][];
    for (int j = 0; j < bParagraphs.length; j++) {
      bParagraphs[j] = b.paragraphShingles(j);
    }
    for (int i = 0; i < a.paragraphCount(); i++) {
      long[] pa = a.paragraphShingles(i);
      if (pa.length == 0) {
        continue;
      }
      for (int j = 0; j < bParagraphs.length; j++) {
        long[] pb = bParagraphs[j];
        if (pb.length == 0) {
          continue;
        }
        int common = frequency == null ? intersection(pa, pb) : rareIntersection(pa, pb);
        int shorter = Math.min(pa.length, pb.length);
        if (common >= settings.passageShingles()
            || (shorter >= MIN_PARAGRAPH_SHINGLES && common >= PARAGRAPH_SHARE * shorter)) {
          out.add(new ParagraphPair(i, j));
        }
      }
    }
    return out;
  }

  /** The shared values that fewer than {@code commonAt} articles of the collection hold. */
  private int rareIntersection(long[] a, long[] b) {
    return intersection(a, b, h -> frequency.count(h) < commonAt);
  }

  /** The size of the intersection of two sorted arrays of distinct values. */
  static int intersection(long[] a, long[] b) {
    return intersection(a, b, null);
  }

  /** The shared values of two sorted arrays of distinct values that pass {@code keep} (all if null). */
  private static int intersection(long[] a, long[] b, java.util.function.LongPredicate keep) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        if (keep == null || keep.test(a[i])) {
          n++;
        }
        i++;
        j++;
      }
    }
    return n;
  }
}
