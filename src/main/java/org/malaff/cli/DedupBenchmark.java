package org.malaff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.malaff.dedup.DedupSettings;
import org.malaff.dedup.DuplicateIndex;
import org.malaff.dedup.ExactPairs;
import org.malaff.dedup.Fingerprint;
import org.malaff.dedup.Fingerprinter;
import org.malaff.ingest.BadInputException;

/**
 * The duplicates benchmark on a news collection (SaudiNewsNet's zips): build throughput and index
 * size, the LSH path's recall and precision against the exact answer computed in the same run, and
 * its time against brute force all-pairs on a subset.
 */
final class DedupBenchmark {
  private final DedupSettings settings;
  private final PrintWriter out;
  private final int mltTop;

  DedupBenchmark(DedupSettings settings, PrintWriter out, int mltTop) {
    this.settings = settings;
    this.out = out;
    this.mltTop = mltTop;
  }

  void run(Path data, int rounds, int bruteSubset) throws BadInputException {
    List<List<String>> docs = NewsCollection.items(data).stream().map(NewsCollection::paragraphs).toList();
    out.printf("collection: %s, %d articles; settings %s%n", data, docs.size(), settings);
    List<Fingerprint> prints = throughput(docs, rounds);
    Set<Long> exact = quality(prints, "all " + prints.size());
    if (mltTop > 0) {
      moreLikeThis(docs, prints, exact);
    }
    if (bruteSubset > 0) {
      List<Fingerprint> subset = prints.subList(0, Math.min(bruteSubset, prints.size()));
      bruteForce(subset);
    }
  }

  private List<Fingerprint> throughput(List<List<String>> docs, int rounds) {
    double[] baseline = new double[rounds];
    double[] build = new double[rounds];
    List<Fingerprint> prints = null;
    DuplicateIndex index = null;
    long sink = 0;
    for (int r = -1; r < rounds; r++) {
      long t0 = System.nanoTime();
      for (List<String> d : docs) {
        for (String p : d) {
          for (String w : p.split("\\s+")) {
            sink += w.hashCode();
          }
        }
      }
      long t1 = System.nanoTime();
      Fingerprinter fp = new Fingerprinter(settings);
      List<Fingerprint> made = new ArrayList<>(docs.size());
      DuplicateIndex idx = new DuplicateIndex(settings, docs.size());
      for (int i = 0; i < docs.size(); i++) {
        Fingerprint f = fp.of(Integer.toString(i), docs.get(i));
        made.add(f);
        idx.add(f);
      }
      long t2 = System.nanoTime();
      if (r >= 0) {
        baseline[r] = docs.size() / ((t1 - t0) / 1e9);
        build[r] = docs.size() / ((t2 - t1) / 1e9);
      }
      prints = made;
      index = idx;
    }
    out.printf("%n| build, one thread (articles/s) | median | min | max |%n|---|---:|---:|---:|%n");
    BenchCommand.markdownRow(out, "baseline: split on spaces + hash words", baseline);
    BenchCommand.markdownRow(out, "normalize + shingle + MinHash + LSH and sample insert", build);
    out.printf("ratio build / baseline (medians): %.3f  (checksum %d)%n", BenchCommand.median(build)
        / BenchCommand.median(baseline), sink);
    out.printf("index: %d bytes for %d articles = %.0f bytes an article (LSH bands and sample tables, %.1f entries"
        + " an article)%n", index.indexBytes(), index.size(), index.indexBytes() / (double) index.size(),
        index.indexEntries() / (double) index.size());
    return prints;
  }

  private void moreLikeThis(List<List<String>> docs, List<Fingerprint> prints, Set<Long> exact) {
    Set<Long> found = new HashSet<>();
    MoreLikeThisPeer.Result r = MoreLikeThisPeer.find(docs, prints, settings, mltTop, found);
    long hits = found.stream().filter(exact::contains).count();
    out.printf("%nLucene MoreLikeThis (ArabicAnalyzer, top %d hits an article, verified the same way): index built in"
        + " %d ms, queries %d ms, %d candidates verified; found %d of the %d exact pairs: recall %.4f, precision %.4f%n",
        mltTop, r.buildMs(), r.queryMs(), r.candidates(), hits, exact.size(),
        exact.isEmpty() ? 1 : hits / (double) exact.size(), found.isEmpty() ? 1 : hits / (double) found.size());
  }

  private Set<Long> quality(List<Fingerprint> prints, String label) {
    long t0 = System.nanoTime();
    Set<Long> exact = ExactPairs.find(prints, settings);
    long t1 = System.nanoTime();
    Set<Long> found = new HashSet<>();
    long candidates = lshPath(prints, found);
    long t2 = System.nanoTime();
    report(label, "prefix-filter join", exact, found, candidates, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
    return exact;
  }

  /** The main path: each article looked up among those before it, candidates verified. */
  private long lshPath(List<Fingerprint> prints, Set<Long> found) {
    int n = prints.size();
    DuplicateIndex index = new DuplicateIndex(settings, n);
    long candidates = 0;
    for (int i = 0; i < n; i++) {
      Fingerprint f = prints.get(i);
      int[] cands = index.candidates(f);
      candidates += cands.length;
      for (int c : cands) {
        if (ExactPairs.qualifies(prints.get(c), f, settings)) {
          found.add(Math.min(c, i) * (long) n + Math.max(c, i));
        }
      }
      index.add(f);
    }
    return candidates;
  }

  private void report(String label, String method, Set<Long> exact, Set<Long> found, long candidates, double exactMs, double lshMs) {
    long hits = found.stream().filter(exact::contains).count();
    double recall = exact.isEmpty() ? 1 : hits / (double) exact.size();
    double precision = found.isEmpty() ? 1 : hits / (double) found.size();
    out.printf("%n%s: exact answer %d pairs (%s, %.0f ms); LSH path found %d (%.0f ms, %d candidates"
        + " verified): recall %.4f, precision %.4f%n", label, exact.size(), method, exactMs, found.size(), lshMs, candidates,
        recall, precision);
  }

  private void bruteForce(List<Fingerprint> subset) {
    int n = subset.size();
    long t0 = System.nanoTime();
    Set<Long> brute = new HashSet<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (ExactPairs.qualifies(subset.get(i), subset.get(j), settings)) {
          brute.add(i * (long) n + j);
        }
      }
    }
    long t1 = System.nanoTime();
    Set<Long> found = new HashSet<>();
    long candidates = lshPath(subset, found);
    long t2 = System.nanoTime();
    double bruteMs = (t1 - t0) / 1e6;
    double lshMs = (t2 - t1) / 1e6;
    report("first " + n, "brute force all-pairs", brute, found, candidates, bruteMs, lshMs);
    out.printf("brute force %.0f ms, LSH path %.0f ms: %.1f times faster%n", bruteMs, lshMs, bruteMs / lshMs);
  }

}
