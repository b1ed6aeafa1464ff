package org.malaff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.malaff.archive.Archive;
import org.malaff.archive.EmbeddedArchive;
import org.malaff.archive.SearchQuery;
import org.malaff.archive.StoredDossier;
import org.malaff.web.Site;
import org.malaff.web.SiteSettings;

/**
 * {@code malaff bench web}: the site under load on loopback, in this process: {@code clients}
 * concurrent clients (closed loop, keep-alive) against the dossier pages as readers get them, the
 * same pages rendered afresh for every request, and search (the archive benchmark's 44 queries with
 * their filters); the baseline is the site's stylesheet, a static file through the same server and
 * the same security headers. Rounds alternate the scenarios; medians are printed.
 */
final class WebBenchmark {
  private final PrintWriter out;

  WebBenchmark(PrintWriter out) {
    this.out = out;
  }

  void run(Path archiveDir, int clients, int rounds, Duration warmup, Duration duration) throws Exception {
    Path temp = null;
    Archive archive;
    if (archiveDir == null) {
      temp = Files.createTempDirectory("malaff-bench-web");
      Files.createDirectories(temp.resolve("input"));
      archive = EmbeddedArchive.open(temp.resolve("archive"));
      DemoArchive.fill(archive, temp.resolve("input"), m -> { });
    } else {
      archive = EmbeddedArchive.openExisting(archiveDir);
    }
    try (archive; Site site = new Site(archive, SiteSettings.defaults()).start("127.0.0.1", 0)) {
      URI base = URI.create("http://127.0.0.1:" + site.port());
      List<String> dossiers = archive.dossiers().stream().filter(StoredDossier::published)
          .map(d -> "/dossiers/" + d.id()).toList();
      if (dossiers.isEmpty()) {
        throw new IllegalStateException("the archive holds no published dossier to serve");
      }
      List<String> fresh = new ArrayList<>();
      for (int i = 0; i < 400_000; i++) {
        fresh.add(dossiers.get(i % dossiers.size()) + "?fresh=" + i); // a new cache key each request
      }
      List<String> searches = ArchiveBenchmark.QUERIES.stream().map(WebBenchmark::path).toList();
      String[] names = {"baseline: stylesheet (static)", "dossier page (as readers get it)",
          "dossier page (rendered each time)", "search (44 queries, filters)"};
      List<List<String>> paths = List.of(List.of("/static/site.css"), dossiers, fresh, searches);
      LoadReport[][] reports = new LoadReport[names.length][rounds];
      for (int r = 0; r < rounds; r++) {
        for (int s = 0; s < names.length; s++) {
          reports[s][r] = LoadGenerator.run(base, paths.get(s), clients, warmup, duration);
        }
      }
      out.printf("archive: %s (%d articles, %d published dossiers); %d clients on loopback, %d rounds of %d s (+%d s warm-up)%n",
          archiveDir == null ? "demo" : archiveDir, archive.articleCount(), dossiers.size(), clients, rounds,
          duration.toSeconds(), warmup.toSeconds());
      out.println("| scenario | req/s (median) | min | max | p50 ms | p99 ms (median) | worst p99 | errors | req/s / baseline |");
      out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
      double baseline = median(reports[0], LoadReport::requestsPerSecond);
      for (int s = 0; s < names.length; s++) {
        LoadReport[] rs = reports[s];
        long errors = 0;
        for (LoadReport x : rs) {
          errors += x.errors();
        }
        out.printf("| %s | %.0f | %.0f | %.0f | %.1f | %.1f | %.1f | %d | %.3f |%n", names[s],
            median(rs, LoadReport::requestsPerSecond), min(rs, LoadReport::requestsPerSecond),
            max(rs, LoadReport::requestsPerSecond), median(rs, LoadReport::p50Millis), median(rs, LoadReport::p99Millis),
            max(rs, LoadReport::p99Millis), errors, median(rs, LoadReport::requestsPerSecond) / baseline);
        for (LoadReport x : rs) {
          if (!x.firstErrors().isEmpty()) {
            out.println("  errors: " + x.firstErrors());
          }
        }
      }
    } finally {
      if (temp != null) {
        try (var s = Files.walk(temp)) {
          s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
          // a temporary folder left behind is the system's to clean
        }
      }
    }
  }

  private static String path(SearchQuery q) {
    StringBuilder p = new StringBuilder("/search?q=").append(q.text() == null ? "" : enc(q.text()));
    if (q.source() != null) {
      p.append("&source=").append(enc(q.source()));
    }
    if (q.from() != null) {
      p.append("&from=").append(q.from());
    }
    if (q.to() != null) {
      p.append("&to=").append(q.to());
    }
    if (q.person() != null) {
      p.append("&person=").append(enc(q.person()));
    }
    if (q.order() == SearchQuery.Order.DATE) {
      p.append("&order=date");
    }
    return p.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static double median(LoadReport[] rs, java.util.function.ToDoubleFunction<LoadReport> f) {
    double[] v = java.util.Arrays.stream(rs).mapToDouble(f).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static double min(LoadReport[] rs, java.util.function.ToDoubleFunction<LoadReport> f) {
    return java.util.Arrays.stream(rs).mapToDouble(f).min().orElse(0);
  }

  private static double max(LoadReport[] rs, java.util.function.ToDoubleFunction<LoadReport> f) {
    return java.util.Arrays.stream(rs).mapToDouble(f).max().orElse(0);
  }
}
