package org.malaff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.malaff.archive.EmbeddedArchive;
import org.malaff.archive.SearchHit;
import org.malaff.archive.SearchQuery;
import org.malaff.ingest.BadInputException;

/**
 * Malaff's search against the peer a developer would reach for, SQLite FTS5 with its default
 * tokenizer (unicode61) and bm25 ranking, on the same archive and queries. With judgments it
 * scores recall@10 and nDCG@10 (binary gains); without, it prints the pooled top 10 of both for a
 * judge to read. Queries are ANDs of their words in both systems.
 */
final class RelevanceBenchmark {
  private static final int DEPTH = 10;
  private final PrintWriter out;

  RelevanceBenchmark(PrintWriter out) {
    this.out = out;
  }

  void run(Path archive, Path queries, Path judgments) throws BadInputException, IOException, SQLException {
    Map<String, String> qs = new LinkedHashMap<>();
    for (String line : Files.readAllLines(queries, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t");
        qs.put(f[0], f[1]);
      }
    }
    Path db = Files.createTempFile("malaff-fts5", ".db");
    try (EmbeddedArchive a = EmbeddedArchive.openExisting(archive);
        Connection fts = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      long t0 = System.nanoTime();
      build(a, fts);
      out.printf("FTS5 table of %d articles built in %.1f s%n", a.articleCount(), (System.nanoTime() - t0) / 1e9);
      Map<String, List<String>> ours = new LinkedHashMap<>();
      Map<String, List<String>> peer = new LinkedHashMap<>();
      for (Map.Entry<String, String> q : qs.entrySet()) {
        ours.put(q.getKey(), a.search(new SearchQuery(q.getValue(), null, null, null, null, SearchQuery.Order.RELEVANCE, DEPTH))
            .hits().stream().map(SearchHit::id).toList());
        peer.put(q.getKey(), fts(fts, q.getValue()));
      }
      if (judgments == null || !Files.exists(judgments)) {
        pool(a, qs, ours, peer);
      } else {
        score(qs, ours, peer, judgments);
      }
    } finally {
      Files.deleteIfExists(db);
    }
  }

  private static void build(EmbeddedArchive a, Connection fts) throws SQLException {
    try (Statement s = fts.createStatement()) {
      s.execute("CREATE VIRTUAL TABLE doc USING fts5(id UNINDEXED, headline, body)");
    }
    fts.setAutoCommit(false);
    try (PreparedStatement p = fts.prepareStatement("INSERT INTO doc(id, headline, body) VALUES (?, ?, ?)")) {
      a.eachArticle(s -> {
        try {
          p.setString(1, s.id());
          p.setString(2, s.article().headline());
          p.setString(3, String.join("\n", s.article().paragraphs()));
          p.executeUpdate();
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
    }
    fts.commit();
    fts.setAutoCommit(true);
  }

  /** The top ids FTS5 gives for the query's words, each quoted (an AND of them), by bm25. */
  private static List<String> fts(Connection fts, String query) throws SQLException {
    StringBuilder match = new StringBuilder();
    for (String w : query.split("\\s+")) {
      if (!w.isBlank()) {
        match.append(match.length() == 0 ? "" : " ").append('"').append(w.replace("\"", "")).append('"');
      }
    }
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = fts.prepareStatement("SELECT id FROM doc WHERE doc MATCH ? ORDER BY rank LIMIT " + DEPTH)) {
      p.setString(1, match.toString());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
    }
    return out;
  }

  private void pool(EmbeddedArchive a, Map<String, String> qs, Map<String, List<String>> ours, Map<String, List<String>> peer) {
    for (String q : qs.keySet()) {
      Set<String> pooled = new LinkedHashSet<>(ours.get(q));
      pooled.addAll(peer.get(q));
      out.printf("## %s %s%n", q, qs.get(q));
      for (String id : pooled) {
        var art = a.article(id).orElseThrow().article();
        String lead = art.paragraphs().isEmpty() ? "" : art.paragraphs().get(0);
        out.printf("%s\t%s | %s%n", id, art.headline(), lead.length() > 120 ? lead.substring(0, 120) : lead);
      }
    }
  }

  private void score(Map<String, String> qs, Map<String, List<String>> ours, Map<String, List<String>> peer, Path judgments)
      throws IOException {
    Map<String, Set<String>> relevant = new HashMap<>();
    for (String line : Files.readAllLines(judgments, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t");
        if (f[2].equals("1")) {
          relevant.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).add(f[1]);
        }
      }
    }
    double[] sums = new double[4];
    int counted = 0;
    out.printf("%n| query | relevant judged | Malaff R@10 | FTS5 R@10 | Malaff nDCG@10 | FTS5 nDCG@10 |%n|---|---:|---:|---:|---:|---:|%n");
    for (String q : qs.keySet()) {
      Set<String> rel = relevant.getOrDefault(q, Set.of());
      if (rel.isEmpty()) {
        continue;
      }
      counted++;
      double[] v = {recall(ours.get(q), rel), recall(peer.get(q), rel), ndcg(ours.get(q), rel), ndcg(peer.get(q), rel)};
      for (int i = 0; i < 4; i++) {
        sums[i] += v[i];
      }
      out.printf("| %s %s | %d | %.2f | %.2f | %.2f | %.2f |%n", q, qs.get(q), rel.size(), v[0], v[1], v[2], v[3]);
    }
    out.printf("| **mean of %d queries** | | **%.3f** | **%.3f** | **%.3f** | **%.3f** |%n", counted, sums[0] / counted,
        sums[1] / counted, sums[2] / counted, sums[3] / counted);
  }

  private static double recall(List<String> top, Set<String> relevant) {
    return top.stream().filter(relevant::contains).count() / (double) Math.min(relevant.size(), DEPTH);
  }

  private static double ndcg(List<String> top, Set<String> relevant) {
    double dcg = 0;
    for (int i = 0; i < top.size(); i++) {
      if (relevant.contains(top.get(i))) {
        dcg += 1 / (Math.log(i + 2) / Math.log(2));
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(relevant.size(), DEPTH); i++) {
      ideal += 1 / (Math.log(i + 2) / Math.log(2));
    }
    return ideal == 0 ? 0 : dcg / ideal;
  }
}
