package org.malaff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.malaff.archive.EmbeddedArchive;
import org.malaff.archive.ImportSummary;
import org.malaff.archive.Importer;
import org.malaff.archive.SearchQuery;

/**
 * The archive's two figures: importing a news collection and the sample dossier into a new archive
 * (and then again, which must add nothing), and search latency on the result, warm, against a
 * baseline measured in the same rounds (the first article, no query, through the same index).
 */
final class ArchiveBenchmark {
  /** Queries as editors type them: single words, several words, phrases, filters, letters typed loosely. */
  static final List<SearchQuery> QUERIES = List.of(
      q("النفط"), q("اسعار النفط"), q("وزارة الصحة"), q("كورونا"), q("الحوثيين"), q("داعش"), q("اليمن"),
      q("\"خادم الحرمين الشريفين\""), q("الهلال النصر"), q("الاتفاق النووي"), q("ايران"), q("الارهاب"),
      q("التعليم"), q("المدارس"), q("الامطار"), q("الحج"), q("العمره"), q("رمضان"), q("الاسهم"), q("سوق العمل"),
      q("البطاله"), q("الاسكان"), q("المرور"), q("حوادث"), q("الشرطه"), q("جامعة الملك سعود"), q("مجلس الوزراء"),
      q("عاصفة الحزم"), q("اعادة الامل"), q("الكهرباء"), q("المياه"), q("السياحه"), q("الرياضه"), q("المنتخب"),
      q("الاتحاد الاوروبي"), q("روسيا"), q("تركيا"), q("مصر"), q("سوريا"), q("العراق"),
      new SearchQuery("النفط", null, LocalDate.of(2015, 7, 25), LocalDate.of(2015, 8, 5), null, SearchQuery.Order.RELEVANCE, 10),
      new SearchQuery("الحوثيين", null, null, null, null, SearchQuery.Order.DATE, 10),
      new SearchQuery("الهلال", "الرياض", null, null, null, SearchQuery.Order.RELEVANCE, 10),
      new SearchQuery(null, null, null, null, "عادل الجبير", SearchQuery.Order.DATE, 10));

  private static SearchQuery q(String text) {
    return SearchQuery.of(text);
  }

  private final PrintWriter out;

  ArchiveBenchmark(PrintWriter out) {
    this.out = out;
  }

  void importing(List<Path> inputs, int rounds) throws IOException {
    double[] seconds = new double[rounds];
    double[] again = new double[rounds];
    ImportSummary first = null;
    ImportSummary second = null;
    for (int r = 0; r < rounds; r++) {
      Path dir = Files.createTempDirectory("malaff-bench-import");
      try {
        long t0 = System.nanoTime();
        first = importInto(dir, inputs);
        long t1 = System.nanoTime();
        second = importInto(dir, inputs);
        long t2 = System.nanoTime();
        seconds[r] = (t1 - t0) / 1e9;
        again[r] = (t2 - t1) / 1e9;
      } finally {
        delete(dir);
      }
    }
    out.printf("inputs: %s; heap limit %d MB; one archive per round%n%n| import (seconds) | median | min | max |%n"
        + "|---|---:|---:|---:|%n", inputs, Runtime.getRuntime().maxMemory() >> 20);
    BenchCommand.markdownRow(out, "into a new archive", seconds);
    BenchCommand.markdownRow(out, "the same input again", again);
    out.printf("first: %d added, %d duplicates, %d dossiers, %d problems; again: %d added, %d duplicates%n",
        first.added(), first.duplicates(), first.dossiers(), first.problems(), second.added(), second.duplicates());
  }

  private static ImportSummary importInto(Path dir, List<Path> inputs) {
    ImportSources read = ImportSources.read(inputs, m -> { });
    try (EmbeddedArchive a = EmbeddedArchive.open(dir)) {
      return new Importer(a, 2000).run(read.sources(), s -> { }, m -> { });
    }
  }

  void searching(Path archive, int rounds) {
    try (EmbeddedArchive a = EmbeddedArchive.openExisting(archive)) {
      for (int w = 0; w < 5; w++) {
        QUERIES.forEach(a::search);
      }
      List<Double> latencies = new ArrayList<>();
      List<Double> baseline = new ArrayList<>();
      long hits = 0;
      for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < QUERIES.size(); i++) {
          long t0 = System.nanoTime();
          hits += a.search(QUERIES.get(i)).total();
          long t1 = System.nanoTime();
          a.search(new SearchQuery(null, null, null, null, null, SearchQuery.Order.RELEVANCE, 1));
          long t2 = System.nanoTime();
          latencies.add((t1 - t0) / 1e6);
          baseline.add((t2 - t1) / 1e6);
        }
      }
      out.printf("archive: %s, %d articles; %d queries × %d rounds, warm (5 rounds before), one thread%n%n"
          + "| latency (ms) | p50 | p90 | p99 | max |%n|---|---:|---:|---:|---:|%n", archive, a.articleCount(),
          QUERIES.size(), rounds);
      row("search, snippets and all", latencies);
      row("baseline: the first article, no query", baseline);
      out.printf("ratio p50 search / baseline: %.1f; %d hits counted in all%n", percentile(latencies, 50) / percentile(baseline, 50), hits);
    }
  }

  private void row(String label, List<Double> values) {
    out.printf("| %s | %.2f | %.2f | %.2f | %.2f |%n", label, percentile(values, 50), percentile(values, 90),
        percentile(values, 99), percentile(values, 100));
  }

  private static double percentile(List<Double> values, double p) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int i = (int) Math.ceil(p / 100 * v.length) - 1;
    return v[Math.max(0, Math.min(v.length - 1, i))];
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
