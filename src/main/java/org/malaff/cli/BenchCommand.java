package org.malaff.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import org.malaff.format.DossierReader;
import org.malaff.ingest.BadInputException;
import org.malaff.ingest.TextFileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code malaff bench reader}: measures the dossier reader's throughput on one thread, beside a
 * baseline measured in the same run (decoding UTF-8 and splitting lines, the least any reader
 * does), and prints medians over the measured rounds.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures throughput; prints medians and the ratio to a baseline measured in the same run.")
final class BenchCommand implements Callable<Integer> {
  static final String SAMPLE = "/org/malaff/samples/dossiers/moscow-2013-11-20.txt";

  @Parameters(paramLabel = "WHAT", defaultValue = "reader", description = "what to measure: reader, dedup, dedup-scale, extract, ner, quotes, import, search, relevance, web, html")
  String what;

  @Option(names = "--data", defaultValue = "../shared/data/saudinewsnet/dataset",
      description = "dedup: the folder of news zips (default ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--brute", defaultValue = "5000",
      description = "dedup: articles compared all-pairs for the time ratio (default ${DEFAULT-VALUE})")
  int brute;

  @Option(names = "--file", description = "the dossier to read (default: the bundled sample)")
  Path file;

  @Option(names = "--copies", defaultValue = "50", description = "dossiers read per round (default ${DEFAULT-VALUE})")
  int copies;

  @Option(names = "--warmup", defaultValue = "8", description = "rounds not counted (default ${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--rounds", description = "rounds measured (default 15; web: 3)")
  Integer roundsOption;

  /** The rounds asked for, at least 1, or {@code otherwise}. */
  private int rounds(int otherwise) {
    return roundsOption == null ? otherwise : Math.max(1, roundsOption);
  }

  @Option(names = "--bands", description = "dedup: LSH bands (default: the shipped settings)")
  Integer bands;

  @Option(names = "--sample-every", description = "dedup: sampling modulus (default: the shipped settings)")
  Integer sampleEvery;

  @Option(names = "--sizes", defaultValue = "31030,100000,300000,1000000",
      description = "dedup-scale: index sizes to measure at (default ${DEFAULT-VALUE})")
  String sizes;

  @Option(names = "--noise", defaultValue = "0.3",
      description = "dedup-scale: share of words perturbed in each synthetic copy (default ${DEFAULT-VALUE})")
  double noise;

  @Option(names = "--mlt-top", defaultValue = "10",
      description = "dedup: hits per article asked of Lucene MoreLikeThis, the peer; 0 skips it (default ${DEFAULT-VALUE})")
  int mltTop;

  @Option(names = "--corpus", defaultValue = "../shared/data/anercorp/ANERCorp.txt",
      description = "ner: the ANERcorp file (default ${DEFAULT-VALUE})")
  Path corpus;

  @Option(names = "--dev", description = "ner: train a model on the first 80 %% of the training part and score the"
      + " rest of it (the development part) instead of the held-out part")
  boolean dev;

  @Option(names = "--seed", defaultValue = "1", description = "ner --dev: the training shuffle's seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--names", defaultValue = "rules",
      description = "extract: rules, or model (the rules, then the trained model where they found none) (default ${DEFAULT-VALUE})")
  AnalyzeCommand.NameFinding names;

  @Option(names = "--limit", defaultValue = "0",
      description = "extract: the first N articles only; 0 for all (default ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--page", description = "html: the saved page (default: the CNN Arabic fixture in ../shared)")
  Path page;

  @Option(names = "--gold", description = "html: the page's article text, as the gold standard")
  Path gold;

  @Option(names = "--url", description = "html: the page's address")
  String url;

  @Option(names = "--clients", defaultValue = "50", description = "web: concurrent clients (default ${DEFAULT-VALUE})")
  int clients;

  @Option(names = "--seconds", defaultValue = "10", description = "web: seconds measured per round (default ${DEFAULT-VALUE})")
  int seconds;

  @Option(names = "--archive", description = "search, relevance: the archive to search; web: the archive to serve (default: the demo)")
  Path archive;

  @Option(names = "--articles", description = "quotes: a folder of NN.txt articles and their quotes.tsv annotation")
  Path articles;

  @Option(names = "--misses", description = "quotes: also print each annotated quote not given its right speaker; ner: each entity the model"
      + " missed or found wrongly, by kind")
  boolean misses;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (what.equals("dedup")) {
      org.malaff.dedup.DedupSettings d = org.malaff.dedup.DedupSettings.DEFAULT;
      d = new org.malaff.dedup.DedupSettings(d.shingleSize(), d.bins(), bands == null ? d.bands() : bands,
          sampleEvery == null ? d.sampleEvery() : sampleEvery, d.nearJaccard(), d.containment(), d.minShingles(),
          d.passageShingles(), d.postingCap(), d.commonArticles(), d.commonShare());
      new DedupBenchmark(d, spec.commandLine().getOut(), mltTop)
          .run(data, rounds(15), brute);
      return 0;
    }
    if (what.equals("ner")) {
      new NerBenchmark(spec.commandLine().getOut(), misses).run(corpus, dev, seed);
      return 0;
    }
    if (what.equals("quotes")) {
      if (articles == null) {
        throw new BadInputException(Path.of("--articles"), "quotes needs a folder of annotated articles: --articles DIR");
      }
      new QuoteBenchmark(spec.commandLine().getOut()).run(articles, misses);
      return 0;
    }
    if (what.equals("import")) {
      new ArchiveBenchmark(spec.commandLine().getOut()).importing(
          List.of(data, Path.of("samples/dossiers/moscow-2013-11-20.txt")), rounds(15));
      return 0;
    }
    if (what.equals("search")) {
      if (archive == null) {
        throw new BadInputException(Path.of("--archive"), "search needs an archive: malaff import … --archive DIR first");
      }
      new ArchiveBenchmark(spec.commandLine().getOut()).searching(archive, rounds(15));
      return 0;
    }
    if (what.equals("relevance")) {
      if (archive == null) {
        throw new BadInputException(Path.of("--archive"), "relevance needs an archive: malaff import … --archive DIR first");
      }
      new RelevanceBenchmark(spec.commandLine().getOut()).run(archive,
          Path.of("src/test/resources/org/malaff/archive/relevance-queries.tsv"),
          Path.of("src/test/resources/org/malaff/archive/relevance-judgments.tsv"));
      return 0;
    }
    if (what.equals("extract")) {
      new ExtractBenchmark(spec.commandLine().getOut()).run(data, rounds(15), names, limit);
      return 0;
    }
    if (what.equals("html")) {
      Path dir = Path.of("../shared/data/html/cnn-arabic-2013");
      new HtmlBenchmark(spec.commandLine().getOut()).run(page == null ? dir.resolve("arabic_article.html") : page,
          gold == null ? dir.resolve("arabic_expected_text.txt") : gold,
          url == null ? "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html" : url, rounds(15));
      return 0;
    }
    if (what.equals("web")) {
      new WebBenchmark(spec.commandLine().getOut()).run(archive, clients, rounds(3),
          Duration.ofSeconds(3), Duration.ofSeconds(seconds));
      return 0;
    }
    if (what.equals("dedup-scale")) {
      new DedupScaleBenchmark(org.malaff.dedup.DedupSettings.DEFAULT, spec.commandLine().getOut(), noise)
          .run(data, java.util.Arrays.stream(sizes.split(",")).mapToInt(Integer::parseInt).toArray());
      return 0;
    }
    if (!what.equals("reader")) {
      throw new BadInputException(Path.of(what), "unknown benchmark; there are: reader, dedup, dedup-scale, extract, ner, import, search, relevance, web, html");
    }
    int rounds = rounds(15);
    if (copies < 1 || warmup < 0) {
      throw new BadInputException(Path.of(what), "--copies must be at least 1 and --warmup at least 0");
    }
    byte[] bytes = file == null ? bundledSample() : readFile(file);
    String text = TextFileReader.decode(file == null ? Path.of("sample") : file, bytes).text();
    double mb = bytes.length * (double) copies / 1_000_000.0;

    double[] baseline = new double[rounds];
    double[] reader = new double[rounds];
    double[] fromBytes = new double[rounds];
    long sink = 0;
    for (int r = -warmup; r < rounds; r++) {
      long t0 = System.nanoTime();
      sink += repeat(copies, i -> new String(bytes, StandardCharsets.UTF_8).lines().count());
      long t1 = System.nanoTime();
      sink += repeat(copies, i -> DossierReader.read(text).articles().size());
      long t2 = System.nanoTime();
      sink += repeat(copies, i -> DossierReader.read(decode(bytes)).articles().size());
      long t3 = System.nanoTime();
      if (r >= 0) {
        baseline[r] = mb / ((t1 - t0) / 1e9);
        reader[r] = mb / ((t2 - t1) / 1e9);
        fromBytes[r] = mb / ((t3 - t2) / 1e9);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("input: %s, %d bytes x %d copies = %.1f MB a round; %d warm-up rounds, %d measured; one thread%n",
        file == null ? "bundled sample" : file, bytes.length, copies, mb, warmup, rounds);
    out.printf("%-40s %10s %10s %10s%n", "measure (MB/s)", "median", "min", "max");
    row(out, "baseline: decode UTF-8 + split lines", baseline);
    row(out, "reader: text -> Dossier", reader);
    row(out, "reader from bytes: decode + read", fromBytes);
    out.printf("reader / baseline (medians): %.3f%n", median(reader) / median(baseline));
    out.printf("(checksum %d)%n", sink);
    return 0;
  }

  private static String decode(byte[] bytes) {
    try {
      return TextFileReader.decode(Path.of("sample"), bytes).text();
    } catch (BadInputException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long repeat(int times, ToLongFunction<Integer> body) {
    long s = 0;
    for (int i = 0; i < times; i++) {
      s += body.applyAsLong(i);
    }
    return s;
  }

  private static void row(PrintWriter out, String name, double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    out.printf("%-40s %10.1f %10.1f %10.1f%n", name, median(values), v[0], v[v.length - 1]);
  }

  /** One markdown row: name, median, min, max. */
  static void markdownRow(PrintWriter out, String name, double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    out.printf("| %s | %.0f | %.0f | %.0f |%n", name, median(values), v[0], v[v.length - 1]);
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private static byte[] bundledSample() throws IOException {
    try (InputStream in = BenchCommand.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled sample is missing from the jar");
      }
      return in.readAllBytes();
    }
  }

  private static byte[] readFile(Path f) throws BadInputException {
    return new TextFileReader().read(f).text().getBytes(StandardCharsets.UTF_8);
  }
}
