package org.malaff.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.malaff.dedup.DedupSettings;
import org.malaff.dedup.ExactPairs;
import org.malaff.dedup.Fingerprint;

/**
 * The peer a Java developer would reach for: Lucene's MoreLikeThis over an index built with
 * Lucene's ArabicAnalyzer. Each article's top hits are its candidates, verified exactly like
 * Malaff's, so the two are compared on recall of the same exact answer and on time.
 */
final class MoreLikeThisPeer {
  private MoreLikeThisPeer() {}

  /** The result: pairs found, time to build the index and to query, candidates verified. */
  record Result(long buildMs, long queryMs, long candidates) {}

  static Result find(List<List<String>> texts, List<Fingerprint> prints, DedupSettings s, int top, Set<Long> found) {
    int n = texts.size();
    try (Directory dir = new ByteBuffersDirectory(); ArabicAnalyzer analyzer = new ArabicAnalyzer()) {
      long t0 = System.nanoTime();
      FieldType type = new FieldType();
      type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
      type.setTokenized(true);
      type.setStoreTermVectors(true);
      type.freeze();
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256))) {
        for (List<String> t : texts) {
          Document d = new Document();
          d.add(new Field("body", String.join("\n", t), type));
          w.addDocument(d);
        }
        w.forceMerge(1);
      }
      long t1 = System.nanoTime();
      long candidates = 0;
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {"body"});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        for (int i = 0; i < n; i++) {
          if (!prints.get(i).comparable(s)) {
            continue;
          }
          Query q = mlt.like(i);
          for (ScoreDoc hit : searcher.search(q, top + 1).scoreDocs) {
            int j = hit.doc;
            if (j != i) {
              candidates++;
              if (ExactPairs.qualifies(prints.get(i), prints.get(j), s)) {
                found.add(Math.min(i, j) * (long) n + Math.max(i, j));
              }
            }
          }
        }
      }
      long t2 = System.nanoTime();
      return new Result((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, candidates);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
