package org.malaff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.malaff.extract.EntityExtractor;
import org.malaff.extract.Extraction;
import org.malaff.extract.ner.ModelNameFinder;
import org.malaff.ingest.BadInputException;
import org.malaff.ingest.NewsItem;
import org.malaff.read.Gazetteer;
import org.malaff.text.ArabicNormalizer.Level;
import org.malaff.text.ArabicTokenizer;

/**
 * Entity and quote extraction throughput on a news collection, one thread, beside a baseline
 * measured in the same rounds (cutting the same text into normalized words).
 */
final class ExtractBenchmark {
  private final PrintWriter out;

  ExtractBenchmark(PrintWriter out) {
    this.out = out;
  }

  void run(Path data, int rounds, AnalyzeCommand.NameFinding names, int limit) throws BadInputException {
    List<String> ids = new ArrayList<>();
    List<List<String>> paragraphs = new ArrayList<>();
    for (NewsItem item : NewsCollection.items(data)) {
      if (limit > 0 && ids.size() == limit) {
        break;
      }
      ids.add(item.where());
      paragraphs.add(NewsCollection.paragraphs(item));
    }
    Gazetteer gazetteer = Gazetteer.bundled();
    EntityExtractor extractor = new EntityExtractor(gazetteer,
        names == AnalyzeCommand.NameFinding.model ? ModelNameFinder.bundled(gazetteer) : null);
    double[] baseline = new double[rounds];
    double[] extract = new double[rounds];
    Extraction last = null;
    long sink = 0;
    for (int r = -1; r < rounds; r++) {
      long t0 = System.nanoTime();
      for (List<String> ps : paragraphs) {
        for (String p : ps) {
          sink += ArabicTokenizer.words(p, Level.STANDARD).size();
        }
      }
      long t1 = System.nanoTime();
      last = extractor.extract(ids, paragraphs);
      long t2 = System.nanoTime();
      if (r >= 0) {
        baseline[r] = ids.size() / ((t1 - t0) / 1e9);
        extract[r] = ids.size() / ((t2 - t1) / 1e9);
      }
    }
    out.printf("collection: %s, %d articles; names: " + names + "; one thread%n%n| measure (articles/s) | median | min | max |%n"
        + "|---|---:|---:|---:|%n", data, ids.size());
    BenchCommand.markdownRow(out, "baseline: normalized words", baseline);
    BenchCommand.markdownRow(out, "names + entities + quotes with speakers", extract);
    out.printf("ratio extraction / baseline (medians): %.3f; %d entities, %d quotes (%d with a speaker) (checksum %d)%n",
        BenchCommand.median(extract) / BenchCommand.median(baseline), last.entities().size(), last.quotes().size(),
        last.quotes().stream().filter(q -> q.speaker() != null).count(), sink);
  }

}
