package org.malaff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.malaff.dedup.DedupSettings;
import org.malaff.dedup.DuplicateIndex;
import org.malaff.dedup.ExactPairs;
import org.malaff.dedup.Fingerprint;
import org.malaff.dedup.Fingerprinter;
import org.malaff.ingest.BadInputException;
import org.malaff.ingest.NewsItem;
import org.malaff.text.ArabicNormalizer.Level;
import org.malaff.text.ArabicTokenizer;

/**
 * The duplicates index at scale, on SYNTHETIC articles: the news collection repeated, each copy
 * after the first with a share of its words replaced, dropped or doubled at random (seeded). The
 * index keeps no fingerprints; a lookup's candidates are verified by making their fingerprints
 * again, as an archive would from stored text. Reports, at each size, the index's bytes, the heap
 * in use, and the time of a lookup (probe, and probe plus verification) for a fixed set of queries.
 */
final class DedupScaleBenchmark {
  private static final int QUERIES = 1000;
  private static final int VERIFIED_QUERIES = 200;

  private final DedupSettings settings;
  private final PrintWriter out;
  private final double noise;
  private List<long[]> base;

  DedupScaleBenchmark(DedupSettings settings, PrintWriter out, double noise) {
    this.settings = settings;
    this.out = out;
    this.noise = noise;
  }

  void run(Path data, int[] sizes) throws BadInputException {
    base = load(data);
    int max = Arrays.stream(sizes).max().orElseThrow();
    Fingerprinter fp = new Fingerprinter(settings);
    List<Fingerprint> queries = new ArrayList<>();
    for (int q = 0; q < QUERIES; q++) {
      queries.add(fingerprint(fp, max + 1 + q * 37));
    }
    out.printf("SYNTHETIC: %d news articles repeated with %.0f%% of words perturbed in each copy; %d queries"
        + " (new perturbed copies); heap limit %d MB%n", base.size(), noise * 100, QUERIES,
        Runtime.getRuntime().maxMemory() / 1048576);
    out.printf("%n| articles | build (articles/s) | index bytes / article (entries) | heap in use (MB) | probe p50 (µs) |"
        + " probe p99 (µs) | candidates / lookup | probe + verify (µs / lookup) | qualifying pairs (" + VERIFIED_QUERIES
        + " queries) |%n|---:|---:|---:|---:|---:|---:|---:|---:|---:|%n");
    DuplicateIndex index = new DuplicateIndex(settings, Arrays.stream(sizes).min().orElseThrow());
    long started = System.nanoTime();
    int next = 0;
    for (int size : Arrays.stream(sizes).sorted().toArray()) {
      while (next < size) {
        index.add(fingerprint(fp, next++));
      }
      double buildRate = next / ((System.nanoTime() - started) / 1e9);
      measure(fp, index, queries, buildRate);
      started = System.nanoTime() - (long) (next / buildRate * 1e9); // keep the rate cumulative
    }
  }

  private void measure(Fingerprinter fp, DuplicateIndex index, List<Fingerprint> queries, double buildRate) {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long heap = rt.totalMemory() - rt.freeMemory();
    long[] probe = new long[queries.size()];
    long candidates = 0;
    for (int q = 0; q < queries.size(); q++) {
      long t0 = System.nanoTime();
      int[] c = index.candidates(queries.get(q));
      probe[q] = System.nanoTime() - t0;
      candidates += c.length;
    }
    long verifyStart = System.nanoTime();
    long qualified = 0;
    for (int q = 0; q < VERIFIED_QUERIES; q++) {
      for (int c : index.candidates(queries.get(q))) {
        qualified += ExactPairs.qualifies(fingerprint(fp, c), queries.get(q), settings) ? 1 : 0;
      }
    }
    double verifyMicros = (System.nanoTime() - verifyStart) / 1e3 / VERIFIED_QUERIES;
    Arrays.sort(probe);
    out.printf("| %,d | %,.0f | %.0f (%.1f) | %,d | %.1f | %.1f | %.1f | %.0f | %d |%n", index.size(), buildRate,
        index.indexBytes() / (double) index.size(), index.indexEntries() / (double) index.size(), heap / 1048576, probe[probe.length / 2] / 1e3,
        probe[(int) (probe.length * 0.99)] / 1e3, candidates / (double) queries.size(), verifyMicros, qualified);
    out.flush();
  }

  /** Article {@code j}: a news article itself below the collection's size, else a perturbed copy. */
  private Fingerprint fingerprint(Fingerprinter fp, int j) {
    long[] words = base.get(j % base.size());
    if (j >= base.size()) {
      Random r = new Random(0x5EEDL * 31 + j);
      long[] out = new long[words.length * 2 + 1];
      int n = 0;
      for (long w : words) {
        double x = r.nextDouble();
        if (x < noise * 0.6) {
          out[n++] = r.nextLong(); // replaced
        } else if (x < noise * 0.8) {
          continue; // dropped
        } else if (x < noise) {
          out[n++] = w; // doubled
          out[n++] = w;
        } else {
          out[n++] = w;
        }
      }
      words = Arrays.copyOf(out, n);
    }
    return fp.ofWords(Integer.toString(j), words, new int[] {0});
  }

  private static List<long[]> load(Path data) throws BadInputException {
    List<long[]> docs = new ArrayList<>();
    for (NewsItem item : NewsCollection.items(data)) {
      docs.add(ArabicTokenizer.wordHashes(item.content() == null ? "" : item.content(), Level.STANDARD));
    }
    return docs;
  }
}
