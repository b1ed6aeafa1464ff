package org.malaff.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.malaff.ingest.ArticleExtractor;
import org.malaff.ingest.PageDecoder;
import org.malaff.ingest.TokenOverlap;

/**
 * {@code malaff bench html}: article extraction from a saved page against its gold text — Malaff's
 * extractor beside readability4j — by token-level precision, recall and F1 ({@link TokenOverlap}),
 * and the time a page takes, beside a baseline of parsing the page with jsoup alone. Mozilla
 * Readability runs beside them from {@code bench/readability} (node).
 */
final class HtmlBenchmark {
  private final PrintWriter out;

  HtmlBenchmark(PrintWriter out) {
    this.out = out;
  }

  void run(Path page, Path gold, String url, int rounds) throws Exception {
    String html = PageDecoder.decode(Files.readAllBytes(page), null).text();
    String goldText = Files.readString(gold);
    String ours = String.join("\n", ArticleExtractor.extract(html, url).paragraphs());
    String r4j = new net.dankito.readability4j.Readability4J(url, html).parse().getTextContent();
    out.printf("page: %s (%,d characters), gold: %s%n", page, html.length(), gold);
    out.println("| extractor | precision | recall | F1 | tokens (gold) |");
    out.println("|---|---:|---:|---:|---:|");
    row("Malaff (jsoup, text density)", TokenOverlap.of(ours, goldText));
    row("readability4j 1.0.8", TokenOverlap.of(r4j == null ? "" : r4j, goldText));
    double[] parse = new double[rounds];
    double[] malaff = new double[rounds];
    double[] readability = new double[rounds];
    long sink = 0;
    int copies = 50;
    for (int r = -3; r < rounds; r++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < copies; i++) {
        sink += Jsoup.parse(html, url).text().length();
      }
      long t1 = System.nanoTime();
      for (int i = 0; i < copies; i++) {
        sink += ArticleExtractor.extract(html, url).paragraphs().size();
      }
      long t2 = System.nanoTime();
      for (int i = 0; i < copies; i++) {
        sink += new net.dankito.readability4j.Readability4J(url, html).parse().getTextContent().length();
      }
      long t3 = System.nanoTime();
      if (r >= 0) {
        parse[r] = (t1 - t0) / 1e6 / copies;
        malaff[r] = (t2 - t1) / 1e6 / copies;
        readability[r] = (t3 - t2) / 1e6 / copies;
      }
    }
    out.printf("ms a page, median of %d rounds of %d: jsoup parse alone %.2f, Malaff %.2f (ratio %.2f), "
        + "readability4j %.2f (ratio %.2f)  (checksum %d)%n", rounds, copies, BenchCommand.median(parse),
        BenchCommand.median(malaff), BenchCommand.median(malaff) / BenchCommand.median(parse),
        BenchCommand.median(readability), BenchCommand.median(readability) / BenchCommand.median(parse), sink);
  }

  private void row(String name, TokenOverlap o) {
    out.printf("| %s | %.3f | %.3f | %.3f | %d (%d) |%n", name, o.precision(), o.recall(), o.f1(), o.found(), o.gold());
  }
}
